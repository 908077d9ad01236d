// Rule configuration: the shape of `.cablelintrc.json` and the `cable.*` settings, validation and merging.
import { parse, ParseError, printParseErrorCode } from 'jsonc-parser';
import { parseIsoDate } from '../model/dates';
import { Severity, SEVERITIES } from './diagnostic';

export type RuleLevel = Severity | 'off';

export type RuleSetting = RuleLevel | { severity: RuleLevel };

export interface CableLintConfig {
  /** Rule id (or `*` for every rule but `banner-understates`) to severity or `off`. */
  rules?: Record<string, RuleSetting>;
  /** Extra TAG codes accepted besides the built-in vocabulary. */
  tags?: string[];
  /** Assumed cable date (`YYYY-MM-DD`) when the text carries none. */
  date?: string;
}

export interface ConfigProblem {
  message: string;
  /** Offset and length in the config text. */
  offset: number;
  length: number;
}

/** The one rule `*` never turns off: a cable going out under-classified must be seen. */
export const GUARDED_RULE = 'banner-understates';

const LEVELS: readonly string[] = [...SEVERITIES, 'off'];

export function settingLevel(setting: RuleSetting | undefined): RuleLevel | undefined {
  if (setting === undefined) return undefined;
  return typeof setting === 'string' ? setting : setting.severity;
}

/** The severity a rule runs at, or `off`. */
export function ruleLevel(config: CableLintConfig | undefined, ruleId: string, defaultSeverity: Severity): RuleLevel {
  const own = settingLevel(config?.rules?.[ruleId]);
  if (own) return own;
  const all = settingLevel(config?.rules?.['*']);
  if (all && !(all === 'off' && ruleId === GUARDED_RULE)) return all;
  return defaultSeverity;
}

/** Later configs win, rule by rule; tag lists add up. */
export function mergeConfigs(...configs: Array<CableLintConfig | undefined>): CableLintConfig {
  const merged: CableLintConfig = {};
  for (const c of configs) {
    if (!c) continue;
    if (c.rules) merged.rules = { ...merged.rules, ...c.rules };
    if (c.tags) merged.tags = [...(merged.tags ?? []), ...c.tags];
    if (c.date) merged.date = c.date;
  }
  return merged;
}

/** `value` with its own keys only; a replaced prototype is reported as the unknown key it came from. */
function ownOnly(value: Record<string, unknown>, what: 'setting' | 'rule', problems: ConfigProblem[], at: (needle: string) => { offset: number; length: number }): Record<string, unknown> {
  if (Object.getPrototypeOf(value) === Object.prototype) return value;
  problems.push({ message: `Unknown ${what} "__proto__".`, ...at('"__proto__"') });
  return Object.fromEntries(Object.entries(value));
}

/**
 * Reads `.cablelintrc.json` text (comments and trailing commas allowed). Data only: nothing in it
 * is executed. Returns what could be understood, and every problem with its position, so a bad
 * entry is reported while the rest still applies.
 */
export function parseConfig(text: string, knownRules: ReadonlySet<string>): { config: CableLintConfig; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  let raw: unknown;
  try {
    raw = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    // The parser recurses per nesting level: a file nested thousands deep overflows the stack.
    if (!(error instanceof RangeError)) throw error;
    return { config: {}, problems: [{ message: 'The configuration is nested too deeply to read; using the defaults.', offset: 0, length: 0 }] };
  }
  const problems: ConfigProblem[] = errors.map((e) => ({ message: `Invalid JSON: ${printParseErrorCode(e.error)}`, offset: e.offset, length: e.length }));
  const config: CableLintConfig = {};
  const at = (needle: string) => {
    const offset = Math.max(0, text.indexOf(needle));
    return { offset, length: needle.length };
  };
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ message: 'The configuration must be a JSON object.', offset: 0, length: text.length });
    return { config, problems };
  }
  // The parser assigns keys, so a `"__proto__"` key replaces the prototype: settings hidden there
  // (`{"__proto__": {"rules": {"*": "off"}}}`) must neither apply nor pass unnoticed.
  const obj = ownOnly(raw as Record<string, unknown>, 'setting', problems, at);
  for (const key of Object.keys(obj)) {
    if (!['rules', 'tags', 'date', '$schema'].includes(key)) problems.push({ message: `Unknown setting "${key}".`, ...at(`"${key}"`) });
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push({ message: '"rules" must be an object mapping rule ids to a severity.', ...at('"rules"') });
    } else {
      config.rules = {};
      for (const [id, value] of Object.entries(ownOnly(obj.rules as Record<string, unknown>, 'rule', problems, at))) {
        if (id !== '*' && !knownRules.has(id)) {
          problems.push({ message: `Unknown rule "${id}".`, ...at(`"${id}"`) });
          continue;
        }
        const level = typeof value === 'string' ? value : typeof value === 'object' && value ? (value as { severity?: unknown }).severity : undefined;
        if (typeof level !== 'string' || !LEVELS.includes(level)) {
          problems.push({ message: `Rule "${id}": severity must be one of ${LEVELS.join(', ')}.`, ...at(`"${id}"`) });
          continue;
        }
        config.rules[id] = level as RuleLevel;
      }
    }
  }
  if (obj.tags !== undefined) {
    if (!Array.isArray(obj.tags) || obj.tags.some((t) => typeof t !== 'string')) {
      problems.push({ message: '"tags" must be an array of TAG codes.', ...at('"tags"') });
    } else config.tags = (obj.tags as string[]).map((t) => t.trim().toUpperCase()).filter(Boolean);
  }
  if (obj.date !== undefined) {
    // A date the calendar lacks (2004-02-30) would be dropped later without a word, leaving the date rules silent.
    if (typeof obj.date !== 'string' || !parseIsoDate(obj.date)) {
      const noSuchDay = typeof obj.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(obj.date);
      problems.push({ message: `"date" must be a date like 2004-11-02${noSuchDay ? `; there is no day ${obj.date}` : ''}.`, ...at('"date"') });
    } else config.date = obj.date;
  }
  return { config, problems };
}
