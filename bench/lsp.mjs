// A minimal LSP client for the benchmarks: spawns the real server (bin/cable-language-server.js
// --stdio), speaks JSON-RPC over its stdio, sends incremental edits as an editor does and records
// when diagnostics arrive.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './corpus.mjs';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

export const SERVER = join(ROOT, 'bin', 'cable-language-server.js');

export class BenchClient {
  /** Resolvers waiting for diagnostics of `uri@version`. */
  #waiting = new Map();
  /** Versions whose diagnostics have arrived, per uri: when, and how many. */
  published = new Map();
  #versions = new Map();

  constructor(child, connection) {
    this.child = child;
    this.connection = connection;
  }

  /**
   * `pull`: announce pull diagnostics (as VS Code does); otherwise the server pushes them.
   * `nodeArgs`: for profiling the server, e.g. ['--cpu-prof']. `folders`: workspace folder paths.
   */
  static async start({ pull = false, nodeArgs = [], folders = [] } = {}) {
    const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    const client = new BenchClient(child, connection);
    connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => client.#onPublish(params));
    connection.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => ({})));
    connection.onRequest(rpc.RegistrationRequest.type, () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const textDocument = {
      publishDiagnostics: { versionSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    };
    if (pull) textDocument.diagnostic = { dynamicRegistration: false };
    await connection.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: folders.map((path) => ({ uri: pathToFileURL(path).href, name: path })),
      capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } }, textDocument },
    });
    await connection.sendNotification(rpc.InitializedNotification.type, {});
    return client;
  }

  get pid() {
    return this.child.pid;
  }

  #onPublish(params) {
    const now = performance.now();
    this.published.set(`${params.uri}@${params.version}`, { at: now, count: params.diagnostics.length, diagnostics: params.diagnostics });
    const resolve = this.#waiting.get(`${params.uri}@${params.version}`);
    if (resolve) {
      this.#waiting.delete(`${params.uri}@${params.version}`);
      resolve(now);
    }
  }

  /** Resolves with the time (performance.now) the diagnostics of that version arrived. */
  diagnosticsArrived(uri, version) {
    const known = this.published.get(`${uri}@${version}`);
    if (known) return Promise.resolve(known.at);
    return new Promise((resolve) => this.#waiting.set(`${uri}@${version}`, resolve));
  }

  async open(uri, text) {
    this.#versions.set(uri, 1);
    await this.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'cable', version: 1, text } });
  }

  /** Types `text` at `position` (an incremental change); returns the new version. */
  async type(uri, position, text) {
    const version = this.#versions.get(uri) + 1;
    this.#versions.set(uri, version);
    await this.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text }],
    });
    return version;
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest(rpc.ShutdownRequest.type), new Promise((r) => setTimeout(r, 3000))]);
      await this.connection.sendNotification(rpc.ExitNotification.type);
    } catch {
      // Already gone: killed below.
    }
    await Promise.race([new Promise((r) => (this.child.exitCode !== null ? r() : this.child.once('exit', r))), new Promise((r) => setTimeout(r, 3000))]);
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}
