// Completion: TAGS codes (with meanings) after `TAGS:`, portion marks after a paragraph number,
// E.O. orders and DECL forms, REF letters in citations, header field names at the start of a line.
import { TAGS, TagKind } from '../data/tags';
import { CableDate, CableModel } from '../model/cable';
import { isClassified, Level, LEVEL_NAMES, rank } from '../model/levels';
import { addYears, eraOn, erasOfOrder, formatDeclDate, ORDER_ERAS, OrderEra } from '../rules/executiveOrders';
import { lineRange, Position, Range } from '../text/types';
import { exemptionMeaning, OADR_MEANING } from './declMeanings';
import { CompletionItem, CompletionItemKind, CompletionList } from './protocol';

export interface CompletionOptions {
  /** Codes the user's configuration adds to the vocabulary. */
  extraTags?: readonly string[];
  /** The date to assume when the cable has none (E.O. and DECL suggestions). */
  today: CableDate;
}

const OFFERED_KINDS: ReadonlySet<TagKind> = new Set(['subject', 'program', 'geo', 'organization']);
const KIND_LABELS: Record<TagKind, string> = { subject: 'Subject', program: 'Program', geo: 'Country/area', organization: 'Organization', other: 'Tag' };
const MAX_SEEN = 1e7;

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

interface LineContext {
  model: CableModel;
  position: Position;
  line: string;
  before: string;
  options: CompletionOptions;
}

/** From `start` to the end of the word under the cursor. */
function replaceRange(ctx: LineContext, start: number): Range {
  let end = ctx.position.character;
  while (end < ctx.line.length && /[A-Za-z0-9/-]/.test(ctx.line[end])) end++;
  return lineRange(ctx.position.line, start, end);
}

/** Whether a colon follows `range`: the word it replaces is a keyword already written out (`12958:`, `SUBJECT:`). */
function colonFollows(ctx: LineContext, range: Range): boolean {
  return /^\s*:/.test(ctx.line.slice(range.end.character));
}

function sortKey(rankValue: number, label: string): string {
  return `${String(rankValue).padStart(8, '0')}:${label}`;
}

/**
 * The code being typed on a TAGS keyword line: the word ending `before`, when one of the line's
 * parsed TAGS keywords (`keywordEnds`, each just past its colon if it has one) precedes it, with
 * only blanks between them, or no colon and a separator right before the word. Only keywords the
 * parser read as a TAGS field count: the word TAGS in a subject or a paragraph is prose.
 * Linear time: the single regex this replaces backtracked cubically on long blank runs (a
 * 4,000-character TAGS line took 70 s) and quadratically on repeated TAGS words.
 */
function tagsLineWord(before: string, keywordEnds: readonly number[]): string | undefined {
  const word = trailingCode(before);
  const head = before.slice(0, before.length - word.length);
  const endsWithSeparator = /[,;\s]$/.test(head);
  for (const end of keywordEnds) {
    if (end > head.length) continue;
    const between = head.slice(end);
    if (!between.trim() || (!between.includes(':') && endsWithSeparator)) return word;
  }
  return undefined;
}

/** The run of letters and digits ending `text` (a scan, not `[A-Za-z0-9]*$`, which is quadratic). */
function trailingCode(text: string): string {
  let start = text.length;
  while (start > 0 && /[A-Za-z0-9]/.test(text[start - 1])) start--;
  return text.slice(start);
}

