// The header fields: E.O., TAGS, SUBJECT, REF and Classified By, which may share a line or wrap.
import { isLetterCode, isSpaceCode, upperLetterCode } from '../../text/chars';
import { Position } from '../../text/types';
import { ClassifiedBy, EoLine, EveryKey, RefItem, Span, SubjectField, TagsField } from '../cable';
import { parsePortionMark } from '../levels';
import { ParseContext } from './context';

export type FieldKind = 'eo' | 'tags' | 'subject' | 'ref' | 'classifiedBy';

export interface FieldStart {
  kind: FieldKind;
  /** Where the keyword starts. */
  at: number;
  /** Where the content starts (after keyword, colon and spaces). */
  contentAt: number;
}

// Field keywords. Each is anchored on a non-letter before it so words like "PROTAGS" do not count.
const KEYWORDS: Array<[FieldKind, RegExp]> = [
  // Older cables may name the level, even the whole-text marking: `CLASSIFIED CONFIDENTIAL ENTIRE TEXT BY:`.
  ['classifiedBy', /(?<![A-Za-z])CLASSIFIED\s{1,3}(?:(?:CONFIDENTIAL|SECRET|TOP SECRET)\s{1,3}(?:ENTIRE\s{1,3}TEXT\s{1,3})?)?BY(?![A-Za-z])\s*:?\s*/gi],
  // `E.O. 12958:`, `EO 12958`, `E.O.12958`, `E.O.  12958`, `E.O.: 12356`, `E.o. 12958`. A semicolon
  // typed for the colon (`E.O. 12958; N/A`) ends the keyword too, or the instruction would start with it.
  // A line still being typed (`E.O.`, `E.O. 129`) is the E.O. line too: eo-format says what it lacks.
  ['eo', /(?<![A-Za-z])(?:E\.\s?[Oo0]\.?|EO)\s{0,3}:?\s{0,3}\d{5}(?!\d)(?:;|\s*:?)\s*|(?<![A-Za-z])E\.\s?O\.\s{0,3}(?=DECL\b)|^[ \t]*E\.\s?O\.[ \t]{0,3}\d{0,4}[ \t]*$/g],
  ['tags', /(?<![A-Za-z])TAGS(?![A-Za-z])\s*:?\s*/gi],
  // With a colon also in mixed and lower case (`Subject:`, `subj:`), as lowercased releases have it.
  ['subject', /(?<![A-Za-z])(?:SUBJECT|SUBJ|Subject|Subj|subject|subj)\s*:\s*|^\s*(?:SUBJECT|SUBJ)\s+(?=\S)/g],
  // With a full stop before the colon too (`REFS.:`). Without a colon at the line start before an
  // item letter: `REF A. STATE 1`, `REF A: STATE 1  REF B: ROME 2`.
  ['ref', /(?<![A-Za-z])(?:REFS?|REFTELS?|REFERENCES?)\.?\s*:\s*|^\s*REFS?\s+(?=\(?[A-Z][.)]\s|[A-Z]:\s)/gi],
];

/**
 * Which keyword patterns can match: each needs its word, E.O. its capitals `E.` or `EO`, and every
 * match but the `^\s*SUBJ`/`^\s*REF` forms (at 0 only) starts where its word does. One scan finds
 * the words, so only the patterns whose word is there run, and each stops after the last place its
 * word stands (the patterns test a lookbehind at every position they try). The scan ignores case, so
 * `e.`/`eo` are found and dropped. Matches only overlap in `TAGSUBJ`, where SUBJ follows a letter
 * and its pattern cannot match; a skipped `e.`/`eo` cannot hide a word, as none starts with `.` or `O`.
 */
const KEYWORD_WORDS = /classified|tags|subj|ref|e\.|eo/gi;

/** Per KEYWORDS entry, where keywordMask last found its word: read only for the bits it set. */
const lastWordAt = [-1, -1, -1, -1, -1];

