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
});
