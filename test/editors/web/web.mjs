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
      // An answer may be late (a promise) or an error (a throw or a rejection).
      if (message && 'id' in message && 'method' in message) {
        const answer = this.answers.get(message.method);
        void Promise.resolve()
          .then(() => (answer ? answer(message.params) : null))
          .then(
            (result) => this.post({ jsonrpc: '2.0', id: message.id, result }),
            (error) => this.post({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error?.message ?? error) } }),
          );
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

  /** The error code a request is answered with (undefined: a result). */
  errorCodeOf(method, params) {
    return this.request(method, params).then(
      () => undefined,
      (error) => Number(/^(-?\d+):/.exec(error.message)?.[1] ?? NaN),
    );
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

    await checks.run('Lint Workspace checks the cables the client finds and reads for it, and publishes their problems', async () => {
      const other = 'vscode-vfs://github/cable-author/cable-author/seeds/06BANGKOK3955.txt';
      const binary = 'vscode-vfs://github/cable-author/cable-author/seeds/scan.txt';
      client.answers.set('cable/findCableFiles', () => ({ uris: [URI, other, binary], problems: [] }));
      client.answers.set('cable/readCableFile', ({ uri }) => (uri === other ? { text: fs.readFileSync(path.join(ROOT, 'seeds', '06BANGKOK3955.txt'), 'utf8') } : { problem: 'seeds/scan.txt: Binary file' }));
      const from = client.received.length;
      const result = await client.request('cable/lintWorkspace', {});
      // The open seed counts with its editor text and is not read; the binary file is named.
      assert(result.files === 3 && result.filesWithProblems === 2 && result.unchecked.length === 1, `result ${JSON.stringify(result)}`);
      const read = client.received.slice(from).filter((m) => m?.method === 'cable/readCableFile').map((m) => m.params.uri);
      assert(!read.includes(URI), `read the open document from the files: ${read.join(', ')}`);
      const pushed = (await client.diagnosticsOf(undefined, other, from)).params.diagnostics;
      assert(codes(pushed).includes('banner-missing'), `codes ${codes(pushed).join(', ')}`);
    });

    await checks.run('Lint Workspace cancelled while the client never answers a read ends, answered as cancelled', async () => {
      const before = ['cable/findCableFiles', 'cable/readCableFile'].map((method) => [method, client.answers.get(method)]);
      const hung = 'vscode-vfs://github/cable-author/cable-author/seeds/hung.txt';
      client.answers.set('cable/findCableFiles', () => ({ uris: [hung], problems: [] }));
      client.answers.set('cable/readCableFile', () => new Promise(() => undefined));
      try {
        const from = client.received.length;
        const id = client.nextId;
        const answered = client.errorCodeOf('cable/lintWorkspace', {});
        await client.waitFor('the read of the file', (m) => m?.method === 'cable/readCableFile' && m.params.uri === hung, from);
        await client.notify('$/cancelRequest', { id });
        const code = await answered;
        assert(code === -32800, `answered with ${code === undefined ? 'a result' : `error ${code}`}, not RequestCancelled (-32800)`);
      } finally {
        for (const [method, answer] of before) client.answers.set(method, answer);
      }
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

    // Hostile documents, as a repository on github.dev may hold them: each gets diagnostics and answers, and a closed one errors.
    const HEADER = 'C O N F I D E N T I A L RANGOON 001422\n\nE.O. 12958: DECL: 11/02/2014\nTAGS: PHUM, BM\nSUBJECT: A HOSTILE CABLE\n\n';
    const paragraph = '1. (C) The minister met the delegation on October 29 and said the plan would go ahead. '.repeat(3) + '\n\n';
    const DIR = 'vscode-vfs://github/cable-author/cable-author/hostile';
    const HOSTILE = [
      [`${DIR}/nul.txt`, 'UNCLAS\u0000 RANGOON\u0000\n' + String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65000))],
      [`${DIR}/two-mb.txt`, HEADER + paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length))],
      [`${DIR}/crlf-bom.txt`, '\uFEFF' + text.replace(/\r?\n/g, '\r\n')],
      [`${DIR}/long-line.txt`, 'C O N F I D E N T I A L ' + '(C) REF A XXXXXXXXXXXX '.repeat(46000)],
      [`${DIR}/half.txt`, 'C O N F I D E N T I A L RANG\n\nE.O. 12958: DE\nTAGS: PH\n\n1. (C'],
      ['untitled:Untitled-7', HEADER + '1. (C) An untitled cable.\n'],
      [`${DIR}/my%20dir/100%25%20done%23.txt`, text],
    ];
    await checks.run('hostile documents (NUL, 2 MB, CRLF with a BOM, a 1 MB line, half-typed, untitled, a vscode-vfs URI with spaces and %) get diagnostics and answers', async () => {
      for (const [uri, content] of HOSTILE) {
        const from = client.received.length;
        await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text: content } });
        await client.diagnosticsOf(1, uri, from);
        for (const [method, extra] of [
          ['textDocument/documentSymbol', {}],
          ['textDocument/foldingRange', {}],
          ['textDocument/hover', { position: { line: 0, character: 3 } }],
          ['textDocument/completion', { position: { line: 3, character: 6 } }],
          ['textDocument/codeAction', { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
          ['textDocument/formatting', { options: { tabSize: 2, insertSpaces: true } }],
        ]) {
          await client.request(method, { textDocument: { uri }, ...extra }).catch((error) => {
            throw new Error(`${method} on ${uri}: ${error.message}`);
          });
        }
      }
    });

    await checks.run('a closed document: its diagnostics cleared, requests on it answered with an error', async () => {
      for (const [uri] of HOSTILE) {
        const from = client.received.length;
        await client.notify('textDocument/didClose', { textDocument: { uri } });
        const cleared = await client.diagnosticsOf(undefined, uri, from);
        assert(cleared.params.diagnostics.length === 0, `${uri}: diagnostics left after close`);
        for (const method of ['textDocument/documentSymbol', 'textDocument/hover']) {
          const code = await client.errorCodeOf(method, { textDocument: { uri }, position: { line: 0, character: 0 } });
          assert(code === -32602, `${method} on closed ${uri}: code ${code}`);
        }
      }
    });

    await checks.run('config answers of the wrong shape, an error or 5 MB of junk: the cable is still checked', async () => {
      const from = await client.changeConfig('x '.repeat(2.5 * 1024 * 1024), CHANGED);
      const problems = (await client.diagnosticsOf(undefined, CONFIG_URI, from)).params.diagnostics;
      assert(problems.length > 0 && problems.length <= 101, `${problems.length} problems on the junk config`);
      assert((await client.diagnosticsOf(2, URI, from)).params.diagnostics.length > 0, 'the cable under the junk config');
      for (const answer of [() => ({ uri: 5, text: '{}' }), () => 'yes', () => [CONFIG_URI, '{}'], () => Promise.reject(new Error('the editor failed'))]) {
        client.answers.set('cable/findConfigFile', answer);
        const next = client.received.length;
        await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: CHANGED }] });
        assert(codes((await client.diagnosticsOf(2, URI, next)).params.diagnostics).includes('paragraph-numbering'), `under ${answer}`);
      }
      await client.changeConfig(null, 3);
    });

    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const found = (rules) => ({ uri: CONFIG_URI, text: JSON.stringify({ rules }) });
    const lastDiagnostics = (from) => client.received.slice(from).filter((m) => m?.method === 'textDocument/publishDiagnostics' && m.params.uri === URI).at(-1)?.params;

    await checks.run('a config saved while the client still answers for the older file: the cable ends under the newer one', async () => {
      let calls = 0;
      // The first answer (the file before the save) comes late, after the second (the file after it).
      client.answers.set('cable/findConfigFile', () => (++calls === 1 ? sleep(800).then(() => found({ 'paragraph-numbering': 'warning' })) : found({ 'paragraph-numbering': 'off' })));
      const from = client.received.length;
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: CHANGED }] });
      await client.waitFor('the first question', (m) => m?.method === 'cable/findConfigFile', from);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: CHANGED }] });
      await sleep(1600);
      const last = lastDiagnostics(from);
      assert(last && !codes(last.diagnostics).includes('paragraph-numbering'), `last published: ${JSON.stringify(last && codes(last.diagnostics))}`);
    });

    await checks.run('edits while the client is slow to answer: one question for the folder, the last version checked under the config', async () => {
      client.answers.set('cable/findConfigFile', () => sleep(500).then(() => found({ 'paragraph-numbering': 'off' })));
      const from = client.received.length;
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: CHANGED }] });
      const end = { line: 0, character: 0 };
      for (let version = 3; version <= 6; version++) {
        await client.notify('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ range: { start: end, end }, text: '' }] });
        await sleep(50);
      }
      const sixth = (await client.diagnosticsOf(6, URI, from)).params.diagnostics;
      assert(!codes(sixth).includes('paragraph-numbering') && sixth.length > 0, `codes ${codes(sixth).join(', ')}`);
      await sleep(800);
      const last = lastDiagnostics(from);
      assert(last.version === 6 && !codes(last.diagnostics).includes('paragraph-numbering'), `last published: version ${last.version}, ${codes(last.diagnostics).join(', ')}`);
      const asked = client.received.slice(from).filter((m) => m?.method === 'cable/findConfigFile');
      assert(asked.length <= 1, `${asked.length} questions for one folder`);
    });

    await checks.run('a config scoped to a folder with spaces and % in its name', async () => {
      const uri = `${DIR}/my%20dir/100%25%20done%23.txt`;
      const config = { overrides: [{ files: ['hostile/my dir/100% done#.txt'], rules: { 'paragraph-numbering': 'info' } }] };
      client.answers.set('cable/findConfigFile', () => ({ uri: CONFIG_URI, text: JSON.stringify(config) }));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: CONFIG_URI, type: CHANGED }] });
      const from = client.received.length;
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
      const numbering = (await client.diagnosticsOf(1, uri, from)).params.diagnostics.filter((d) => d.code === 'paragraph-numbering');
      // Information is 3: the override matched the decoded path.
      assert(numbering.length > 0 && numbering.every((d) => d.severity === 3), `severities ${numbering.map((d) => d.severity).join(', ')}`);
      await client.notify('textDocument/didClose', { textDocument: { uri } });
    });

    await checks.run('no error in the worker or the page', async () => {
      const errors = [
        ...pageErrors,
        ...client.received.filter((m) => m?.workerError || (m?.method === 'window/logMessage' && m.params.type === 1)).map((m) => m.workerError ?? m.params.message),
      ];
      assert(errors.length === 0, errors.join('\n'));
    });

    await checks.run('shutdown answers while a request waits for the client\'s config answer', async () => {
      // The client never answers: the hover on a cable in a new folder waits for its config.
      client.answers.set('cable/findConfigFile', () => new Promise(() => {}));
      const uri = `${DIR}/waiting/x.txt`;
      const from = client.received.length;
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
      await client.waitFor('the config question', (m) => m?.method === 'cable/findConfigFile' && m.params.uri === uri, from);
      void client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }).catch(() => {});
      await client.request('shutdown', null);
    });

    await checks.run('exit after the shutdown', async () => {
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