/** The KEYWORDS index the word belongs to, or -1 (a lower-case `e.`/`eo`). */
function wordKind(word: string): number {
  const c = word.charCodeAt(0) | 32;
  // c(lassified) 0, E.O. 1, t(ags) 2, s(ubj) 3, r(ef) 4: KEYWORDS' order.
  if (c === 101) return word === 'E.' || word === 'EO' ? 1 : -1;
  return c === 99 ? 0 : c === 116 ? 2 : c === 115 ? 3 : 4;
}

/** Bits (in KEYWORDS order) of the patterns whose word the line has; fills lastWordAt. */
function keywordMask(text: string): number {
  let mask = 0;
  KEYWORD_WORDS.lastIndex = 0;
  for (let m = KEYWORD_WORDS.exec(text); m; m = KEYWORD_WORDS.exec(text)) {
    const k = wordKind(m[0]);
    if (k < 0) continue;
    mask |= 1 << k;
    lastWordAt[k] = m.index;
  }
  return mask;
}

/** How many `\s` characters `text` has from `from`, up to `end` (what trimStart() would cut). */
function blanksFrom(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i - from;
}

function byPosition(a: FieldStart, b: FieldStart): number {
  return a.at - b.at;
}

/** Every field keyword on a line, in order. After `Classified By` the rest of the line is its text. */
export function findFieldStarts(text: string): FieldStart[] {
  const mask = keywordMask(text);
  if (mask === 0) return [];
  const found: FieldStart[] = [];
  for (let k = 0; k < KEYWORDS.length; k++) {
    if ((mask & (1 << k)) === 0) continue;
    const [kind, re] = KEYWORDS[k];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const length = m[0].length;
      found.push({ kind, at: m.index + blanksFrom(text, m.index, m.index + length), contentAt: m.index + length });
      if (length === 0) re.lastIndex++;
      // Another match would start at a later place of the word.
      if (re.lastIndex > lastWordAt[k]) break;
    }
  }
  if (found.length < 2) return found;
  found.sort(byPosition);
  // After SUBJECT, only keywords written with a colon start another field.
  let subject = 0;
  while (subject < found.length && found[subject].kind !== 'subject') subject++;
  if (subject < found.length) {
    let to = subject + 1;
    for (let i = subject + 1; i < found.length; i++) {
      const f = found[i];
      if (text.slice(f.at, f.contentAt).includes(':')) found[to++] = f;
    }
    found.length = to;
  }
  let count = 0;
  while (count < found.length && found[count].kind !== 'classifiedBy') count++;
  if (count < found.length) count++;
  // A field's own content cannot start another field of the same kind on the same line; nor can a
  // REF list restate its keyword (`REF: A. REF: (A) SANTO DOMINGO 5088`, a release artifact).
  const kept: FieldStart[] = [found[0]];
  let refBefore = found[0].kind === 'ref';
  for (let i = 1; i < count; i++) {
    const f = found[i];
    if (f.at >= found[i - 1].contentAt && !(f.kind === 'ref' && refBefore)) kept.push(f);
    if (f.kind === 'ref') refBefore = true;
  }
  return kept;
}

/** A field's content on one line: from contentAt up to `end`. */
export interface Piece {
  line: number;
  start: number;
  end: number;
}

function pieceText(ctx: ParseContext, p: Piece): string {
  return ctx.lines[p.line].slice(p.start, p.end);
}

/** The piece without the blanks at its ends: as if its text were cut out and trimmed, found in place. */
function trimPiece(ctx: ParseContext, p: Piece): Piece {
  const text = ctx.lines[p.line];
  // The bounds slice(p.start, p.end) would cut.
  const sliceStart = Math.min(p.start, text.length);
  const sliceEnd = Math.max(sliceStart, Math.min(p.end, text.length));
  const [from, to] = trimmedBounds(text, sliceStart, sliceEnd);
  // trimStart() and trimEnd() each remove the whole of a blank text.
  const blank = from === to;
  const lead = blank ? sliceEnd - sliceStart : from - sliceStart;
  const trail = blank ? sliceEnd - sliceStart : sliceEnd - to;
  return { line: p.line, start: p.start + lead, end: Math.max(p.start + lead, p.end - trail) };
}

