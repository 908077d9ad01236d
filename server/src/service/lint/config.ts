// Rule configuration: the shape of `.cablelintrc.json` and the `cable.*` settings, validation and merging.
import { parse, ParseError, ParseErrorCode } from 'jsonc-parser';
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
  /** Glob patterns (relative to the config file's folder) of files not to check at all. */
  ignores?: string[];
  /** Settings for the files some patterns match, applied in order after the top level. */
  overrides?: ConfigOverride[];
}

/** One `overrides` entry: what it sets applies to the files its patterns match. */
export interface ConfigOverride {
  files: string[];
  rules?: Record<string, RuleSetting>;
  tags?: string[];
  date?: string;
}

export interface ConfigProblem {
  message: string;
  /** Offset and length in the config text. */
  offset: number;
  length: number;
  /** None of the file applies (it is no readable JSON object): the defaults do. Else only what the problem names is ignored. */
  unused?: true;
}

/**
 * A config file as read, its problems placed by 1-based line and column, ready to print. Pure
 * data: whoever reads the file (the CLI and Node server from disk, the web server through the
 * client) makes it with readConfigText.
 */
export interface LoadedConfig {
  /** Where it was read: a file path, or a URI where there is no disk (the web). */
  path: string;
  config: CableLintConfig;
  problems: Array<ConfigProblem & { line: number; column: number }>;
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

/**
 * A file's settings: the top level, then each override that applies to it, in order. Rules win
 * one by one, as in mergeConfigs, except that an override setting `*` decides every rule itself
 * (as a file does over the editor settings): `{ "*": "off" }` for drafts silences them.
 */
export function applyOverrides(config: CableLintConfig, overrides: readonly ConfigOverride[]): CableLintConfig {
  let merged: CableLintConfig = mergeConfigs(config);
  for (const o of overrides) {
    const base = o.rules?.['*'] !== undefined ? { ...merged, rules: {} } : merged;
    merged = mergeConfigs(base, { rules: o.rules, tags: o.tags, date: o.date });
  }
  return merged;
}

/** `value` with its own keys only; a replaced prototype is reported as the unknown key it came from. */
function ownOnly(value: Record<string, unknown>, what: 'setting' | 'rule', problems: ConfigProblem[], at: (needle: string) => { offset: number; length: number }): Record<string, unknown> {
  if (Object.getPrototypeOf(value) === Object.prototype) return value;
  problems.push({ message: `Unknown ${what} "__proto__".`, ...at('"__proto__"') });
  return Object.fromEntries(Object.entries(value));
}

type Locate = (needle: string) => { offset: number; length: number };

const TOP_LEVEL_KEYS = ['rules', 'tags', 'date', 'ignores', 'overrides', '$schema'];
const OVERRIDE_KEYS = ['files', 'rules', 'tags', 'date'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `rules`: rule ids (or `*`) to a level; unknown ids and bad levels are reported and left out. */
function readRules(value: unknown, knownRules: ReadonlySet<string>, problems: ConfigProblem[], at: Locate, where: string): Record<string, RuleSetting> | undefined {
  if (!isObject(value)) {
    problems.push({ message: `${where}"rules" must be an object mapping rule ids to a severity.`, ...at('"rules"') });
    return undefined;
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(ownOnly(value, 'rule', problems, at))) {
    if (id !== '*' && !knownRules.has(id)) {
      problems.push({ message: `${where}Unknown rule "${id}".`, ...at(`"${id}"`) });
      continue;
    }
    const level = typeof setting === 'string' ? setting : isObject(setting) ? setting.severity : undefined;
    if (typeof level !== 'string' || !LEVELS.includes(level)) {
      problems.push({ message: `${where}Rule "${id}": severity must be one of ${LEVELS.join(', ')}.`, ...at(`"${id}"`) });
      continue;
    }
    rules[id] = level as RuleLevel;
  }
  return rules;
}

function readTags(value: unknown, problems: ConfigProblem[], at: Locate, where: string): string[] | undefined {
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'string')) {
    problems.push({ message: `${where}"tags" must be an array of TAG codes.`, ...at('"tags"') });
    return undefined;
  }
  return (value as string[]).map((t) => t.trim().toUpperCase()).filter(Boolean);
}

