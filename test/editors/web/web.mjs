#!/usr/bin/env node
// The language server as the VS Code web extension runs it (vscode.dev, github.dev): bundled for
// the browser (server/src/browserServer.ts), started in a Worker of a page in headless Chromium,
// and spoken to in LSP over postMessage, the JSON-RPC message objects vscode-jsonrpc's
// BrowserMessageReader and BrowserMessageWriter exchange. The bundle is `npm run bundle`'s
// dist/web/server.js (scripts/bundle.mjs), served over loopback HTTP: a worker cannot start from
// file://. Each check is one test.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { Checks } from '../checks.mjs';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from '../paths.mjs';

export const BUNDLE = path.join(ROOT, 'dist', 'web', 'server.js');
const SEED = '04RANGOON1422.txt';
/** How a virtual workspace (github.dev) names the seed: no file on disk behind it. */
const URI = `vscode-vfs://github/cable-author/cable-author/seeds/${SEED}`;
/** The repository's config, which the test client "finds" for the server (cable/findConfigFile). */
const CONFIG_URI = 'vscode-vfs://github/cable-author/cable-author/.cablelintrc.json';
const TIMEOUT = 20_000;

/** The page starts the worker and hands every message it posts to the test (window.deliver). */
const PAGE = `<!doctype html><meta charset="utf-8"><title>Cable language server in a worker</title>
<script>
  const worker = new Worker('/server.js');
  worker.onmessage = (event) => window.deliver(event.data);
  worker.onerror = (event) => window.deliver({ workerError: event.message });
  window.send = (message) => worker.postMessage(message);
</script>`;

function serve() {
  const server = http.createServer((request, response) => {
    if (request.url === '/server.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(fs.readFileSync(BUNDLE));
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(PAGE);
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A minimal LSP client over the page's postMessage: requests, notifications, and what the server sent. */
class WorkerClient {
  constructor(page) {
    this.page = page;
    this.nextId = 1;
    this.pending = new Map();
    this.received = [];
    this.waiters = [];
    /** What the test client answers to the server's requests, by method (null for the rest). */
    this.answers = new Map();
  }

  /** Every message from the worker lands here. */
  deliver(message) {
    if (message && 'id' in message && !('method' in message) && this.pending.has(message.id)) {
      const { resolve, reject } = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) reject(new Error(`${message.error.code}: ${message.error.message}`));
      else resolve(message.result);
    } else {
      this.received.push(message);
      // Besides cable/findConfigFile the server asks nothing of a client that declares no capabilities; answer anything anyway.
      if (message && 'id' in message && 'method' in message) {
        const answer = this.answers.get(message.method);
        void this.post({ jsonrpc: '2.0', id: message.id, result: answer ? answer(message.params) : null });
      }
    }
    for (const waiter of [...this.waiters]) waiter();
  }

  post(message) {
    return this.page.evaluate((m) => window.send(m), message);
  }

  request(method, params) {
    const id = this.nextId++;
    const answer = new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      setTimeout(() => reject(new Error(`no answer to ${method} in ${TIMEOUT} ms`)), TIMEOUT);
    });
    return this.post({ jsonrpc: '2.0', id, method, params }).then(() => answer);
  }

  notify(method, params) {
    return this.post({ jsonrpc: '2.0', method, params });
  }

  /** The first message received (from the `from`th on) that `matches`, waiting for it. */
  waitFor(what, matches, from = 0) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.slice(from).find(matches);
        if (!found) return;
        this.waiters = this.waiters.filter((w) => w !== check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(new Error(`timed out waiting for ${what}; received: ${JSON.stringify(this.received).slice(0, 2000)}`));
      }, TIMEOUT);
      this.waiters.push(check);
      check();
    });
  }

  diagnosticsOf(version, uri = URI, from = 0) {
    return this.waitFor(`publishDiagnostics of ${uri}${version === undefined ? '' : ` version ${version}`}`, (m) => m?.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version), from);
  }

  /** The config file changes to `text` (null: deleted): the test client finds it from now on and the watcher tells the server. Resolves to where to look for what follows. */
  async changeConfig(text, type) {
    this.answers.set('cable/findConfigFile', () => (text === null ? null : { uri: CONFIG_URI, text }));
    const from = this.received.length;
    await this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type }] });
    return from;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const codes = (diagnostics) => [...new Set(diagnostics.map((d) => d.code))].sort();

