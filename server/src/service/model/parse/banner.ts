// The classification line: `C O N F I D E N T I A L SECTION 01 OF 04 PANAMA 001700`.
import { isLetterCode, isSpaceCode, trimmedEnd } from '../../text/chars';
import { Banner, Span } from '../cable';
import { Level } from '../levels';
import { indentOf, ParseContext } from './context';

const SPACED_LEVELS: Array<[string, Level]> = [
  ['UNCLASSIFIED', 'U'],
  ['UNCLAS', 'U'],
  ['TOPSECRET', 'TS'],
  ['CONFIDENTIAL', 'C'],
  ['SECRET', 'S'],
];
// Sticky: each is matched at a position of the line (lastIndex), not on a cut-off rest of it.
const BANNER_CAPTION = /(?:E ?F ?T ?O|SENSITIVE|NOFORN|SIPDIS|EXDIS|NODIS|LIMDIS|STADIS|LIMITED OFFICIAL USE)\b/iy;
const SECTION = /SECTION\s+(\d{1,3})\s+OF\s+(\d{1,3})\b/iy;
// Post and serial, optionally after the year (`75 LIBREVILLE 1895`) and before a TOSEC number.
const POST_SERIAL = /(?:\d{2} +)?([A-Z][A-Z.'/-]*(?: [A-Z][A-Z.'/-]*){0,4}) +(\d{1,7})(?![\d/])(?: +TOSEC +\d{1,7})?/y;
const POST_SERIAL_ANY_CASE = new RegExp(POST_SERIAL.source, 'iy');
const CAPTIONS_ONLY = /^(?:(?:SIPDIS|NOFORN|EXDIS|NODIS|LIMDIS|SENSITIVE|E F T O|EFTO|CORRECTED COPY)\b[ ,]*)+$/i;

/** `pattern` (sticky) matched at `at` in `text`. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCode(text.charCodeAt(i));
}

/** `/^\S \S \S/` on the level word `text.slice(start, end)`: a letter-spaced level. */
function isLetterSpaced(text: string, start: number, end: number): boolean {
  return end - start >= 5 && !isSpaceAt(text, start) && text.charCodeAt(start + 1) === 32 && !isSpaceAt(text, start + 2) && text.charCodeAt(start + 3) === 32 && !isSpaceAt(text, start + 4);
}


/** Serial digits a lowercased banner or post needs when the level is not letter-spaced (`Unclas nairobi 000165`). */
const LOWERCASED_SERIAL_DIGITS = 5;

/** Whether `text.slice(start, end)` holds a lowercase ASCII letter. */
function hasLowercase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * The character code `text[i].toUpperCase()` gives when that is one ASCII character, which is all
 * matchSpacedWord compares with: a-z, and the two others that upper-case to ASCII (`ı` to I, `ſ`
 * to S). Any other code is returned as it is and equals no letter of a level word.
 */
function upperCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 32;
  if (c === 0x131) return 73;
  return c === 0x17f ? 83 : c;
}

/**
 * Where a level word ends when the letters from `from` spell it, allowing letter-spacing,
 * irregular spacing and one slip of the keys: a doubled letter (`SS E C R E T`, `UUNCLAS`) or, in
 * longer words, a dropped one (`NCLAS`). Returns -1 when they do not.
 * Compares character codes: the body asks this of most lines, so it allocates nothing.
 */
function matchSpacedWord(text: string, from: number, word: string): number {
  let w = 0;
  let i = from;
  let slipped = false;
  let last = -1;
  while (i < text.length && w < word.length) {
    const c = upperCode(text.charCodeAt(i));
    if (c === 32 && w > 0) {
      i++;
      continue;
    }
    if (c === word.charCodeAt(w)) {
      last = c;
      w++;
      i++;
    } else if (!slipped && c === last) {
      slipped = true;
      i++;
    } else if (!slipped && word.length >= 6 && c === word.charCodeAt(w + 1)) {
      slipped = true;
      w++;
    } else {
      return -1;
    }
  }
  if (w < word.length) return -1;
  // The word must end here: `SECRETARY` is not a banner.
  return i < text.length && isLetterCode(text.charCodeAt(i)) ? -1 : i;
}

