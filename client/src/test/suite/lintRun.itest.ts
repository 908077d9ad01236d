import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, lineOf, openCable, ruleCodes, scratchCopy, sleep, waitForRule, withSetting } from './helpers';

/** Deletes the TAGS line, which makes the server report tags-missing. */
async function deleteTagsLine(editor: vscode.TextEditor): Promise<void> {
  const range = editor.document.lineAt(lineOf(editor.document, 'TAGS:')).rangeIncludingLineBreak;
  assert.ok(await editor.edit((builder) => builder.delete(range)));
}

describe('cable.lint.run', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('onType (default): an edit is checked without saving', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'ontype-rangoon.txt');
    const editor = await openCable(uri);
    await waitForRule(uri, 'paragraph-numbering');
    await deleteTagsLine(editor);
    await waitForRule(uri, 'tags-missing');
  });

  it('onSave: edits are not checked until the cable is saved', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'onsave-rangoon.txt');
    await withSetting('cable', 'lint.run', 'onSave', async () => {
      const editor = await openCable(uri);
      await waitForRule(uri, 'paragraph-numbering');
      await deleteTagsLine(editor);
      // Long enough for an on-type check to have arrived (the onType test sees it sooner).
      await sleep(3000);
      assert.ok(!ruleCodes(vscode.languages.getDiagnostics(uri)).includes('tags-missing'), 'checked on type');
      assert.ok(await editor.document.save());
      await waitForRule(uri, 'tags-missing');
    });
  });
});
