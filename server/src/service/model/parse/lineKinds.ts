// Recognisers for single lines that several zones of the parser need.
import { portionMarkAt, PortionMark, unclosedMarkAt } from '../levels';
import { firstNonSpace, isSpaceCode, trimmedEnd } from '../../text/chars';

export interface ParagraphStart {
  /** Where the start marker begins (a `-` bullet, the pilcrow or the number). */
  at: number;
  /** `dotted`: the number ends in its dot; false for `6 (C)` and `2, (SBU)` (see undottedNumberAt). */
  number?: { at: number; end: number; value: number; pilcrow: boolean; dotted: boolean };
  mark?: { at: number; length: number; mark: PortionMark };
  /** Where the paragraph's own text begins. */
  contentAt: number;
}

/** Index of the first character at or after `i` that is not a space or tab. */
function skipBlanks(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** Where a `-` bullet (a dash, then spaces or tabs) at `i` ends, or `i` when there is none. */
function skipBullet(text: string, i: number): number {
  if (text.charCodeAt(i) !== 45) return i;
  const after = skipBlanks(text, i + 1);
  return after > i + 1 ? after : i;
}

/** A lower-case ASCII letter at `i`: a mark touching it is the start of a word (`(C)ontinued`). */
function isLowerAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

function isCapitalOrSpaceAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || c === 32;
}

function isDigitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A capital letter and another letter at `i`: a word touching the dot before it, not `1.A` or `2.5`. */
function startsWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 65 && c <= 90 && ((d >= 65 && d <= 90) || (d >= 97 && d <= 122));
}

/**
 * A paragraph number at `i` (after the indent and any bullet): an optional pilcrow, one to three
 * digits, then a dot followed by a space, the line end, directly by a portion mark (`2.(C) text`)
 * or by a capitalised word (`3.Visitors are`, `2.RAVU`), blanks allowed before the dot and after
 * the pilcrow. Read by hand, as the pattern
 * `(\u00b6[ \t]*)?(\d{1,3})[ \t]*\.(?=[ \t]|$|\(|[A-Z][A-Za-z])` would: `end` is just after the dot.
 */
function numberAt(text: string, i: number): { end: number; value: number; pilcrow: boolean } | undefined {
  const pilcrow = i < text.length && text.charCodeAt(i) === 0xb6;
  const first = pilcrow ? skipBlanks(text, i + 1) : i;
  let digit = first;
  let value = 0;
  // A fourth digit already rules the number out: reading no further keeps `value` a small integer.
  while (digit - first < 4 && isDigitAt(text, digit)) value = value * 10 + text.charCodeAt(digit++) - 48;
  if (digit === first || digit - first > 3) return undefined;
  const dot = skipBlanks(text, digit);
  if (dot >= text.length || text.charCodeAt(dot) !== 46) return undefined;
  if (dot + 1 < text.length) {
    const next = text.charCodeAt(dot + 1);
    if (next !== 32 && next !== 9 && next !== 40 && !startsWord(text, dot + 1)) return undefined;
  }
  return { end: dot + 1, value, pilcrow };
}

/**
 * A paragraph number typed without its dot, or with a comma for it (`6 (C) text`, `2, (SBU) text`):
 * one to three digits, a comma or blanks, then a portion mark opening with a capital, then a blank,
 * a dot or the line end. Only a mark makes such a number a paragraph's: `5 (c) of the act`,
 * `16 (Ref A)` and `4 (b) and (d)` are running text. `end` is after the digits or the comma.
 */
function undottedNumberAt(text: string, i: number): { end: number; value: number; mark: { length: number; mark: PortionMark }; markAt: number } | undefined {
  let digit = i;
  let value = 0;
  while (digit - i < 4 && isDigitAt(text, digit)) value = value * 10 + text.charCodeAt(digit++) - 48;
  if (digit === i || digit - i > 3) return undefined;
  const end = text.charCodeAt(digit) === 44 /* , */ ? digit + 1 : digit;
  const markAt = skipBlanks(text, end);
  if (markAt === end && end === digit) return undefined; // `6(C)`: no blank, no comma
  if (text.charCodeAt(markAt) !== 40 /* ( */ || !isCapitalAt(text, markAt + 1)) return undefined;
  const mark = portionMarkAt(text, markAt);
  if (!mark) return undefined;
  const after = markAt + mark.length;
  if (after < text.length && !isSpaceCode(text.charCodeAt(after)) && text.charCodeAt(after) !== 46 /* . */) return undefined;
  return { end, value, mark, markAt };
}

