// Cable: Restart Language Server in the web: the server is a web worker, which only its starter can end.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { activateExtension, ok, openCable, revertAndCloseAll, waitFor, waitForRule, workspaceUri } from './helpers';

type WorkerLike = { terminate(): void };
type WorkerConstructor = new (url: string) => WorkerLike;

/** Replaces the global Worker (the extension looks it up when it starts a server) with one that records each worker and its end. */
function trackWorkers(): { created: WorkerLike[]; terminated: WorkerLike[]; restore(): void } {
  const scope = globalThis as unknown as { Worker: WorkerConstructor };
  const Native = scope.Worker;
  const created: WorkerLike[] = [];
  const terminated: WorkerLike[] = [];
  scope.Worker = function (url: string) {
    const worker = new Native(url);
    const terminate = worker.terminate.bind(worker);
    worker.terminate = () => {
      terminated.push(worker);
      terminate();
    };
    created.push(worker);
    return worker;
  } as unknown as WorkerConstructor;
  return { created, terminated, restore: () => void (scope.Worker = Native) };
}

describe('Restart Language Server in the web worker', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);

  it('ends the old worker, and a new one answers', async () => {
    const api = (await activateExtension()).exports as { client(): Promise<BaseLanguageClient> };
    const uri = workspaceUri('04RANGOON1422.txt');
    await openCable(uri);
    await waitForRule(uri, 'paragraph-numbering');
    const workers = trackWorkers();
    try {
      await vscode.commands.executeCommand('cable.restartServer');
      const started = () => workers.created.length;
      ok(started() === 1, `workers started by the first restart: ${started()}`);
      const first = await api.client();
      await vscode.commands.executeCommand('cable.restartServer');
      ok(started() === 2, `workers started by the second restart: ${started()}`);
      ok(workers.terminated.includes(workers.created[0]), 'the worker of the stopped server was left running');
      ok(!workers.terminated.includes(workers.created[1]), 'the new worker was ended');
      const second = await api.client();
      ok(second !== first && second.isRunning(), 'a new client runs');
    } finally {
      workers.restore();
    }
    await waitFor('the outline from the new worker', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
      return symbols?.length ? symbols : undefined;
    });
  });
});