function readDate(value: unknown, problems: ConfigProblem[], at: Locate, where: string): string | undefined {
  // A date the calendar lacks (2004-02-30) would be dropped later without a word, leaving the date rules silent.
  if (typeof value === 'string' && parseIsoDate(value)) return value;
  const noSuchDay = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  problems.push({ message: `${where}"date" must be a date like 2004-11-02${noSuchDay ? `; there is no day ${value}` : ''}.`, ...at('"date"') });
  return undefined;
}

/** `ignores` or an override's `files`: glob patterns; an empty one would match nothing, silently. */
function readPatterns(value: unknown, key: 'ignores' | 'files', problems: ConfigProblem[], at: Locate, where: string): string[] | undefined {
  if (!Array.isArray(value) || value.some((p) => typeof p !== 'string' || !p.trim()) || (key === 'files' && !value.length)) {
    problems.push({ message: `${where}"${key}" must be an array of glob patterns (non-empty strings, relative to this file's folder).`, ...at(`"${key}"`) });
    return undefined;
  }
  return value as string[];
}

/** The settings shared by the top level and each override, read into `into`. */
function readSettings(obj: Record<string, unknown>, into: CableLintConfig | ConfigOverride, knownRules: ReadonlySet<string>, problems: ConfigProblem[], at: Locate, where: string): void {
  if (obj.rules !== undefined) into.rules = readRules(obj.rules, knownRules, problems, at, where);
  if (obj.tags !== undefined) into.tags = readTags(obj.tags, problems, at, where);
  if (obj.date !== undefined) into.date = readDate(obj.date, problems, at, where);
  for (const key of Object.keys(into) as Array<keyof typeof into>) if (into[key] === undefined) delete into[key];
}

/** `overrides`: entries without usable `files` are reported and dropped (they would apply to nothing or, worse, to all). */
function readOverrides(value: unknown, knownRules: ReadonlySet<string>, problems: ConfigProblem[], at: Locate): ConfigOverride[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ message: '"overrides" must be an array of objects, each with "files".', ...at('"overrides"') });
    return undefined;
  }
  const overrides: ConfigOverride[] = [];
  value.forEach((entry, i) => {
    const where = `overrides[${i}]: `;
    if (!isObject(entry)) {
      problems.push({ message: `${where}each override must be an object with "files".`, ...at('"overrides"') });
      return;
    }
    const obj = ownOnly(entry, 'setting', problems, at);
    for (const key of Object.keys(obj)) {
      if (!OVERRIDE_KEYS.includes(key)) problems.push({ message: `${where}Unknown setting "${key}" (an override takes ${OVERRIDE_KEYS.join(', ')}).`, ...at(`"${key}"`) });
    }
    const files = obj.files === undefined ? undefined : readPatterns(obj.files, 'files', problems, at, where);
    if (obj.files === undefined) problems.push({ message: `${where}"files" is missing: the override applies to no file.`, ...at('"overrides"') });
    if (!files) return;
    const override: ConfigOverride = { files };
    readSettings(obj, override, knownRules, problems, at, where);
    overrides.push(override);
  });
  return overrides;
}

/**
 * Problems listed for one file, at most: each is logged and shown in the editor, and a junk file
 * (5 MB of `x x x`) has millions; past these, one more says how many were left out.
 */
export const MAX_CONFIG_PROBLEMS = 100;

function capped(problems: ConfigProblem[], alsoLeftOut: number): ConfigProblem[] {
  if (problems.length <= MAX_CONFIG_PROBLEMS && !alsoLeftOut) return problems;
  const left = Math.max(0, problems.length - MAX_CONFIG_PROBLEMS) + alsoLeftOut;
  const first = problems.slice(0, MAX_CONFIG_PROBLEMS);
  first.push({ message: `${left} more problem${left === 1 ? '' : 's'} not listed (the first ${MAX_CONFIG_PROBLEMS} are).`, offset: 0, length: 0 });
  return first;
}