const LOU = /LIMITED OFFICIAL USE(?![A-Za-z])/iy;

/**
 * Per upper-cased first character (ASCII), the spaced levels whose word can start there: its first
 * letter, or its second when a longer word's first is dropped. Any other word fails on that
 * character, so trying only these gives the same answer.
 */
const LEVELS_BY_FIRST: Array<Array<[string, Level]>> = Array.from({ length: 128 }, (_, c) =>
  SPACED_LEVELS.filter(([word]) => word.charCodeAt(0) === c || (word.length >= 6 && word.charCodeAt(1) === c)),
);

function matchLevel(text: string, from: number): { level: Level; end: number } | undefined {
  const first = upperCode(text.charCodeAt(from));
  if (first === 76 /* L */) {
    LOU.lastIndex = from;
    if (LOU.test(text)) return { level: 'LOU', end: LOU.lastIndex };
  }
  // Prose gets here on every line: most first letters start no level word at all.
  const candidates = first < 128 ? LEVELS_BY_FIRST[first] : undefined;
  if (!candidates) return undefined;
  for (let k = 0; k < candidates.length; k++) {
    const end = matchSpacedWord(text, from, candidates[k][0]);
    if (end >= 0) return { level: candidates[k][1], end };
  }
  return undefined;
}

/** `{ ...span, value }`, spelled out (see the end of parseBanner). */
function valuedSpan(span: Span, value: number): Span & { value: number } {
  return { text: span.text, range: span.range, value };
}

export interface BannerOptions {
  /** In the body only full section banners (`... SECTION nn OF mm POST SERIAL`) count. */
  requireSection: boolean;
}

export function parseBanner(ctx: ParseContext, line: number, options: BannerOptions): Banner | undefined {
  const layout = bannerLayout(ctx.lines[line], options.requireSection);
  return layout && buildBanner(ctx, line, layout);
}

/** Whether the line is a banner (section or not): parseBanner without building it. */
export function isBannerLine(ctx: ParseContext, line: number): boolean {
  return bannerLayout(ctx.lines[line], false) !== undefined;
}

/** Index of the first character at or after `i` that is not a space or tab. */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** Where a banner's parts stand on its line; spans are cut from it only for a line that is one. */
interface BannerLayout {
  start: number;
  levelEnd: number;
  level: Level;
  /** Start and end of each caption after the level, in pairs. */
  captionBounds: number[];
  sectionAt: number;
  sec: RegExpExecArray | null;
  postAt: number;
  ps: RegExpExecArray | null;
  /** The end of the line's text without trailing blanks. */
  end: number;
}

function bannerLayout(text: string, requireSection: boolean): BannerLayout | undefined {
  const start = indentOf(text);
  // Cheap refusals first: the body asks this of every line. The level word is checked before
  // SECTION is looked for: prose fails it within a letter or two, a search reads the whole line.
  const lv = matchLevel(text, start);
  if (!lv || (requireSection && !/SECTION/i.test(text))) return undefined;
  let level = lv.level;
  const captionBounds: number[] = [];
  let i = readCaptions(text, skipSpaces(text, lv.end), captionBounds, false);
  const sectionAt = i;
  const sec = matchAt(SECTION, text, i);
  if (sec) i = skipSpaces(text, i + sec[0].length);
  else if (requireSection) return undefined;
  // Some releases lowercase the whole banner (`S e c r e t nairobi 001829`, `Unclas nairobi 000165`);
  // only a letter-spaced level, or a lowercased one before a full serial, makes that safe to read
  // as a banner rather than prose (`Secret agent 7`).
  const postAt = i;
  const spaced = isLetterSpaced(text, start, lv.end);
  const lowercased = !spaced && hasLowercase(text, start, lv.end);
  let ps = matchAt(spaced || lowercased ? POST_SERIAL_ANY_CASE : POST_SERIAL, text, i);
  // A level in capitals over a post in lower case (`UNCLAS nairobi 000165`, as banner-format
  // respells `Unclas nairobi 000165`) is read as the lowercased banner is: else the respelled
  // banner was no banner, and fix-all inserted another above it.
  const lowercasePost = !ps && !spaced && !lowercased;
  if (lowercasePost) ps = matchAt(POST_SERIAL_ANY_CASE, text, i);
  if (ps && (lowercased || lowercasePost) && ps[2].length < LOWERCASED_SERIAL_DIGITS) ps = null;
  if (ps) i = skipSpaces(text, i + ps[0].length);
  // What is left may only be captions (`SIPDIS NOFORN`); anything else means this is prose.
  const end = trimmedEnd(text);
  let restAt = i;
  while (restAt < end && isSpaceAt(text, restAt)) restAt++;
  if (restAt < end && !CAPTIONS_ONLY.test(text.slice(restAt, end))) return undefined;
  // Captions after the serial (`S E C R E T BOGOTA 000243 SIPDIS NOFORN`) are the banner's too.
  if (restAt < end) readCaptions(text, restAt, captionBounds, true);
  if (level === 'U' && hasSensitive(text, captionBounds)) level = 'SBU';
  if (!sec && !ps && captionBounds.length === 0 && text.length - start > 40) return undefined;
  return { start, levelEnd: lv.end, level, captionBounds, sectionAt, sec, postAt, ps, end };
}

