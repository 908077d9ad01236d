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
    // The editor scrolls asynchronously: visibleRanges catch up with an event, after the command returns.
    await waitFor('paragraph 1 revealed', () => (editor.visibleRanges.some((range) => range.contains(new vscode.Position(first, 0))) ? true : undefined), 5_000);
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

describe('cited cables', () => {
  afterEach(closeAllEditors);

  it('links a REF item to the cited cable in the workspace, and Go to Definition opens it', async () => {
    const cited = workspaceUri('04RANGOON1370.txt');
    await vscode.workspace.fs.writeFile(cited, Buffer.from('UNCLAS RANGOON 001370\n'));
    try {
      const editor = await openCable(workspaceUri('04RANGOON1422.txt'));
      const line = lineOf(editor.document, 'REF: A. RANGOON 1370');
      const links = await waitFor('a link on REF item A', async () => {
        const found = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', editor.document.uri);
        return found.length ? found : undefined;
      });
      assert.deepStrictEqual(links.map((l) => [editor.document.getText(l.range), l.target?.toString()]), [['RANGOON 1370', cited.toString()]]);
      const position = new vscode.Position(line, editor.document.lineAt(line).text.indexOf('1370'));
      const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', editor.document.uri, position);
      assert.deepStrictEqual(definitions.map((d) => ('targetUri' in d ? d.targetUri : d.uri).toString()), [cited.toString()]);
    } finally {
      await vscode.workspace.fs.delete(cited);
    }
  });
});