function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

/**
 * Whether a paragraph may start at a line whose first non-blank character has code `lead`: every
 * form starts with `-`, the pilcrow, a digit or `(` (see matchParagraphStart).
 */
export function mayStartParagraph(lead: number): boolean {
  return lead === 45 || lead === 0xb6 || lead === 40 || (lead >= 48 && lead <= 57);
}

/** A paragraph start: `1. (C) text`, `¶2. text`, `- 11. (C) text`, or an unnumbered `(SBU) text`. */
export function matchParagraphStart(text: string, from = 0): ParagraphStart | undefined {
  // Every form starts, after spaces and tabs, with `-`, the pilcrow, a digit or `(`: most lines end here.
  // `from` is not 0 only after a page header; positions are in `text`.
  const at = skipBlanks(text, from);
  const c = text.charCodeAt(at);
  if (c !== 45 && c !== 0xb6 && c !== 40 && !(c >= 48 && c <= 57)) return undefined;
  const afterBullet = skipBullet(text, at);
  const number = numberAt(text, afterBullet);
  if (number) {
    let i = skipBlanks(text, number.end);
    const start: ParagraphStart = {
      at,
      number: { at: afterBullet, end: number.end, value: number.value, pilcrow: number.pilcrow, dotted: true },
      contentAt: i,
    };
    const mark = portionMarkAt(text, i) ?? unclosedMarkAt(text, i);
    // After a number the mark may touch the text (`1. (U)Summary`, `7. (C/NF). Text`, `5. (S)xxxxx said`), but not a word (`(C)ontinued`).
    const after = mark ? i + mark.length : 0;
    if (mark && (!isLowerAt(text, after) || text.startsWith('xxx', after))) {
      start.mark = { at: i, length: mark.length, mark: mark.mark };
      i = skipBlanks(text, after);
      start.contentAt = i;
    } else if (i === number.end && text.charCodeAt(i) === 40) {
      return undefined; // `1.(a)`, `2.(1)`: not a paragraph number
    }
    return start;
  }
  // Digits with no paragraph dot after them: only a number before a portion mark (`6 (C)`) is one.
  if (isDigitAt(text, afterBullet)) return undottedParagraphStart(text, at, afterBullet);
  if (afterBullet >= text.length || text.charCodeAt(afterBullet) !== 40) return undefined;
  const mark = portionMarkAt(text, afterBullet);
  const after = mark ? afterBullet + mark.length : 0;
  if (!mark || !(after >= text.length || isSpaceCode(text.charCodeAt(after)))) return undefined;
  return { at, mark: { at: afterBullet, length: mark.length, mark: mark.mark }, contentAt: skipBlanks(text, after) };
}

/** `6 (C) text`, `2, (SBU) text` at `afterBullet` (undottedNumberAt), or undefined. */
function undottedParagraphStart(text: string, at: number, afterBullet: number): ParagraphStart | undefined {
  const found = undottedNumberAt(text, afterBullet);
  if (!found) return undefined;
  const { end, value, mark, markAt } = found;
  return {
    at,
    number: { at: afterBullet, end, value, pilcrow: false, dotted: false },
    mark: { at: markAt, length: mark.length, mark: mark.mark },
    contentAt: skipBlanks(text, markAt + mark.length + (text.charCodeAt(markAt + mark.length) === 46 ? 1 : 0)),
  };
}

// `TEXT:  1. (C)`, `COMMENTS: 1. (C/NF)`, `ARTICLE 98: 5. (C)`: a label of up to four words in capitals before a number.
const PARAGRAPH_LABEL = /^[ \t]*[A-Z][A-Z0-9]*(?: [A-Z0-9]+){0,3}:[ \t]+(?=\u00b6?\d)/;

