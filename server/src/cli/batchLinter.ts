// What a linting thread does with a batch, on the main thread or a worker: CSV rows as raw bytes,
// or the paths of cable files. Each thread has its own linters, configs and formatter.
import { CableLintConfig } from '../service';
import { CliOptions } from './args';
import { CsvBatch } from './csv';
import { readCable } from './files';
import { lintCsvBatch, Linter } from './lintJob';
import { createFormatter, FileReport, Formatted, FormatOptions, Formatter } from './reporters';
import { RunConfigs } from './runConfigs';

/** The paths of cable files to lint, in the order their reports are written. */
export interface FileBatch {
  paths: string[];
}

export type LintBatch = CsvBatch | FileBatch;

/** What a linting thread is set up with: the CSV's settings, or the run's options for files. */
export type ThreadSetup = { formatting: FormatOptions } & ({ kind: 'csv'; config: CableLintConfig } | { kind: 'files'; options: CliOptions });

export function isFileBatch(batch: LintBatch): batch is FileBatch {
  return 'paths' in batch;
}

/** Lints a file batch as the main thread lints each file without --fix: a file it cannot read is a problem, a crash on one is reported and the rest checked. */
function lintFileBatch(paths: readonly string[], configs: RunConfigs, formatter: Formatter): Formatted {
  for (const path of paths) {
    const read = readCable(path);
    if (!read.ok) {
      formatter.problem(read.problem);
      continue;
    }
    let report: FileReport;
    try {
      report = configs.linterFor(configs.scopeOf(path)).lint({ file: read.file.path, text: read.file.text });
    } catch (error) {
      formatter.problem({ path: read.file.path, message: `Internal error while checking this file (please report it): ${(error as Error).stack ?? error}` });
      continue;
    }
    formatter.report(report);
  }
  return formatter.take();
}

/**
 * The thread's linting of a batch, set up once. `configs`: the main thread's own, when it lints
 * the files itself (its config files are already found and read).
 */
export function batchLinter(setup: ThreadSetup, configs?: RunConfigs): (batch: LintBatch) => Formatted {
  const formatter = createFormatter(setup.formatting);
  if (setup.kind === 'csv') {
    const linter = new Linter(setup.config);
    return (batch) => lintCsvBatch(batch as CsvBatch, linter, formatter);
  }
  // The main thread told of problems in config files as it walked the folders: not again per thread.
  const fileConfigs = configs ?? new RunConfigs(setup.options, () => undefined);
  return (batch) => lintFileBatch((batch as FileBatch).paths, fileConfigs, formatter);
}
