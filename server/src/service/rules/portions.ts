// The classification statements a cable makes below its banner: paragraph marks, SUBJECT marks
// and the routing security line. Shared by the banner and caption rules, which compare them.
import { CableModel, Paragraph, SubjectField } from '../model/cable';
import { Level, rank } from '../model/levels';
import { Range } from '../text/types';

export interface Portion {
  level: Level;
  /** Normalised controls (`NF`, `REL TO ...`); none for the routing line. */
  caveats: string[];
  /** The mark or security code as written. */
  raw: string;
  range: Range;
  /** Where it stands, for messages: `paragraph 3`, `the SUBJECT line`, `the routing line`. */
  where: string;
}

/** `paragraph 3` -> `Paragraph 3`, for a message's first word. */
export function capitalized(where: string): string {
  return where.charAt(0).toUpperCase() + where.slice(1);
}

/** How messages name a paragraph: by its number, else by its line. */
export function paragraphName(paragraph: Paragraph): string {
  return paragraph.number ? `paragraph ${paragraph.number.value}` : `the paragraph on line ${paragraph.range.start.line + 1}`;
}

/** How far around a `(c)` to look for the rest of its lettered list. */
const LIST_WINDOW = 100;
/** A line opening with a list letter: `(b) text`, `- (A) text`, `4.  D)  text`. */
const LIST_LETTER = /^\s*(?:-+\s*)?(?:\d{1,3}\.\s+)?\(?([A-Za-z])\)\s/;

/** Where, in a model's lines, parenthesised characters and list letters stand; built once per model. */
interface LetterIndex {
  /** `(x)` (any one character) -> the lines holding it, ascending. */
  parenthesised: Map<string, number[]>;
  /** Lines opening with a list letter other than C, S or U, by the letter's case. */
  upperItems: number[];
  lowerItems: number[];
}

const letterIndexes = new WeakMap<CableModel, LetterIndex>();

function letterIndex(model: CableModel): LetterIndex {
  let index = letterIndexes.get(model);
  if (index) return index;
  index = { parenthesised: new Map(), upperItems: [], lowerItems: [] };
  model.lines.lines.forEach((text, line) => {
    for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
      if (text.charCodeAt(p + 2) !== 41 /* ) */) continue;
      const token = text.slice(p, p + 3);
      const lines = index!.parenthesised.get(token);
      if (!lines) index!.parenthesised.set(token, [line]);
      else if (lines[lines.length - 1] !== line) lines.push(line);
    }
    const letter = text.includes(')') ? LIST_LETTER.exec(text)?.[1] : undefined;
    if (letter && !/^[CSU]$/i.test(letter)) (letter === letter.toUpperCase() ? index!.upperItems : index!.lowerItems).push(line);
  });
  letterIndexes.set(model, index);
  return index;
}

/** Whether the ascending `lines` hold one in [from, to) other than `except` (a binary search). */
function hasLineBetween(lines: readonly number[] | undefined, from: number, to: number, except: number): boolean {
  if (!lines) return false;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < lines.length && lines[i] < to; i++) if (lines[i] !== except) return true;
  return false;
}

/**
 * Whether `letter` at `line` belongs to a lettered list: its neighbour letters, or a letter no mark
 * uses, stand nearby. Looked up in the model's letter index: long cables with many `(C) text`
 * paragraphs would otherwise scan the same window of lines again for each of them.
 */
function inLetteredList(model: CableModel, line: number, letter: string): boolean {
  const upper = letter === letter.toUpperCase();
  const neighbours = [-1, 1].map((d) => `(${String.fromCharCode(letter.charCodeAt(0) + d)})`);
  const from = Math.max(model.bodyStart, line - LIST_WINDOW);
  const to = Math.min(model.lines.lineCount, line + LIST_WINDOW);
  const index = letterIndex(model);
  return neighbours.some((n) => hasLineBetween(index.parenthesised.get(n), from, to, line)) || hasLineBetween(upper ? index.upperItems : index.lowerItems, from, to, line);
}

/**
 * `(c) Does the system...` after `(b) Which countries...` is an item of a lettered list, not a
 * CONFIDENTIAL portion, and `(secret) agents` is prose. After a number only `C)`, which has lost
 * its parenthesis or never had one, is in doubt.
 */
function isLookalike(model: CableModel, paragraph: Paragraph): boolean {
  const mark = paragraph.mark;
  if (!mark || (paragraph.number && mark.raw.startsWith('('))) return false;
  if (/^\([a-z]{4,}\)$/.test(mark.raw)) return true;
  const letter = /^\(?([A-Za-z])\)$/.exec(mark.raw)?.[1];
  return letter !== undefined && inLetteredList(model, paragraph.range.start.line, letter);
}

/** The paragraph's portion mark, unless it is quoted (someone else's marking) or only looks like one. */
export function portionMark(model: CableModel, paragraph: Paragraph): Paragraph['mark'] {
  return paragraph.quoted || isLookalike(model, paragraph) ? undefined : paragraph.mark;
}

/** Marked paragraphs outside quotations. */
export function paragraphPortions(model: CableModel): Portion[] {
  const portions: Portion[] = [];
  for (const p of model.paragraphs) {
    const mark = portionMark(model, p);
    if (mark) portions.push({ level: mark.level, caveats: mark.caveats, raw: mark.raw, range: mark.range, where: paragraphName(p) });
  }
  return portions;
}

/** The SUBJECT line's mark; `SUBJECT: (S)ELECTING A PRESIDENT` is a pun, not a mark. */
export function subjectMark(model: CableModel, subject: SubjectField): SubjectField['mark'] {
  const mark = subject.mark;
  if (!mark) return undefined;
  const after = model.lines.lines[mark.range.end.line].charAt(mark.range.end.character);
  return /[A-Za-z]/.test(after) ? undefined : mark;
}

/** SUBJECT marks and paragraph marks, in text order. */
export function markedPortions(model: CableModel): Portion[] {
  const subjects: Portion[] = [];
  for (const s of model.subjects) {
    const mark = subjectMark(model, s);
    if (mark) subjects.push({ level: mark.level, caveats: mark.caveats, raw: mark.raw, range: mark.range, where: 'the SUBJECT line' });
  }
  return [...subjects, ...paragraphPortions(model)];
}

/** Every marking below the banner: the ACP-127 security line (`ZNY CCCCC`), then the marked portions. */
export function allPortions(model: CableModel): Portion[] {
  const security = model.routing?.security;
  const routing: Portion[] = security ? [{ level: security.level, caveats: [], raw: security.text, range: security.range, where: 'the routing line' }] : [];
  return [...routing, ...markedPortions(model)];
}

/** The first of the highest portions. */
export function highestPortion(portions: readonly Portion[]): Portion | undefined {
  let best: Portion | undefined;
  for (const p of portions) if (!best || rank(p.level) > rank(best.level)) best = p;
  return best;
}

export function isNoforn(portion: Portion): boolean {
  return portion.caveats.includes('NF');
}
