// Running the rules over a parsed cable.
import { CableModel } from '../model/cable';
import { parseIsoDate } from '../model/dates';
import { parseCable, ParseOptions } from '../model/parse';
import { RULES } from '../rules';
import { comparePositions, containsPosition } from '../text/types';
import { CableLintConfig, ruleLevel } from './config';
import { CableDiagnostic } from './diagnostic';
import { Report, RuleContext } from './rule';
import { createVocabulary, TagVocabulary } from './vocabulary';

export interface LintOptions {
  config?: CableLintConfig;
  /** Reuse one vocabulary across many cables (the CLI, the server). */
  vocabulary?: TagVocabulary;
}

export function lintModel(model: CableModel, options: LintOptions = {}): CableDiagnostic[] {
  const vocabulary = options.vocabulary ?? createVocabulary(options.config?.tags);
  const diagnostics: CableDiagnostic[] = [];
  const quotations = model.quotations;
  const eol = model.lines.eol;
  for (const rule of RULES) {
    const level = ruleLevel(options.config, rule.id, rule.defaultSeverity);
    if (level === 'off') continue;
    const explicit = options.config?.rules?.[rule.id] !== undefined || options.config?.rules?.['*'] !== undefined;
    const context: RuleContext = {
      model,
      lines: model.lines.lines,
      eol,
      vocabulary,
      report(finding: Report) {
        // No rule speaks about quoted text (BEGIN TEXT ... END TEXT): it is someone else's words.
        if (quotations.some((q) => containsPosition(q.range, finding.range.start) && comparePositions(q.start.range.end, finding.range.start) <= 0)) return;
        diagnostics.push({
          rule: rule.id,
          severity: explicit ? level : finding.severity ?? level,
          range: finding.range,
          message: finding.message,
          fixes: finding.fixes ?? [],
        });
      },
    };
    rule.check(context);
  }
  return finish(diagnostics);
}

function finish(diagnostics: CableDiagnostic[]): CableDiagnostic[] {
  return diagnostics.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.rule.localeCompare(b.rule));
}

export interface LintTextOptions extends LintOptions, Omit<ParseOptions, 'date'> {}

/** Parse and lint in one call; the config's `date` is the assumed date when the text has none. */
export function lintText(text: string, options: LintTextOptions = {}): { model: CableModel; diagnostics: CableDiagnostic[] } {
  const date = options.config?.date ? parseIsoDate(options.config.date) : undefined;
  const model = parseCable(text, { fileName: options.fileName, record: options.record, date });
  return { model, diagnostics: lintModel(model, options) };
}
