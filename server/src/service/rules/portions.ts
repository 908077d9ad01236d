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

/** Whether `letter` at `line` belongs to a lettered list: its neighbour letters, or a letter no mark uses, stand nearby. */
function inLetteredList(model: CableModel, line: number, letter: string): boolean {
  const lines = model.lines.lines;
  const upper = letter === letter.toUpperCase();
  const neighbours = [-1, 1].map((d) => `(${String.fromCharCode(letter.charCodeAt(0) + d)})`);
  const from = Math.max(model.bodyStart, line - LIST_WINDOW);
  for (let i = from; i < Math.min(lines.length, line + LIST_WINDOW); i++) {
    if (i === line) continue;
    if (neighbours.some((n) => lines[i].includes(n))) return true;
    const other = LIST_LETTER.exec(lines[i])?.[1];
    if (other && (other === other.toUpperCase()) === upper && !/^[CSU]$/i.test(other)) return true;
  }
  return false;
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
