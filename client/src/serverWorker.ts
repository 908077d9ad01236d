// VS Code for the Web (vscode.dev, github.dev): the language server runs in a web worker, built
// from the same wiring as the Node server but without a file system (server/src/browserServer.ts):
// it asks this client for `.cablelintrc.json` (configFileFinder.ts) and, for Lint Workspace, for
// the cable files (workspaceCableFiles.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { findConfigFile } from './configFileFinder';
import { CLIENT_ID, CLIENT_NAME, ClientFactory } from './languageClient';
import { FindCableFilesRequest, FindConfigFileRequest, ReadCableFileRequest } from './protocol';
import { findCableFiles, readCableFile } from './workspaceCableFiles';

type ServerWorker = ConstructorParameters<typeof LanguageClient>[3] & { terminate(): void };

/** The web worker global: this file runs in the browser's extension host, which has one. */
declare const Worker: new (url: string) => ServerWorker;

/**
 * A client that ends its worker when it stops. vscode-languageclient's browser client only sends
 * shutdown and exit, and a worker cannot end itself on exit: each Restart Language Server left the
 * old server running, with every document it had.
 */
class WorkerLanguageClient extends LanguageClient {
  constructor(
    options: ConstructorParameters<typeof LanguageClient>[2],
    private readonly serverWorker: ServerWorker,
  ) {
    super(CLIENT_ID, CLIENT_NAME, options, serverWorker);
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.serverWorker.terminate();
    }
  }
}

export function serverWorker(extensionUri: vscode.Uri): ClientFactory {
  return (options) => {
    const main = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
    const client = new WorkerLanguageClient(options, new Worker(main.toString(true)));
    // Before start: the server asks as soon as it checks the first cable.
    client.onRequest(FindConfigFileRequest, findConfigFile);
    client.onRequest(FindCableFilesRequest, findCableFiles);
    client.onRequest(ReadCableFileRequest, readCableFile);
    return client;
  };
}
