// The header block between the routing lines and the body: banner, captions, addressee
// lines and the header fields. Later sections may repeat part of it after their banner.
import { firstNonSpace, isSpaceCode, trimmedEnd, upperLetterCode } from '../../text/chars';
import { Banner, CableModel, Span } from '../cable';
import { Level } from '../levels';
import { parseBanner } from './banner';
import { indentOf, isBlankText, ParseContext } from './context';
import { buildClassifiedBy, buildRefItems, buildSubject, buildTags, FieldKind, FieldStart, findFieldStarts, parseEo, Piece } from './fields';
import { isPreambleLine } from './preamble';
import { captionNames, captionsAfterLevel, isPageBreakLine, isUnderline, LONE_LEVEL, matchParagraphStart, mayBeLoneLevel, mayBePageArtifact, PAGE_ARTIFACT } from './lineKinds';

interface OpenField {
  kind: FieldKind;
  keyword: Span;
  pieces: Piece[];
  /** REF lists: the highest item letter's code in the pieces read so far, and how many were read. */
  highestLetter: number;
  lettersRead: number;
}

// Pre-1996 whole-text marking, in the header or (mostly) as paragraph 1: `1.  C - ENTIRE TEXT.`
const ENTIRE_TEXT = /^\s*(UNCLASSIFIED|LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET|TOP SECRET|SENSITIVE BUT UNCLASSIFIED|C O N F I D E N T I A L|S E C R E T|[UCS])\s*-+\s*ENTIRE TEXT\b/i;
/** `1.  CLASSIFIED CONFIDENTIAL ENTIRE TEXT BY:`: the whole-text marking run into the Classified By line. */
const CLASSIFIED_ENTIRE_TEXT = /^(CLASSIFIED\s+(CONFIDENTIAL|SECRET|TOP SECRET)\s+ENTIRE\s+TEXT)\s+BY\b/i;
/** What follows a paragraph mark that marks the whole text. */
const MARKED_ENTIRE_TEXT = /^(?:-+[ \t]*)?ENTIRE TEXT\b/i;
const ENTIRE_TEXT_LEVELS: Record<string, Level> = {
  U: 'U', UNCLASSIFIED: 'U', SENSITIVEBUTUNCLASSIFIED: 'SBU', LIMITEDOFFICIALUSE: 'LOU',
  C: 'C', CONFIDENTIAL: 'C', S: 'S', SECRET: 'S', TOPSECRET: 'TS',
};

/**
 * `{ ...span, level }`, spelled out: V8 (Node 20) builds an object spread followed by more
 * properties on a slow path, several microseconds each. The same keys in the same order.
 */
function levelledSpan(span: Span, level: Level): Span & { level: Level } {
  return { text: span.text, range: span.range, level };
}

/**
 * Whether the line can hold ENTIRE_TEXT from `from`: after the blanks a level's first letter, then
 * its second (n, i, o, e), a letter-spacing blank or the dash after a lone letter; and a dash later.
 */
function mayBeEntireText(line: string, from: number): boolean {
  let i = from;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  // Lower-cased: u, l, c, s, t (only these letters give these codes).
  const c = line.charCodeAt(i) | 32;
  if (c !== 117 && c !== 108 && c !== 99 && c !== 115 && c !== 116) return false;
  const next = line.charCodeAt(i + 1);
  const d = next | 32;
  return (d === 110 || d === 105 || d === 111 || d === 101 || next === 45 || isSpaceCode(next)) && line.indexOf('-', i) >= 0;
}

function matchEntireText(ctx: ParseContext, line: number, from: number): (Span & { level: Level }) | undefined {
  if (!mayBeEntireText(ctx.lines[line], from)) return undefined;
  const text = ctx.lines[line].slice(from);
  const m = ENTIRE_TEXT.exec(text);
  if (!m) return undefined;
  const at = from + indentOf(text);
  return levelledSpan(ctx.span(line, at, from + m[0].length), ENTIRE_TEXT_LEVELS[m[1].toUpperCase().replace(/\s+/g, '')]);
}

