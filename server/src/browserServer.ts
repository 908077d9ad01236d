// The Cable language server in a browser web worker (the VS Code web extension: vscode.dev,
// github.dev). It speaks LSP over postMessage with the page or extension host that started it.
// A worker has no file system: `.cablelintrc.json` comes through the client (cable/findConfigFile),
// and there are no config quick fixes or links to cited cable files.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startLanguageServer } from './lsp/languageServer';
import { createBrowserHost } from './lsp/browserHost';

/** The worker's global scope, as far as this file uses it (the project compiles without the DOM library). */
declare const self: {
  /** What BrowserMessageReader and BrowserMessageWriter use. */
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
  addEventListener(type: 'error', listener: (event: { message: string; error?: unknown }) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void;
};

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));

/** No file system: config files are the client's to read; quick fixes on them and cited cables are left out (lsp/browserHost.ts). */
const BROWSER_HOST = createBrowserHost(connection);

// Last resort: a bug in one handler must not go unseen; the worker itself keeps running.
const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
self.addEventListener('error', (event) => connection.console.error(`Uncaught exception: ${event.error !== undefined ? describe(event.error) : event.message}`));
self.addEventListener('unhandledrejection', (event) => connection.console.error(`Unhandled rejection: ${describe(event.reason)}`));

startLanguageServer(connection, BROWSER_HOST);
