import * as vscode from 'vscode';
import { activateExtension, equal, ok } from './helpers';

describe('the web extension in the web worker extension host', () => {
  it('runs in a web worker, as in vscode.dev', () => {
    // No Node here: the tests (and the extension under development, in the same host) run in a worker.
    equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'importScripts (a worker global)');
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
  });

  it('activates from its browser entry', async () => {
    const extension = await activateExtension();
    ok(extension.isActive, 'the extension is active');
    ok(extension.packageJSON.browser, 'package.json has a "browser" entry');
  });

  it('registers every command package.json contributes', async () => {
    const extension = await activateExtension();
    const contributed: string[] = extension.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((command) => !registered.has(command));
    equal(missing.join(', '), '', 'contributed commands with no handler');
  });
});
