// Linting one cable (or a batch of --csv cables) for the CLI, on the main thread and in the --csv worker threads.
import { applyEdits, CableLintConfig, createVocabulary, lintText, ReleaseRecord, safeFixEdits, summarizeCable, TagVocabulary } from '../service';
import { FileReport } from './reporters';

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

  /** Applies safe fixes until nothing changes; returns the new text and the report for it. */
  fix(job: LintJob): { text: string; report: FileReport; fixed: number } {
    let text = job.text;
    let report = this.lint(job);
    let fixed = 0;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const edits = safeFixEdits(report.diagnostics, text);
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

/** Fix lists are only needed for --fix and editors: not worth copying between threads. */
export function withoutFixes(report: FileReport): FileReport {
  return { ...report, diagnostics: report.diagnostics.map((d) => ({ ...d, fixes: [] })) };
}

/** A batch's reports, and the cables that crashed the linter: reported, never fatal. */
export interface BatchOutcome {
  reports: FileReport[];
  crashes: Array<{ file: string; message: string }>;
}

/** Lints a batch of --csv cables, on whichever thread runs it. */
export function lintBatch(linter: Linter, jobs: readonly LintJob[]): BatchOutcome {
  const outcome: BatchOutcome = { reports: [], crashes: [] };
  for (const job of jobs) {
    try {
      outcome.reports.push(withoutFixes(linter.lint(job)));
    } catch (error) {
      outcome.crashes.push({ file: job.file, message: String((error as Error).stack ?? error) });
    }
  }
  return outcome;
}