/**
 * A numbered and marked paragraph after a label (PARAGRAPH_LABEL), as report formats write their
 * parts: the number and mark are read as on any paragraph, the label is left before it. A number
 * without a mark after a label is a list (`PILLARS: 1. FIGHTING TERRORISM`). `first`: the line's
 * first non-blank character, a capital; a label's colon stands within 40 characters of it.
 */
export function matchLabelledParagraphStart(text: string, first: number): ParagraphStart | undefined {
  const colon = text.indexOf(':', first);
  if (colon < 0 || colon - first > 40) return undefined;
  const label = PARAGRAPH_LABEL.exec(text.slice(0, colon + 12));
  if (!label) return undefined;
  const start = matchParagraphStart(text, label[0].length);
  return start?.number && start.mark ? start : undefined;
}

const MONTH_AT_END = /\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.)$/i;

/**
 * A prose line cut mid-sentence ("...met in Accra on March", "...the EU-"), so a number opening the
 * next line ("17. The session...") is the end of a date or figure, not a paragraph number.
 * `capitals`: a line ending in a capital letter counts too ("...UN RESOLUTION" / "731."), which in
 * mixed case may be a title. Short lines, table rows and outline items are left alone: they are
 * headings or lists.
 */
function endsMidSentence(text: string, capitals: boolean): boolean {
  const t = text.trim();
  if (t.length < 40 || /\S\s{3,}\S/.test(t) || /^(?:[IVX]+|[A-Z]|\d+)\.\s/.test(t)) return false;
  return /[a-z0-9,]$|[A-Za-z0-9] ?-$/.test(t) || (capitals && /[A-Z]$/.test(t)) || MONTH_AT_END.test(t);
}

// `Resolution No.`, `ROUTES NO.`: the number it abbreviates is on the next line.
const NUMBER_WORD_AT_END = /(?:^|\s)N[Oo]\.$/;

/** Whether `text` ends with the abbreviation `No.` (a test of its last characters first: most lines end otherwise). */
function endsWithNumberWord(text: string): boolean {
  const end = trimmedEnd(text);
  return end >= 3 && text.charCodeAt(end - 1) === 46 /* . */ && NUMBER_WORD_AT_END.test(text.slice(Math.max(0, end - 4), end));
}

/**
 * Whether a numbered line (`start` matched on `text`) goes on with the sentence of `previous`, the
 * last line of the paragraph before: that line ends in `No.`, or mid-sentence, or the number stands alone
 * ("...wage will be USD\n500."). `firstLine`: `previous` is that paragraph's first line (its text
 * after the number), which may be a title; `expected`: the number a next paragraph would carry,
 * when that one is numbered. A number other than it is read as running text more readily
 * ("6. ...ON SATURDAY, MARCH" / "22."): paragraph numbers seldom skip.
 */
export function continuesSentence(previous: string, text: string, start: ParagraphStart, firstLine: boolean, expected: number | undefined): boolean {
  if (endsWithNumberWord(previous)) return true;
  const outOfSequence = expected !== undefined && start.number?.value !== expected;
  if ((!firstLine || outOfSequence) && endsMidSentence(previous, outOfSequence)) return true;
  const alone = start.contentAt >= text.trimEnd().length;
  return alone && previous.trim().length >= 20 && /[A-Za-z0-9,]$/.test(previous.trim());
}

/**
 * `PAGE 02 ROME 01196 01 OF 02 082030Z`, `PAGE 02 VATICA 06046 261254Z`, `MASERU 00000598 004.2 OF 005`:
 * page headers of printed cables, to be skipped. Some print two blanks before the page number.
 */
export const PAGE_ARTIFACT = /^\s*PAGE\s+\d{2,3}\s+[A-Z][A-Z ]*?\s+\d+\s+(?:\d{2}\s+OF\s+\d{2}\s+)?\d{6}Z\s*|^\s*[A-Z][A-Z ]{1,30} \d{8} {1,2}\d{3}(?:\.\d)? OF \d{3}\s*$/;

