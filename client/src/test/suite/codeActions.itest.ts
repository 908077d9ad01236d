import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  lineOf,
  openCable,
  ruleCodes,
  scratchCopy,
  waitFor,
  waitForDiagnostics,
  waitForRule,
  withSetting,
  workspaceUri,
} from './helpers';

const GARBLED = '11. (C) Summary';
/** The garbled pilcrow repaired: paragraph 1, with or without the pilcrow. */
const FIXED = /^- ¶?1\. \(C\) Summary/;

function garbledNumberDiagnostic(diagnostics: vscode.Diagnostic[], line: number): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => ruleCodes([d])[0] === 'paragraph-numbering' && d.range.start.line === line);
}

describe('quick-fixes', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('offers to restore paragraph 1 for the garbled "11." and applying it fixes the text', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'quickfix-rangoon.txt');
    const editor = await openCable(uri);
    const line = lineOf(editor.document, GARBLED);
    const diagnostics = await waitForRule(uri, 'paragraph-numbering');
    const diagnostic = garbledNumberDiagnostic(diagnostics, line);
    assert.ok(diagnostic, 'no paragraph-numbering diagnostic on the "11." line');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix?.edit, `no preferred quick-fix; offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), 'the fix is a quickfix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));

    assert.match(editor.document.lineAt(line).text, FIXED);
    await waitForDiagnostics(uri, 'the "11." diagnostic to go away', (d) => !garbledNumberDiagnostic(d, line));
  });

  it('repairs a cable on save with editor.codeActionsOnSave: source.fixAll.cable', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'fixall-rangoon.txt');
    await withSetting('editor', 'codeActionsOnSave', { 'source.fixAll.cable': 'explicit' }, async () => {
      const editor = await openCable(uri);
      const line = lineOf(editor.document, GARBLED);
      await waitForRule(uri, 'paragraph-numbering');
      const before = vscode.languages.getDiagnostics(uri).length;
      // Saving only runs the save participants on a dirty document.
      await editor.edit((builder) => builder.insert(new vscode.Position(editor.document.lineCount, 0), '\n'));
      assert.ok(await editor.document.save(), 'save failed');

      const saved = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
      assert.match(saved.split(/\r?\n/)[line], FIXED, 'the garbled "11." is still on disk after save');
      await waitFor('fewer diagnostics after the fix-all', () =>
        vscode.languages.getDiagnostics(uri).length < before ? true : undefined,
      );
    });
  });

  it('Cable: Fix All Auto-Fixable Problems applies the safe fixes without saving', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'fixall-command-rangoon.txt');
    const editor = await openCable(uri);
    const line = lineOf(editor.document, GARBLED);
    await waitForRule(uri, 'paragraph-numbering');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('cable.fixAll'), true);
    assert.match(editor.document.lineAt(line).text, FIXED);
    assert.ok(editor.document.isDirty, 'not saved');
    await waitForDiagnostics(uri, 'the garbled numbers fixed', (d) => !garbledNumberDiagnostic(d, line));
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('cable.fixAll'), false, 'nothing more to fix');
  });

  it('adds an unknown TAG to a new .cablelintrc.json on disk, after which the TAG is known', async () => {
    const uri = workspaceUri('unknown-tag.cable');
    const config = workspaceUri('.cablelintrc.json');
    const text = ['UNCLAS BANGKOK 003955', '', 'E.O. 12958: N/A', 'TAGS: PREL, XYZZ', 'SUBJECT: A CABLE WITH A TAG OF ITS OWN', '', '1. (U) First paragraph.', ''].join('\n');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    try {
      await openCable(uri);
      const unknown = (await waitForRule(uri, 'tags-unknown')).find((d) => ruleCodes([d])[0] === 'tags-unknown')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unknown.range, vscode.CodeActionKind.QuickFix.value);
      const add = actions.find((a) => a.title === 'Add XYZZ to the known tags in a new .cablelintrc.json');
      assert.ok(add?.command, `no add-to-config fix; offered: ${actions.map((a) => a.title).join(' | ')}`);
      // What the light bulb does with a code action's command: the language client sends it to the server.
      await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
      const written = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(config)).toString('utf8'));
      assert.deepEqual(written, { tags: ['XYZZ'] });
      await waitForDiagnostics(uri, 'tags-unknown to go away', (d) => !ruleCodes(d).includes('tags-unknown'));
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(uri);
    }
  });
});
