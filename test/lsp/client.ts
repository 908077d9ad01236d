// A minimal LSP client for the tests: spawns the real server (`node bin/cable-language-server.js
// --stdio`), speaks JSON-RPC over its stdio with vscode-languageserver-protocol, answers the
// server's requests (configuration, registrations, refresh) and records what it publishes.
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ClientCapabilities,
  ConfigurationItem,
  ConfigurationParams,
  ConfigurationRequest,
  createProtocolConnection,
  Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  Registration,
  RegistrationParams,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits } from '../../server/src/service';

export const ROOT = join(__dirname, '..', '..', '..');
export const SERVER = join(ROOT, 'bin', 'cable-language-server.js');

export function seedText(name: string): string {
  return readFileSync(join(ROOT, 'seeds', name), 'utf8');
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Capabilities of a client that takes pushed diagnostics and answers workspace/configuration. */
export const PUSH_CLIENT: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    workspaceFolders: true,
  },
  textDocument: {
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
  },
};

/** The same client, pulling diagnostics (LSP 3.17) as VS Code does. */
export const PULL_CLIENT: ClientCapabilities = {
  ...PUSH_CLIENT,
  workspace: { ...PUSH_CLIENT.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...PUSH_CLIENT.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  workspaceFolders?: string[];
  /** The `cable` section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  /** Extra environment for the server process (e.g. NODE_OPTIONS with a preload). */
  env?: NodeJS.ProcessEnv;
}

export class TestClient {
  /** Every publishDiagnostics notification, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** How many workspace/diagnostic/refresh requests the server sent. */
  refreshes = 0;
  /** What the server answered to initialize. */
  initializeResult!: InitializeResult;
  settings: Record<string, unknown>;
  readonly stderr: string[] = [];
  /** Every window/logMessage, in arrival order. */
  readonly logged: Array<{ type: number; message: string }> = [];
  /** Every capability the server registered (client/registerCapability), in arrival order. */
  readonly registrations: Registration[] = [];
  /** Every window/showMessage (a message put in front of the user), in arrival order. */
  readonly shown: Array<{ type: number; message: string }> = [];
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private listeners: Array<() => void> = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options);
    child.stderr!.on('data', (chunk: Buffer) => client.stderr.push(chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
      client.published.push(params);
      client.notify();
    });
    connection.onRequest(ConfigurationRequest.type, (params: ConfigurationParams) => params.items.map((item: ConfigurationItem) => (item.section === 'cable' ? client.settings : null)));
    connection.onRequest(RegistrationRequest.type, (params: RegistrationParams) => {
      client.registrations.push(...params.registrations);
      client.notify();
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshes++;
      client.notify();
      return null;
    });
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      client.logged.push(params);
      client.notify();
    });
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      client.shown.push(params);
      client.notify();
    });
    connection.listen();
    const folders = options.workspaceFolders ?? [];
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: f })),
      capabilities: options.capabilities ?? PUSH_CLIENT,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private notify(): void {
    const listeners = this.listeners;
    this.listeners = [];
    for (const l of listeners) l();
  }

  /** Resolves when `read` returns a value, re-checking after each message from the server. */
  waitFor<T>(what: string, read: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.join('')}`)), timeoutMs);
      const check = () => {
        const value = read();
        if (value !== undefined) {
          clearTimeout(timer);
          resolve(value);
        } else {
          this.listeners.push(check);
        }
      };
      check();
    });
  }

  /** The diagnostics last published for `uri` at `version` (the current one by default). */
  diagnosticsFor(uri: string, version = this.versions.get(uri)): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of ${uri} v${version}`, () => {
      for (let i = this.published.length - 1; i >= 0; i--) {
        const p = this.published[i];
        if (p.uri === uri && (version === undefined || p.version === version)) return p.diagnostics;
      }
      return undefined;
    });
  }

  async open(uri: string, text: string, languageId = 'cable'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  text(uri: string): string {
    return this.texts.get(uri)!;
  }

  version(uri: string): number {
    return this.versions.get(uri)!;
  }

  /** Replaces the whole text (a full-content change). */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Applies a server's edit to our copy of the document and sends it as a change. */
  async applyWorkspaceEdit(uri: string, edit: WorkspaceEdit): Promise<number> {
    const edits: TextEdit[] = edit.documentChanges
      ? edit.documentChanges.flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits.filter((e): e is TextEdit => 'range' in e) : []))
      : edit.changes?.[uri] ?? [];
    return this.change(uri, applyEdits(this.text(uri), edits).text);
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** New settings, announced the way VS Code does (the server reads them back with workspace/configuration). */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { cable: settings } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone; it is killed below either way.
    }
    const exited = new Promise((resolve) => (this.process.exitCode !== null ? resolve(undefined) : this.process.once('exit', resolve)));
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }
}
