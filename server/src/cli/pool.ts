// Lints batches (a cables.csv's rows, or a large folder's cable files) over N worker threads. The
// main thread stays thin, so it never holds up a worker on a machine with no core to spare: it
// reads raw bytes and cuts them at row ends (or walks the folders), hands each batch to a worker
// (a CSV batch's buffer moves, no copy), and writes the formatted text that comes back in order.
// Workers read, decode, parse, lint and format. Only a few batches are in flight, and none is
// taken while standard output is full, so memory stays flat however long the input is and
// however slowly the output is read.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { batchLinter, isFileBatch, LintBatch, ThreadSetup } from './batchLinter';
import { Formatted } from './reporters';
import { RunConfigs } from './runConfigs';
import { BatchRequest, BatchResult } from './worker';

/**
 * Bytes of cables a thread must have to gain more than it spends: each thread compiles the
 * checker afresh (a second or two of CPU). On 2 cores, --csv with one thread was a fifth faster
 * than with two on 58 and 116 MB; two were as fast on 200 MB, 4% faster on 261 MB and 1.56x on 1 GB.
 */
export const BYTES_PER_THREAD = 100_000_000;

/** A released cable's size on average (the dev corpus's 4,460 files: 6.4 KB), to size a folder by its files. */
export const CABLE_BYTES = 6_500;

/** The threads when --jobs is not given: one per BYTES_PER_THREAD, up to one per CPU; every CPU for input whose size is not known (standard input). */
export function threadsFor(bytes: number | undefined, cpus: number): number {
  if (bytes === undefined) return cpus;
  return Math.max(1, Math.min(cpus, Math.floor(bytes / BYTES_PER_THREAD)));
}

/** Batches a worker may hold: the next waits in its port while it lints the current one. */
const QUEUED_PER_WORKER = 2;
/** Batches dispatched but not yet written, per worker: bounds memory when one worker falls behind. */
export const IN_FLIGHT_PER_WORKER = 4;

export interface PoolRun {
  setup: ThreadSetup;
  /** The main thread's configs, used when it lints the files itself. */
  configs?: RunConfigs;
  /**
   * Resolves once the output has room again: no batch is taken while a slow reader of standard
   * output leaves it full, so its buffer does not grow with the report.
   */
  drained?: () => Promise<void>;
}

/** The batches, the next one taken only once the output has drained. */
async function* pacedBy<B>(batches: AsyncIterable<B> | Iterable<B>, drained: () => Promise<void>): AsyncGenerator<B> {
  for await (const batch of batches) {
    yield batch;
    await drained();
  }
}

/** The message handing a batch to a worker, and what it moves there. */
function requestFor(batch: LintBatch, sequence: number): { request: BatchRequest; transfer: ArrayBuffer[] } {
  if (isFileBatch(batch)) return { request: { sequence, kind: 'files', paths: batch.paths }, transfer: [] };
  const { buffer, byteOffset, byteLength } = batch.bytes;
  const request: BatchRequest = { sequence, kind: 'csv', buffer: buffer as ArrayBuffer, offset: byteOffset, length: byteLength, rowsBefore: batch.rowsBefore, last: batch.last };
  return { request, transfer: [request.buffer] };
}

/**
 * Lints batches with `threads` threads: in this thread for one, else on as many workers; `write`
 * gets the output in the batches' order.
 */
export async function lintBatches(source: AsyncIterable<LintBatch> | Iterable<LintBatch>, threads: number, run: PoolRun, write: (formatted: Formatted) => void): Promise<void> {
  const batches = run.drained ? pacedBy(source, run.drained) : source;
  if (threads <= 1) {
    const lint = batchLinter(run.setup, run.configs);
    for await (const batch of batches) write(lint(batch));
    return;
  }
  // V8's default young generation: a cable's parse is short-lived, and a smaller one (8 MB) meant
  // three times the scavenges and twice the GC time per worker, for about 40 MB less peak RSS.
  const workers = Array.from({ length: threads }, () => new Worker(join(__dirname, 'worker.js'), { workerData: run.setup }));
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
      const { request, transfer } = requestFor(batch, sent++);
      queued.set(worker, queued.get(worker)! + 1);
      worker.postMessage(request, transfer);
    }
    await until(() => written === sent);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
