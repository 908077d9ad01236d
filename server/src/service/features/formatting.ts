// Formatting (and "Cable: Renumber Paragraphs"): renumber paragraphs and sections, normalise the
// banner and portion-mark spelling. It applies the safe fixes of exactly those rules, pass after
// pass, whatever the user's rule settings: formatting is asked for explicitly.
import { CableLintConfig } from '../lint/config';
import { lintText } from '../lint/lint';
import { TagVocabulary } from '../lint/vocabulary';
import { TextEdit } from '../text/types';
import { fixToFixedPoint } from './fixLoop';
import { diffEdits } from './textDiff';

export const FORMATTING_RULES: readonly string[] = ['paragraph-numbering', 'section-numbering', 'banner-format', 'portion-marking-format'];

export interface FormatOptions {
  /** The document's configuration: its date and tags still matter; its rule levels do not. */
  config?: CableLintConfig;
  vocabulary?: TagVocabulary;
  fileName?: string;
}

/** The formatted text. */
export function formatText(text: string, options: FormatOptions = {}): string {
  const rules: CableLintConfig['rules'] = { '*': 'off' };
  for (const id of FORMATTING_RULES) rules[id] = 'warning';
  const config: CableLintConfig = { ...options.config, rules };
  const selected = new Set(FORMATTING_RULES);
  return fixToFixedPoint(text, {
    lint: (t) => lintText(t, { config, vocabulary: options.vocabulary, fileName: options.fileName }).diagnostics,
    select: (d) => selected.has(d.rule),
  }).text;
}

/** Formatting as minimal edits of `text`. */
export function formatEdits(text: string, options: FormatOptions = {}): TextEdit[] {
  return diffEdits(text, formatText(text, options));
}
