// The invariants the property suites assert, as plain functions returning what is wrong (an empty
// list when all is well), so each property states its rule in one line and failures say why.
import {
  applyEdits,
  CableDiagnostic,
  CableModel,
  Fix,
  LineIndex,
  lintModel,
  lintText,
  parseCable,
  Position,
  Range,
  RULES,
  safeFixEdits,
  TextEdit,
} from '../../server/src/service';

/** The hang check: generous, proportional to size. Not a benchmark. */
export function timeBudgetMs(text: string): number {
  return 200 + (2 * text.length) / 1024;
}

/** What the properties looked at, printed at the end so a vacuous pass shows. */
export const tally = { diagnostics: 0, fixesLocal: 0, fixesRelinted: 0, fixAllChanged: 0 };

/** CPU time, not wall time: other processes on a busy CI machine must not look like a hang. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface TimedLint {
  model: CableModel;
  diagnostics: CableDiagnostic[];
  ms: number;
}

/** Parses and lints; a throw names the rule that threw, found by running the rules one by one. */
export function timedLint(text: string): TimedLint {
  const started = cpuMs();
  const model = parseCable(text);
  let diagnostics: CableDiagnostic[];
  try {
    diagnostics = lintModel(model);
  } catch (error) {
    throw new Error(`lint threw in ${culprit(model) ?? 'an unknown rule'}: ${(error as Error).stack}`);
  }
  tally.diagnostics += diagnostics.length;
  return { model, diagnostics, ms: cpuMs() - started };
}

function culprit(model: CableModel): string | undefined {
  for (const rule of RULES) {
    const only = Object.fromEntries(RULES.map((r) => [r.id, r.id === rule.id ? 'warning' : 'off'] as const));
    try {
      lintModel(model, { config: { rules: only } });
    } catch {
      return `rule ${rule.id}`;
    }
  }
  return undefined;
}

export function lint(text: string): CableDiagnostic[] {
  return lintText(text).diagnostics;
}

function positionProblem(index: LineIndex, p: Position): string | undefined {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return 'not a non-negative integer position';
  if (p.line >= index.lineCount) return `line ${p.line} beyond the last line ${index.lineCount - 1}`;
  if (p.character > index.lines[p.line].length) return `character ${p.character} beyond the line's length ${index.lines[p.line].length}`;
  return undefined;
}

export function rangeProblem(index: LineIndex, r: Range): string | undefined {
  const problem = positionProblem(index, r.start) ?? positionProblem(index, r.end);
  if (problem) return problem;
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) return 'start after end';
  return undefined;
}

const isPosition = (v: unknown): v is Position => typeof v === 'object' && v !== null && typeof (v as Position).line === 'number' && typeof (v as Position).character === 'number';
const isRange = (v: unknown): v is Range => typeof v === 'object' && v !== null && isPosition((v as Range).start) && isPosition((v as Range).end);

/** Every range anywhere in the parsed model (banners, fields, paragraphs, ...) lies inside the document. */
export function modelRangesOutside(model: CableModel): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null || value === model.lines) return;
    if (isRange(value)) {
      const p = rangeProblem(model.lines, value);
      if (p) found.push(`model ${path} ${show(value)}: ${p}`);
      return;
    }
    for (const [key, child] of Object.entries(value)) walk(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
  };
  walk(model, 'model');
  return found;
}

const show = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const label = (d: CableDiagnostic) => `${d.rule} at ${show(d.range)} "${d.message}"`;

/** Every diagnostic range and every fix edit range lies inside the document. */
export function rangesOutside(text: string, diagnostics: readonly CableDiagnostic[]): string[] {
  const index = new LineIndex(text);
  const found: string[] = [];
  for (const d of diagnostics) {
    const p = rangeProblem(index, d.range);
    if (p) found.push(`${label(d)}: ${p}`);
    for (const fix of d.fixes) {
      for (const e of fix.edits) {
        const q = rangeProblem(index, e.range);
        if (q) found.push(`${label(d)}, fix "${fix.title}" edit ${show(e.range)}: ${q}`);
      }
    }
  }
  return found;
}

/**
 * Lines a rule's repair may legitimately rewrite away from the finding itself: raising or fixing a
 * banner rewrites every banner line; renumbering rewrites paragraph numbers and section markers;
 * relettering rewrites the REF block; removing a repeated tag removes its every later occurrence,
 * also on the lines a wrapped TAGS field continues on.
 */
