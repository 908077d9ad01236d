import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openCable, openUntitledCable, waitFor, workspaceUri } from './helpers';

const UNDERSTATED = [
  'UNCLAS BANGKOK 003955',
  '',
  'E.O. 12958: N/A',
  'TAGS: PREL, TH',
  'SUBJECT: A CONFIDENTIAL PORTION UNDER AN UNCLAS BANNER',
  '',
  '1. (C) This paragraph outranks the banner.',
  '',
].join('\n');

describe('classification status item', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('shows the banner level and the highest portion of the active cable', async () => {
    const { classificationStatus } = await activateExtension();
    await openCable(workspaceUri('04RANGOON1422.txt'));
    const shown = await waitFor('CONFIDENTIAL in the status item', () => {
      const snapshot = classificationStatus.snapshot();
      return snapshot.text.includes('CONFIDENTIAL') ? snapshot : undefined;
    });
    assert.match(shown.detail ?? '', /\(C\)/);
    assert.strictEqual(shown.severity, vscode.LanguageStatusSeverity.Information);
  });

  it('warns when a portion is marked higher than the banner', async () => {
    const { classificationStatus } = await activateExtension();
    await openUntitledCable('understated.cable', UNDERSTATED);
    await waitFor('a warning in the status item', () =>
      classificationStatus.snapshot().severity === vscode.LanguageStatusSeverity.Warning ? true : undefined,
    );
  });
});
