import { Range, TextEdit } from '../text/types';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A repair for one diagnostic. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one obvious fix (VS Code applies it from the light bulb's first entry). */
  preferred?: boolean;
  /**
   * Safe fixes are applied without review by `cable-lint --fix` and `source.fixAll.cable`;
   * others (a choice between levels, a guessed tag) are offered only as quick-fixes.
   */
  safe: boolean;
}

export interface CableDiagnostic {
  rule: string;
  severity: Severity;
  range: Range;
  message: string;
  fixes: Fix[];
}
