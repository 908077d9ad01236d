// The `cable.*` settings as the server uses them. Values come from any LSP client, so each is
// checked and replaced by its default when it is not what the schema says.
import { CableLintConfig, mergeConfigs, parseIsoDate, RULE_IDS, RuleLevel } from '../service';

export type LintRun = 'onType' | 'onSave';

export interface CableSettings {
  /** Rule id (or `*`) to severity or `off`. */
  rules: Record<string, RuleLevel>;
  tagsExtra: string[];
  /** `YYYY-MM-DD` to assume when a cable carries no date. */
  date?: string;
  lintRun: LintRun;
  /** Documents larger than this many bytes (UTF-8) are not checked. */
  maxValidatedSize: number;
}

export const DEFAULT_MAX_VALIDATED_SIZE = 2_000_000;

export const DEFAULT_SETTINGS: CableSettings = {
  rules: {},
  tagsExtra: [],
  lintRun: 'onType',
  maxValidatedSize: DEFAULT_MAX_VALIDATED_SIZE,
};

const LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint', 'off']);

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Reads the `cable` section as a client sends it, nested (`{ lint: { run } }`) or with dotted
 * keys (`{ "lint.run": ... }`), keeping only well-formed values. Each value left out is told to
 * `onProblem` (the server logs it): a schema lets the Settings editor flag most, but not a rule id
 * that does not exist, a day that does not (2009-02-30), or what other editors send.
 */
export function normalizeSettings(raw: unknown, onProblem: (message: string) => void = () => undefined): CableSettings {
  const section = record(raw) ?? {};
  const get = (path: string): unknown => {
    if (path in section) return section[path];
    let value: unknown = section;
    for (const key of path.split('.')) value = record(value)?.[key];
    return value;
  };
  const ignored = (path: string, value: unknown, why: string) => onProblem(`cable.${path}: ${JSON.stringify(value)} ${why}; ignored.`);
  const settings: CableSettings = { ...DEFAULT_SETTINGS, rules: {}, tagsExtra: [] };
  // null is how some clients (Neovim's vim.NIL) leave a setting unset: only other values are told.
  const rules = get('rules');
  if (rules != null && !record(rules)) ignored('rules', rules, 'is not an object of rule ids and levels');
  for (const [id, level] of Object.entries(record(rules) ?? {})) {
    const value = typeof level === 'string' ? level : record(level)?.severity;
    if (id !== '*' && !RULE_IDS.has(id)) ignored('rules', id, 'is not a rule id');
    else if (typeof value !== 'string' || !LEVELS.has(value)) ignored(`rules.${id}`, level, `is not one of ${[...LEVELS].join(', ')}`);
    else settings.rules[id] = value as RuleLevel;
  }
  const extra = get('tags.extra');
  if (Array.isArray(extra)) {
    for (const tag of extra) if (typeof tag !== 'string') ignored('tags.extra', tag, 'is not a TAG');
    settings.tagsExtra = extra.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim().toUpperCase());
  } else if (extra != null) ignored('tags.extra', extra, 'is not a list of TAGS');
  const date = get('date');
  if (typeof date === 'string' && date.trim() !== '') {
    if (parseIsoDate(date.trim())) settings.date = date.trim();
    else ignored('date', date, /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(date) ? 'is no such day' : 'is not a date like 2004-11-02');
  } else if (date != null && typeof date !== 'string') ignored('date', date, 'is not a date like 2004-11-02');
  const run = get('lint.run');
  if (run === 'onType' || run === 'onSave') settings.lintRun = run;
  else if (run !== undefined) ignored('lint.run', run, 'is not onType or onSave');
  const size = get('maxValidatedSize');
  if (typeof size === 'number' && Number.isFinite(size) && size >= 0) settings.maxValidatedSize = size;
  else if (size !== undefined) ignored('maxValidatedSize', size, 'is not a number of bytes');
  return settings;
}

/**
 * The lint configuration of a document. Precedence, lowest first: built-in defaults, editor
 * settings, `.cablelintrc.json`. The file wins (as with ESLint and markdownlint) because it is
 * what the team and `cable-lint` in CI use; editor settings fill in what the file leaves unset.
 * A file that sets `*` decides every rule itself. TAG lists add up.
 */
export function effectiveConfig(settings: CableSettings, file: CableLintConfig | undefined): CableLintConfig {
  const fromSettings: CableLintConfig = {
    rules: file?.rules?.['*'] !== undefined ? {} : settings.rules,
    tags: settings.tagsExtra,
    ...(settings.date ? { date: settings.date } : {}),
  };
  return mergeConfigs(fromSettings, file);
}
