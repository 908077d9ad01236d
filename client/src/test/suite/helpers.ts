// Shared steps for the extension-host tests: open workspace cables, wait for the server's
// results, change settings for one test.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CableAuthorApi } from '../../activate';

export const EXTENSION_ID = 'cable-author.cable-author';
/** How long the server may take to answer after a document opens or changes. */
export const SERVER_TIMEOUT_MS = 20_000;

export async function activateExtension(): Promise<CableAuthorApi> {
  const extension = vscode.extensions.getExtension<CableAuthorApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
  return extension.activate();
}

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (test/editors/vscode/run.mjs makes one)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** A fresh copy of a workspace file, so a test can edit and save without affecting others. */
export async function scratchCopy(source: string, name: string): Promise<vscode.Uri> {
  const target = workspaceUri(name);
  await vscode.workspace.fs.copy(workspaceUri(source), target, { overwrite: true });
  return target;
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/**
 * Opens a cable file and waits until it has the cable language: a .txt cable first opens as
 * plaintext and the extension switches it, which replaces the document object.
 */
export async function openCable(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await openInEditor(uri);
  return waitFor(`${uri.path} in the cable language`, () => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.uri.toString() === uri.toString() && editor.document.languageId === 'cable' ? editor : undefined;
  }, 10_000);
}

/**
 * An unsaved cable under a name of its own (`name` ends in .cable), so no two tests share the
 * reused Untitled-N names, whose documents VS Code disposes asynchronously.
 */
export async function openUntitledCable(name: string, content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: name }));
  const editor = await vscode.window.showTextDocument(document);
  assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), content)));
  assert.strictEqual(editor.document.languageId, 'cable');
  return editor;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Polls until `read` returns a value other than undefined; fails with `what` after the timeout. */
export async function waitFor<T>(what: string, read: () => T | undefined | Promise<T | undefined>, timeoutMs = SERVER_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function ruleCodes(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
}

/** Waits until the document's diagnostics satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = SERVER_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  }, timeoutMs);
}

export function waitForRule(uri: vscode.Uri, rule: string, timeoutMs = SERVER_TIMEOUT_MS): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, `a ${rule} diagnostic on ${uri.path}`, (d) => ruleCodes(d).includes(rule), timeoutMs);
}

/**
 * Sets a workspace setting for the duration of `body`, then restores the previous value. Waits
 * until the extension host sees each change: `update()` can resolve before the change event,
 * which is what makes the language client tell the server.
 */
export async function withSetting<T>(section: string, key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const previous = vscode.workspace.getConfiguration(section).inspect(key)?.workspaceValue;
  await setWorkspaceSetting(section, key, value);
  try {
    return await body();
  } finally {
    await setWorkspaceSetting(section, key, previous);
  }
}

async function setWorkspaceSetting(section: string, key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Workspace);
  const expected = JSON.stringify(value);
  await waitFor(`${section}.${key} = ${expected} in the extension host`, () =>
    JSON.stringify(vscode.workspace.getConfiguration(section).inspect(key)?.workspaceValue) === expected ? true : undefined,
  );
}

/** The 0-based line of the first line containing `text`. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(text)) return line;
  }
  assert.fail(`no line contains ${JSON.stringify(text)}`);
}