/**
 * The whole-text marking written as the first numbered paragraph, when the header has none. Text
 * the header left unread may stand before it (a repeated `CLASSIFIED BY:` line, 04QUEBEC80).
 */
export function findEntireTextParagraph(ctx: ParseContext, model: CableModel): void {
  const first = model.entireText ? undefined : model.paragraphs.find((p) => !p.quoted && p.number);
  if (!first) return;
  const line = first.start.end.line;
  const at = first.start.end.character;
  // `1. (C) ENTIRE TEXT.`, `1. (C) - ENTIRE TEXT.`: the mark gives the level.
  const mark = first.mark;
  const marked = mark ? MARKED_ENTIRE_TEXT.exec(ctx.lines[line].slice(at)) : null;
  if (mark && marked) {
    model.entireText = levelledSpan(ctx.span(line, mark.range.start.character, at + marked[0].length), mark.level);
    return;
  }
  model.entireText = matchEntireText(ctx, line, at) ?? matchClassifiedEntireText(ctx, line, at);
}

/** `CLASSIFIED CONFIDENTIAL ENTIRE TEXT BY:` read as a Classified By keyword also marks the whole text. */
function markedByKeyword(ctx: ParseContext, model: CableModel, keyword: Span): void {
  if (!model.entireText) model.entireText = matchClassifiedEntireText(ctx, keyword.range.start.line, keyword.range.start.character);
}

function matchClassifiedEntireText(ctx: ParseContext, line: number, at: number): (Span & { level: Level }) | undefined {
  const text = ctx.lines[line];
  // Most first paragraphs start otherwise: a character test before the pattern.
  if ((text.charCodeAt(at) | 32) !== 99 /* c */) return undefined;
  const m = CLASSIFIED_ENTIRE_TEXT.exec(text.slice(at));
  if (!m) return undefined;
  return levelledSpan(ctx.span(line, at, at + m[1].length), ENTIRE_TEXT_LEVELS[m[2].toUpperCase().replace(/\s+/g, '')]);
}

// Lowercased releases write TAGS in lower case too (`etra, mnuc, marr`).
const TAG_LINE = /^[\sA-Z0-9,;()/.&'-]+$/i;
// `A. STATE 1`, `(B) ROME 2`, `C: LAGOS 3`, and glued `A)ZAGREB 1588` / `(A)STATE 71143` / `D.01 ROME 3714`.
// `^\s*(?:\u00b6\s*)?` is `^\s*\u00b6?\s*` without two adjacent blank runs to split (quadratic on a long blank line).
const REF_ITEM_LINE = /^\s*(?:\u00b6\s*)?(?:(?:\([A-Za-z]\)|[A-Z]\.?\)|[A-Z][.:]|[a-z][.)])\s|(?:\([A-Za-z]\)|[A-Z]\.?\)|[a-z]\))(?=[A-Z0-9])|[A-Z]\.(?=\d\d\s))/;
/** An item letter in a REF list's text (`A.`, `(b)`, `C:`). */
const REF_LIST_LETTER = /(?:^|[\s,;\u00b6(])([A-Za-z])[.):]/g;
/**
 * A REF list written without its keyword, its first item lettered A and naming a cable by post and
 * number (`A) TAIPEI 03145 B) TAIPEI 02673`, `A. 03 STATE 1234`). Only asked right under the SUBJECT.
 */
const UNLABELLED_REF_LIST = /^\s*\(?A[.)]\s+(?:\d{2}\s+)?[A-Z]{2,}(?: [A-Z]{2,}){0,3}\s+\d{2,7}(?![\d/])/;
const ADDRESSEE = /^[^a-z]{2,300}$/;
const MIXED_CASE_ADDRESSEE = /^[^.!?]{0,300}\b(?:FOR|PASS|ALSO)\b/i;
/** `C O R R E C T E D  C O P Y (ADDED INFO ADDEES)`, `CORRECTED COPY`: a note above the header fields. */
const CORRECTED_COPY = /^\s*C ?O ?R ?R ?E ?C ?T ?E ?D +C ?O ?P ?Y\b/;
/** How far ahead an E.O./TAGS/SUBJECT line makes the lines before it addressee lines. */
const ADDRESSEE_LOOKAHEAD = 8;
/** How far into the body a stray Classified By line is still looked for. */
export const LATE_CLASSIFIED_BY_LINES = 40;

