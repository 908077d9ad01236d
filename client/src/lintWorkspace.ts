// Cable: Lint Workspace: the server checks every cable file under the workspace folders from disk,
// as `cable-lint FOLDER` does, and its problems join the open cables' in the Problems panel.
import * as vscode from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient';
import { CableServer } from './languageClient';
import { LintWorkspaceRequest, LintWorkspaceResult } from './protocol';

let runs = 0;

/** Resolves to what the server found, or undefined when there was no folder or the user cancelled. */
export async function lintWorkspace(server: CableServer, output: vscode.OutputChannel): Promise<LintWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Cable: open a folder first: Lint Workspace checks the cable files in the workspace folders.');
    return undefined;
  }
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Cable: linting the workspace', cancellable: true }, async (progress, cancel) => {
    const client = await server.client();
    const workDoneToken = `cable-lint-workspace-${++runs}`;
    let percentage = 0;
    const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind !== 'report') return;
      progress.report({ message: value.message, increment: value.percentage === undefined ? undefined : value.percentage - percentage });
      percentage = value.percentage ?? percentage;
    });
    try {
      return (await server.request((c) => c.sendRequest(LintWorkspaceRequest, { workDoneToken }, cancel)))?.answer;
    } catch (error) {
      if (cancel.isCancellationRequested) return undefined;
      throw error;
    } finally {
      listening.dispose();
    }
  });
  if (result) void tell(result, output);
  return result;
}

async function tell(result: LintWorkspaceResult, output: vscode.OutputChannel): Promise<void> {
  for (const why of result.unchecked) output.appendLine(`Lint Workspace: not checked: ${why}`);
  const count = (n: number, what: string) => `${n.toLocaleString()} ${what}${n === 1 ? '' : 's'}`;
  if (!result.files) {
    void vscode.window.showInformationMessage('Cable: no .cable or .txt files in the workspace folders.');
    return;
  }
  const found = result.problems ? `${count(result.problems, 'problem')} in ${result.filesWithProblems.toLocaleString()} of ${count(result.files, 'cable file')}` : `No problems in ${count(result.files, 'cable file')}`;
  const unchecked = result.unchecked.length ? `; ${count(result.unchecked.length, 'file or folder')} could not be checked (see the output)` : '';
  const actions = [...(result.problems ? ['Show Problems'] : []), ...(unchecked ? ['Show Output'] : [])];
  const chosen = await vscode.window.showInformationMessage(`Cable: ${found}${unchecked}.`, ...actions);
  if (chosen === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
  if (chosen === 'Show Output') output.show(true);
}
