// A bare LSP client for the hostile-input suites: spawns the real server over stdio, answers its
// requests, records what it publishes and logs, and can send anything, well-formed or not.
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  CancellationToken,
  ConfigurationParams,
  ConfigurationRequest,
  createProtocolConnection,
  Diagnostic,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  LogMessageParams,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { REPO_ROOT } from '../support/arbitraries';

export const SERVER_BIN = join(REPO_ROOT, 'bin', 'cable-language-server.js');

export interface SessionOptions {
  /** The `cable` settings section the client answers `workspace/configuration` with. */
  settings?: Record<string, unknown>;
  /** Node `--require` scripts loaded before the server. */
  preload?: string[];
  rootPath?: string;
}

export class LspSession {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly logs: string[] = [];
  stderr = '';
  exitCode: number | null | undefined;
  settings: Record<string, unknown>;
  private readonly waiters: Array<() => void> = [];

  constructor(options: SessionOptions = {}) {
    this.settings = options.settings ?? {};
    const nodeArgs = (options.preload ?? []).flatMap((p) => ['--require', p]);
    this.process = spawn(process.execPath, [...nodeArgs, SERVER_BIN, '--stdio'], { cwd: options.rootPath ?? REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.process.on('exit', (code) => {
      this.exitCode = code;
      this.notify();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params);
      this.notify();
    });
    this.connection.onNotification(LogMessageNotification.type, (params: LogMessageParams) => this.logs.push(params.message));
    this.connection.onRequest(ConfigurationRequest.type, (params: ConfigurationParams) => params.items.map(() => this.settings));
    this.connection.onRequest(RegistrationRequest.type, () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  async initialize(rootUri: string | null = null): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  private notify(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Waits until `ready()` holds, re-checking after every published diagnostic; fails after `ms`. */
  async until<T>(what: string, ready: () => T | undefined, ms = 60000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = ready();
      if (value !== undefined) return value;
      if (this.exitCode !== undefined) throw new Error(`the server exited (${this.exitCode}) while waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics published for `uri` at `version` (any version when omitted). */
  diagnosticsFor(uri: string, version?: number, ms?: number): Promise<Diagnostic[]> {
    return this.until(`diagnostics of ${uri}${version === undefined ? '' : ` v${version}`}`, () => {
      const p = this.published.get(uri);
      return p && (version === undefined || p.version === version) ? p.diagnostics : undefined;
    }, ms);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  request<R>(method: string, params: unknown, token?: CancellationToken): Promise<R> {
    // An explicit `undefined` token would be sent as a second positional parameter.
    return token ? this.connection.sendRequest(method, params, token) : this.connection.sendRequest(method, params);
  }

  /** The server still answers: an outline request on `uri` comes back. */
  async answers(uri: string): Promise<void> {
    const symbols = await this.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    if (!Array.isArray(symbols)) throw new Error(`documentSymbol answered ${JSON.stringify(symbols)}`);
  }

  /** Raw bytes on the server's stdin, for malformed messages. */
  writeRaw(data: string): void {
    this.process.stdin!.write(data);
  }

  async close(): Promise<void> {
    if (this.exitCode === undefined) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 5000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // Already gone: nothing to shut down.
      }
      await Promise.race([new Promise((resolve) => this.process.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    this.connection.dispose();
    if (this.exitCode === undefined) this.process.kill();
  }
}

/** An error response's code, or undefined when the request succeeded. */
export async function errorCodeOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: number }).code ?? -1;
  }
}