/**
 * Where `text.slice(start, end).trim()` begins and ends in `text` (a blank slice gives its end
 * twice), without cutting: trim() and `\s` skip the same characters.
 */
function trimmedBounds(text: string, start: number, end: number): [number, number] {
  let to = Math.min(end, text.length);
  let from = Math.min(start, to);
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

/**
 * `text` without trailing blanks or `chars`. A scan: `/[...\s]+$/` retries from every blank of a
 * long run that does not end the text, which is quadratic.
 */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]) || isSpaceCode(text.charCodeAt(end - 1)))) end--;
  return text.slice(0, end);
}

// Sticky: read where the keyword starts. Fewer digits only end a half-typed line (`E.O. 129`).
const EO_HEAD = /(E\.\s?[Oo0]\.?|EO)\s{0,3}:?\s{0,3}(\d{5}|\d{1,4}(?=[ \t]*$))?/y;

export function parseEo(ctx: ParseContext, line: number, at: number, contentAt: number, end: number): EoLine {
  const text = ctx.lines[line];
  EO_HEAD.lastIndex = at;
  const head = EO_HEAD.exec(text)!;
  const keyword = ctx.span(line, at, at + head[1].length);
  // The order number may be left out (`E.O. DECL.: 05/29/2000`); eo-format reports that.
  const orderAt = head[2] ? at + head[0].length - head[2].length : -1;
  const orderEnd = orderAt >= 0 ? orderAt + head[2].length : -1;
  const order = orderAt >= 0 ? ctx.span(line, orderAt, orderEnd) : undefined;
  const colon = hasColonBetween(text, orderAt >= 0 ? orderEnd : keyword.range.end.character, contentAt);
  const eo: EveryKey<EoLine> = { range: { start: { line, character: at }, end: { line, character: end } }, keyword, order, colon, decl: undefined, notApplicable: undefined };
  const content = trimPiece(ctx, { line, start: contentAt, end });
  let rest = pieceText(ctx, content);
  let restAt = content.start;
  const decl = /^DECL\b\.?\s*:?\s*/i.exec(rest);
  if (decl) {
    restAt += decl[0].length;
    rest = rest.slice(decl[0].length);
  }
  const value = trimEndOf(rest, ';,.');
  if (!decl && /^N\/?A\b/i.test(value)) {
    eo.notApplicable = ctx.span(line, restAt, restAt + value.length);
  } else if (value) {
    eo.decl = ctx.span(line, restAt, restAt + value.length);
  }
  eo.range.end.character = Math.max(content.end, at + head[0].length);
  return eo;
}

/** Splits TAGS content: on commas when there are any (tokens may then hold spaces), else on spaces. */
export function tagTokens(ctx: ParseContext, piece: Piece): Span[] {
  const text = ctx.lines[piece.line];
  let depth = 0;
  let hasComma = false;
  // Character codes: ( 40, ) 41, comma 44, ; 59, space 32, tab 9.
  for (let i = piece.start; i < piece.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if ((c === 44 || c === 59) && depth === 0) hasComma = true;
  }
  const tokens: Span[] = [];
  let start = -1;
  depth = 0;
  for (let i = piece.start; i < piece.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    const separator = depth === 0 && (c === 44 || c === 59 || (!hasComma && (c === 32 || c === 9)));
    if (separator) {
      if (start >= 0) pushTagToken(ctx, piece.line, text, start, i, tokens);
      start = -1;
    } else if (start < 0 && c !== 32 && c !== 9) start = i;
  }
  if (start >= 0) pushTagToken(ctx, piece.line, text, start, piece.end, tokens);
  return tokens;
}

/**
 * A person tag's parenthetical wrapped onto the next line (`PREL, (EL-` / `SAYED, RABEI ET AL)`):
 * the text up to its `)` joins the last token, so the name's words are not read as tags. Returns
 * the rest of the piece. A line without `)` is left alone: it holds tags of its own.
 */
