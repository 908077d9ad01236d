// Hostile clients and documents for the real language server over stdio: it answers or refuses
// each request cleanly, keeps serving the other documents, and degrades on huge documents.
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes } from 'vscode-languageserver/node';
import { binaryBytes, blankLines, GOOD_CABLE, hugeCable, manyRefItems, nestedBeginText, oneLongLine } from './hostileInputs';
import { errorCodeOf, LspSession } from './lspSession';

const uri = (name: string) => `file:///robustness/${name}`;
const GOOD = uri('good.txt');
const FULL = (text: string) => [{ text }];
const at = (line: number, character: number) => ({ line, character });

describe('language server under hostile clients and documents', function () {
  this.timeout(180000);
  let session: LspSession;

  beforeEach(async () => {
    session = new LspSession();
    await session.initialize();
    await session.open(GOOD, GOOD_CABLE);
    await session.diagnosticsFor(GOOD, 1);
  });
  afterEach(async () => {
    await session.close();
    const escaped = session.logs.filter((l) => /Uncaught exception|Unhandled rejection/.test(l));
    assert.deepEqual(escaped, [], 'no handler escaped its error boundary');
  });

  it('out-of-order didChange versions and edits past the end: the last text sent wins, no crash', async () => {
    const doc = uri('reordered.txt');
    await session.open(doc, GOOD_CABLE);
    await session.change(doc, 5, FULL('UNCLASSIFIED\n'));
    await session.change(doc, 3, FULL('TAGS: NOPE\n'));
    await session.change(doc, 2, [{ range: { start: at(999, 5), end: at(1000, 0) }, text: 'appended past the end\n' }]);
    await session.change(doc, 4, [{ range: { start: at(3, 99), end: at(0, 0) }, text: 'inverted range' }]);
    await session.change(doc, 20, FULL(GOOD_CABLE));
    assert.deepEqual(await session.diagnosticsFor(doc, 20), [], 'the diagnostics are those of the final text');
    await session.change(uri('never-opened.txt'), 7, FULL('TAGS: X\n'));
    await session.answers(doc);
  });

  it('requests for unopened documents get an error response, and the server keeps serving', async () => {
    const ghost = { textDocument: { uri: uri('ghost.txt') } };
    const position = { ...ghost, position: at(0, 0) };
    const requests: Array<[string, unknown]> = [
      ['textDocument/documentSymbol', ghost],
      ['textDocument/foldingRange', ghost],
      ['textDocument/formatting', { ...ghost, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/codeAction', { ...ghost, range: { start: at(0, 0), end: at(0, 0) }, context: { diagnostics: [] } }],
      ['textDocument/hover', position],
      ['textDocument/completion', position],
      ['textDocument/definition', position],
      ['textDocument/references', { ...position, context: { includeDeclaration: true } }],
      ['textDocument/rename', { ...position, newName: 'B' }],
      ['textDocument/diagnostic', ghost],
      ['cable/documentInfo', { uri: uri('ghost.txt') }],
      ['cable/documentInfo', { uri: 42 }],
    ];
    for (const [method, params] of requests) {
      const code = await errorCodeOf(session.request(method, params));
      assert.ok(code === ErrorCodes.InvalidParams || code === ErrorCodes.MethodNotFound, `${method}: expected an InvalidParams error, got ${code}`);
    }
    await session.answers(GOOD);
  });

  it('cancelled requests answer RequestCancelled or their result; a cancel for no request is ignored', async () => {
    const doc = uri('to-cancel.txt');
    const text = hugeCable(1_500_000).replace(/\n1\. /, '\n1. ').replace(/(\d+)\. \(C\)/g, (m, n) => (Number(n) % 3 === 0 ? `${Number(n) + 7}. (C)` : m));
    await session.open(doc, text);
    await session.diagnosticsFor(doc, 1);
    const codes: Array<number | undefined> = [];
    for (const [method, params] of [
      ['textDocument/formatting', { textDocument: { uri: doc }, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/codeAction', { textDocument: { uri: doc }, range: { start: at(0, 0), end: at(0, 0) }, context: { diagnostics: [], only: ['source.fixAll.cable'] } }],
      ['textDocument/documentSymbol', { textDocument: { uri: doc } }],
    ] as const) {
      const source = new CancellationTokenSource();
      const pending = errorCodeOf(session.request(method, params, source.token));
      source.cancel();
      codes.push(await pending);
    }
    for (const code of codes) assert.ok(code === undefined || code === LSPErrorCodes.RequestCancelled, `unexpected error ${code}`);
    await session.connection.sendNotification('$/cancelRequest', { id: 987654 });
    await session.answers(GOOD);
  });

  it('unknown methods: MethodNotFound for requests, silence for notifications', async () => {
    assert.equal(await errorCodeOf(session.request('cable/noSuchRequest', {})), ErrorCodes.MethodNotFound);
    assert.equal(await errorCodeOf(session.request('textDocument/noSuchFeature', { textDocument: { uri: GOOD } })), ErrorCodes.MethodNotFound);
    await session.connection.sendNotification('cable/noSuchNotification', { anything: [1, 2, 3] });
    await session.connection.sendNotification('$/noSuchNotification');
    await session.answers(GOOD);
  });

  it('malformed parameters and a garbled message on the wire do not take it down', async () => {
    for (const params of [null, {}, { textDocument: {} }, { textDocument: { uri: GOOD }, position: { line: -1, character: 1e12 } }, { textDocument: { uri: GOOD }, position: 'x' }]) {
      await errorCodeOf(session.request('textDocument/hover', params));
      await errorCodeOf(session.request('textDocument/completion', params));
    }
    await errorCodeOf(session.request('textDocument/codeAction', { textDocument: { uri: GOOD }, range: { start: at(9, 0), end: at(2, 0) }, context: { diagnostics: [{ range: null, message: 7 }] } }));
    await errorCodeOf(session.request('cable/newCable', { level: 'ULTRA', post: '\u0000' }));
    // Well-framed garbage: invalid JSON, JSON that is no message, a request with a bad id and method.
    for (const body of ['{"jsonrp', '[]', 'null', '{"jsonrpc":"2.0","id":{},"method":7}', '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":7}}']) {
      session.writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    await session.answers(GOOD);
  });

  it('a 50 MB document gets an info diagnostic saying it was not fully validated; the others are still served', async () => {
    const big = uri('huge.txt');
    const started = Date.now();
    await session.open(big, hugeCable(50 * 1024 * 1024));
    const diagnostics = await session.diagnosticsFor(big, 1, 120000);
    console.log(`      50 MB document: diagnostics after ${Date.now() - started} ms`);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, 3);
    assert.match(String(diagnostics[0].message), /larger than cable\.maxValidatedSize .* not fully validated/);
    await session.change(big, 2, [{ range: { start: at(5, 0), end: at(5, 0) }, text: 'TYPING\n' }]);
    assert.equal((await session.diagnosticsFor(big, 2, 120000)).length, 1);
    await session.answers(GOOD);
    const after = uri('after-huge.txt');
    await session.open(after, GOOD_CABLE.replace('UNCLAS ', 'UNCLASSIFIED '));
    assert.ok((await session.diagnosticsFor(after, 1)).some((d) => d.code === 'banner-format'));
  });

  it('cable.maxValidatedSize is the cap: above it an info diagnostic, at or below it full checks', async () => {
    await session.close();
    session = new LspSession({ settings: { maxValidatedSize: 4000 } });
    await session.initialize();
    const small = uri('small.txt');
    const large = uri('large.txt');
    const broken = GOOD_CABLE.replace('UNCLAS ', 'UNCLASSIFIED ');
    await session.open(small, broken);
    await session.open(large, broken + '\n' + 'X'.repeat(4000) + '\n');
    assert.ok((await session.diagnosticsFor(small, 1)).some((d) => d.code === 'banner-format'));
    const capped = await session.diagnosticsFor(large, 1);
    assert.deepEqual(capped.map((d) => d.severity), [3]);
    assert.match(String(capped[0].message), /4000 bytes/);
    await session.open(GOOD, GOOD_CABLE);
    await session.diagnosticsFor(GOOD, 1);
  });

  it('NUL bytes, lone surrogates, binary junk, a 1.9 MB line, 100,000 blank lines, 10,000 REF items, 10,000 nested BEGIN TEXT', async () => {
    const documents: Array<[string, string]> = [
      ['nul.txt', GOOD_CABLE.replace('HUGGINS', 'HUG\0GINS\0')],
      ['surrogates.txt', GOOD_CABLE.replace('SUBJECT: A', 'SUBJECT: \ud800\udfff\udc00 A')],
      ['binary.txt', binaryBytes(20000).toString('latin1')],
      ['long-line.txt', oneLongLine(1_900_000)],
      ['blank-lines.txt', blankLines(100000)],
      ['ref-items.txt', manyRefItems(10000)],
      ['nested-quotes.txt', nestedBeginText(10000)],
    ];
    const started = Date.now();
    for (const [name, text] of documents) await session.open(uri(name), text);
    for (const [name] of documents) {
      const diagnostics = await session.diagnosticsFor(uri(name), 1, 120000);
      assert.ok(!diagnostics.some((d) => /not fully validated/.test(String(d.message))), `${name} is under the cap and fully checked`);
      await session.answers(uri(name));
      await session.request('textDocument/foldingRange', { textDocument: { uri: uri(name) } });
      await session.request('textDocument/hover', { textDocument: { uri: uri(name) }, position: at(2, 3) });
    }
    console.log(`      seven hostile documents checked and outlined in ${Date.now() - started} ms`);
    await session.answers(GOOD);
  });
});