/**
 * Whether PAGE_ARTIFACT may match a line whose first non-blank character is at `first` and whose
 * trimmed text ends at `end`: its first form starts there with `PAGE`; its second ends with a digit,
 * and capitals and spaces (`[A-Z][A-Z ]{1,30} `) run from `first` to a digit. Character tests, not
 * two searches of the whole line.
 */
export function mayBePageArtifact(text: string, first: number, end: number): boolean {
  if (text.startsWith('PAGE', first)) return true;
  if (!isDigitAt(text, end - 1)) return false;
  let i = first;
  while (i - first < 32 && isCapitalOrSpaceAt(text, i)) i++;
  return i - first >= 3 && isDigitAt(text, i);
}

/** A classification repeated alone on a line (page headers, end of text). */
export const LONE_LEVEL = /^\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)(?:\s+PTQ\d+)?\s*$/;

/** Whether LONE_LEVEL may match a line whose first non-blank character has code `lead`: U, C, S, T or L. */
export function mayBeLoneLevel(lead: number): boolean {
  return lead === 85 || lead === 67 || lead === 83 || lead === 84 || lead === 76;
}

/**
 * What a printed page adds to the text: a classification alone on its line, or a page header with
 * nothing after it. The body skips such lines; a sentence or a REF list goes on after them.
 */
export function isPageBreakLine(text: string): boolean {
  const first = firstNonSpace(text);
  if (mayBeLoneLevel(text.charCodeAt(first)) && LONE_LEVEL.test(text)) return true;
  const end = trimmedEnd(text);
  const page = mayBePageArtifact(text, first, end) ? PAGE_ARTIFACT.exec(text) : null;
  return page !== null && page[0].length >= end;
}

/**
 * `SIPDIS` alone on its line: the distribution caption the cable system wrote into the text, which
 * may land inside a framed title (`-----` / `TITLE` / blank / `SIPDIS` / `-----`).
 */
export function isLoneSipdis(text: string): boolean {
  const first = firstNonSpace(text);
  return text.startsWith('SIPDIS', first) && trimmedEnd(text) === first + 6;
}

// Exactly three, then any: `[-=_]{3,}[-=_ \t]*` means the same but backtracks quadratically when the line does not end the run.
export const UNDERLINE = /^\s*[-=_]{3}[-=_ \t]*$/;

/** Whether UNDERLINE may match: the line's first non-blank character is `-`, `=` or `_`. */
export function mayBeUnderline(text: string): boolean {
  const first = firstNonSpace(text);
  if (first === text.length) return false;
  const c = text.charCodeAt(first);
  return c === 45 || c === 61 || c === 95;
}

/**
 * Whether the line under a title may be its underline (mayBeUnderline) or the first line of a
 * printed page break that splits the title from its underline: a classification standing indented,
 * or a page header, which starts with PAGE or ends in a digit (isPageBreakLine). Character tests.
 */
export function mayBeUnderlineOrPageBreak(text: string): boolean {
  const first = firstNonSpace(text);
  if (first === text.length) return false;
  const c = text.charCodeAt(first);
  if (c === 45 || c === 61 || c === 95) return true;
  if (c < 65 || c > 90) return false;
  return first >= 8 || text.startsWith('PAGE', first) || isDigitAt(text, trimmedEnd(text) - 1);
}

/** UNDERLINE, tried only where mayBeUnderline allows it. */
export function isUnderline(text: string): boolean {
  return mayBeUnderline(text) && UNDERLINE.test(text);
}

