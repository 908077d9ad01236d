// VS Code for the Web (vscode.dev, github.dev): the language server runs in a web worker, built
// from the same wiring as the Node server but without a file system (server/src/browserServer.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, ClientFactory } from './languageClient';

/** The web worker global: this file runs in the browser's extension host, which has one. */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export function serverWorker(extensionUri: vscode.Uri): ClientFactory {
  return (options) => {
    const main = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, options, new Worker(main.toString(true)));
  };
}
