// Linting one cable (or a batch of --csv cables) for the CLI, on the main thread and in the worker threads.
import { applyEdits, CableLintConfig, createVocabulary, lintText, ReleaseRecord, safeFixEdits, summarizeCable, TagVocabulary } from '../service';
import { CsvBatch, csvCables } from './csv';
import { FileReport, Formatted, Formatter } from './reporters';

/** ESLint's limit: fixes that keep producing new fixes stop here. */
const MAX_FIX_PASSES = 10;

export interface LintJob {
  file: string;
  text: string;
  record?: ReleaseRecord;
}

export class Linter {
  private readonly vocabulary: TagVocabulary;

  constructor(private readonly config: CableLintConfig) {
    this.vocabulary = createVocabulary(config.tags);
  }

  lint(job: LintJob): FileReport {
    const { model, diagnostics } = lintText(job.text, { config: this.config, vocabulary: this.vocabulary, fileName: job.file, record: job.record });
    return { file: job.file, diagnostics, cable: summarizeCable(model) };
  }

  /**
   * Applies safe fixes until nothing changes; returns the new text and the report for it.
   * `errorsOnly` (--quiet): only the fixes of errors, as ESLint's --quiet --fix does.
   */
  fix(job: LintJob, errorsOnly = false): { text: string; report: FileReport; fixed: number } {
    let text = job.text;
    let report = this.lint(job);
    let fixed = 0;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const edits = safeFixEdits(errorsOnly ? report.diagnostics.filter((d) => d.severity === 'error') : report.diagnostics, text);
      if (!edits.length) break;
      const next = applyEdits(text, edits).text;
      if (next === text) break;
      const before = report.diagnostics.length;
      text = next;
      report = this.lint({ ...job, text });
      fixed += Math.max(1, before - report.diagnostics.length);
    }
    return { text, report, fixed };
  }
}

/**
 * An error's stack down to the frame of lintCsvBatch: the frames below it depend on the thread
 * that ran the batch, and the output must not.
 */
function stackToHere(error: unknown): string {
  const lines = String((error as Error).stack ?? error).split('\n');
  const here = lines.findIndex((line) => line.includes(`at ${lintCsvBatch.name} `));
  return (here < 0 ? lines : lines.slice(0, here + 1)).join('\n');
}

/** Lints the cables of a --csv batch and formats their reports, on whichever thread runs it. */
export function lintCsvBatch(batch: CsvBatch, linter: Linter, formatter: Formatter): Formatted {
  for (const cable of csvCables(batch)) {
    if (cable.problem) {
      // A cut-short or misshapen row would be linted as the wrong text: its findings would mislead.
      formatter.problem({ path: cable.refid, message: cable.problem });
      continue;
    }
    let report: FileReport;
    try {
      report = linter.lint({ file: cable.refid, text: cable.text, record: cable.record });
    } catch (error) {
      // A crash on one cable is a bug to report, not a reason to stop checking the others.
      formatter.problem({ path: cable.refid, message: `Internal error while checking this cable (please report it): ${stackToHere(error)}` });
      continue;
    }
    formatter.report(report);
  }
  return formatter.take();
}
