// Lints a cables.csv over N worker threads. The main thread stays thin, so it never holds up a
// worker on a machine with no core to spare: it reads raw bytes, cuts them at row ends, moves
// each batch's buffer to a worker (no copy), and writes the formatted text that comes back in
// file order. Workers decode, parse, lint and format. Only a few batches are in flight, and none
// is read while standard output is full, so memory stays flat however long the stream is and
// however slowly the output is read.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { CableLintConfig } from '../service';
import { CsvBatch } from './csv';
import { lintCsvBatch, Linter } from './lintJob';
import { createFormatter, Formatted, FormatOptions } from './reporters';
import { BatchRequest, BatchResult, WorkerSetup } from './worker';

/**
 * Bytes of CSV a thread must have to gain more than it spends: each thread compiles the checker
 * afresh (a second or two of CPU). On 2 cores, one thread was a fifth faster than two on 58 and
 * 116 MB; two were as fast on 200 MB, 4% faster on 261 MB and 1.56x on 1 GB.
 */
export const CSV_BYTES_PER_THREAD = 100_000_000;

/** --csv's threads when --jobs is not given: one per CSV_BYTES_PER_THREAD of the file, up to one per CPU; every CPU for standard input, whose size is not known. */
export function csvThreads(bytes: number | undefined, cpus: number): number {
  if (bytes === undefined) return cpus;
  return Math.max(1, Math.min(cpus, Math.floor(bytes / CSV_BYTES_PER_THREAD)));
}

/** Batches a worker may hold: the next waits in its port while it lints the current one. */
const QUEUED_PER_WORKER = 2;
/** Batches dispatched but not yet written, per worker: bounds memory when one worker falls behind. */
export const IN_FLIGHT_PER_WORKER = 4;

export interface CsvRun {
  config: CableLintConfig;
  formatting: FormatOptions;
  /**
   * Resolves once the output has room again: no batch is read while a slow reader of standard
   * output leaves it full, so its buffer does not grow with the report.
   */
  drained?: () => Promise<void>;
}

/** The batches, the next one read only once the output has drained. */
async function* pacedBy(batches: AsyncIterable<CsvBatch>, drained: () => Promise<void>): AsyncGenerator<CsvBatch> {
  for await (const batch of batches) {
    yield batch;
    await drained();
  }
}

/**
 * Lints batches of CSV rows (from a file or standard input) with `threads` threads: in this thread
 * for one, else on as many workers; `write` gets the output in the rows' order.
 */
export async function lintCsvBatches(source: AsyncIterable<CsvBatch>, threads: number, run: CsvRun, write: (formatted: Formatted) => void): Promise<void> {
  const batches = run.drained ? pacedBy(source, run.drained) : source;
  if (threads <= 1) {
    const linter = new Linter(run.config);
    const formatter = createFormatter(run.formatting);
    for await (const batch of batches) write(lintCsvBatch(batch, linter, formatter));
    return;
  }
  const setup: WorkerSetup = { config: run.config, formatting: run.formatting };
  // V8's default young generation: a cable's parse is short-lived, and a smaller one (8 MB) meant
  // three times the scavenges and twice the GC time per worker, for about 40 MB less peak RSS.
  const workers = Array.from({ length: threads }, () => new Worker(join(__dirname, 'worker.js'), { workerData: setup }));
  const queued = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const done = new Map<number, Formatted>();
  let written = 0;
  let sent = 0;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;

  for (const worker of workers) {
    worker.on('message', (result: BatchResult) => {
      queued.set(worker, queued.get(worker)! - 1);
      done.set(result.sequence, result.formatted);
      for (let next = done.get(written); next; next = done.get(written)) {
        done.delete(written++);
        write(next);
      }
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
  }
  const idlest = () => workers.reduce((a, b) => (queued.get(b)! < queued.get(a)! ? b : a));
  const until = async (ready: () => boolean) => {
    while (!failure && !ready()) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
  };
  try {
    for await (const batch of batches) {
      await until(() => sent - written < threads * IN_FLIGHT_PER_WORKER && queued.get(idlest())! < QUEUED_PER_WORKER);
      const worker = idlest();
      const { buffer, byteOffset, byteLength } = batch.bytes;
      const request: BatchRequest = { sequence: sent++, buffer: buffer as ArrayBuffer, offset: byteOffset, length: byteLength, rowsBefore: batch.rowsBefore, last: batch.last };
      queued.set(worker, queued.get(worker)! + 1);
      worker.postMessage(request, [request.buffer]);
    }
    await until(() => written === sent);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