function repairLines(rule: string, model: CableModel): Set<number> {
  const lines = new Set<number>();
  const addRange = (r: Range) => {
    for (let l = r.start.line; l <= r.end.line; l++) lines.add(l);
  };
  if (rule.startsWith('banner-') || rule === 'section-numbering' || rule === 'caption-noforn') model.banners.forEach((b) => addRange(b.range));
  if (rule === 'paragraph-numbering') model.paragraphs.forEach((p) => p.number && addRange(p.number.range));
  if (rule === 'ref-format' && model.refs) addRange(model.refs.range);
  if (rule === 'tags-composition' && model.tags[0]) addRange(model.tags[0].range);
  return lines;
}

const STARTS_WITH_EOL = /^(\r\n|\r|\n)/;
const ENDS_WITH_EOL = /(\r\n|\r|\n)$/;

function isWholeLineInsertion(index: LineIndex, e: TextEdit): boolean {
  const { start, end } = e.range;
  if (start.line !== end.line || start.character !== end.character) return false;
  if (start.character === 0 && ENDS_WITH_EOL.test(e.newText)) return true;
  return start.character === index.lines[start.line].length && STARTS_WITH_EOL.test(e.newText);
}

/**
 * Locality, precisely: each edit of a fix
 *  1. removes no line break (no fix deletes or joins lines), and
 *  2. lies on the finding's own lines, or
 *  3. is a whole-line insertion (at column 0 ending with a line break, or at a line's end starting
 *     with one) next to the finding (one line above to one line below) or in the header (at or
 *     before the first body line), where missing banners, captions and fields belong, or
 *  4. lies on a line the rule's repair owns (see repairLines).
 */
export function nonLocalEdits(model: CableModel, d: CableDiagnostic, fix: Fix): string[] {
  const index = model.lines;
  const found: string[] = [];
  const owned = repairLines(d.rule, model);
  tally.fixesLocal++;
  for (const e of fix.edits) {
    const where = `${label(d)}, fix "${fix.title}" edit ${show(e.range)} -> ${JSON.stringify(e.newText.slice(0, 80))}`;
    if (e.range.start.line !== e.range.end.line) {
      found.push(`${where}: removes a line break`);
      continue;
    }
    const line = e.range.start.line;
    if (line >= d.range.start.line && line <= d.range.end.line) continue;
    if (isWholeLineInsertion(index, e) && ((line >= d.range.start.line - 1 && line <= d.range.end.line + 1) || line <= model.bodyStart)) continue;
    if (owned.has(line)) continue;
    found.push(`${where}: outside the finding's lines ${d.range.start.line}-${d.range.end.line}`);
  }
  return found;
}

/** Where an offset of the old text lands after the edits (an edit at or before it shifts it). */
export function mapPosition(text: string, edits: readonly TextEdit[], p: Position): Position {
  const before = new LineIndex(text);
  const at = before.offsetAt(p);
  let shift = 0;
  let landed = at;
  const spans = edits.map((e) => ({ start: before.offsetAt(e.range.start), end: before.offsetAt(e.range.end), length: e.newText.length })).sort((a, b) => a.start - b.start);
  for (const s of spans) {
    if (s.end <= at) shift += s.length - (s.end - s.start);
    else if (s.start < at) landed = s.start;
  }
  const after = new LineIndex(applyEdits(text, edits).text);
  return after.positionAt(landed === at ? at + shift : landed + shift);
}

/**
 * Re-lints after one fix: the diagnostic it targets must be gone, that is, no finding of the same
 * rule starts where it started (mapped through the edits), whatever its message: a fix that turns
 * one problem into another at the same place has not repaired it.
 */
export function fixLeavesTarget(text: string, d: CableDiagnostic, fix: Fix): string[] {
  tally.fixesRelinted++;
  const { text: fixed, skipped } = applyEdits(text, fix.edits);
  if (skipped.length) return [`${label(d)}, fix "${fix.title}": its own edits overlap (${skipped.length} skipped)`];
  const at = mapPosition(text, fix.edits, d.range.start);
  const still = lint(fixed).find((n) => n.rule === d.rule && n.range.start.line === at.line && n.range.start.character === at.character);
  return still ? [`${label(d)}, fix "${fix.title}": still reported after the fix${still.message === d.message ? '' : ` as "${still.message}"`}`] : [];
}

