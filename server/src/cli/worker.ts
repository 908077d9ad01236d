// A linting worker thread: lints batches (CSV rows as raw bytes, or cable files by path) and
// posts back the formatted output, so the main thread only reads, hands out and writes.
import { parentPort, workerData } from 'node:worker_threads';
import { batchLinter, LintBatch, ThreadSetup } from './batchLinter';
import { Formatted } from './reporters';

export type BatchRequest = { sequence: number } & (
  | {
      kind: 'csv';
      /** The batch's bytes: the whole buffer moves to this thread, none is copied. */
      buffer: ArrayBuffer;
      offset: number;
      length: number;
      rowsBefore: number;
      last: boolean;
    }
  | { kind: 'files'; paths: string[] }
);

export interface BatchResult {
  sequence: number;
  formatted: Formatted;
}

const lint = batchLinter(workerData as ThreadSetup);
parentPort!.on('message', (request: BatchRequest) => {
  const batch: LintBatch =
    request.kind === 'csv' ? { bytes: new Uint8Array(request.buffer, request.offset, request.length), rowsBefore: request.rowsBefore, last: request.last } : { paths: request.paths };
  const result: BatchResult = { sequence: request.sequence, formatted: lint(batch) };
  parentPort!.postMessage(result);
});
