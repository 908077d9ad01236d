import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, ruleCodes, scratchCopy, waitForDiagnostics } from './helpers';

const TASK_TIMEOUT_MS = 45_000;

describe('$cable-lint problem matcher', () => {
  it('turns cable-lint output in a task into Problems with rule ids', async () => {
    // A copy nobody opens, so the language server reports on it only if Lint Workspace ran.
    const uri = await scratchCopy('06BANGKOK3955.txt', 'task-bangkok.txt');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const cli = path.join(extension.extensionPath, 'bin', 'cable-lint.js');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const task = new vscode.Task(
      { type: 'shell' },
      folder,
      'cable-lint',
      'cable',
      // The pause: a task that prints before VS Code attaches the matcher to its terminal loses
      // those lines (microsoft/vscode#64226); the test is about our pattern, not that race.
      new vscode.ShellExecution(`sleep 1 && node "${cli}" task-bangkok.txt`, { cwd: folder.uri.fsPath }),
      '$cable-lint',
    );
    // task.saveBeforeRun would otherwise stop at a Save As dialog for a left-over untitled cable.
    const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString());
    assert.deepStrictEqual(dirty, [], 'earlier tests left unsaved documents');
    const events: string[] = [];
    const listeners = [
      vscode.tasks.onDidStartTaskProcess((e) => events.push(`started (pid ${e.processId})`)),
      vscode.tasks.onDidEndTaskProcess((e) => events.push(`ended (exit ${e.exitCode})`)),
    ];
    let diagnostics: vscode.Diagnostic[];
    try {
      await vscode.tasks.executeTask(task);
      // The first task starts a terminal (pty host) on the server, which can take a while.
      // Only the matcher's: a Lint Workspace run in an earlier test may have told the server's too.
      const fromTask = (d: vscode.Diagnostic[]) => d.filter((x) => x.source === 'cable-lint');
      diagnostics = fromTask(
        await waitForDiagnostics(uri, 'problems from the task', (d) =>
          ['banner-missing', 'tags-missing', 'subject-missing'].every((rule) => ruleCodes(fromTask(d)).includes(rule)),
          TASK_TIMEOUT_MS,
        ),
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}; task events: ${events.join(', ') || 'none'}`);
    } finally {
      listeners.forEach((listener) => listener.dispose());
    }
    const banner = diagnostics.find((d) => ruleCodes([d])[0] === 'banner-missing');
    assert.strictEqual(banner?.severity, vscode.DiagnosticSeverity.Error);
  });
});