/**
 * Doubled text: a token repeated right after itself (`E.O. E.O.`, `(U) (U)`), doubled punctuation
 * (`::`), and a non-blank line repeated after only blank lines (a banner inserted twice); each with
 * where it is (the second token, the punctuation, the second line).
 */
export function stutters(text: string): Map<string, Position[]> {
  const found = new Map<string, Position[]>();
  const add = (key: string, at: Position) => found.set(key, [...(found.get(key) ?? []), at]);
  let previousLine = '';
  new LineIndex(text).lines.forEach((line, l) => {
    const tokens = [...line.matchAll(/\S+/g)];
    tokens.forEach((t, i) => i > 0 && t[0] === tokens[i - 1][0] && /[A-Za-z]/.test(t[0]) && add(`"${t[0]} ${t[0]}"`, { line: l, character: t.index ?? 0 }));
    for (const m of line.matchAll(/([:;,])\1/g)) add(`"${m[0]}"`, { line: l, character: m.index ?? 0 });
    if (!line.trim()) return;
    if (line.trim() === previousLine) add(`line "${previousLine.slice(0, 40)}" twice`, { line: l, character: 0 });
    previousLine = line.trim();
  });
  return found;
}

/**
 * A fix adds no doubled text that was not there before (see stutters), unless a finding reported
 * before the fix points at it: removing a repeated tag may bring two copies of another repeated tag
 * together (`HR, PGOV, HR` -> `HR, HR`), which that tag's own finding, still reported, removes. A
 * finding the fix brings (a tag inserted next to itself: "VT appears twice") excuses nothing.
 */
export function fixAddsNoStutter(text: string, d: CableDiagnostic, fix: Fix): string[] {
  const before = stutters(text);
  const fixed = applyEdits(text, fix.edits).text;
  const after = stutters(fixed);
  let flagged: CableDiagnostic[] | undefined;
  const silent = (at: Position) => {
    if (!flagged) {
      const known = new Set(lint(text).map((f) => `${f.rule} ${f.message}`));
      flagged = lint(fixed).filter((f) => known.has(`${f.rule} ${f.message}`));
    }
    return !flagged.some((f) => f.range.start.line === at.line && f.range.start.character === at.character);
  };
  const added = [...after].filter(([key, sites]) => sites.filter(silent).length > (before.get(key)?.length ?? 0)).map(([key]) => key);
  return added.length ? [`${label(d)}, fix "${fix.title}" doubles text: ${added.join(', ')}`] : [];
}

/** Every (diagnostic, fix) pair with fixes, in document order. */
export function fixPairs(diagnostics: readonly CableDiagnostic[]): Array<[CableDiagnostic, Fix]> {
  return diagnostics.flatMap((d) => d.fixes.map((f) => [d, f] as [CableDiagnostic, Fix]));
}

/** At most `count` items spread evenly over the list, so long lists still get their ends checked. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * (items.length - 1)) / (count - 1))]);
}

/** What `cable-lint --fix` and fixAll do: safe fixes, pass after pass, until nothing changes. */
export const MAX_FIX_PASSES = 10;

export function fixAll(text: string): { text: string; passes: number; converged: boolean } {
  let current = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = safeFixEdits(lint(current), current);
    if (!edits.length) return { text: current, passes: pass, converged: true };
    const next = applyEdits(current, edits).text;
    if (next === current) return { text: current, passes: pass, converged: true };
    if (pass === 0) tally.fixAllChanged++;
    current = next;
  }
  return { text: current, passes: MAX_FIX_PASSES, converged: safeFixEdits(lint(current), current).length === 0 };
}

/** A diagnostic as the user sees it, without line-break details. */
export function diagnosticKey(d: CableDiagnostic): string {
  const fixes = d.fixes.map((f) => `${f.title}${f.safe ? ' (safe)' : ''}: ${f.edits.map((e) => `${show(e.range)} ${JSON.stringify(e.newText.replace(/\r\n|\r/g, '\n'))}`).join(', ')}`);
  return `${label(d)} ${d.severity} [${fixes.join('; ')}]`;
}