export interface HeaderOptions {
  /** A later section's repeated header: its banner is already taken and REF/Classified By are not replaced. */
  repeat: boolean;
  idOf: (text: string) => string | null;
}

/** REF items wrap onto indented lines, sometimes after a blank line. */
function isIndented(text: string): boolean {
  return /^(?: {3,}|\t)\S/.test(text);
}

/**
 * Older cables lead continuation lines with a dash (`-     (C) ALEXANDRIA 43`, a lone `-` for a
 * blank line); in a REF list the dash stands for a blank, so the columns stay those of the line.
 */
function undashed(text: string): string {
  const at = indentOf(text);
  if (text.charCodeAt(at) !== 45 || (at + 1 < text.length && !isSpaceCode(text.charCodeAt(at + 1)))) return text;
  return text.slice(0, at) + ' ' + text.slice(at + 1);
}

/**
 * A Classified By line that stands after the header ended (inside paragraph 1, after a stray
 * line or page header): looked for near the start of the body when the header had none.
 */
export function findLateClassifiedBy(ctx: ParseContext, model: CableModel, from: number): void {
  if (model.classifiedBy) return;
  const limit = Math.min(ctx.lineCount, from + LATE_CLASSIFIED_BY_LINES);
  for (let line = from; line < limit; line++) {
    const text = ctx.lines[line];
    if (!/classified/i.test(text)) continue;
    const starts = findFieldStarts(text);
    const start = starts.find((s) => s.kind === 'classifiedBy');
    if (!start) continue;
    const lead = matchParagraphStart(text);
    const before = text.slice(lead ? lead.contentAt : 0, start.at);
    if (before.trim() && !/^\(?[A-Z]{1,3}\)?\s*$/.test(before.trim()) && !/ENTIRE TEXT\.?\s*$/i.test(before)) continue;
    const pieces: Piece[] = [{ line, start: start.contentAt, end: text.length }];
    for (let next = line + 1; next < limit && pieces.length < 3; next++) {
      const prev = ctx.lines[next - 1].trimEnd();
      const t = ctx.lines[next];
      if (isBlankText(t) || prev.endsWith('.') || matchParagraphStart(t)) break;
      pieces.push({ line: next, start: indentOf(t), end: t.length });
    }
    const keywordEnd = text.slice(start.at, start.contentAt).trimEnd().length + start.at;
    const keyword = ctx.span(line, start.at, keywordEnd);
    model.classifiedBy = buildClassifiedBy(ctx, keyword, pieces);
    markedByKeyword(ctx, model, keyword);
    return;
  }
}

/** Index of the first ASCII letter (the line has one). */
function firstLetter(text: string): number {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) break;
  }
  return i;
}

/**
 * mayBePageArtifact without scanning for the trimmed end when the line's last character is neither
 * blank nor a digit: then only the `PAGE` form can match. `lead` is the code at `first`.
 */
function mayBePageLine(text: string, first: number, lead: number): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (!isSpaceCode(last) && !(last >= 48 && last <= 57)) return lead === 80 /* P */ && text.startsWith('PAGE', first);
  return mayBePageArtifact(text, first, trimmedEnd(text));
}

/** `text.trim().length`, without cutting. */
function trimmedLength(text: string): number {
  return Math.max(0, trimmedEnd(text) - firstNonSpace(text));
}

/** The code of the last character of `text.slice(start, end).trimEnd()`, or -1 when that is empty. */
function lastCharOf(text: string, start: number, end: number): number {
  const from = Math.min(start, text.length);
  const to = trimmedEnd(text, from, Math.max(from, Math.min(end, text.length)));
  return to > from ? text.charCodeAt(to - 1) : -1;
}