export async function runWebSuite() {
  const checks = new Checks();
  let size;
  await checks.run('the browser bundle of the server is there', async () => {
    size = fs.statSync(BUNDLE).size;
    process.stderr.write(`[web] ${path.relative(ROOT, BUNDLE)}: ${(size / 1024).toFixed(1)} KiB\n`);
  });
  if (size === undefined) return { passed: checks.passed, failed: checks.failed + 1 };

  const server = await serve();
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const client = new WorkerClient(page);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.exposeFunction('deliver', (message) => client.deliver(message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const text = fs.readFileSync(path.join(ROOT, 'seeds', SEED), 'utf8');

    let capabilities;
    await checks.run('initialize answers from the worker, without the file-system features', async () => {
      ({ capabilities } = await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null }));
      assert(capabilities.documentSymbolProvider && capabilities.hoverProvider && capabilities.codeActionProvider, `missing capabilities: ${JSON.stringify(capabilities)}`);
      // No config file to change, no cited cable file to link: the browser host has no file system.
      assert(!capabilities.executeCommandProvider && !capabilities.documentLinkProvider, `file-system features offered: ${JSON.stringify(capabilities)}`);
      await client.notify('initialized', {});
      await client.waitFor('the ready log', (m) => m?.method === 'window/logMessage' && m.params.message.startsWith('Cable language server ready'));
    });

    let first = [];
    await checks.run('didOpen of the seed publishes diagnostics with rule codes', async () => {
      await client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'cable', version: 1, text } });
      first = (await client.diagnosticsOf(1)).params.diagnostics;
      assert(codes(first).includes('paragraph-numbering'), `codes ${codes(first).join(', ')}`);
      assert(first.every((d) => d.source && typeof d.code === 'string'), 'a diagnostic without source or code');
    });

    await checks.run('documentSymbol returns the paragraphs', async () => {
      const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
      const names = JSON.stringify(symbols);
      assert(Array.isArray(symbols) && symbols.length > 0, `no symbols: ${names}`);
      const all = (list) => list.flatMap((s) => [s, ...all(s.children ?? [])]);
      // Named by their number as the text should have it: the seed's garbled 11. is ¶1.
      const paragraphs = all(symbols).map((s) => /^¶(\d+) /.exec(s.name)?.[1]).filter(Boolean);
      assert(paragraphs.includes('1') && paragraphs.includes('10') && paragraphs.length >= 5, `paragraphs ${paragraphs.join(', ')} among ${all(symbols).map((s) => s.name).join(' | ')}`);
    });

    await checks.run('hover answers on the TAGS line', async () => {
      const line = text.split(/\r?\n/).findIndex((l) => l.startsWith('TAGS:'));
      const hover = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 7 } });
      assert(hover?.contents?.value, `no hover: ${JSON.stringify(hover)}`);
    });

    await checks.run('didChange checks the cable again', async () => {
      const end = text.split(/\r?\n/);
      const position = { line: end.length - 1, character: end[end.length - 1].length };
      await client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: position, end: position }, text: '\n\nEnd Summary.\n' }] });
      const second = (await client.diagnosticsOf(2)).params.diagnostics;
      assert(codes(second).includes('summary-pairing') && !codes(first).includes('summary-pairing'), `codes before ${codes(first).join(', ')}, after ${codes(second).join(', ')}`);
    });

    // The worker has no disk: the client finds .cablelintrc.json (cable/findConfigFile), and the file watcher reports changes to it.
    const CREATED = 1;
    const CHANGED = 2;
    const configured = async (config, type) => {
      const from = await client.changeConfig(JSON.stringify(config), type);
      return codes((await client.diagnosticsOf(2, URI, from)).params.diagnostics);
    };
    await checks.run('a .cablelintrc.json the client finds applies: a rule turned off is not reported', async () => {
      const after = await configured({ rules: { 'paragraph-numbering': 'off' } }, CREATED);
      assert(!after.includes('paragraph-numbering') && after.length > 0, `codes ${after.join(', ')}`);
      const asked = client.received.filter((m) => m?.method === 'cable/findConfigFile');
      assert(asked.length > 0 && asked.every((m) => m.params.uri === URI), `asked ${JSON.stringify(asked)}`);
    });

    await checks.run('a changed .cablelintrc.json is read again: the rule is back', async () => {
      const after = await configured({ rules: { 'paragraph-numbering': 'warning' } }, CHANGED);
      assert(after.includes('paragraph-numbering'), `codes ${after.join(', ')}`);
    });

    await checks.run('overrides and ignores match paths relative to the config\'s folder', async () => {
      const overridden = await configured({ overrides: [{ files: ['seeds/*.txt'], rules: { 'paragraph-numbering': 'off' } }] }, CHANGED);
      assert(!overridden.includes('paragraph-numbering') && overridden.length > 0, `with the override: ${overridden.join(', ')}`);
      const elsewhere = await configured({ overrides: [{ files: ['other/*.txt'], rules: { 'paragraph-numbering': 'off' } }] }, CHANGED);
      assert(elsewhere.includes('paragraph-numbering'), `with an override for other files: ${elsewhere.join(', ')}`);
      const ignored = await configured({ ignores: ['seeds/'] }, CHANGED);
      assert(ignored.length === 0, `ignored, yet: ${ignored.join(', ')}`);
    });

    await checks.run("a malformed .cablelintrc.json gets its problem published on the config's URI", async () => {
      const from = await client.changeConfig('{ "rules": { "paragraph-numbering": "loud" } }', CHANGED);
      const problems = (await client.diagnosticsOf(undefined, CONFIG_URI, from)).params.diagnostics;
      assert(problems.length === 1 && problems[0].range.start.line === 0 && /paragraph-numbering/.test(problems[0].message), `problems ${JSON.stringify(problems)}`);
      // Deleted: its problems go, and the cable is checked under the settings alone.
      const gone = await client.changeConfig(null, 3);
      assert((await client.diagnosticsOf(undefined, CONFIG_URI, gone)).params.diagnostics.length === 0, 'the deleted config keeps its problems');
    });

    await checks.run('no error in the worker or the page', async () => {
      const errors = [
        ...pageErrors,
        ...client.received.filter((m) => m?.workerError || (m?.method === 'window/logMessage' && m.params.type === 1)).map((m) => m.workerError ?? m.params.message),
      ];
      assert(errors.length === 0, errors.join('\n'));
    });

    await checks.run('shutdown and exit', async () => {
      await client.request('shutdown', null);
      await client.notify('exit', null);
    });
  } catch (error) {
    // Chromium or the page would not start: a failed test, not a crashed run.
    checks.failed++;
    console.log(`  ✘ the page with the worker\n      ${error.message ?? error}`);
  } finally {
    await browser?.close();
    server.close();
  }
  return { passed: checks.passed, failed: checks.failed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runWebSuite();
  console.log(`web: ${result.passed} passed, ${result.failed} failed`);
  process.exitCode = result.failed > 0 ? 1 : 0;
}
