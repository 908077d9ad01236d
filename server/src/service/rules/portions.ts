// The classification statements a cable makes below its banner: paragraph marks, SUBJECT marks
// and the routing security line. Shared by the banner and caption rules, which compare them.
import { CableModel, Paragraph, Span, SubjectField } from '../model/cable';
import { Level, rank } from '../model/levels';
import { listOf } from '../text/lists';
import { lowerBound } from '../text/sortedSearch';
import { Range } from '../text/types';
import { isLetterCode, isSpaceCode } from '../text/chars';
import { isParenthesisedWord, listLetterCode, singleLetterCode } from './scanners';
import { perModel } from './memo';

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

/** Where, in a model's body lines, parenthesised characters and list letters stand. */
interface LetterIndex {
  /** The code of x in `(x)` (any one character) -> the lines holding it, ascending. */
  parenthesised: Map<number, number[]>;
  /** Lines opening with a list letter other than C, S or U, by the letter's case. */
  upperItems: number[];
  lowerItems: number[];
}

/** C, S and U are marks, not list letters. */
function isMarkLetter(code: number): boolean {
  const upper = code & ~32;
  return upper === 67 || upper === 83 || upper === 85;
}

/**
 * Only body lines are indexed: a window never reaches above the body. Both facts need a `)`, so
 * the scan goes from one `)` to the next through the whole text rather than line by line.
 */
const letterIndex = perModel((model: CableModel): LetterIndex => {
  const index: LetterIndex = { parenthesised: new Map(), upperItems: [], lowerItems: [] };
  const { text, lines, starts } = model.lines;
  if (model.bodyStart >= lines.length) return index;
  let line = model.bodyStart;
  let listChecked = -1;
  for (let at = text.indexOf(')', starts[line]); at >= 0; at = text.indexOf(')', at + 1)) {
    while (line + 1 < starts.length && starts[line + 1] <= at) line++;
    const lineStart = starts[line];
    // `(x)` within the line: the character x, any one.
    if (at - 2 >= lineStart && text.charCodeAt(at - 2) === 40 /* ( */) {
      const code = text.charCodeAt(at - 1);
      const found = index.parenthesised.get(code);
      if (!found) index.parenthesised.set(code, [line]);
      else if (found[found.length - 1] !== line) found.push(line);
    }
    // `x) ` within the line may end a list letter opening it.
    if (line !== listChecked && isLetterCode(text.charCodeAt(at - 1)) && at + 1 < lineStart + lines[line].length && isSpaceCode(text.charCodeAt(at + 1))) {
      listChecked = line;
      const letter = listLetterCode(lines[line]);
      if (letter >= 0 && !isMarkLetter(letter)) (letter <= 90 ? index.upperItems : index.lowerItems).push(line);
    }
  }
  return index;
});

/** Whether the ascending `lines` hold one in [from, to) other than `except` (a binary search). */
function hasLineBetween(lines: readonly number[] | undefined, from: number, to: number, except: number): boolean {
  if (!lines) return false;
  for (let i = lowerBound(lines, from); i < lines.length && lines[i] < to; i++) if (lines[i] !== except) return true;
  return false;
}

/**
 * Whether the letter (its code) at `line` belongs to a lettered list: its neighbour letters, or a
 * letter no mark uses, stand nearby. Looked up in the model's letter index: long cables with many
 * `(C) text` paragraphs would otherwise scan the same window of lines again for each of them.
 */
function inLetteredList(model: CableModel, line: number, letter: number): boolean {
  const from = Math.max(model.bodyStart, line - LIST_WINDOW);
  const to = Math.min(model.lines.lineCount, line + LIST_WINDOW);
  const index = letterIndex(model);
  return (
    hasLineBetween(index.parenthesised.get(letter - 1), from, to, line) ||
    hasLineBetween(index.parenthesised.get(letter + 1), from, to, line) ||
    hasLineBetween(letter <= 90 ? index.upperItems : index.lowerItems, from, to, line)
  );
}

/**
 * `(c) Does the system...` after `(b) Which countries...` is an item of a lettered list, not a
 * CONFIDENTIAL portion, and `(secret) agents` is prose. After a number only `C)`, which has lost
 * its parenthesis or never had one, is in doubt.
 */
