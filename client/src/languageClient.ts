import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { resolveServerModule } from './serverModule';

/** The client id doubles as the settings prefix: `cable.trace.server` traces the protocol. */
const CLIENT_ID = 'cable';

/** A Cable language server in a child Node process, connected over IPC. */
function createLanguageClient(outputChannel: vscode.OutputChannel): LanguageClient {
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

/**
 * Starts the server the first time something needs it (a cable opens, a command runs), so a
 * window that only activated the extension for a plain .txt file costs no server process.
 */
export class CableServer implements vscode.Disposable {
  private starting: Promise<LanguageClient> | undefined;

  constructor(private readonly outputChannel: vscode.OutputChannel) {}

  client(): Promise<LanguageClient> {
    this.starting ??= this.start();
    return this.starting;
  }

  /**
   * Sends what `send` sends with the running client. When that client stops before answering
   * (Cable: Restart Language Server), resolves to undefined with a status-bar note instead of the
   * error box a failed command shows: the user asked for the restart. A running client's errors still throw.
   */
  async request<T>(send: (client: LanguageClient) => Thenable<T>): Promise<{ client: LanguageClient; answer: T } | undefined> {
    const client = await this.client();
    try {
      return { client, answer: await send(client) };
    } catch (error) {
      if (client.isRunning()) throw error;
      void vscode.window.setStatusBarMessage('Cable: the language server stopped before answering', 3000);
      return undefined;
    }
  }

  /** A fresh server process (Cable: Restart Language Server): it reads every setting and config file anew. */
  async restart(): Promise<LanguageClient> {
    await this.stop();
    return this.client();
  }

  async stop(): Promise<void> {
    const starting = this.starting;
    this.starting = undefined;
    if (starting) await (await starting).stop();
  }

  dispose(): void {
    void this.stop();
  }

  private async start(): Promise<LanguageClient> {
    const client = createLanguageClient(this.outputChannel);
    try {
      await client.start();
      return client;
    } catch (error) {
      this.starting = undefined; // let the next cable or command try again
      throw error;
    }
  }
}