function closeWrappedParenthetical(ctx: ParseContext, piece: Piece, tokens: Span[]): Piece {
  const text = ctx.lines[piece.line];
  const close = text.indexOf(')', piece.start);
  if (close < 0 || close >= piece.end) return piece;
  const last = tokens[tokens.length - 1];
  const [from] = trimmedBounds(text, piece.start, close);
  tokens[tokens.length - 1] = { text: `${last.text} ${text.slice(from, close + 1)}`, range: { start: last.range.start, end: { line: piece.line, character: close + 1 } } };
  return { line: piece.line, start: close + 1, end: piece.end };
}

/** Whether the piece ends inside a parenthesis; a scan only on pieces holding a `(`. */
function leavesParenthesisOpen(text: string, piece: Piece): boolean {
  const open = text.indexOf('(', piece.start);
  if (open < 0 || open >= piece.end) return false;
  let depth = 0;
  for (let i = open; i < piece.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** The token `text.slice(start, end)` trimmed, unless that is empty or a lone `-`. */
function pushTagToken(ctx: ParseContext, line: number, text: string, start: number, end: number, tokens: Span[]): void {
  const [from, to] = trimmedBounds(text, start, end);
  if (from < to && !(to - from === 1 && text.charCodeAt(from) === 45 /* - */)) tokens.push(ctx.span(line, from, to));
}

export function buildTags(ctx: ParseContext, keyword: Span, pieces: Piece[]): TagsField {
  // A loop, not pieces.flatMap: V8 (Node 20) runs flatMap ten times slower.
  const tokens: Span[] = [];
  let open = false;
  for (let piece of pieces) {
    if (open && tokens.length) piece = closeWrappedParenthetical(ctx, piece, tokens);
    for (const token of tagTokens(ctx, piece)) tokens.push(token);
    open = leavesParenthesisOpen(ctx.lines[piece.line], piece);
  }
  const last = pieces[pieces.length - 1];
  const end = tokens.length ? tokens[tokens.length - 1].range.end : { line: keyword.range.end.line, character: Math.max(keyword.range.end.character, last.start) };
  const colon = hasColonBetween(ctx.lines[keyword.range.start.line], keyword.range.end.character, pieces[0].start);
  return { range: { start: keyword.range.start, end }, keyword, colon, tokens };
}

export function buildSubject(ctx: ParseContext, keyword: Span, pieces: Piece[]): SubjectField {
  let first: Piece | undefined;
  let last: Piece | undefined;
  let text = '';
  for (const piece of pieces) {
    const p = trimPiece(ctx, piece);
    if (p.end <= p.start) continue;
    text = last ? text + ' ' + pieceText(ctx, p) : pieceText(ctx, p);
    if (!first) first = p;
    last = p;
  }
  const field: EveryKey<SubjectField> = {
    range: { start: keyword.range.start, end: last ? { line: last.line, character: last.end } : keyword.range.end },
    keyword,
    text,
    textRange: first && last ? { start: { line: first.line, character: first.start }, end: { line: last.line, character: last.end } } : keyword.range,
    mark: undefined, // set below when the subject opens with one
  };
  if (first) {
    const mark = parsePortionMark(pieceText(ctx, first));
    if (mark) {
      // Spelled out, not `{ ...mark.mark, range }`: V8 (Node 20) builds that on a slow path.
      const { raw, level, caveats, canonical, wellFormed, qualifier } = mark.mark;
      const range = { start: { line: first.line, character: first.start }, end: { line: first.line, character: first.start + mark.length } };
      field.mark = { raw, level, caveats, canonical, wellFormed, qualifier, range };
    }
  }
  return field;
}

// An item letter: `A.`, `A)`, `(A)`, `A:`, `A.)`, lower case `(a)`, `a)`, `a.`, optionally after a pilcrow
// (a rendering artifact); the parenthesised forms may be glued to the item (`A)ZAGREB 1588`), and
// `D.` to a two-digit year (`D.01 BRASILIA 3714`), not to other digits (`PARA C.1`) or a word (`D.C.`).
// `(?:(?<!\s\s)|(?!\s))`: no attempt from inside a blank run (the attempt at its start covers it), which kept long runs quadratic.
const ITEM_LETTER = /(?:^|(?<=[\s,;\u00b6]))(?:(?<!\s\s)|(?!\s))\u00b6?\s*(?:\(([A-Za-z])\)|([A-Z])\.?\)|([A-Z])[.:]|([a-z])[.)])(?:(?=\s|$)|(?<=\))(?=[A-Z0-9])|(?<=[A-Z]\.)(?=\d\d\s))/g;