/**
 * Reads the caption words from `i` on, adding each one's start and end to `bounds`; returns where
 * they stop. Between them blanks, and commas too when `commas` (the rest after the serial, which
 * CAPTIONS_ONLY has checked, may hold `SIPDIS, NOFORN`).
 */
function readCaptions(text: string, i: number, bounds: number[], commas: boolean): number {
  for (let m = matchAt(BANNER_CAPTION, text, i); m; m = matchAt(BANNER_CAPTION, text, i)) {
    bounds.push(i, i + m[0].length);
    i = skipSeparators(text, i + m[0].length, commas);
  }
  return i;
}

/** Index of the first character at or after `i` that is not a space or tab (or comma, when `commas`). */
function skipSeparators(text: string, i: number, commas: boolean): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && !(commas && c === 44)) break;
  }
  return i;
}

/** Whether one of the captions in `bounds` is SENSITIVE (an unclassified banner's SBU caption). */
function hasSensitive(text: string, bounds: readonly number[]): boolean {
  for (let k = 0; k < bounds.length; k += 2) if (/^SENSITIVE$/i.test(text.slice(bounds[k], bounds[k + 1]))) return true;
  return false;
}

function buildBanner(ctx: ParseContext, line: number, layout: BannerLayout): Banner {
  const { start, level, captionBounds, sectionAt, sec, postAt, ps, end } = layout;
  const captions: Span[] = [];
  for (let k = 0; k < captionBounds.length; k += 2) captions.push(ctx.span(line, captionBounds[k], captionBounds[k + 1]));
  let section: Banner['section'];
  if (sec) {
    const numberAt = sectionAt + sec[0].indexOf(sec[1]);
    const totalAt = sectionAt + sec[0].lastIndexOf(sec[2]);
    section = {
      range: { start: { line, character: sectionAt }, end: { line, character: sectionAt + sec[0].length } },
      number: valuedSpan(ctx.span(line, numberAt, numberAt + sec[1].length), +sec[1]),
      total: valuedSpan(ctx.span(line, totalAt, totalAt + sec[2].length), +sec[2]),
    };
  }
  let post: Span | undefined;
  let serial: Span | undefined;
  if (ps) {
    const postStart = postAt + ps[0].indexOf(ps[1]);
    post = ctx.span(line, postStart, postStart + ps[1].length);
    const serialAt = postStart + ps[0].slice(ps[0].indexOf(ps[1])).indexOf(ps[2], ps[1].length);
    serial = ctx.span(line, serialAt, serialAt + ps[2].length);
  }
  const whole = ctx.span(line, start, end);
  // Spelled out rather than `{ ...span, levelText, ... }`: V8 (Node 20) builds an object spread
  // followed by more properties on a slow path, several microseconds each.
  return {
    text: whole.text,
    range: whole.range,
    levelText: ctx.span(line, start, layout.levelEnd),
    level,
    captions,
    section,
    post,
    serial,
  };
}
