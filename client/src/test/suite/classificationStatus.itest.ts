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

/** The routing line's security group (ZNY CCCCC) says CONFIDENTIAL; no portion is above UNCLAS. */
const ROUTED_UNDERSTATED = [
  'VZCZCXYZ0008',
  'PP RUEHWEB',
  'DE RUEHMD #4314/01 3571155',
  'ZNY CCCCC ZZH',
  'P 231155Z DEC 05',
  'FM AMEMBASSY MADRID',
  'TO RUEHC/SECSTATE WASHDC PRIORITY 8478',
  '',
  'UNCLAS MADRID 004314',
  '',
  'E.O. 12958: N/A',
  'TAGS: PREL, SP',
  'SUBJECT: THE ROUTING LINE OUTRANKS THE BANNER',
  '',
  '1. (U) Unclassified.',
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

  it('says what outranks the banner when it is not a paragraph (the routing line)', async () => {
    const { classificationStatus } = await activateExtension();
    await openUntitledCable('routed-understated.cable', ROUTED_UNDERSTATED);
    // The previous test's cable also warned: wait for this one's detail.
    const shown = await waitFor('the routing line in the status item', () => {
      const snapshot = classificationStatus.snapshot();
      return /routing line is marked \(C\)/.test(snapshot.detail ?? '') ? snapshot : undefined;
    }, 10_000);
    assert.strictEqual(shown.severity, vscode.LanguageStatusSeverity.Warning);
    assert.match(shown.label ?? '', /routing line/);
    assert.doesNotMatch(shown.label ?? '', /undefined/);
  });
});