const CABLE_LETTER_AFTER = /^(\s+(?:REF(?:TEL)?S?:\s*)?)(?:\([A-Za-z]\)|[A-Z]\.?\)|[a-z]\))|^(\s+REF\s+)[A-Z]:/;

/** `text.slice(from, to).includes(':')`, without cutting. */
function hasColonBetween(text: string, from: number, to: number): boolean {
  const at = text.indexOf(':', from);
  return at >= 0 && at < Math.min(to, text.length);
}

/**
 * The next ITEM_LETTER match from `from`. Every match holds a `.`, `)` or `:` after the letter, so
 * without one left on the line the pattern (which tests lookbehinds at each position) is not run:
 * the usual last try on a line such as `A. STATE 12345`.
 */
function nextItemLetter(text: string, from: number): RegExpExecArray | null {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 41 || c === 58) break;
  }
  if (i >= text.length) return null;
  ITEM_LETTER.lastIndex = from;
  return ITEM_LETTER.exec(text);
}

/** Whether `text` from `from` to `to` holds only `\s` (what trim() would empty). */
function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** `/[A-Z]\.$/` on the match `text.slice(at, end)`: a release's item letter such as `B.`. */
function endsWithCapitalDot(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(end - 2);
  return end - at >= 2 && text.charCodeAt(end - 1) === 46 && c >= 65 && c <= 90;
}

/** Where the item letter (or its opening parenthesis) starts in the ITEM_LETTER match at `at`. */
function letterStart(text: string, at: number): number {
  for (let i = at; ; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return i;
  }
}

/** Where a `REF` word standing right before `at` (after `from`, then blanks) starts, else `at`. */
function restatedKeywordAt(text: string, from: number, at: number): number {
  let end = at;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const start = end - 3;
  if (end === at || start < from || (start > from && isLetterCode(text.charCodeAt(start - 1)))) return at;
  // Lower-cased: r, e, f.
  return (text.charCodeAt(start) | 32) === 114 && (text.charCodeAt(start + 1) | 32) === 101 && (text.charCodeAt(start + 2) | 32) === 102 ? start : at;
}

interface RefItemDraft {
  letter?: Span;
  start: { line: number; character: number };
  parts: Piece[];
}

// A first item letter other than A, without a stop, then B lettered later on the line: `Q MOGADISHU 8622; B) ...`.
const GARBLED_FIRST_LETTER = /^\s*[B-Z](?=\s)(?=.*?[\s;,]\(?B[.)]\s)/;

/** Where the first piece's garbled first letter (GARBLED_FIRST_LETTER) stands, or -1. */
function garbledFirstLetterAt(text: string, piece: Piece): number {
  const m = GARBLED_FIRST_LETTER.exec(text.slice(piece.start, piece.end));
  return m ? piece.start + m[0].length - 1 : -1;
}

/**
 * Splits REF content into items. Mid-line, only the next letter in sequence starts an item, so
 * `U.S.` does not; after a first letter other than A (a garbled A, `Q. STATE 1234`), B does too.
 */
