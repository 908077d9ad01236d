import { CableModel } from '../model/cable';
import { Range } from '../text/types';
import { Fix, Severity } from './diagnostic';
import { TagVocabulary } from './vocabulary';

/** What a rule is, independent of any cable: drives docs, the config schema and the README table. */
export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One sentence, shown in settings, hovers and docs. */
  description: string;
  /** The quick-fix the rule offers, in words; absent when it offers none. */
  fix?: string;
}

export interface Report {
  range: Range;
  message: string;
  /** Overrides the default severity for this finding (e.g. a warning variant of an error rule). */
  severity?: Severity;
  fixes?: Fix[];
}

export interface RuleContext {
  model: CableModel;
  /** Line texts, without line breaks. */
  lines: readonly string[];
  /** The line break to use in inserted text. */
  eol: string;
  vocabulary: TagVocabulary;
  report(finding: Report): void;
}

export interface Rule extends RuleMeta {
  /**
   * Runs on every cable of a corpus. Hot paths loop rather than pass a closure made per call
   * (`lines.some((line) => ...)`): V8 holds a closure's optimized code weakly, so a closure made
   * per cable was compiled again after each full garbage collection, in every worker thread.
   */
  check(context: RuleContext): void;
}
