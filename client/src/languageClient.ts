import * as vscode from 'vscode';
import { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

/** The client id doubles as the settings prefix: `cable.trace.server` traces the protocol. */
export const CLIENT_ID = 'cable';
export const CLIENT_NAME = 'Cable Language Server';

/** Makes a client for a server in a Node process (desktop) or a web worker (vscode.dev). */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/** What the client asks of the server wherever it runs. */
function clientOptions(outputChannel: vscode.OutputChannel): LanguageClientOptions {
  return {
    // Any scheme: files, untitled cables from "Cable: New Cable", virtual workspaces.
    documentSelector: [{ language: 'cable' }],
    synchronize: {
      configurationSection: 'cable',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.cablelintrc.json'),
    },
    outputChannel,
  };
}

/**
 * Starts the server the first time something needs it (a cable opens, a command runs), so a
 * window that only activated the extension for a plain .txt file costs no server.
 */
export class CableServer implements vscode.Disposable {
  private starting: Promise<BaseLanguageClient> | undefined;

  constructor(
    private readonly outputChannel: vscode.OutputChannel,
    private readonly createClient: ClientFactory,
  ) {}

  client(): Promise<BaseLanguageClient> {
    this.starting ??= this.start();
    return this.starting;
  }

  /**
   * Sends what `send` sends with the running client. When that client stops before answering
   * (Cable: Restart Language Server), resolves to undefined with a status-bar note instead of the
   * error box a failed command shows: the user asked for the restart. A running client's errors still throw.
   */
  async request<T>(send: (client: BaseLanguageClient) => Thenable<T>): Promise<{ client: BaseLanguageClient; answer: T } | undefined> {
    const client = await this.client();
    try {
      return { client, answer: await send(client) };
    } catch (error) {
      if (client.isRunning()) throw error;
      void vscode.window.setStatusBarMessage('Cable: the language server stopped before answering', 3000);
      return undefined;
    }
  }

  /** A fresh server (Cable: Restart Language Server): it reads every setting and config file anew. */
  async restart(): Promise<BaseLanguageClient> {
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

  private async start(): Promise<BaseLanguageClient> {
    const client = this.createClient(clientOptions(this.outputChannel));
    try {
      await client.start();
      return client;
    } catch (error) {
      this.starting = undefined; // let the next cable or command try again
      throw error;
    }
  }
}
