import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { resolveServerModule } from './serverModule';

/** The client id doubles as the settings prefix: `cable.trace.server` traces the protocol. */
const CLIENT_ID = 'cable';

/** Starts the Cable language server in a child Node process and connects to it over IPC. */
export function createLanguageClient(outputChannel: vscode.OutputChannel): LanguageClient {
  const module = resolveServerModule();
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Any scheme: files, untitled cables from "Cable: New Cable", virtual workspaces.
    documentSelector: [{ language: 'cable' }],
    synchronize: {
      configurationSection: 'cable',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.cablelintrc.json'),
    },
    outputChannel,
  };
  return new LanguageClient(CLIENT_ID, 'Cable Language Server', serverOptions, clientOptions);
}