export function buildRefItems(ctx: ParseContext, pieces: Piece[], idOf: (text: string) => string | null): RefItem[] {
  const items: RefItemDraft[] = [];
  let expected = 65; // A
  /** The first item's letter was not A: B may follow it. */
  let garbledFirst = false;
  for (const piece of pieces) {
    const text = ctx.lines[piece.line];
    let cursor = piece.start;
    const garbledAt = items.length ? -1 : garbledFirstLetterAt(text, piece);
    if (garbledAt >= 0) {
      items.push({ letter: ctx.span(piece.line, garbledAt, garbledAt + 1), start: { line: piece.line, character: garbledAt }, parts: [] });
      cursor = garbledAt + 1;
      expected = 66; // B
    }
    for (let m = nextItemLetter(text, cursor); m && m.index < piece.end; m = nextItemLetter(text, ITEM_LETTER.lastIndex)) {
      const letter = upperLetterCode((m[1] ?? m[2] ?? m[3] ?? m[4]).charCodeAt(0));
      const inSequence = letter === expected || (garbledFirst && letter === 66 && items.length === 1);
      if (!inSequence && !isBlankBetween(text, piece.start, m.index)) continue;
      const letterEnd = m.index + m[0].length;
      // CABLE_LETTER_AFTER needs a blank right after the match.
      const inner = endsWithCapitalDot(text, m.index, letterEnd) && letterEnd < piece.end && isSpaceCode(text.charCodeAt(letterEnd)) ? CABLE_LETTER_AFTER.exec(text.slice(letterEnd, piece.end)) : null;
      if (inner) {
        // A release's own lettering before the cable's (`B. C) ROME 12`, `A. (A) ...`, `A. REF A: ...`): the inner letter counts.
        if (items.length) items[items.length - 1].parts.push({ line: piece.line, start: cursor, end: m.index });
        cursor = letterEnd + (inner[1] ?? inner[2]).length;
        continue;
      }
      // `STATE 1  REF B: ROME 2`, `REF: REF A: ...`: a keyword restated before the letter belongs to no item.
      const partEnd = restatedKeywordAt(text, cursor, m.index);
      if (items.length) items[items.length - 1].parts.push({ line: piece.line, start: cursor, end: partEnd });
      else if (!isBlankBetween(text, cursor, partEnd)) items.push({ letter: undefined, start: { line: piece.line, character: cursor }, parts: [{ line: piece.line, start: cursor, end: partEnd }] });
      const letterAt = letterStart(text, m.index);
      garbledFirst = !items.length && letter !== 65;
      items.push({ letter: ctx.span(piece.line, letterAt, letterEnd), start: { line: piece.line, character: letterAt }, parts: [] });
      cursor = letterEnd;
      expected = letter + 1;
    }
    if (!items.length) items.push({ letter: undefined, start: { line: piece.line, character: cursor }, parts: [] });
    items[items.length - 1].parts.push({ line: piece.line, start: cursor, end: piece.end });
  }
  const result: RefItem[] = [];
  for (const item of items) {
    let joined = '';
    let last: Piece | undefined;
    for (const part of item.parts) {
      const p = trimPiece(ctx, part);
      if (p.end <= p.start) continue;
      joined = last ? joined + ' ' + pieceText(ctx, p) : pieceText(ctx, p);
      last = p;
    }
    // A keyword line with nothing after it (`REFS:` over lettered items) starts no item of its own.
    if (!item.letter && !last) continue;
    const text = trimEndOf(joined, '\u00b6');
    const end = last ? { line: last.line, character: last.end } : item.letter ? item.letter.range.end : item.start;
    result.push({ range: { start: item.start, end }, letter: item.letter, text, id: idOf(text) });
  }
  return result;
}