const CAPTION_WORDS = new Map<string, string>([
  ['SIPDIS', 'SIPDIS'],
  ['NOFORN', 'NOFORN'],
  ['EXDIS', 'EXDIS'],
  ['NODIS', 'NODIS'],
  ['LIMDIS', 'LIMDIS'],
  ['STADIS', 'STADIS'],
  ['SENSITIVE', 'SENSITIVE'],
  ['SENSITIVEBUTUNCLASSIFIED', 'SENSITIVE'],
  ['SBU', 'SENSITIVE'],
  ['CORRECTEDCOPY', 'CORRECTED COPY'],
  ['EFTO', 'EFTO'],
  ['ROGER', 'ROGER'],
  ['CHEROKEE', 'CHEROKEE'],
  ['SPECIALHANDLING', 'SPECIAL HANDLING'],
  ['VISASVIPER', 'VISAS VIPER'],
  ['NOTFORINTERNETDISTRIBUTION', 'NOT FOR INTERNET DISTRIBUTION'],
]);

/**
 * `text` without a parenthetical at its end: `C O R R E C T E D  C O P Y (TEXT)` -> the words. A scan,
 * not `/\([^)]*\)\s*$/`, which tries every `(` to the end of the line: quadratic on a line of brackets.
 */
function withoutTrailingParenthetical(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return text;
  const close = trimmed.length - 1;
  const open = text.indexOf('(', text.lastIndexOf(')', close - 1) + 1);
  return open >= 0 && open < close ? text.slice(0, open) : text;
}

/** The first two letters of every caption word, as a number (first code * 65536 + second). */
const CAPTION_OPENINGS = new Set([...CAPTION_WORDS.keys()].map((word) => word.charCodeAt(0) * 65536 + word.charCodeAt(1)));

/**
 * Whether the line's first two characters, leaving out blanks, dots and commas, open a caption
 * word. Every caption line does: its text with those left out starts with a caption word, and so
 * does the line's (the words are read from a prefix of it). Other header lines end here.
 */
function mayBeCaptions(text: string): boolean {
  let opening = 0;
  let seen = 0;
  for (let i = 0; i < text.length && seen < 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 44 || isSpaceCode(c)) continue;
    opening = opening * 65536 + c;
    seen++;
  }
  return seen === 2 && CAPTION_OPENINGS.has(opening);
}

/**
 * Caption names on a line made only of captions (`SIPDIS`, `SENSITIVE/NOFORN`,
 * `C O R R E C T E D  C O P Y (...)`). A typed handling notice (`SENSITIVE BUT UNCLASSIFIED -
 * PROTECT ACCORDINGLY`) is not one: the release labels such cables UNCLASSIFIED.
 */
export function captionNames(text: string): string[] | undefined {
  if (!mayBeCaptions(text)) return undefined;
  const head = withoutTrailingParenthetical(text).trim();
  if (!head || head.length > 60 || /[a-z]/.test(head)) return undefined;
  const names: string[] = [];
  for (const part of head.split(/\s{2,}|,\s*|\s*\/\s*|\s+(?=[A-Z]{2})/)) {
    const squashed = part.replace(/[\s.]/g, '');
    if (!squashed) continue;
    const name = CAPTION_WORDS.get(squashed);
    if (!name) return captionWhole(head);
    names.push(name);
  }
  return names.length ? names : undefined;
}

/** A level word and the blanks or slashes after it, before captions: `SECRET `, `CONFIDENTIAL//`. */
const LEVEL_BEFORE_CAPTIONS = /^\s*(?:TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS)(?:\s*\/\/?\s*|\s+)(?=[A-Z])/;

/**
 * Caption names on a line restating the level before them (`SECRET NOFORN`, `CONFIDENTIAL//NOFORN`,
 * under the banner of DoD reports and some embassy cables), and where the captions start. Only
 * captions may follow the level: `SECRET/NOFORN/NOCONTRACT` or `SECRET AGENTS` is no caption line.
 */
export function captionsAfterLevel(text: string): { names: string[]; at: number } | undefined {
  const m = LEVEL_BEFORE_CAPTIONS.exec(text);
  if (!m) return undefined;
  const names = captionNames(text.slice(m[0].length));
  return names ? { names, at: m[0].length } : undefined;
}

function captionWhole(head: string): string[] | undefined {
  const name = CAPTION_WORDS.get(head.replace(/[\s.,]/g, ''));
  return name ? [name] : undefined;
}
