// A --csv worker thread: lints batches of cables and posts the reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { CableLintConfig } from '../service';
import { LintJob, Linter, withoutFixes } from './lintJob';
import { FileReport } from './reporters';

export interface BatchRequest {
  batch: number;
  jobs: LintJob[];
}

export interface BatchResult {
  batch: number;
  reports: FileReport[];
  /** Cables that crashed the linter: reported, never fatal. */
  crashes: Array<{ file: string; message: string }>;
}

const linter = new Linter(workerData.config as CableLintConfig);
parentPort!.on('message', (request: BatchRequest) => {
  const result: BatchResult = { batch: request.batch, reports: [], crashes: [] };
  for (const job of request.jobs) {
    try {
      result.reports.push(withoutFixes(linter.lint(job)));
    } catch (error) {
      result.crashes.push({ file: job.file, message: String((error as Error).stack ?? error) });
    }
  }
  parentPort!.postMessage(result);
});
