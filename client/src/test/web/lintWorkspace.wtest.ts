// Cable: Lint Workspace in the web worker: the editor finds and reads the files for the server.
import * as vscode from 'vscode';
import type { LintWorkspaceResult } from '../../protocol';
import { activateExtension, ok, ruleCode, scratchCopy, waitForDiagnostics, waitForRule, workspaceUri } from './helpers';

describe('Cable: Lint Workspace in the web worker', () => {
  before(activateExtension);

  it('shows the problems of cables nobody opened, under the .cablelintrc.json of their folder', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'web-lint-workspace-rangoon.txt');
    const result = await vscode.commands.executeCommand<LintWorkspaceResult>('cable.lintWorkspace');
    // The seeds, this copy and the two under configured/, at least.
    ok(result && result.files >= 5 && result.unchecked.length === 0, `unexpected result: ${JSON.stringify(result)}`);
    const problems = await waitForRule(uri, 'paragraph-numbering');
    ok(problems.every((d) => d.source === 'cable'), 'problems come from the server');
    // configured/.cablelintrc.json turns the rule off for the copy two folders down.
    const configured = vscode.languages.getDiagnostics(workspaceUri('configured/2004/04RANGOON1422.txt'));
    ok(!configured.some((d) => ruleCode(d) === 'paragraph-numbering'), `checked without its config: ${configured.map(ruleCode).join(', ')}`);
  });

  it('reads a UTF-16 file without a BOM, as cable-lint does', async () => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('04RANGOON1422.txt')));
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) [bytes[2 * i], bytes[2 * i + 1]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    const uri = workspaceUri('web-lint-workspace-utf16le.txt');
    await vscode.workspace.fs.writeFile(uri, bytes);
    try {
      const result = await vscode.commands.executeCommand<LintWorkspaceResult>('cable.lintWorkspace');
      ok(result && !result.unchecked.some((u) => u.includes('utf16le')), `not checked: ${JSON.stringify(result?.unchecked)}`);
      await waitForRule(uri, 'paragraph-numbering');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('withdraws the problems of a deleted folder', async () => {
    const folder = workspaceUri('web-lint-workspace-folder');
    await vscode.workspace.fs.createDirectory(folder);
    const uri = await scratchCopy('04RANGOON1422.txt', 'web-lint-workspace-folder/04RANGOON1422.txt');
    await vscode.commands.executeCommand('cable.lintWorkspace');
    await waitForRule(uri, 'paragraph-numbering');
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await waitForDiagnostics(uri, 'no problems once its folder is deleted', (d) => d.length === 0);
  });
});
