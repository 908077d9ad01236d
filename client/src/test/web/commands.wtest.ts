// The extension's own commands, as a vscode.dev user runs them from the palette.
import * as vscode from 'vscode';
import { activateExtension, equal, lineOf, ok, openCable, revertAndCloseAll, ruleCode, scratchCopy, waitFor, waitForDiagnostics, waitForRule, workspaceUri } from './helpers';

describe('Cable commands in the web worker', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);

  it('Go to Next Paragraph moves the cursor from paragraph to paragraph', async () => {
    const editor = await openCable(workspaceUri('04RANGOON1422.txt'));
    const first = lineOf(editor.document, '11. (C) Summary');
    const second = lineOf(editor.document, '(U) Cabinet-level');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    // The first call may wait for the server to start.
    await waitFor('the cursor on the first paragraph', async () => {
      await vscode.commands.executeCommand('cable.nextParagraph');
      return editor.selection.active.line === first ? true : undefined;
    });
    await vscode.commands.executeCommand('cable.nextParagraph');
    equal(editor.selection.active.line, second, 'cursor line after the second call');
  });

  it('Fix All Auto-Fixable Problems repairs the garbled "11." without saving', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'web-fixall-rangoon.txt');
    const editor = await openCable(uri);
    const line = lineOf(editor.document, '11. (C) Summary');
    await waitForRule(uri, 'paragraph-numbering');
    equal(await vscode.commands.executeCommand<boolean>('cable.fixAll'), true, 'cable.fixAll result');
    ok(/^- ¶?1\. \(C\) Summary/.test(editor.document.lineAt(line).text), `line after Fix All: ${editor.document.lineAt(line).text}`);
    ok(editor.document.isDirty, 'not saved');
    await waitForDiagnostics(uri, 'the garbled number fixed', (d) => !d.some((x) => ruleCode(x) === 'paragraph-numbering' && x.range.start.line === line));
  });
});