// `1.4`, `1.5`, also split over a line break (`1` / `.5`) as wrapped cables have it.
const REASON_SECTION = /(?<![\d.])1\s{0,3}\.\s{0,3}([3-6])(?!\d)/g;
// One step through a reason-letter list after the section, in any separator style: `(b) and (d)`,
// `(b,d)`, `b/d`, `(B & D)`, `(b)(d)`, and `and` broken by a wrap (`a nd`, `an d`). The list ends
// at the first other word or punctuation, so `(d). 1. (C) Summary` and `of E.O. 12958` add nothing;
// a period is read only right after the section (`1.5. (B)`) and inside parentheses (`(B.)`).
const REASON_LIST_STEP = /\s+|[(),/&;:]|\.(?=\))|(?:and|or|a\s{1,3}nd|an\s{1,3}d)(?![a-z])|([a-z])(?![a-z0-9])/iy;

/**
 * The next REASON_SECTION match from `from`. Every match starts at a `1`, so the pattern (whose
 * lookbehind is tested at each position it tries) starts at the next one; exec, not matchAll,
 * which copies the pattern on every call.
 */
function nextReasonSection(text: string, from: number): RegExpExecArray | null {
  const one = text.indexOf('1', from);
  if (one < 0) return null;
  REASON_SECTION.lastIndex = one;
  return REASON_SECTION.exec(text);
}

/** A field's text over its lines joined with "\n", and where each piece came from (a class, not per-cable closures: see BodyLoop in body.ts). */
class JoinedPieces {
  readonly joined: string;
  private readonly origins: Array<{ at: number; piece: Piece }> = [];

  constructor(ctx: ParseContext, pieces: Piece[]) {
    let joined = '';
    for (const piece of pieces) {
      if (this.origins.length) joined += '\n';
      this.origins.push({ at: joined.length, piece });
      joined += ctx.lines[piece.line].slice(piece.start, piece.end);
    }
    this.joined = joined;
  }

  position(offset: number, isEnd = false): Position {
    const origins = this.origins;
    // The last piece starting before the offset (at or before it for a start).
    let k = origins.length - 1;
    while (k > 0 && !(isEnd ? origins[k].at < offset : origins[k].at <= offset)) k--;
    const o = origins[k];
    return { line: o.piece.line, character: o.piece.start + offset - o.at };
  }

  spanOf(from: number, to: number): Span {
    return { text: this.joined.slice(from, to), range: { start: this.position(from), end: this.position(to, true) } };
  }

  /** The reason letters listed from `from`: `(B) AND (D)`, `B, D`. */
  lettersAfter(from: number): Span[] {
    const joined = this.joined;
    const letters: Span[] = [];
    REASON_LIST_STEP.lastIndex = joined[from] === '.' ? from + 1 : from;
    for (let m = REASON_LIST_STEP.exec(joined); m && m[0]; m = REASON_LIST_STEP.exec(joined)) {
      if (m[1]) letters.push(this.spanOf(m.index, m.index + 1));
    }
    return letters;
  }
}

export function buildClassifiedBy(ctx: ParseContext, keyword: Span, pieces: Piece[]): ClassifiedBy {
  const result: EveryKey<ClassifiedBy> = { range: keyword.range, keyword, letters: [], section: undefined };
  const text = new JoinedPieces(ctx, pieces);
  const joined = text.joined;
  // The first section followed by letters (`1.5(B) AND (D). EXEMPTION: 1.6X6` cites 1.5), else the first.
  let chosen: { section: Span; letters: Span[] } | undefined;
  for (let m = nextReasonSection(joined, 0); m; m = nextReasonSection(joined, REASON_SECTION.lastIndex)) {
    const candidate = { section: text.spanOf(m.index, m.index + m[0].length), letters: text.lettersAfter(m.index + m[0].length) };
    if (!chosen) chosen = candidate;
    if (candidate.letters.length) {
      chosen = candidate;
      break;
    }
  }
  if (chosen) {
    result.section = chosen.section;
    result.letters = chosen.letters;
  }
  const last = trimPiece(ctx, pieces[pieces.length - 1]);
  // The keyword's end only counts on its own line: a wrapped field ends where its last line does.
  const endCharacter = last.line === keyword.range.end.line ? Math.max(last.end, keyword.range.end.character) : last.end;
  result.range = { start: keyword.range.start, end: { line: last.line, character: endCharacter } };
  return result;
}
