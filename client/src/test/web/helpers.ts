// Steps for the web worker tests. Node's `assert` does not exist in a browser bundle, hence the
// two small checks here; the rest mirrors ../suite/helpers.ts with the VS Code API only.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'cable-author.cable-author';
/** How long the server (a web worker here) may take to answer after a document opens or changes. */
export const SERVER_TIMEOUT_MS = 20_000;

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Fails fast when the extension has no browser entry, instead of every test timing out. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
  await extension.activate();
  return extension;
}

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'the tests need a workspace folder (test/editors/vscode/run.mjs makes one)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** A fresh copy of a workspace file, so a test can edit it without affecting others. */
export async function scratchCopy(source: string, name: string): Promise<vscode.Uri> {
  const target = workspaceUri(name);
  await vscode.workspace.fs.copy(workspaceUri(source), target, { overwrite: true });
  return target;
}

/**
 * Opens a cable file and waits until it has the cable language: a .txt cable first opens as
 * plaintext and the extension switches it by its first line, which replaces the document.
 */
export async function openCable(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return waitFor(`${uri.path} in the cable language`, () => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.uri.toString() === uri.toString() && editor.document.languageId === 'cable' ? editor : undefined;
  }, 10_000);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Reverts the active editor's unsaved changes and closes everything. */
export async function revertAndCloseAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await closeAllEditors();
}

/** Polls until `read` returns a value other than undefined; fails with `what` after the timeout. */
export async function waitFor<T>(what: string, read: () => T | undefined | Promise<T | undefined>, timeoutMs = SERVER_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function ruleCode(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

/** Waits until the document's diagnostics satisfy `accept`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  });
}

export function waitForRule(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, `a ${rule} diagnostic on ${uri.path}`, (d) => d.some((x) => ruleCode(x) === rule));
}

/** The 0-based line of the first line containing `text`. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(text)) return line;
  }
  throw new Error(`no line contains ${JSON.stringify(text)}`);
}
