// Running the rules over a parsed cable.
import { Block, CableModel } from '../model/cable';
import { parseIsoDate } from '../model/dates';
import { parseCable, ParseOptions } from '../model/parse';
import { RULES } from '../rules';
import { comparePositions, containsPosition } from '../text/types';
import { CableLintConfig, RuleLevel, ruleLevel } from './config';
import { CableDiagnostic, Severity } from './diagnostic';
import { Report, RuleContext } from './rule';
import { createVocabulary, TagVocabulary } from './vocabulary';

export interface LintOptions {
  config?: CableLintConfig;
  /** Reuse one vocabulary across many cables (the CLI, the server). */
  vocabulary?: TagVocabulary;
}

/** The level each rule of RULES runs at, and whether the config set it (then it overrides a finding's own severity). */
interface RuleLevels {
  levels: RuleLevel[];
  explicit: boolean[];
}

function levelsFor(config: CableLintConfig | undefined): RuleLevels {
  return {
    levels: RULES.map((rule) => ruleLevel(config, rule.id, rule.defaultSeverity)),
    explicit: RULES.map((rule) => config?.rules?.[rule.id] !== undefined || config?.rules?.['*'] !== undefined),
  };
}

/** Without rule settings every cable runs the defaults: worked out once. */
const DEFAULT_LEVELS = levelsFor(undefined);

/**
 * The context every rule of one run reports to: one object for the whole run, told which rule is
 * speaking, rather than a context and a closure per rule.
 */
class LintRun implements RuleContext {
  readonly lines: readonly string[];
  readonly diagnostics: CableDiagnostic[] = [];
  private readonly quotations: readonly Block[];
  rule = '';
  level: Severity = 'error';
  explicit = false;

  constructor(
    readonly model: CableModel,
    readonly vocabulary: TagVocabulary,
  ) {
    this.lines = model.lines.lines;
    this.quotations = model.quotations;
  }

  /** Searched for in the text only when a fix inserts a line: most cables get no such fix. */
  get eol(): string {
    return this.model.lines.eol;
  }

  report(finding: Report): void {
    // No rule speaks about quoted text (BEGIN TEXT ... END TEXT): it is someone else's words.
    const at = finding.range.start;
    if (this.quotations.length && this.quotations.some((q) => containsPosition(q.range, at) && comparePositions(q.start.range.end, at) <= 0)) return;
    this.diagnostics.push({
      rule: this.rule,
      severity: this.explicit ? this.level : finding.severity ?? this.level,
      range: finding.range,
      message: finding.message,
      fixes: finding.fixes ?? [],
    });
  }
}

export function lintModel(model: CableModel, options: LintOptions = {}): CableDiagnostic[] {
  const vocabulary = options.vocabulary ?? createVocabulary(options.config?.tags);
  const { levels, explicit } = options.config?.rules ? levelsFor(options.config) : DEFAULT_LEVELS;
  const run = new LintRun(model, vocabulary);
  for (let i = 0; i < RULES.length; i++) {
    const level = levels[i];
    if (level === 'off') continue;
    run.rule = RULES[i].id;
    run.level = level;
    run.explicit = explicit[i];
    RULES[i].check(run);
  }
  return run.diagnostics.sort(byPositionThenRule);
}

/**
 * Rule ids are lower-case ASCII letters, digits and dashes (test/unit/rules/catalog.test.ts checks), for
 * which code-unit order is the order localeCompare gave.
 */
function byPositionThenRule(a: CableDiagnostic, b: CableDiagnostic): number {
  return comparePositions(a.range.start, b.range.start) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export interface LintTextOptions extends LintOptions, Omit<ParseOptions, 'date'> {}

/** Parse and lint in one call; the config's `date` is the assumed date when the text has none. */
export function lintText(text: string, options: LintTextOptions = {}): { model: CableModel; diagnostics: CableDiagnostic[] } {
  const date = options.config?.date ? parseIsoDate(options.config.date) : undefined;
  const model = parseCable(text, { fileName: options.fileName, record: options.record, date });
  return { model, diagnostics: lintModel(model, options) };
}
