import * as assert from 'assert';
import { renameSync, rmSync } from 'fs';
import * as vscode from 'vscode';
import type { LintWorkspaceResult } from '../../protocol';
import { activateExtension, closeAllEditors, ruleCodes, scratchCopy, waitFor, waitForDiagnostics, waitForRule, workspaceUri } from './helpers';

const TIDY = ['UNCLAS', '', 'E.O. 12958: N/A', 'TAGS: PREL, BM', 'SUBJECT: A TIDY CABLE', '', '1. (U) All in order.', '', '2. (U) Nothing to add.', ''].join('\n');

describe('Cable: Lint Workspace', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('shows the problems of cables nobody opened, and an open cable\'s from its editor text only', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'workspace-lint-rangoon.txt');
    const result = await vscode.commands.executeCommand<LintWorkspaceResult>('cable.lintWorkspace');
    assert.ok(result && result.files >= 3 && result.filesWithProblems >= 2, `unexpected result: ${JSON.stringify(result)}`);
    const fromDisk = await waitForRule(uri, 'paragraph-numbering');
    assert.ok(fromDisk.every((d) => d.source === 'cable'), 'problems come from the server');

    // Mended in the editor, unsaved: only the editor's (empty) results may show; the disk's are withdrawn.
    // Opened as from the Problems panel: the editor alone holds the document, so closing the
    // editor closes the document (one an extension opens stays open for minutes).
    await vscode.commands.executeCommand('vscode.open', uri);
    const editor = await waitFor('the cable in an editor', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === uri.toString() && active.document.languageId === 'cable' ? active : undefined;
    });
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    assert.ok(await editor.edit((builder) => builder.replace(whole, TIDY)));
    await waitForDiagnostics(uri, 'no problems for the mended text', (d) => d.length === 0);

    // Closed without saving: the file on disk still has its problems, and they show again, once.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const again = await waitForRule(uri, 'paragraph-numbering');
    assert.deepStrictEqual(ruleCodes(again).sort(), ruleCodes(fromDisk).sort());
  });

  it('follows a cable written on disk outside the editor', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'workspace-lint-outside.txt');
    await vscode.commands.executeCommand('cable.lintWorkspace');
    await waitForRule(uri, 'paragraph-numbering');
    // Through the file system, as a git pull would: no editor holds the file.
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TIDY));
    await waitForDiagnostics(uri, 'no problems once the file on disk is mended', (d) => d.length === 0);
  });

  /** A folder holding a copy of a seed cable, and that cable once a run shows its problems. */
  async function lintedFolder(name: string): Promise<{ folder: vscode.Uri; uri: vscode.Uri }> {
    const folder = workspaceUri(name);
    await vscode.workspace.fs.createDirectory(folder);
    const uri = await scratchCopy('04RANGOON1422.txt', `${name}/04RANGOON1422.txt`);
    await vscode.commands.executeCommand('cable.lintWorkspace');
    await waitForRule(uri, 'paragraph-numbering');
    return { folder, uri };
  }

  it('withdraws the problems of a folder deleted outside the editor', async () => {
    const { folder, uri } = await lintedFolder('workspace-lint-folder');
    // On disk, as a git checkout would: the editor's watcher reports the folder alone.
    rmSync(folder.fsPath, { recursive: true });
    await waitForDiagnostics(uri, 'no problems once its folder is deleted', (d) => d.length === 0);
  });

  it('follows a folder moved outside the editor: its problems leave the old place for the new', async () => {
    const { folder, uri } = await lintedFolder('workspace-lint-moved');
    // The editor's watcher reports the folder alone, deleted here and created there.
    const moved = workspaceUri('workspace-lint-moved-to');
    renameSync(folder.fsPath, moved.fsPath);
    await waitForDiagnostics(uri, 'no problems at the old place', (d) => d.length === 0);
    await waitForRule(vscode.Uri.joinPath(moved, '04RANGOON1422.txt'), 'paragraph-numbering');
    rmSync(moved.fsPath, { recursive: true });
  });
});