/** Whether the line under the SUBJECT is a REF list without its keyword; `lead` is its first non-blank code. */
function startsUnlabelledRefList(model: CableModel, lead: number, text: string): boolean {
  return !model.refs && (lead === 65 || lead === 40 /* A or ( */) && UNLABELLED_REF_LIST.test(text);
}

/** A header field line comes within a few lines, with no paragraph start before it. */
function fieldFollows(ctx: ParseContext, from: number): boolean {
  let seen = 0;
  for (let line = from; line < ctx.lineCount && seen < ADDRESSEE_LOOKAHEAD; line++) {
    const text = ctx.lines[line];
    if (isBlankText(text)) continue;
    seen++;
    if (matchParagraphStart(text)) return false;
    const starts = findFieldStarts(text);
    if (starts.length && starts[0].kind !== 'classifiedBy') return true;
  }
  return false;
}

/** The header loop's open field and the steps that read it: methods, not per-cable closures (see BodyLoop in body.ts). */
class HeaderLoop {
  open: OpenField | undefined = undefined;

  constructor(
    readonly ctx: ParseContext,
    readonly model: CableModel,
    readonly options: HeaderOptions,
  ) {}

  close(): void {
    const open = this.open;
    if (!open) return;
    const { ctx, model } = this;
    const { kind, keyword, pieces } = open;
    this.open = undefined;
    if (kind === 'tags') model.tags.push(buildTags(ctx, keyword, pieces));
    else if (kind === 'subject') model.subjects.push(buildSubject(ctx, keyword, pieces));
    else if (kind === 'ref') {
      if (!model.refs) {
        const items = buildRefItems(ctx, pieces, this.options.idOf);
        const last = items.length ? items[items.length - 1].range.end : keyword.range.end;
        model.refs = { range: { start: keyword.range.start, end: last }, keyword, items };
      }
    } else if (kind === 'classifiedBy') {
      if (!model.classifiedBy) model.classifiedBy = buildClassifiedBy(ctx, keyword, pieces);
      markedByKeyword(ctx, model, keyword);
    }
  }

  /** A subject line cut mid-phrase, then a blank, then a short line that leads straight into the next field. */
  subjectWrapsOverBlank(lastChar: number, line: number, text: string): boolean {
    // . ? ! " \u201d )
    if (lastChar === 46 || lastChar === 63 || lastChar === 33 || lastChar === 34 || lastChar === 0x201d || lastChar === 41 || trimmedLength(text) > 70) return false;
    const ctx = this.ctx;
    const after = ctx.nextNonBlank(line + 1, Math.min(ctx.lineCount, line + 4));
    return after >= 0 && findFieldStarts(ctx.lines[after]).length > 0;
  }

  /**
   * An item line continues the REF list only with a letter at most one past those already seen:
   * `I. Summary` or `(U) We delivered...` after items A-C is the body starting.
   * The pieces only grow, so each is read for letters once.
   */
  isNextRefItem(field: OpenField, text: string): boolean {
    if (!REF_ITEM_LINE.test(text)) return false;
    this.readLetters(field);
    return upperLetterCode(text.charCodeAt(firstLetter(text))) <= field.highestLetter + 1;
  }

  /** Updates the highest item letter from the pieces not read yet. */
  readLetters(field: OpenField): void {
    for (; field.lettersRead < field.pieces.length; field.lettersRead++) {
      const p = field.pieces[field.lettersRead];
      const piece = this.ctx.lines[p.line].slice(p.start, p.end);
      REF_LIST_LETTER.lastIndex = 0;
      for (let m = REF_LIST_LETTER.exec(piece); m; m = REF_LIST_LETTER.exec(piece)) field.highestLetter = Math.max(field.highestLetter, upperLetterCode(m[1].charCodeAt(0)));
    }
  }

