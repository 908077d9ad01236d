// The server answers bad requests with errors and keeps serving: unopened documents, unknown
// methods, malformed parameters, and requests the client cancels.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentSymbolRequest, ErrorCodes, HoverRequest, LSPErrorCodes, Message, RequestType0, ResponseMessage, StreamMessageReader } from 'vscode-languageserver-protocol/node';
import { fileUri, ROOT, seedText, SERVER, TestClient } from './client';

describe('LSP: robustness', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cable-lsp-'));
    client = await TestClient.start({ workspaceFolders: [dir] });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function stillServing(): Promise<void> {
    const uri = fileUri(join(dir, `alive-${Date.now()}.cable`));
    await client.open(uri, seedText('04RANGOON1422.txt'));
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'the server stopped answering');
    assert.equal(client.process.exitCode, null, 'the server exited');
  }

  it('answers a request about a document that is not open with an error', async () => {
    const uri = fileUri(join(dir, 'never-opened.cable'));
    await assert.rejects(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), (error: { code: number; message: string }) => {
      assert.equal(error.code, ErrorCodes.InvalidParams);
      assert.match(error.message, /not open/);
      return true;
    });
    await assert.rejects(client.connection.sendRequest('cable/documentInfo', { uri }), /not open/);
    await stillServing();
  });

  it('answers an unknown method with MethodNotFound', async () => {
    await assert.rejects(client.connection.sendRequest('cable/noSuchThing', {}), (error: { code: number }) => error.code === ErrorCodes.MethodNotFound);
    await stillServing();
  });

  it('answers malformed parameters with an error', async () => {
    await assert.rejects(client.connection.sendRequest('cable/documentInfo', { uri: 42 }), (error: { code: number }) => error.code === ErrorCodes.InvalidParams);
    await assert.rejects(client.connection.sendRequest('cable/newCable', null), (error: { code: number }) => error.code === ErrorCodes.InvalidParams);
    await assert.rejects(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'untitled:Untitled-9' }, position: { line: 0, character: 0 } }));
    await stillServing();
  });

  it('answers a request sent without its parameters with an error, not silence', async () => {
    const answered = (method: string) => Promise.race([client.connection.sendRequest(new RequestType0(method)).then(() => 'a result', () => 'an error'), new Promise((r) => setTimeout(() => r('no answer in 5 s'), 5000))]);
    assert.equal(await answered('cable/documentInfo'), 'an error');
    assert.equal(await answered(DocumentSymbolRequest.method), 'an error');
    await stillServing();
  });

  it('answers positions beyond the end of the text without failing', async () => {
    const uri = fileUri(join(dir, 'short.cable'));
    await client.open(uri, 'UNCLAS\n');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 99, character: 99 } });
    assert.equal(hover, null);
  });
});

describe('LSP: cancellation', () => {
  /** Frames a message the way LSP does over a stream. */
  function frame(message: object): string {
    const body = JSON.stringify(message);
    return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
  }

  it('answers a request cancelled before it ran with RequestCancelled, and keeps serving', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const reader = new StreamMessageReader(child.stdout!);
    const responses = new Map<number | string, ResponseMessage>();
    let notify = () => undefined as void;
    reader.listen((message: Message) => {
      if (Message.isResponse(message) && message.id !== null) {
        responses.set(message.id, message);
        notify();
      }
    });
    const response = (id: number) =>
      new Promise<ResponseMessage>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no response ${id}`)), 10_000);
        const check = () => {
          const found = responses.get(id);
          if (found) {
            clearTimeout(timer);
            resolve(found);
          } else notify = check;
        };
        check();
      });
    try {
      const uri = 'file:///cancel/04RANGOON1422.txt';
      child.stdin!.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
      await response(1);
      child.stdin!.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
      child.stdin!.write(frame({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'cable', version: 1, text: seedText('04RANGOON1422.txt') } } }));
      // The request and its cancellation in one write: the server reads both before the request runs.
      child.stdin!.write(
        frame({ jsonrpc: '2.0', id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } }) + frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 2 } }),
      );
      const cancelled = await response(2);
      assert.equal(cancelled.error?.code, LSPErrorCodes.RequestCancelled);
      child.stdin!.write(frame({ jsonrpc: '2.0', id: 3, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } }));
      const served = await response(3);
      assert.ok(Array.isArray(served.result) && served.result.length > 0);
    } finally {
      reader.dispose();
      child.kill();
    }
  });
});