function tagCompletions(ctx: LineContext): CompletionList | undefined {
  const { model, position, before } = ctx;
  const field = model.tags.find((t) => t.range.start.line <= position.line && position.line <= t.range.end.line + 1);
  const keywordEnds = model.tags.filter((t) => t.keyword.range.end.line === position.line).map((t) => t.keyword.range.end.character);
  const onKeywordLine = tagsLineWord(before, keywordEnds);
  // A continuation line of a wrapped TAGS field holds only codes.
  const onContinuation = onKeywordLine === undefined && field && position.line > field.range.start.line && /^[\sA-Za-z0-9,;]*$/.test(before) ? trailingCode(before) : undefined;
  const word = onKeywordLine ?? onContinuation;
  if (word === undefined) return undefined;
  const prefix = word.toUpperCase();
  const start = position.character - word.length;
  const range = replaceRange(ctx, start);
  const present = new Set((field?.tokens ?? []).filter((t) => !(t.range.start.line === position.line && t.range.start.character === start)).map((t) => t.text.toUpperCase()));
  const items: CompletionItem[] = [];
  const offer = (code: string, kind: TagKind, meaning: string | undefined, seen: number) => {
    if (present.has(code) || (prefix && code[0] !== prefix[0])) return;
    items.push({
      label: code,
      kind: kind === 'geo' ? CompletionItemKind.EnumMember : CompletionItemKind.Value,
      detail: meaning ? `${KIND_LABELS[kind]}: ${meaning}` : KIND_LABELS[kind],
      sortText: sortKey(MAX_SEEN - seen, code),
      textEdit: { range, newText: code },
    });
  };
  for (const tag of TAGS.values()) if (OFFERED_KINDS.has(tag.kind)) offer(tag.code, tag.kind, tag.meaning, tag.seen);
  for (const extra of ctx.options.extraTags ?? []) {
    const code = extra.trim().toUpperCase();
    if (code && !TAGS.has(code)) offer(code, 'other', 'added by your configuration', MAX_SEEN);
  }
  return { isIncomplete: false, items };
}

const PORTION_MARKS: Array<{ mark: string; level: Level }> = [
  { mark: '(U)', level: 'U' },
  { mark: '(SBU)', level: 'SBU' },
  { mark: '(C)', level: 'C' },
  { mark: '(S)', level: 'S' },
  { mark: '(TS)', level: 'TS' },
  { mark: '(C//NF)', level: 'C' },
  { mark: '(S//NF)', level: 'S' },
];

/**
 * What a chosen mark replaces: the part typed and the rest of a mark after the cursor (`(C|)`,
 * `|(U)`), never the prose that follows (`1. (|The embassy` keeps `The`).
 */
function markRange(ctx: LineContext, typed: string): Range {
  const after = ctx.line.slice(ctx.position.character);
  const rest = (typed ? /^[A-Za-z/]*\)/ : /^\([A-Za-z/]*\)/).exec(after);
  return lineRange(ctx.position.line, ctx.position.character - typed.length, ctx.position.character + (rest ? rest[0].length : 0));
}

/**
 * Whether an unnumbered paragraph may start on `line`: after a blank line or a heading. A `(`
 * opening a wrapped line of running text is prose, not a mark.
 */
function mayOpenUnnumberedParagraph(model: CableModel, line: number): boolean {
  const previous = line - 1;
  if (previous < 0 || !model.lines.lines[previous].trim()) return true;
  return model.headings.some((h) => h.range.end.line === previous || h.underline?.end.line === previous);
}

