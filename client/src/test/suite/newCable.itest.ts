import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, lineOf, ruleCodes, sleep, waitForDiagnostics, waitForRule } from './helpers';

describe('Cable: New Cable', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('opens an untitled cable skeleton that lints clean (arguments bypass the prompts)', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('cable.newCable', {
      level: 'CONFIDENTIAL',
      post: 'Rangoon',
      subject: 'MEKONG MINISTERS PLEDGE COOPERATION',
      date: '2004-11-02',
    });
    assert.ok(editor, 'the command returns the new editor');
    const { document } = editor;
    assert.strictEqual(document.isUntitled, true);
    assert.strictEqual(document.languageId, 'cable');
    assert.match(document.getText(), /C O N F I D E N T I A L/);
    assert.match(document.getText(), /RANGOON/);
    assert.match(document.getText(), /MEKONG MINISTERS PLEDGE COOPERATION/);

    // Prove the server checks this document (breaking it is reported), then that the
    // skeleton as generated has no diagnostics at all.
    const tagsRange = document.lineAt(lineOf(document, 'TAGS')).rangeIncludingLineBreak;
    const tagsText = document.getText(tagsRange);
    await editor.edit((builder) => builder.delete(tagsRange));
    await waitForRule(document.uri, 'tags-missing');
    await editor.edit((builder) => builder.insert(tagsRange.start, tagsText));
    await waitForDiagnostics(document.uri, 'the skeleton to lint clean', (d) => d.length === 0);
    await sleep(1000);
    assert.deepStrictEqual(ruleCodes(vscode.languages.getDiagnostics(document.uri)), []);
  });
});