  /**
   * A lettered list wrapped mid-item onto an unindented line (`C) 2003` / `TAIPEI 03339 D) 2004 ...`,
   * `(B) SARAJEVO 1096 AND` / `PREVIOUS; (C) STATE 43081`): the line holds the list's next letter,
   * with the item's text after it (not a reason list's `1.5 (b,d)`).
   */
  holdsNextLetter(field: OpenField, text: string): boolean {
    this.readLetters(field);
    if (field.highestLetter < 65) return false;
    const end = trimmedEnd(text);
    REF_LIST_LETTER.lastIndex = 0;
    for (let m = REF_LIST_LETTER.exec(text); m; m = REF_LIST_LETTER.exec(text)) {
      const after = REF_LIST_LETTER.lastIndex;
      if (upperLetterCode(m[1].charCodeAt(0)) === field.highestLetter + 1 && isSpaceCode(text.charCodeAt(after)) && after < end) return true;
    }
    return false;
  }

  /**
   * After a blank line, a line lettered A under a list that already has text starts the letters
   * over: it is the body (`A)  Pakistan continues...` under `REF: STATE 301352`, `A. GENERAL
   * AUTHORIZATION` under `REF: A)USDA FAS 666063`). Not the highest letter read: `A. (C) SANTO
   * DOMINGO 05242` reads a portion mark as C.
   */
  startsLettersOver(field: OpenField, text: string): boolean {
    return (text.charCodeAt(firstLetter(text)) | 32) === 97 && REF_ITEM_LINE.test(text) && field.pieces.some((p) => lastCharOf(this.ctx.lines[p.line], p.start, p.end) >= 0);
  }

  /** After a blank line or a page break, a line that goes on with the REF list. */
  resumesRefList(field: OpenField, text: string): boolean {
    return this.isNextRefItem(field, text) || this.endsOnBareLetter(field) || ((isIndented(text) || this.holdsNextLetter(field, text)) && !matchParagraphStart(text));
  }

  /**
   * The first line from `from` that is not blank, a page header or a lone classification: a page
   * break inside a REF list (`CONFIDENTIAL` / `PAGE 02 ZAGREB 00305 01 OF 03 120643Z`) leaves it open.
   */
  nextListLine(from: number): number {
    const ctx = this.ctx;
    for (let line = ctx.nextNonBlank(from); line >= 0; line = ctx.nextNonBlank(line + 1)) {
      if (!isPageBreakLine(ctx.lines[line])) return line;
    }
    return -1;
  }

  /** A REF list whose last item is only a letter (`D.`) goes on after a blank line with its text. */
  endsOnBareLetter(field: OpenField): boolean {
    const last = field.pieces[field.pieces.length - 1];
    const lines = this.ctx.lines;
    // The pattern ends (before blanks) in `.`, `)` or `:`.
    const end = lastCharOf(lines[last.line], last.start, last.end);
    return (end === 46 || end === 41 || end === 58) && /(?:^|\s)\(?[A-Z][.):]\)?\s*$/.test(lines[last.line].slice(last.start, last.end));
  }

  /**
   * `REF C: BEIJING 3977` under `REF A: STATE 72589  REF B: ...`: the keyword restated, without a
   * colon, before the list's next letter adds an item to the open list rather than starting one.
   */
  continuesRefList(line: number, text: string, starts: FieldStart[]): boolean {
    const open = this.open;
    const s = starts[0];
    if (open?.kind !== 'ref' || starts.length !== 1 || s.kind !== 'ref' || text.lastIndexOf(':', s.contentAt) >= s.at) return false;
    if (!this.isNextRefItem(open, text.slice(s.contentAt))) return false;
    open.pieces.push({ line, start: s.contentAt, end: text.length });
    return true;
  }

  continues(field: OpenField, line: number, text: string): boolean {
    const ctx = this.ctx;
    const count = field.pieces.length;
    const lastPiece = field.pieces[count - 1];
    const lastChar = lastCharOf(ctx.lines[lastPiece.line], lastPiece.start, lastPiece.end);
    switch (field.kind) {
      case 'tags':
        return count < 4 && TAG_LINE.test(text) && (lastChar === 44 /* , */ || trimmedLength(text) <= 40) && !matchParagraphStart(text);
      case 'subject':
        return count < 5 && (lastPiece.line === line - 1 || this.subjectWrapsOverBlank(lastChar, line, text)) && !matchParagraphStart(text) && !(line + 1 < ctx.lineCount && isUnderline(ctx.lines[line + 1]));
      case 'ref':
        return count < 40 && ((lastPiece.line === line - 1 && !matchParagraphStart(text)) || this.resumesRefList(field, text));
      case 'classifiedBy':
        return (
          count < 3 &&
          lastPiece.line === line - 1 &&
          lastChar !== 46 /* . */ &&
          !matchParagraphStart(text) &&
          !/^\s*(?:SUMMARY|COMMENT|BACKGROUND|INTRODUCTION)\b/i.test(text) &&
          !(line + 1 < ctx.lineCount && isUnderline(ctx.lines[line + 1]))
        );
      default:
        return false;
    }
  }
}

