// Spreads a stream of cables over worker threads, keeping the output in input order and only a
// few batches in flight, so memory stays flat however long the stream is.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { CableLintConfig } from '../service';
import { LintJob, Linter, withoutFixes } from './lintJob';
import { FileReport } from './reporters';
import { BatchRequest, BatchResult } from './worker';

/** Cables per message: large enough to amortise the thread hop, small enough to keep memory flat. */
const BATCH_SIZE = 64;
const IN_FLIGHT_PER_WORKER = 2;

export interface StreamSink {
  report(report: FileReport): void;
  crash(file: string, message: string): void;
}

export async function lintStream(jobs: AsyncIterable<LintJob>, threads: number, config: CableLintConfig, sink: StreamSink): Promise<void> {
  if (threads <= 1) {
    const linter = new Linter(config);
    for await (const job of jobs) {
      try {
        sink.report(withoutFixes(linter.lint(job)));
      } catch (error) {
        sink.crash(job.file, String((error as Error).stack ?? error));
      }
    }
    return;
  }
  const workers = Array.from({ length: threads }, () => new Worker(join(__dirname, 'worker.js'), { workerData: { config } }));
  const idle: Worker[] = [...workers];
  const pending = new Map<number, BatchResult>();
  let nextToEmit = 0;
  let sent = 0;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;

  const emitInOrder = () => {
    for (let result = pending.get(nextToEmit); result; result = pending.get(nextToEmit)) {
      pending.delete(nextToEmit++);
      for (const report of result.reports) sink.report(report);
      for (const c of result.crashes) sink.crash(c.file, c.message);
    }
  };
  for (const worker of workers) {
    worker.on('message', (result: BatchResult) => {
      pending.set(result.batch, result);
      idle.push(worker);
      emitInOrder();
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
  }
  const waitForRoom = async () => {
    while (!failure && (idle.length === 0 || sent - nextToEmit >= threads * IN_FLIGHT_PER_WORKER)) {
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  };
  const dispatch = async (batch: LintJob[]) => {
    await waitForRoom();
    const request: BatchRequest = { batch: sent++, jobs: batch };
    idle.pop()!.postMessage(request);
  };
  try {
    let batch: LintJob[] = [];
    for await (const job of jobs) {
      batch.push(job);
      if (batch.length >= BATCH_SIZE) {
        await dispatch(batch);
        batch = [];
      }
    }
    if (batch.length) await dispatch(batch);
    while (!failure && nextToEmit < sent) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
