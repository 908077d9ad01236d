// Desktop VS Code: the language server runs in a child Node process, connected over IPC.
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, ClientFactory } from './languageClient';
import { resolveServerModule } from './serverModule';

export const serverProcess: ClientFactory = (options) => {
  const module = resolveServerModule();
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options);
};
