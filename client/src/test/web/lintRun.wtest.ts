// `cable.lint.run: onSave` and the commands with no editor open, in the web worker as on the desktop.
import * as vscode from 'vscode';
import { activateExtension, equal, lineOf, ok, openCable, revertAndCloseAll, ruleCode, scratchCopy, waitFor, waitForRule } from './helpers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setLintRun(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('cable').update('lint.run', value, vscode.ConfigurationTarget.Workspace);
  await waitFor(`cable.lint.run = ${value}`, () => (vscode.workspace.getConfiguration('cable').inspect('lint.run')?.workspaceValue === value ? true : undefined));
}

describe('cable.lint.run and commands with no editor in the web worker', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);

  it('onSave: an edit is not checked until the cable is saved', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'web-onsave-rangoon.txt');
    await setLintRun('onSave');
    try {
      const editor = await openCable(uri);
      await waitForRule(uri, 'paragraph-numbering');
      const tags = editor.document.lineAt(lineOf(editor.document, 'TAGS:')).rangeIncludingLineBreak;
      ok(await editor.edit((builder) => builder.delete(tags)), 'the TAGS line deleted');
      await sleep(2000);
      ok(!vscode.languages.getDiagnostics(uri).some((d) => ruleCode(d) === 'tags-missing'), 'checked on type');
      ok(await editor.document.save(), 'saved');
      await waitForRule(uri, 'tags-missing');
    } finally {
      await setLintRun(undefined);
    }
  });

  it('the editor commands with no editor open do nothing, without an error', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    equal(await vscode.commands.executeCommand<boolean>('cable.fixAll'), false, 'cable.fixAll with no editor');
    for (const command of ['cable.nextParagraph', 'cable.previousParagraph', 'cable.renumberParagraphs']) {
      await vscode.commands.executeCommand(command);
    }
  });
});
