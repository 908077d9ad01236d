// A --csv worker thread: lints batches of cables and posts the reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { CableLintConfig } from '../service';
import { BatchOutcome, LintJob, lintBatch, Linter } from './lintJob';

export interface BatchRequest {
  batch: number;
  jobs: LintJob[];
}

export interface BatchResult extends BatchOutcome {
  batch: number;
}

const linter = new Linter(workerData.config as CableLintConfig);
parentPort!.on('message', (request: BatchRequest) => {
  const result: BatchResult = { batch: request.batch, ...lintBatch(linter, request.jobs) };
  parentPort!.postMessage(result);
});