/**
 * A second banner with post and serial above the header fields is the cable's own: the first was a
 * print page header (`UNCLASSIFIED` over `PAGE 02  ZAGREB 00418 ...`) or a line the release made
 * (`CONFIDENTIAL SECTION 01 OF 04 ZAGREB  00023`) above the addressees it cut off.
 */
function isOwnBannerBelow(banner: Banner): boolean {
  return banner.post !== undefined;
}

/**
 * Whether the header banner is written in lower case (`Unclas nairobi 000165`): a release that
 * lowercased the whole cable, whose captions (`Sensitive, sipdis`) are lowercased too. Elsewhere a
 * caption line in lower case is prose (`Sensitive but unclassified; please protect accordingly`).
 * The post counts too: banner-format respells only the level (`UNCLAS nairobi 000165`), and that
 * must not change what the captions say.
 */
function lowercasedBanner(model: CableModel): boolean {
  const banner = model.banners.length ? model.banners[0] : undefined;
  return banner !== undefined && (/[a-z]/.test(banner.levelText.text) || (banner.post !== undefined && /[a-z]/.test(banner.post.text)));
}

/** Parses header lines from `start` into `model`; returns the first body line. */
export function parseHeader(ctx: ParseContext, start: number, model: CableModel, options: HeaderOptions): number {
  const loop = new HeaderLoop(ctx, model, options);
  let sawField = false;

  let nextContent = -1;
  let line = start;
  for (; line < ctx.lineCount; line++) {
    const text = ctx.lines[line];
    if (isBlankText(text)) {
      // REF items are sometimes separated by blank lines; keep the list open if one follows.
      // The look-ahead runs once per blank run, so a long run of blank lines stays linear.
      const open = loop.open;
      if (open?.kind === 'ref' && nextContent <= line) nextContent = loop.nextListLine(line + 1);
      const next = open?.kind === 'ref' && nextContent >= 0 ? undashed(ctx.lines[nextContent]) : undefined;
      const keepRef = open?.kind === 'ref' && next !== undefined && loop.resumesRefList(open, next) && !loop.startsLettersOver(open, next);
      // A subject may wrap over a blank line; the next line decides (see subjectWrapsOverBlank).
      if (!keepRef && open?.kind !== 'subject') loop.close();
      continue;
    }
    // Both patterns need a capital letter first.
    const first = firstNonSpace(text);
    const lead = text.charCodeAt(first);
    const capital = lead >= 65 && lead <= 90;
    if (capital && model.banners.length && mayBeLoneLevel(lead) && LONE_LEVEL.test(text)) continue;
    if (isPreambleLine(text)) continue;
    const page = capital && mayBePageLine(text, first, lead) ? PAGE_ARTIFACT.exec(text) : null;
    if (page && !text.slice(page[0].length).trim()) continue;

    if (!options.repeat && model.banners.length <= 1 && !sawField) {
      const banner = parseBanner(ctx, line, { requireSection: false });
      if (banner && (model.banners.length === 0 || isOwnBannerBelow(banner))) {
        loop.close();
        model.banners[0] = banner;
        continue;
      }
    }
    const captions = captionNames(text) ?? (lowercasedBanner(model) ? captionNames(text.toUpperCase()) : undefined);
    if (captions) {
      loop.close();
      const at = indentOf(text);
      const end = trimmedEnd(text);
      for (const name of captions) {
        const span = ctx.span(line, at, end);
        model.captions.push({ text: span.text, range: span.range, name });
      }
      continue;
    }
    // Below the banner only: a line that is the banner itself (`SECRET NOFORN` with no post) was read above.
    const restated = model.banners.length && mayBeLoneLevel(lead) ? captionsAfterLevel(text) : undefined;
    if (restated) {
      loop.close();
      const span = ctx.span(line, restated.at, trimmedEnd(text));
      for (const name of restated.names) model.captions.push({ text: span.text, range: span.range, name });
      continue;
    }
    const entire = model.entireText ? undefined : matchEntireText(ctx, line, 0);
    if (entire) {
      model.entireText = entire;
      continue;
    }

    if (!sawField && lead === 67 /* C */ && CORRECTED_COPY.test(text)) {
      // A note, not a field (`(ADD "CLASSIFIED BY" LINE`) nor a heading over the dashes boxing it.
      loop.close();
      if (!options.repeat) model.addressees.push(ctx.span(line, indentOf(text), trimmedEnd(text)));
      continue;
    }
    const starts = findFieldStarts(text);
    const paragraphStart = starts.length ? matchParagraphStart(text) : undefined;
    if (starts.length && (!paragraphStart || starts[0].at <= paragraphStart.contentAt)) {
      if (loop.continuesRefList(line, text, starts)) continue;
      loop.close();
      // Text before the first keyword, unless it opens with `(`, is an addressee.
      if (!sawField) {
        if (first < starts[0].at && text.charCodeAt(first) !== 40) model.addressees.push(ctx.span(line, indentOf(text), starts[0].at));
      }
      for (let i = 0; i < starts.length; i++) {
        const s = starts[i];
        loop.close();
        const end = i + 1 < starts.length ? starts[i + 1].at : text.length;
        if (s.kind === 'eo') {
          model.eoLines.push(parseEo(ctx, line, s.at, s.contentAt, end));
          continue;
        }
        const keywordEnd = trimmedEnd(text, s.at, s.contentAt);
        loop.open = { kind: s.kind, keyword: ctx.span(line, s.at, keywordEnd), pieces: [{ line, start: s.contentAt, end }], highestLetter: 64, lettersRead: 0 };
      }
      sawField = true;
      continue;
    }
    const open = loop.open;
    const fieldText = lead === 45 && open?.kind === 'ref' ? undashed(text) : text;
    if (open && loop.continues(open, line, fieldText)) {
      // `PAGE 02 ROME 01196 01 OF 02 082030Z  B. ROME 1098`: the field goes on after the page header.
      open.pieces.push({ line, start: page ? page[0].length : indentOf(fieldText), end: text.length });
      continue;
    }
    loop.close();
    if (open?.kind === 'subject' && startsUnlabelledRefList(model, lead, text)) {
      // The list gets an empty keyword where its first item starts.
      const at = indentOf(text);
      loop.open = { kind: 'ref', keyword: ctx.span(line, at, at), pieces: [{ line, start: at, end: text.length }], highestLetter: 64, lettersRead: 0 };
      continue;
    }
    if (matchParagraphStart(text)) break;
    const addressee = ADDRESSEE.test(text) || MIXED_CASE_ADDRESSEE.test(text) || fieldFollows(ctx, line + 1);
    if (!sawField && !options.repeat && addressee && !(line + 1 < ctx.lineCount && isUnderline(ctx.lines[line + 1]))) {
      model.addressees.push(ctx.span(line, indentOf(text), trimmedEnd(text)));
      continue;
    }
    break;
  }
  loop.close();
  return line;
}