function isLookalike(model: CableModel, paragraph: Paragraph): boolean {
  const mark = paragraph.mark;
  if (!mark || (paragraph.number && mark.raw.startsWith('('))) return false;
  if (isParenthesisedWord(mark.raw)) return true;
  const letter = singleLetterCode(mark.raw);
  return letter >= 0 && inLetteredList(model, paragraph.range.start.line, letter);
}

/**
 * Each paragraph's portion mark (in the order of `model.paragraphs`), unless it is quoted (someone
 * else's marking) or only looks like one. Computed once per model: several rules and features read it.
 */
export const paragraphMarks = perModel((model: CableModel): ReadonlyArray<Paragraph['mark']> => {
  // Pushed into a literal, not mapped: V8 then gives every such array, empty or not, one element
  // kind (a map result's kind depends on its length), and the rules reading it compile once.
  const marks: Array<Paragraph['mark']> = [];
  for (const p of model.paragraphs) marks.push(p.quoted || isLookalike(model, p) ? undefined : p.mark);
  return marks;
});

/** Marked paragraphs outside quotations. */
export const paragraphPortions = perModel((model: CableModel): readonly Portion[] => {
  const marks = paragraphMarks(model);
  const portions: Portion[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i];
    if (mark) portions.push(new Marking(mark.level, mark.caveats, mark.raw, mark.range, model.paragraphs[i]));
  }
  return portions;
});

/**
 * Every portion, whatever marks it: one class, so the rules reading portions see one shape (V8
 * recompiled them when a SUBJECT or routing portion first came after paragraph ones). A paragraph
 * is named only when a message asks, as most portions never are.
 */
class Marking implements Portion {
  constructor(
    readonly level: Level,
    readonly caveats: string[],
    readonly raw: string,
    readonly range: Range,
    private readonly place: Paragraph | string,
  ) {}

  get where(): string {
    return typeof this.place === 'string' ? this.place : paragraphName(this.place);
  }
}

/** The SUBJECT line's mark; `SUBJECT: (S)ELECTING A PRESIDENT` is a pun, not a mark. */
export function subjectMark(model: CableModel, subject: SubjectField): SubjectField['mark'] {
  const mark = subject.mark;
  if (!mark) return undefined;
  const after = model.lines.lines[mark.range.end.line].charAt(mark.range.end.character);
  return /[A-Za-z]/.test(after) ? undefined : mark;
}

/** SUBJECT marks and paragraph marks, in text order. */
export const markedPortions = perModel((model: CableModel): readonly Portion[] => {
  const subjects: Portion[] = [];
  for (const s of model.subjects) {
    const mark = subjectMark(model, s);
    if (mark) subjects.push(new Marking(mark.level, mark.caveats, mark.raw, mark.range, 'the SUBJECT line'));
  }
  return subjects.length ? listOf(subjects, paragraphPortions(model)) : paragraphPortions(model);
});

/** Every marking below the banner: the ACP-127 security line (`ZNY CCCCC`), then the marked portions. */
export const allPortions = perModel((model: CableModel): readonly Portion[] => {
  const security = model.routing?.security;
  if (!security) return markedPortions(model);
  return listOf([new Marking(security.level, [], security.text, security.range, 'the routing line')], markedPortions(model));
});

/** The first of the highest portions. */
export function highestPortion(portions: readonly Portion[]): Portion | undefined {
  let best: Portion | undefined;
  for (const p of portions) if (!best || rank(p.level) > rank(best.level)) best = p;
  return best;
}

export function isNoforn(portion: Portion): boolean {
  return portion.caveats.includes('NF');
}

/** The NOFORN caption, on a caption line or on the banner line itself. */
export function nofornCaption(model: CableModel): Span | undefined {
  for (const caption of model.captions) if (caption.name === 'NOFORN') return caption;
  for (const banner of model.banners) for (const caption of banner.captions) if (isNofornWord(caption.text)) return caption;
  return undefined;
}

/** Regex `^NOFORN$` with the i flag: ASCII letters either case (c | 32 is the lower case of a letter and of nothing else). */
function isNofornWord(text: string): boolean {
  if (text.length !== 6) return false;
  for (let i = 0; i < 6; i++) if ((text.charCodeAt(i) | 32) !== 'noforn'.charCodeAt(i)) return false;
  return true;
}