/**
 * Reads `.cablelintrc.json` text (comments and trailing commas allowed). Data only: nothing in it
 * is executed. Returns what could be understood, and every problem with its position, so a bad
 * entry is reported while the rest still applies.
 */
/** jsonc-parser's error codes in words. */
const JSON_ERROR_WORDS: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'a character that has no place here',
  [ParseErrorCode.InvalidNumberFormat]: 'a malformed number',
  [ParseErrorCode.PropertyNameExpected]: 'a property name in double quotes is expected',
  [ParseErrorCode.ValueExpected]: 'a value is expected',
  [ParseErrorCode.ColonExpected]: 'a colon is expected',
  [ParseErrorCode.CommaExpected]: 'a comma is expected',
  [ParseErrorCode.CloseBraceExpected]: 'a closing brace } is expected',
  [ParseErrorCode.CloseBracketExpected]: 'a closing bracket ] is expected',
  [ParseErrorCode.EndOfFileExpected]: 'nothing may follow the closing brace of the configuration',
  [ParseErrorCode.InvalidCommentToken]: 'a malformed comment',
  [ParseErrorCode.UnexpectedEndOfComment]: 'a comment is not closed',
  [ParseErrorCode.UnexpectedEndOfString]: 'a string is not closed',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'a number is cut short',
  [ParseErrorCode.InvalidUnicode]: 'a malformed \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'a malformed escape in a string',
  [ParseErrorCode.InvalidCharacter]: 'a control character inside a string',
};

export function parseConfig(text: string, knownRules: ReadonlySet<string>): { config: CableLintConfig; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  let raw: unknown;
  try {
    raw = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    // The parser recurses per nesting level: a file nested thousands deep overflows the stack.
    if (!(error instanceof RangeError)) throw error;
    return { config: {}, problems: [{ message: 'The configuration is nested too deeply to read.', offset: 0, length: 0, unused: true }] };
  }
  const config: CableLintConfig = {};
  // Not the parser's best guess at the rest: what a mistyped file would turn on or off is nobody's
  // intent, so none of it applies until it is mended (as the issue asks: linting goes on with defaults).
  if (errors.length) {
    const problems: ConfigProblem[] = errors.slice(0, MAX_CONFIG_PROBLEMS).map((e) => ({ message: `Invalid JSON: ${JSON_ERROR_WORDS[e.error] ?? 'unreadable here'}.`, offset: e.offset, length: e.length, unused: true }));
    // Counted, not described: the unlisted ones cost no message.
    return { config, problems: capped(problems, errors.length - problems.length) };
  }
  const problems: ConfigProblem[] = [];
  // The first occurrence: good enough to point at a key, though a rule named twice is shown at its first.
  const at: Locate = (needle) => {
    // Past the listed problems no position is needed: searching for each of 50,000 keys took seconds.
    if (problems.length >= MAX_CONFIG_PROBLEMS) return { offset: 0, length: 0 };
    const offset = Math.max(0, text.indexOf(needle));
    return { offset, length: needle.length };
  };
  if (raw === undefined || raw === null) return { config, problems };
  if (!isObject(raw)) {
    problems.push({ message: 'The configuration must be a JSON object.', offset: 0, length: text.length, unused: true });
    return { config, problems };
  }
  // The parser assigns keys, so a `"__proto__"` key replaces the prototype: settings hidden there
  // (`{"__proto__": {"rules": {"*": "off"}}}`) must neither apply nor pass unnoticed.
  const obj = ownOnly(raw, 'setting', problems, at);
  for (const key of Object.keys(obj)) {
    if (!TOP_LEVEL_KEYS.includes(key)) problems.push({ message: `Unknown setting "${key}".`, ...at(`"${key}"`) });
  }
  readSettings(obj, config, knownRules, problems, at, '');
  if (obj.ignores !== undefined) {
    const ignores = readPatterns(obj.ignores, 'ignores', problems, at, '');
    if (ignores) config.ignores = ignores;
  }
  if (obj.overrides !== undefined) {
    const overrides = readOverrides(obj.overrides, knownRules, problems, at);
    if (overrides) config.overrides = overrides;
  }
  return { config, problems: capped(problems, 0) };
}
