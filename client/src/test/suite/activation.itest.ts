import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
  EXTENSION_ID,
  activateExtension,
  closeAllEditors,
  openCable,
  openInEditor,
  ruleCodes,
  sleep,
  waitFor,
  waitForDiagnostics,
  workspaceUri,
} from './helpers';

describe('activation and language detection', () => {
  afterEach(closeAllEditors);

  it('switches a .txt cable to the cable language by its first line ("This record is a partial extract...")', async () => {
    const editor = await openCable(workspaceUri('04RANGOON1422.txt'));
    assert.strictEqual(editor.document.languageId, 'cable');
  });

  it('keeps a .txt cable the user set back to Plain Text as plain text', async () => {
    const uri = workspaceUri('04RANGOON1422.txt');
    const editor = await openCable(uri);
    // What "Change Language Mode" does: VS Code reports it as a close and an open of the document.
    const plain = await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    try {
      await sleep(1500);
      assert.strictEqual(vscode.window.activeTextEditor?.document.languageId, 'plaintext', 'switched back to cable against the user');
    } finally {
      // Later tests open this file as a cable; VS Code keeps a live document's language.
      await vscode.languages.setTextDocumentLanguage(plain, 'cable');
    }
  });

  it('leaves other .txt files as plain text', async () => {
    const uri = workspaceUri('notes.txt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('Shopping list\nUNCLAS is not on the first line\n'));
    const editor = await openInEditor(uri);
    await sleep(1000);
    assert.strictEqual(editor.document.languageId, 'plaintext');
  });

  it('uses files.associations for a cable wrapped in web-page text', async () => {
    const editor = await openInEditor(workspaceUri('06BANGKOK3955.txt'));
    assert.strictEqual(editor.document.languageId, 'cable');
  });

  it('activates on a cable and starts the language server: diagnostics arrive within 20 s', async () => {
    const uri = workspaceUri('04RANGOON1422.txt');
    await openCable(uri);
    const diagnostics = await waitForDiagnostics(uri, 'any diagnostic from the Cable server', (d) => d.length > 0);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'extension not active');
    for (const code of ruleCodes(diagnostics)) assert.match(code, /^[a-z]+(-[a-z]+)+$/);
    assert.ok(diagnostics.every((d) => d.source === 'cable'), 'source is "cable"');
    const linked = diagnostics.filter((d) => typeof d.code === 'object');
    assert.strictEqual(linked.length, diagnostics.length, 'every code links to its rule page');
  });

  it('Cable: Restart Language Server starts a fresh server that checks the open cables again', async () => {
    const uri = workspaceUri('04RANGOON1422.txt');
    await openCable(uri);
    await waitForDiagnostics(uri, 'diagnostics before the restart', (d) => d.length > 0);
    const api = await activateExtension();
    const before = await api.client();
    const after = await vscode.commands.executeCommand<LanguageClient>('cable.restartServer');
    assert.notStrictEqual(after, before, 'a new client');
    assert.ok(after.isRunning(), 'the new server runs');
    assert.ok(!before.isRunning(), 'the old one stopped');
    // The new server gets the open cable (didOpen on start) and publishes for it.
    const info = await waitFor('paragraph-numbering from the new server', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return symbols?.length ? symbols : undefined;
    });
    assert.ok(info.length > 0);
    await vscode.commands.executeCommand('cable.showOutput');
    // The panel it opened would shrink the editors of the tests after this one.
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
});
