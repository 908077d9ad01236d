// The commands a user runs from the palette or a key binding, in the situations they meet them:
// no editor, another language, an unsaved cable, twice in a row, a restart mid-request.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { activateExtension, closeAllEditors, openUntitledCable, waitForRule } from './helpers';

const REPEATED = 'UNCLAS ZAGREB 000127\n\nE.O. 12958: N/A\nTAGS: PREL, PARM, HR, PREL\nSUBJECT: TALKS\n\n1. The minister met.\n';
const TAGS_FIXED = 'TAGS: PREL, PARM, HR';

async function fixAll(): Promise<boolean> {
  return (await vscode.commands.executeCommand<boolean>('cable.fixAll')) === true;
}

describe('Cable commands', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('Fix All does nothing, without an error, with no editor or in another language', async () => {
    await closeAllEditors();
    assert.strictEqual(await fixAll(), false);
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'TAGS: PREL, PREL\n' });
    await vscode.window.showTextDocument(plain);
    assert.strictEqual(await fixAll(), false);
    assert.strictEqual(plain.getText(), 'TAGS: PREL, PREL\n', 'not a cable: untouched');
  });

  it('Fix All fixes an untitled cable once, also when run twice at the same time', async () => {
    const editor = await openUntitledCable('fixall-twice.cable', REPEATED);
    await waitForRule(editor.document.uri, 'tags-composition');
    const results = await Promise.all([fixAll(), fixAll()]);
    assert.deepStrictEqual(results.filter(Boolean).length, 1, `one of the two applies: ${results}`);
    assert.strictEqual(editor.document.lineAt(3).text, TAGS_FIXED);
    assert.strictEqual(editor.document.getText(), REPEATED.replace('TAGS: PREL, PARM, HR, PREL', TAGS_FIXED), 'nothing else changed');
    assert.strictEqual(await fixAll(), false, 'nothing more to fix');
  });

  it('Restart twice at once leaves one running server, and Fix All works after it', async () => {
    const api = await activateExtension();
    const old = await api.client();
    const [first, second] = await Promise.all([
      vscode.commands.executeCommand<LanguageClient>('cable.restartServer'),
      vscode.commands.executeCommand<LanguageClient>('cable.restartServer'),
    ]);
    assert.strictEqual(first, second, 'the same new client');
    assert.ok(first.isRunning(), 'it runs');
    assert.ok(!old.isRunning(), 'the old one stopped');
    assert.strictEqual(await api.client(), first);
    const editor = await openUntitledCable('fixall-after-restart.cable', REPEATED);
    await waitForRule(editor.document.uri, 'tags-composition');
    assert.strictEqual(await fixAll(), true);
    assert.strictEqual(editor.document.lineAt(3).text, TAGS_FIXED);
  });

  it('Restart while Fix All waits for the server: Fix All ends without an error, and the new server answers', async () => {
    const editor = await openUntitledCable('fixall-restart.cable', REPEATED);
    await waitForRule(editor.document.uri, 'tags-composition');
    const pending = Promise.resolve(vscode.commands.executeCommand<boolean>('cable.fixAll')).then(
      (applied) => ({ applied, error: undefined as unknown }),
      (error: unknown) => ({ applied: undefined, error }),
    );
    const restarted = await vscode.commands.executeCommand<LanguageClient>('cable.restartServer');
    const outcome = await pending;
    assert.strictEqual(outcome.error, undefined, `Fix All failed: ${String(outcome.error)}`);
    assert.ok(restarted.isRunning());
    if (!outcome.applied) assert.strictEqual(await fixAll(), true, 'the new server fixes it');
    assert.strictEqual(editor.document.lineAt(3).text, TAGS_FIXED);
  });

  it('Restart while Renumber Paragraphs or paragraph navigation waits: neither fails', async () => {
    const editor = await openUntitledCable('renumber-restart.cable', 'UNCLAS ZAGREB 000127\n\nE.O. 12958: N/A\nTAGS: PREL, HR\nSUBJECT: TALKS\n\n1. (U) One.\n\n3. (U) Two.\n');
    await waitForRule(editor.document.uri, 'paragraph-numbering');
    for (const command of ['cable.renumberParagraphs', 'cable.nextParagraph']) {
      const pending = Promise.resolve(vscode.commands.executeCommand(command)).then(
        () => undefined,
        (error: unknown) => error,
      );
      const restarted = await vscode.commands.executeCommand<LanguageClient>('cable.restartServer');
      assert.strictEqual(await pending, undefined, `${command} failed`);
      assert.ok(restarted.isRunning());
    }
    // The new server answers the same command.
    await vscode.commands.executeCommand('cable.renumberParagraphs');
    assert.strictEqual(editor.document.lineAt(8).text, '2. (U) Two.');
  });
});
