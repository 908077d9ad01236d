import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, lineOf, openCable, openUntitledCable, waitFor, workspaceUri } from './helpers';

const UNORDERED = [
  'UNCLAS BANGKOK 003955',
  '',
  'SIPDIS',
  '',
  'E.O. 12958: N/A',
  'TAGS: PREL, TH',
  'SUBJECT: TEST RENUMBERING',
  '',
  '1. (U) First paragraph.',
  '',
  '3. (U) Second paragraph.',
  '',
  '4. (U) Third paragraph.',
  '',
].join('\n');

describe('paragraph commands', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('Next/Previous Paragraph move the cursor between paragraph starts', async () => {
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
    assert.strictEqual(editor.selection.active.line, second);
    await vscode.commands.executeCommand('cable.previousParagraph');
    assert.strictEqual(editor.selection.active.line, first);
    assert.ok(editor.visibleRanges.some((range) => range.contains(new vscode.Position(first, 0))), 'revealed');
  });

  it('Renumber Paragraphs makes the numbers consecutive', async () => {
    const editor = await openUntitledCable('renumber.cable', UNORDERED);
    const changed = await waitFor('the renumbering edit', async () =>
      (await vscode.commands.executeCommand<boolean>('cable.renumberParagraphs')) ? true : undefined,
    );
    assert.strictEqual(changed, true);
    const numbers = editor.document
      .getText()
      .split('\n')
      .filter((line) => /^\d+\. \(U\)/.test(line))
      .map((line) => parseInt(line, 10));
    assert.deepStrictEqual(numbers, [1, 2, 3]);
  });
});
