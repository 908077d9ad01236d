// The classification line: `C O N F I D E N T I A L SECTION 01 OF 04 PANAMA 001700`.
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
const BANNER_CAPTION = /^(?:E ?F ?T ?O|SENSITIVE|NOFORN|SIPDIS|EXDIS|NODIS|LIMDIS|STADIS|LIMITED OFFICIAL USE)\b/i;
const SECTION = /^SECTION\s+(\d{1,3})\s+OF\s+(\d{1,3})\b/i;
// Post and serial, optionally after the year (`75 LIBREVILLE 1895`) and before a TOSEC number.
const POST_SERIAL = /^(?:\d{2} +)?([A-Z][A-Z.'/-]*(?: [A-Z][A-Z.'/-]*){0,4}) +(\d{1,7})(?![\d/])(?: +TOSEC +\d{1,7})?/;
const POST_SERIAL_ANY_CASE = new RegExp(POST_SERIAL.source, 'i');

/**
 * Where a level word ends when the letters from `from` spell it, allowing letter-spacing,
 * irregular spacing and one slip of the keys: a doubled letter (`SS E C R E T`, `UUNCLAS`) or, in
 * longer words, a dropped one (`NCLAS`). Returns -1 when they do not.
 */
function matchSpacedWord(text: string, from: number, word: string): number {
  let w = 0;
  let i = from;
  let slipped = false;
  let last = '';
  while (i < text.length && w < word.length) {
    const c = text[i].toUpperCase();
    if (c === ' ' && w > 0) {
      i++;
      continue;
    }
    if (c === word[w]) {
      last = c;
      w++;
      i++;
    } else if (!slipped && c === last) {
      slipped = true;
      i++;
    } else if (!slipped && word.length >= 6 && c === word[w + 1]) {
      slipped = true;
      w++;
    } else {
      return -1;
    }
  }
  if (w < word.length) return -1;
  // The word must end here: `SECRETARY` is not a banner.
  return i < text.length && /[A-Za-z]/.test(text[i]) ? -1 : i;
}

function matchLevel(text: string, from: number): { level: Level; end: number } | undefined {
  const rest = text.slice(from);
  const lou = /^LIMITED OFFICIAL USE(?![A-Za-z])/i.exec(rest);
  if (lou) return { level: 'LOU', end: from + lou[0].length };
  for (const [word, level] of SPACED_LEVELS) {
    const end = matchSpacedWord(text, from, word);
    if (end >= 0) return { level, end };
  }
  return undefined;
}

export interface BannerOptions {
  /** In the body only full section banners (`... SECTION nn OF mm POST SERIAL`) count. */
  requireSection: boolean;
}

/**
 * Whether a level word can start with this character (matchLevel upper-cases it, and `ſ` upper-cases
 * to S): UNTOCSE are the first or, after one dropped letter, second letters of the words, L of LOU.
 */
function mayStartLevel(c: number): boolean {
  const upper = c >= 97 && c <= 122 ? c - 32 : c;
  return upper === 85 || upper === 78 || upper === 84 || upper === 79 || upper === 67 || upper === 83 || upper === 69 || upper === 76 || c === 0x17f;
}

export function parseBanner(ctx: ParseContext, line: number, options: BannerOptions): Banner | undefined {
  const text = ctx.lines[line];
  const start = indentOf(text);
  // Cheap refusals first: the body asks this of every line.
  if (!mayStartLevel(text.charCodeAt(start)) || (options.requireSection && !/SECTION/i.test(text))) return undefined;
  const lv = matchLevel(text, start);
  if (!lv) return undefined;
  let level = lv.level;
  const captions: Span[] = [];
  let i = lv.end;
  const skipSpaces = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  skipSpaces();
  for (let m = BANNER_CAPTION.exec(text.slice(i)); m; m = BANNER_CAPTION.exec(text.slice(i))) {
    captions.push(ctx.span(line, i, i + m[0].length));
    if (level === 'U' && /^SENSITIVE$/i.test(m[0])) level = 'SBU';
    i += m[0].length;
    skipSpaces();
  }
  let section: Banner['section'];
  const sec = SECTION.exec(text.slice(i));
  if (sec) {
    const numberAt = i + sec[0].indexOf(sec[1]);
    const totalAt = i + sec[0].lastIndexOf(sec[2]);
    section = {
      range: { start: { line, character: i }, end: { line, character: i + sec[0].length } },
      number: { ...ctx.span(line, numberAt, numberAt + sec[1].length), value: +sec[1] },
      total: { ...ctx.span(line, totalAt, totalAt + sec[2].length), value: +sec[2] },
    };
    i += sec[0].length;
    skipSpaces();
  }
  if (options.requireSection && !section) return undefined;
  let post: Span | undefined;
  let serial: Span | undefined;
  // Some releases lowercase the whole banner (`S e c r e t nairobi 001829`); only a letter-spaced
  // level makes that safe to read as a banner rather than prose.
  const letterSpaced = /^\S \S \S/.test(text.slice(start, lv.end));
  const ps = (letterSpaced ? POST_SERIAL_ANY_CASE : POST_SERIAL).exec(text.slice(i));
  if (ps) {
    const postAt = i + ps[0].indexOf(ps[1]);
    post = ctx.span(line, postAt, postAt + ps[1].length);
    const serialAt = postAt + ps[0].slice(ps[0].indexOf(ps[1])).indexOf(ps[2], ps[1].length);
    serial = ctx.span(line, serialAt, serialAt + ps[2].length);
    i += ps[0].length;
    skipSpaces();
  }
  // What is left may only be captions (`SIPDIS NOFORN`); anything else means this is prose.
  const rest = text.slice(i).trim();
  if (rest && !/^(?:(?:SIPDIS|NOFORN|EXDIS|NODIS|LIMDIS|SENSITIVE|E F T O|EFTO|CORRECTED COPY)\b[ ,]*)+$/i.test(rest)) {
    return undefined;
  }
  if (!section && !post && captions.length === 0 && text.length - start > 40) return undefined;
  const end = text.trimEnd().length;
  return {
    ...ctx.span(line, start, end),
    levelText: ctx.span(line, start, lv.end),
    level,
    captions,
    section,
    post,
    serial,
  };
}