function portionMarkCompletions(ctx: LineContext): CompletionList | undefined {
  const { model, position, before } = ctx;
  const numbered = /^\s*(?:-\s+)?(?:\u00b6\s*)?\d{1,3}\.\s+(\(?[A-Za-z/]*)$/.exec(before);
  const unnumbered = position.line >= model.bodyStart && mayOpenUnnumberedParagraph(model, position.line) ? /^\s*(\([A-Za-z/]*)$/.exec(before) : null;
  const m = numbered ?? unnumbered;
  if (!m) return undefined;
  const range = markRange(ctx, m[1]);
  // Text right after the mark gets its blank: `(U) The`, not `(U)The`.
  const blank = /\S/.test(ctx.line[range.end.character] ?? ' ') ? ' ' : '';
  const banner = model.classification?.level;
  const items = PORTION_MARKS.map(({ mark, level }, i): CompletionItem => {
    const caveat = mark.includes('//NF') ? ', NOFORN' : '';
    // Levels above the banner would understate the cable: listed last.
    const above = banner !== undefined && rank(level) > rank(banner);
    return {
      label: mark,
      kind: CompletionItemKind.EnumMember,
      detail: `${LEVEL_NAMES[level]}${caveat}${above ? ' (above the banner)' : ''}`,
      sortText: `${above ? 'z' : 'a'}${sortKey(i, mark)}`,
      filterText: mark,
      preselect: !caveat && level === banner ? true : undefined,
      textEdit: { range, newText: mark + blank },
    };
  });
  return { isIncomplete: false, items };
}

function cableDate(ctx: LineContext): CableDate {
  return ctx.model.date?.value ?? ctx.options.today;
}

function orderCompletions(ctx: LineContext): CompletionList | undefined {
  const m = /^\s*(?:E\.\s?O\.?|EO)\s*(\d{0,5})$/i.exec(ctx.before);
  if (!m) return undefined;
  const range = replaceRange(ctx, ctx.position.character - m[1].length);
  const colon = colonFollows(ctx, range) ? '' : ': ';
  const inForce = eraOn(cableDate(ctx));
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  [...ORDER_ERAS].reverse().forEach((era, i) => {
    const order = era.orders[0];
    if (seen.has(order)) return;
    seen.add(order);
    items.push({
      label: order,
      kind: CompletionItemKind.Constant,
      detail: era.title,
      sortText: sortKey(era === inForce ? 0 : i + 1, order),
      preselect: era === inForce ? true : undefined,
      textEdit: { range, newText: `${order}${colon}` },
    });
  });
  return { isIncomplete: false, items };
}

/** The period a DECL instruction is written under: the named order's, on the cable date where possible. */
function eraFor(order: string, date: CableDate): OrderEra {
  const eras = erasOfOrder(order);
  const onDate = eraOn(date);
  if (!eras.length || eras.includes(onDate)) return onDate;
  return eras[eras.length - 1];
}

function exemptionCodes(era: OrderEra): string[] {
  if (era.orders.includes('13526')) return ['25X1', '25X2', '25X3', '25X4', '25X5', '25X6', '25X7', '25X8', '25X9', '50X1-HUM', '50X2-WMD'];
  if (era.orders.includes('13292')) return ['25X1', '25X2', '25X3', '25X4', '25X5', '25X6', '25X7', '25X8', '25X9'];
  if (era.orders.includes('12958')) return ['X1', 'X2', 'X3', 'X4', 'X5', 'X6', 'X7', 'X8'];
  return [];
}

function declCompletions(ctx: LineContext): CompletionList | undefined {
  // Only once the order is followed by a colon or a space: right after its digits, orders are offered.
  const m = /^\s*(?:E\.\s?O\.?|EO)\s*(\d{5})(?:\s*:\s*|\s+)(DECL(?:\s*:\s*|\s*))?([A-Za-z0-9/.-]*)$/i.exec(ctx.before);
  if (!m) return undefined;
  const hasDecl = !!m[2];
  const range = replaceRange(ctx, ctx.position.character - m[3].length);
  // On a written `DECL:` keyword: a whole instruction would land before its colon.
  if (!hasDecl && colonFollows(ctx, range)) return undefined;
  const date = cableDate(ctx);
  const era = eraFor(m[1], date);
  const classified = ctx.model.classification ? isClassified(ctx.model.classification.level) : true;
  const items: CompletionItem[] = [];
  const add = (label: string, newText: string, detail: string, preselect = false) =>
    items.push({ label, kind: CompletionItemKind.Value, detail, sortText: sortKey(items.length, label), filterText: newText, preselect: preselect || undefined, textEdit: { range, newText } });
  const prefix = hasDecl ? '' : 'DECL: ';
  const tenYears = formatDeclDate(addYears(date, 10));
  add(`${prefix}${tenYears}`, `${prefix}${tenYears}`, 'Declassify ten years after the cable date (the usual choice)', classified);
  const max = era.maxDeclYears ?? 25;
  if (max > 10) {
    const longest = formatDeclDate(addYears(date, max));
    add(`${prefix}${longest}`, `${prefix}${longest}`, `Declassify after ${max} years, the longest this order allows for a date`);
  }
  if (!hasDecl) add('N/A', 'N/A', 'No declassification instruction: for unclassified cables', !classified);
  for (const code of exemptionCodes(era)) add(`${prefix}${code}`, `${prefix}${code}`, `Exemption: ${exemptionMeaning(code) ?? code}`);
  if (era.orders.includes('12356')) add(`${prefix}OADR`, `${prefix}OADR`, OADR_MEANING);
  return { isIncomplete: false, items };
}

function refLetterCompletions(ctx: LineContext): CompletionList | undefined {
  const items = ctx.model.refs?.items ?? [];
  if (!items.length || ctx.position.line < ctx.model.bodyStart) return undefined;
  // `and` joins letters only once the blank after it is typed: a letter right after it reads `andA`.
  const m = /(?<![A-Za-z])(REFTELS?|REFS?)\.?\s+(?:[A-Za-z]\s*(?:,|&|\/|and(?=\s))\s*)*([A-Za-z]?)$/i.exec(ctx.before);
  if (!m) return undefined;
  const lower = m[1] === m[1].toLowerCase();
  const range = replaceRange(ctx, ctx.position.character - m[2].length);
  const list: CompletionItem[] = [];
  for (const item of items) {
    const letter = item.letter?.text.replace(/[^A-Za-z]/g, '').toUpperCase();
    if (!letter) continue;
    const text = lower ? letter.toLowerCase() : letter;
    list.push({ label: text, kind: CompletionItemKind.Reference, detail: item.text, sortText: sortKey(list.length, letter), textEdit: { range, newText: text } });
  }
  return { isIncomplete: false, items: list };
}

function headerFieldCompletions(ctx: LineContext): CompletionList | undefined {
  const { model, position } = ctx;
  // A byte-order mark opening the file stays in front of the keyword.
  const m = /^(\uFEFF?)([A-Za-z.]*)$/.exec(ctx.before);
  // The header ends where numbered or marked paragraphs begin (a half-typed field may parse as prose).
  const firstParagraph = model.paragraphs.find((p) => !p.quoted && (p.number || p.mark))?.range.start.line ?? model.lines.lineCount;
  if (!m || (m[1] && position.line > 0) || position.line >= firstParagraph) return undefined;
  const range = replaceRange(ctx, m[1].length);
  // Text already on the line (`SUBJECT: X`, `E.O. 12958`): a field keyword would land in front of it.
  if (ctx.line.slice(range.end.character).trim()) return undefined;
  const elsewhere = (ranges: Array<{ range: Range }>) => ranges.some((r) => !(r.range.start.line <= position.line && position.line <= r.range.end.line));
  const classified = model.classification ? isClassified(model.classification.level) : false;
  const date = cableDate(ctx);
  const order = eraOn(date).orders[0];
  const items: CompletionItem[] = [];
  const add = (label: string, newText: string, detail: string, present: boolean) => {
    if (!present) items.push({ label, kind: CompletionItemKind.Keyword, detail, sortText: sortKey(items.length, label), textEdit: { range, newText } });
  };
  add('E.O.', classified ? `E.O. ${order}: DECL: ${formatDeclDate(addYears(date, 10))}` : `E.O. ${order}: N/A`, 'Executive order and declassification instruction', elsewhere(model.eoLines));
  add('TAGS:', 'TAGS: ', 'Subject, country and organization codes', elsewhere(model.tags));
  add('SUBJECT:', 'SUBJECT: ', 'The cable\'s subject line', elsewhere(model.subjects));
  add('REF:', 'REF: A. ', 'Cables and documents this one refers to', elsewhere(model.refs ? [model.refs] : []));
  add('Classified By:', 'Classified By: ', 'Who classified the cable, and why (reasons 1.4 (a)-(h))', elsewhere(model.classifiedBy ? [model.classifiedBy] : []));
  return items.length ? { isIncomplete: false, items } : undefined;
}

export function completion(model: CableModel, position: Position, options: CompletionOptions): CompletionList {
  const line = model.lines.lines[position.line];
  if (line === undefined) return EMPTY;
  // LSP: a character past the line's end means the line's end.
  position = { line: position.line, character: Math.min(position.character, line.length) };
  const ctx: LineContext = { model, position, line, before: line.slice(0, position.character), options };
  return (
    tagCompletions(ctx) ??
    declCompletions(ctx) ??
    orderCompletions(ctx) ??
    portionMarkCompletions(ctx) ??
    refLetterCompletions(ctx) ??
    headerFieldCompletions(ctx) ??
    EMPTY
  );
}

/** Characters after which clients should ask for completions without the user invoking them. */
export const COMPLETION_TRIGGER_CHARACTERS = [' ', '(', ','];
