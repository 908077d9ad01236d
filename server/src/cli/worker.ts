// A --csv worker thread: decodes, lints and formats batches of raw CSV rows, and posts back the
// formatted output, so the main thread only reads bytes and writes text.
import { parentPort, workerData } from 'node:worker_threads';
import { CableLintConfig } from '../service';
import { CsvBatch } from './csv';
import { lintCsvBatch, Linter } from './lintJob';
import { createFormatter, Formatted, FormatOptions } from './reporters';

export interface WorkerSetup {
  config: CableLintConfig;
  formatting: FormatOptions;
}

export interface BatchRequest {
  sequence: number;
  /** The batch's bytes: the whole buffer moves to this thread, none is copied. */
  buffer: ArrayBuffer;
  offset: number;
  length: number;
  rowsBefore: number;
  last: boolean;
}

export interface BatchResult {
  sequence: number;
  formatted: Formatted;
}

const setup = workerData as WorkerSetup;
const linter = new Linter(setup.config);
const formatter = createFormatter(setup.formatting);
parentPort!.on('message', (request: BatchRequest) => {
  const batch: CsvBatch = { bytes: new Uint8Array(request.buffer, request.offset, request.length), rowsBefore: request.rowsBefore, last: request.last };
  const result: BatchResult = { sequence: request.sequence, formatted: lintCsvBatch(batch, linter, formatter) };
  parentPort!.postMessage(result);
});
