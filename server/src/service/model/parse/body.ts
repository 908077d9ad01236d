// The body: paragraphs, headings, quotations, summary/comment markers, citations, redactions,
// later section banners, and the signature.
import { firstNonSpace, isSpaceCode, trimmedEnd } from '../../text/chars';
import { lineRange } from '../../text/types';
import { CableModel, EveryKey, Marker, MarkerKind, Paragraph, Span } from '../cable';
import { parseBanner } from './banner';
import { indentOf, isBlankText, ParseContext } from './context';
import { HeaderOptions, parseHeader } from './header';
import { COMMENT_WORD, NOTE_WORD, QUOTE_WORD, REDACTION_RUN, REF_WORD, SECTION_WORD, SUMMARY_WORD } from './keywords';
import { continuesSentence, isLoneSipdis, isPageBreakLine, isUnderline, LONE_LEVEL, matchLabelledParagraphStart, matchParagraphStart, mayBeLoneLevel, mayBePageArtifact, mayBeUnderline, mayBeUnderlineOrPageBreak, mayStartParagraph, PAGE_ARTIFACT, ParagraphStart } from './lineKinds';

/** In the body only full section banners count; one object, not one per line. */
const SECTION_BANNER = { requireSection: true };
const QUOTE_EDGE = /^[ \t]*(?:\d{1,3}\.[ \t]*)?(?:\([A-Z]{1,3}\)[ \t]*)?(BEGIN|END)[ \t]+(?:[A-Za-z]+[ \t]+){1,2}?(?:TEXT|QUOTE)\b|\b(BEGIN|END)\s+(?:TEXT|QUOTE)\b/gi;
// `Summary and Introduction:`, `Summary/Comment.`, `SUMMARY & COMMENT:`: a marker word joined to up to three more.
const JOINER = String.raw`(?:\s+(?:AND|&)\s+|\s*[/&]\s*)`;
const JOINED = String.raw`(?:${JOINER}[A-Z]+(?:\s+[A-Z]+){0,2}?)?`;
// What may stand before a title word opening a line: `1. (C) SUMMARY`, `¶2. Comment`, `- 17 (C) Comment cont.`
// Each optional part starts with a non-blank, so a long run of blanks is crossed once.
const LINE_OPENING = String.raw`^[ \t]*(?:[-\u00b6][ \t]*)?(?:\d{1,3}\.?[ \t]*)?(?:\([A-Za-z/ ]{1,12}\)[ \t]*)?`;
// Every pattern needs `summary`, `comment` or `note` in the line: only lines with one are scanned (keywords.ts).
const MARKER_WORDS = SUMMARY_WORD | COMMENT_WORD | NOTE_WORD;
/**
 * A line that opens or closes a quotation, no title (`END FIXED-FORMAT TEXT:`): BEGIN or END, then
 * TEXT or QUOTE as a word of their own, not the start of a longer one (`END OF TEXTILE QUOTAS` is a title).
 */
const QUOTE_EDGE_LINE = /^\s*(?:BEGIN|END)\b.*?(?:TEXT|QUOTE)(?![A-Za-z])/i;
/** The words scanInline looks for (QUOTE_WORD is for quotation edges). */
const INLINE_WORDS = MARKER_WORDS | REF_WORD | REDACTION_RUN;
const COMMENT_OR_NOTE = COMMENT_WORD | NOTE_WORD;
/**
 * A marker pattern. One with `word` marks its capture group, which ends the match (no `d` flag to
 * find it: match indices cost microseconds a match); the others mark the whole match.
 * `needs`: the words (keywords.ts) of which it needs one, `also`: those it needs all of; it runs
 * only on lines that have them. `initials`: for a pattern opening with LINE_OPENING, the first
 * letters of its word (see mayOpenLine); empty for the others.
 */
interface MarkerPattern {
  kind: MarkerKind;
  re: RegExp;
  word: boolean;
  needs: number;
  also: number;
  initials: string;
}
// `C0MMENT`, with a zero for the O: an OCR artifact of some releases, read as the word.
const COMMENT = 'C[O0]MMENTS?';
// `COMMENTS ON THE DRAFT:` titles a section (`END COMMENTS ON THE DRAFT.` closes it) or is prose
// wrapped to a line start (`...send its` / `COMMENTS ON THE TEXT`): no comment opens or ends there.
const COMMENT_NOT_ON = String.raw`${COMMENT}(?!\s+ON\b)`;
const MARKERS: MarkerPattern[] = [
  { kind: 'summary-end', re: /\bEND\s+(?:OF\s+)?SUMMARY\b/gi, word: false, needs: SUMMARY_WORD, also: 0, initials: '' },
  { kind: 'summary-start', re: new RegExp(String.raw`\b(?:BEGIN\s+SUMMARY\b|SUMMARY${JOINED}\s*(?:[:.;]|-))`, 'gi'), word: false, needs: SUMMARY_WORD, also: 0, initials: '' },
  // A line opening with the word, capitalised: `1. (C) SUMMARY`, a `Summary and Comment` title.
  { kind: 'summary-start', re: new RegExp(String.raw`${LINE_OPENING}((?:INTRODUCTION AND |Introduction and )?(?:SUMMARY|Summary)\b)`, 'g'), word: true, needs: SUMMARY_WORD, also: 0, initials: 'IS' },
  // `END SUMMARY AND COMMENT` closes a comment too.
  { kind: 'comment-end', re: new RegExp(String.raw`\bEND\s+(?:OF\s+)?(?:SUMMARY${JOINER})?(?:${COMMENT_NOT_ON}|NOTES?)\b`, 'gi'), word: false, needs: COMMENT_OR_NOTE, also: 0, initials: '' },
  { kind: 'comment-start', re: new RegExp(String.raw`\b(?:BEGIN\s+COMMENT\b|(?:${COMMENT}|NOTES?)${JOINED}(?:,?\s+CONT(?:INUED|'D|\.)?)?\s*(?:[:.;-]|\)(?=\s)))`, 'gi'), word: false, needs: COMMENT_OR_NOTE, also: 0, initials: '' },
  { kind: 'comment-start', re: new RegExp(String.raw`${LINE_OPENING}((?:${COMMENT}|Comments?)\b(?!\s+[Oo][Nn]\b))`, 'g'), word: true, needs: COMMENT_WORD, also: 0, initials: 'C' },
  // `SUMMARY AND COMMENT` opens both.
  { kind: 'comment-start', re: new RegExp(String.raw`\bSUMMARY${JOINER}(${COMMENT})\b`, 'gi'), word: true, needs: COMMENT_WORD, also: SUMMARY_WORD, initials: '' },
];

/**
 * Whether LINE_OPENING, then a word starting with one of `initials`, may match `text`: after
 * spaces and tabs comes a bullet, a pilcrow, a digit, `(` or the word.
 */
function mayOpenLine(text: string, initials: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i === text.length) return false;
  const c = text.charCodeAt(i);
  return c === 45 || c === 0xb6 || c === 40 || (c >= 48 && c <= 57) || initials.includes(text[i]);
}

/** Text just before a start that makes it part of an end: `END SUMMARY`, `END SUMMARY AND COMMENT`. */
const AFTER_END = new RegExp(String.raw`\bEND\s+(?:OF\s+)?(?:SUMMARY${JOINER})?$`, 'i');
const CITATION = /(?<![A-Za-z])(?:REFTELS?|REFS?)(?![A-Za-z])\.?/gi;
const REDACTION = /[Xx]{5,}/g;
const SIGNATURE = /^\s*[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2}\s*$/;
const SAME_LINE_UNDERLINE = /^(.*\S)\s+-{5,}\s*$/;

function isTitleLike(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  if (!words.length) return /[A-Z]/.test(text);
  const capital = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capital / words.length >= 0.6;
}

/**
 * Letters cited after a REF keyword: `REF A`, `(ref b)`, `REFS B, C, AND D`, `REFTEL A`, `ref (b)`.
 * A keyword ending its line takes its letter from the next one: `(ref` / `b)`.
 */
function citedLetters(ctx: ParseContext, line: number, from: number, listHasA: boolean): Span[] {
  if (wrapsAt(ctx, line, from)) {
    line++;
    from = 0;
  }
  let text = ctx.lines[line];
  const letters: Span[] = [];
  let i = from;
  for (;;) {
    // A list wraps like the keyword does, before its separator (`refs B` / `and C`) or after it (`(REFS C AND` / `D)`).
    if (letters.length && wrapsAt(ctx, line, i)) {
      text = ctx.lines[++line];
      i = 0;
    }
    // After the first letter only a list separator leads on (`ref A U.S. note` cites A alone); a
    // range `REFS B-E` / `A through C` keeps its two ends.
    const sep = letters.length ? /^\s*(?:,\s*(?:AND\b|and\b)?|&|\/|-|AND\b|and\b|THROUGH\b|through\b)\s*/.exec(text.slice(i)) : /^\s*/.exec(text.slice(i));
    if (!sep) break;
    let at = i + sep[0].length;
    if (letters.length && sep[0].trim() && wrapsAt(ctx, line, at)) {
      text = ctx.lines[++line];
      at = firstNonSpace(text);
    }
    const paren = /^\(([A-Za-z])\)/.exec(text.slice(at));
    const c = paren ? paren[1] : text[at];
    // Not a letter when a word goes on (`e-mails`, `O'Grady`), nor when the case changes (`ref A,s`).
    const next = text.slice(at + 1);
    // A possessive stays a citation (`Ref A's elaboration`).
    if (!c || !/[A-Za-z]/.test(c) || (!paren && ((/^[A-Za-z0-9'\u2019]/.test(next) && !/^['\u2019][sS](?![A-Za-z])/.test(next)) || /^-(?:[A-Za-z]{2}|\d)/.test(next)))) break;
    if (letters.length && isUpper(letters[0].text) !== isUpper(c)) break;
    // A lowercase "a" before a lowercase word is the article ("reftel a few days"), unless the REF
    // list has an A: then `ref a demarche`, `(ref a and b)` cite it.
    if (!paren && c === 'a' && !listHasA && /^\s+[a-z]/.test(text.slice(at + 1))) break;
    const letterAt = paren ? at + 1 : at;
    letters.push(ctx.span(line, letterAt, letterAt + 1));
    i = paren ? at + 3 : at + 1;
  }
  return letters;
}

/** Nothing but blanks follows `from` on the line, and the next line has text: a citation may go on there. */
function wrapsAt(ctx: ParseContext, line: number, from: number): boolean {
  return line + 1 < ctx.lineCount && trimmedEnd(ctx.lines[line]) <= from && !isBlankText(ctx.lines[line + 1]);
}

function isUpper(c: string): boolean {
  return c === c.toUpperCase();
}

/** `text.slice(from).trim().slice(0, 60)`, cut once. */
function leadText(text: string, from: number): string {
  while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
  const end = trimmedEnd(text);
  return end > from ? text.slice(from, Math.min(end, from + 60)) : '';
}

/** A paragraph still being read: `last` is its last line so far. */
export type OpenParagraph = Paragraph & { last: number };

/** The model's lists the body appends to (later sections repeat header fields). */
export const BODY_LISTS = ['paragraphs', 'headings', 'markers', 'quotations', 'citations', 'redactions', 'banners', 'sections', 'captions', 'addressees', 'eoLines', 'tags', 'subjects'] as const;

/** How long each of those lists was at a checkpoint. */
export type BodyCounts = Record<(typeof BODY_LISTS)[number], number>;

/**
 * The body loop's whole state at a paragraph start, before the paragraph opens: the loop can
 * resume from it, and two parses that reach the same line in the same state go on identically.
 */
export interface BodyCheckpoint {
  line: number;
  current?: OpenParagraph;
  quoteStarts: Span[];
  sectionIndex: number;
  lastNonBlank: number;
  previousWasStructure: boolean;
  counts: BodyCounts;
}

export interface BodyRun {
  /** Start from this checkpoint (of an earlier parse of the same lines up to it). */
  resume?: BodyCheckpoint;
  /** Sees every checkpoint; returning true stops the loop there, before the paragraph opens. */
  onCheckpoint?(checkpoint: BodyCheckpoint): boolean;
}

/**
 * The paragraph as the model keeps it: it ends at the last non-blank character of its last line of
 * its own text (ownLastLine). `heading`: the line of the heading that closes it, whose first title
 * lines may stand above it (titleStart). Only the paragraph's own lines are read, so a
 * re-parse finishing it at a checkpoint (incremental.ts) ends it where a whole parse does.
 */
export function finishParagraph(ctx: ParseContext, open: OpenParagraph, heading = -1): Paragraph {
  const first = open.range.start.line;
  // Blank lines may stand inside a framed title, between the paragraph's last line and the heading (framedTitleStart).
  const last = heading > open.last ? Math.min(open.last, titleStart(ctx.lines, first, heading) - 1) : open.last;
  const end = ownLastLine(ctx.lines, first, last);
  return paragraphEndingAt(open, end, trimmedEnd(ctx.lines[end]));
}

/**
 * The last line at or before `line`, and not before `first`, that is none of what stands between
 * paragraphs: a blank line, a printed page break (isPageBreakLine) or a rule (the line over a
 * heading or paragraph start, or under a title). Runs only where a paragraph closes.
 */
function ownLastLine(lines: readonly string[], first: number, line: number): number {
  while (line > first && (isBlankText(lines[line]) || isUnderline(lines[line]) || isPageBreakLine(lines[line]))) line--;
  return line;
}

/** A heading's title runs over at most this many lines above its last one. */
const MAX_TITLE_LINES = 2;
/** ...or this many when a rule frames it (`-----` / four lines of `Component 7: Urge the passage...` / `-----`). */
const MAX_FRAMED_TITLE_LINES = 4;
/** What ends a sentence before a title (as headingAt tests). */
const SENTENCE_END = /[.:?!"')\]\u201d]\s*$/;

/**
 * Where the title of the heading at line `heading` begins. A heading is its title's last line
 * (`INCREASINGLY TECHNOCRATIC` / `CABINET--FOR BETTER OR WORSE` / `-------`): up to
 * MAX_FRAMED_TITLE_LINES lines right above it belong to it when a rule stands over them, up to
 * MAX_TITLE_LINES when they read as a title and a blank line after a finished sentence stands over them. `first`: the first
 * line of the paragraph the heading closes, which stays that paragraph's.
 */
function titleStart(lines: readonly string[], first: number, heading: number): number {
  const start = titleLinesStart(lines, first, heading);
  return start < heading ? start : framedTitleStart(lines, first, heading);
}

/** titleStart for title lines right above the heading (no blank line inside the title). */
function titleLinesStart(lines: readonly string[], first: number, heading: number): number {
  const start = titleTop(lines, first, heading);
  if (start === heading) return heading;
  const above = lines[start - 1];
  if (isUnderline(above)) return start;
  if (!isBlankText(above)) return heading;
  let before = start - 1;
  while (before > first && isBlankText(lines[before])) before--;
  // A rule across the blank lines frames a title as long as one right over it does (`-----` / blank / three lines / blank / `-----`).
  const ruled = isUnderline(lines[before]);
  if (!ruled && heading - start > MAX_TITLE_LINES) return heading;
  const framed = ruled || SENTENCE_END.test(lines[before]);
  return framed && isTitleLike(lines.slice(start, heading).join(' ')) ? start : heading;
}

/** Lines a framed title may take above its heading with the blank lines and inserted lines (isInsertedLine) inside it. */
const MAX_FRAMED_TITLE_SPAN = 8;

/**
 * Where the title of the heading at `heading` begins when blank lines or inserted lines
 * (isInsertedLine) split it and a rule frames it (`-----` / `MISSILE DEFENSE:` / blank / blank /
 * `NOR THREAT` / `-----`, or `-----` / `STATEMENT RECEIVES BROAD` / blank / `SIPDIS` / `MEDIA
 * COVERAGE` / `-----`): the line under the rule, when up to MAX_FRAMED_TITLE_LINES lines of text
 * that read as a title stand between; else `heading`. Only lines after `first` are read.
 */
function framedTitleStart(lines: readonly string[], first: number, heading: number): number {
  let top = heading;
  let texts = 0;
  for (let line = heading - 1; line > first && heading - line <= MAX_FRAMED_TITLE_SPAN; line--) {
    const text = lines[line];
    if (isBlankText(text) || isInsertedLine(text)) continue;
    if (isUnderline(text)) return top < heading && frameRuleAbove(lines, top) === line && isTitleLike(titleText(lines, top, heading)) ? line + 1 : heading;
    if (++texts > MAX_FRAMED_TITLE_LINES || !mayContinueTitle(text) || matchParagraphStart(text)) return heading;
    top = line;
  }
  return heading;
}

/** The text lines from `from` up to `heading`, without the blank and inserted lines (isInsertedLine) among them. */
function titleText(lines: readonly string[], from: number, heading: number): string {
  return lines.slice(from, heading).filter((t) => !isBlankText(t) && !isInsertedLine(t)).join(' ');
}

/** What a printed page or the cable system put into the text: a page break (isPageBreakLine) or a lone SIPDIS. */
function isInsertedLine(text: string): boolean {
  return isPageBreakLine(text) || isLoneSipdis(text);
}

/** The first of the lines right above `heading`, and after `first`, that may continue its title: up to MAX_FRAMED_TITLE_LINES (mayContinueTitle). */
function titleTop(lines: readonly string[], first: number, heading: number): number {
  let start = heading;
  while (start - 1 > first && heading - start < MAX_FRAMED_TITLE_LINES && mayContinueTitle(lines[start - 1])) start--;
  return start;
}

/** A line that may be part of a title above its heading: short, not a rule nor a page break, no closing full stop. */
function mayContinueTitle(text: string): boolean {
  const end = trimmedEnd(text);
  if (end === 0 || end - firstNonSpace(text) > 80 || text.charCodeAt(end - 1) === 46 /* . */) return false;
  return !isUnderline(text) && !isPageBreakLine(text);
}

/**
 * Lines a printed page break takes between a title and its underline: two level lines, the page
 * header and the blank lines between, five of them in older cables (`CONFIDENTIAL` / five blank
 * lines / `CONFIDENTIAL` / blank / `PAGE 03 ...`).
 */
const MAX_PAGE_BREAK_LINES = 12;

/**
 * How far past a line the loop may read to decide about it: a rule over a title reads the title's
 * underline across a page break, and the line under that (frameRuleBelow). A re-parse resumes
 * this many lines before an edit (incremental.ts).
 */
export const MAX_LOOKAHEAD_LINES = MAX_PAGE_BREAK_LINES + 3;

/**
 * The rule under `line` when only a printed page break or a lone SIPDIS (isInsertedLine) and blank
 * lines stand between them, else -1: the page, or the cable system, split the title from its
 * underline. Reads at most MAX_PAGE_BREAK_LINES lines, and only up to the first that is neither
 * blank nor inserted.
 */
function underlineAcrossPageBreak(lines: readonly string[], line: number): number {
  let broken = false;
  for (let next = line + 1; next < lines.length && next - line <= MAX_PAGE_BREAK_LINES + 1; next++) {
    const text = lines[next];
    if (isBlankText(text)) continue;
    if (!isInsertedLine(text)) return broken && isUnderline(text) ? next : -1;
    broken = true;
  }
  return -1;
}

/** Blank lines that may stand between a title and a rule framing it (`-----` / blank / `TITLE` / blank / `-----`). */
const MAX_FRAME_GAP = 2;

/**
 * Character tests for a line that may be a heading (the loop's gate before headingAt): it ends with
 * a dash, starts the text, or has a blank line or a rule's character above it, a rule or page
 * break below it, or a blank line below it and a rule after that (mayCloseFramedTitle).
 */
function mayBeHeadingLine(lines: readonly string[], line: number, text: string, end: number): boolean {
  if (line === 0 || text.charCodeAt(end - 1) === 45) return true;
  const above = lines[line - 1];
  if (isBlankText(above) || mayBeUnderline(above)) return true;
  return line + 1 < lines.length && (mayBeUnderlineOrPageBreak(lines[line + 1]) || mayCloseFramedTitle(lines, line));
}

/**
 * Whether `line`, with text, may be the last line of a title that rules frame across blank lines:
 * the next line is blank, and one of the two after it starts with a rule's character (- = _).
 * Character tests, for the loop's gate.
 */
function mayCloseFramedTitle(lines: readonly string[], line: number): boolean {
  if (line + 2 >= lines.length || !isBlankText(lines[line + 1])) return false;
  return mayBeUnderline(lines[line + 2]) || (isBlankText(lines[line + 2]) && line + 3 < lines.length && mayBeUnderline(lines[line + 3]));
}

/**
 * The rule under the title ending at `line` when rules frame it across blank lines, else -1
 * (`-----` / blank / `TITLE` / blank / `-----`, the blank lines on either side optional, up to
 * MAX_FRAME_GAP; a printed page break may stand under the title too). `line + 1` is blank. The
 * title: up to MAX_FRAMED_TITLE_LINES + 1 lines (titleTop) that read as a title, no sentence.
 * Blank lines (or a paragraph start) stand outside both rules: they frame this title, not the
 * next one nor the last one (`Colombia` / `-----` / blank / `Names` / blank / `-----` / `Summary` / `-----`).
 */
function framedAcrossBlankLines(lines: readonly string[], line: number, text: string, end: number): number {
  const rule = frameRuleBelow(lines, line);
  if (rule < 0 || endsSentence(text, end)) return -1;
  const start = titleTop(lines, -1, line);
  if (frameRuleAbove(lines, start) < 0) return -1;
  for (let title = start; title < line; title++) if (matchParagraphStart(lines[title])) return -1;
  return isTitleLike(start === line ? text : lines.slice(start, line + 1).join(' ')) ? rule : -1;
}

/**
 * The rule after the blank line under `line`, across at most MAX_FRAME_GAP blank lines or a printed
 * page break (isPageBreakLine), with a blank line, a paragraph start or the wrapped rest of the rule
 * under it; else -1. Reads no further than MAX_LOOKAHEAD_LINES - 1 past `line`.
 */
function frameRuleBelow(lines: readonly string[], line: number): number {
  let broken = false;
  for (let next = line + 1; next < lines.length && next - line <= (broken ? MAX_PAGE_BREAK_LINES : MAX_FRAME_GAP) + 1; next++) {
    const text = lines[next];
    if (isBlankText(text)) continue;
    if (isUnderline(text)) return next + 1 >= lines.length || standsOutsideFrame(lines[next + 1]) ? next : -1;
    if (!isPageBreakLine(text)) return -1;
    broken = true;
  }
  return -1;
}

/**
 * The rule over the title starting at `start`, across at most MAX_FRAME_GAP blank lines, with a
 * blank line, the text's start or a finished sentence over it (or over the first half of it when
 * it wraps, `----- -----` / `-----`); else -1. A title right over it would be underlined by it.
 */
function frameRuleAbove(lines: readonly string[], start: number): number {
  let rule = start - 1;
  while (rule >= 0 && start - rule <= MAX_FRAME_GAP && isBlankText(lines[rule])) rule--;
  if (rule < 0 || !isUnderline(lines[rule])) return -1;
  const top = rule > 0 && isUnderline(lines[rule - 1]) ? rule - 1 : rule;
  if (top === 0) return rule;
  const above = lines[top - 1];
  return isBlankText(above) || endsSentence(above, trimmedEnd(above)) ? rule : -1;
}

/** Whether the rule `text` is split by a blank and `next` is a rule: the wrapped rest of it (`----- -----` / `------`). */
function wrapsRule(text: string, next: string): boolean {
  return text.trimEnd().includes(' ', firstNonSpace(text)) && isUnderline(next);
}

/** Whether the line under a rule framing a title leaves the frame: blank, a paragraph start, or the rule's wrapped rest. */
function standsOutsideFrame(text: string): boolean {
  return isBlankText(text) || isUnderline(text) || !!matchParagraphStart(text);
}

/**
 * Whether `line`, over the rule at `line + 1`, is the last line of a sentence rather than a title
 * (`...the target of` / `0.66 percent of GDP).` / `-----` / `Murder Cases` / `-----`): it ends a
 * sentence, and the line above runs on into it or the rule frames the next heading. A title that
 * a rule frames from above stays one (`-----` / `...Between North` / `Korea and Iran.` / `-----`).
 * Runs only on lines with a rule under them.
 */
function endsRunningText(lines: readonly string[], line: number, text: string, end: number): boolean {
  if (!endsSentence(text, end) || ruleAboveTitle(lines, line)) return false;
  return runsOnInto(lines, line) || overlinesTitle(lines, line + 1);
}

/** `"')]` and the closing quotes, which may follow a sentence's full stop. */
function isClosingMark(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019;
}

/**
 * Whether the text ending at `end` ends a sentence: a full stop, then at most two closing marks
 * (`GDP).`, `careful."`). Not an ellipsis, nor an abbreviation (`the U.S.`): no other dot in the last word.
 */
function endsSentence(text: string, end: number): boolean {
  let dot = end - 1;
  while (dot > 0 && end - 1 - dot < 2 && isClosingMark(text.charCodeAt(dot))) dot--;
  if (dot < 1 || text.charCodeAt(dot) !== 46 /* . */) return false;
  for (let i = dot - 1; i >= 0 && !isSpaceCode(text.charCodeAt(i)); i--) if (text.charCodeAt(i) === 46) return false;
  return true;
}

/** Whether the line above `line` is running text going on into it: text, no rule nor page break, no finished sentence. */
function runsOnInto(lines: readonly string[], line: number): boolean {
  const above = line > 0 ? lines[line - 1] : '';
  return !isBlankText(above) && !SENTENCE_END.test(above) && !isUnderline(above) && !isPageBreakLine(above);
}

/**
 * Whether the rule at `rule` stands over a title of one or two lines with a rule under it: it
 * frames the next heading. A paragraph start is no title line (`-----` / `2. (C) text` / `Title` / `-----`).
 */
function overlinesTitle(lines: readonly string[], rule: number): boolean {
  const title = rule + 1;
  if (title + 1 >= lines.length || !mayBeTitleLine(lines[title])) return false;
  if (isUnderline(lines[title + 1])) return true;
  return title + 2 < lines.length && mayBeTitleLine(lines[title + 1]) && isUnderline(lines[title + 2]);
}

/** Text that is neither a rule nor a paragraph start. */
function mayBeTitleLine(text: string): boolean {
  return !isBlankText(text) && !isUnderline(text) && !matchParagraphStart(text);
}

/** Whether a rule stands right over the title ending at `line`, of up to MAX_FRAMED_TITLE_LINES + 1 lines, none a paragraph start. */
function ruleAboveTitle(lines: readonly string[], line: number): boolean {
  for (let above = line - 1; above >= 0 && line - above <= MAX_FRAMED_TITLE_LINES + 1; above--) {
    const text = lines[above];
    if (isBlankText(text) || matchParagraphStart(text)) return false;
    if (isUnderline(text)) return true;
  }
  return false;
}

/** A new paragraph object like `p` (with every key, see EveryKey) that ends at `line`, `character`. */
function paragraphEndingAt(p: Paragraph, line: number, character: number): EveryKey<Paragraph> {
  return { range: { start: p.range.start, end: { line, character } }, start: p.start, lead: p.lead, quoted: p.quoted, section: p.section, number: p.number, mark: p.mark };
}

export function bodyCounts(model: CableModel): BodyCounts {
  return {
    paragraphs: model.paragraphs.length,
    headings: model.headings.length,
    markers: model.markers.length,
    quotations: model.quotations.length,
    citations: model.citations.length,
    redactions: model.redactions.length,
    banners: model.banners.length,
    sections: model.sections.length,
    captions: model.captions.length,
    addressees: model.addressees.length,
    eoLines: model.eoLines.length,
    tags: model.tags.length,
    subjects: model.subjects.length,
  };
}

/**
 * The body loop's state and the steps that change it. Methods, not closures made afresh for each
 * cable: V8 keeps a function's optimized code only while a function object uses it, so closures
 * of a call that has ended lose theirs and were compiled again and again over a long run.
 */
class BodyLoop {
  current: OpenParagraph | undefined;
  readonly quoteStarts: Span[];
  sectionIndex: number;
  lastNonBlank: number;
  /** The header, a heading or a banner just ended. */
  previousWasStructure: boolean;

  constructor(
    readonly ctx: ParseContext,
    readonly model: CableModel,
    start: number,
    resume: BodyCheckpoint | undefined,
  ) {
    // Copies: the loop changes its state in place, and a checkpoint must not change after it is taken.
    this.current = resume?.current && { ...resume.current };
    this.quoteStarts = resume ? resume.quoteStarts.slice() : [];
    this.sectionIndex = resume ? resume.sectionIndex : model.sections.length - 1;
    this.lastNonBlank = resume ? resume.lastNonBlank : start - 1;
    this.previousWasStructure = resume ? resume.previousWasStructure : true;
  }

  checkpoint(line: number): BodyCheckpoint {
    return {
      line,
      current: this.current && { ...this.current },
      quoteStarts: this.quoteStarts.slice(),
      sectionIndex: this.sectionIndex,
      lastNonBlank: this.lastNonBlank,
      previousWasStructure: this.previousWasStructure,
      counts: bodyCounts(this.model),
    };
  }

  /** Closes the open paragraph; `heading`: the line of the heading that closes it. */
  finish(heading = -1): void {
    if (!this.current) return;
    this.model.paragraphs.push(finishParagraph(this.ctx, this.current, heading));
    this.current = undefined;
  }

  open(line: number, ps: ParagraphStart | undefined, from: number): void {
    this.finish();
    const text = this.ctx.lines[line];
    const at = ps ? ps.at : indentOf(text) + from;
    const contentAt = ps ? ps.contentAt : at;
    const n = ps?.number;
    const m = ps?.mark;
    const current: EveryKey<OpenParagraph> = {
      range: { start: { line, character: at }, end: { line, character: text.length } },
      start: { start: { line, character: at }, end: { line, character: contentAt } },
      lead: leadText(text, contentAt),
      quoted: this.quoteStarts.length > 0,
      section: Math.max(0, this.sectionIndex),
      last: line,
      number: n ? { text: text.slice(n.at, n.end), range: lineRange(line, n.at, n.end), value: n.value, pilcrow: n.pilcrow } : undefined,
      // Spelled out: V8 builds `{ ...object, more }` on a slow path, and this runs for most paragraphs.
      mark: m ? { raw: m.mark.raw, level: m.mark.level, caveats: m.mark.caveats, canonical: m.mark.canonical, wellFormed: m.mark.wellFormed, qualifier: m.mark.qualifier, range: lineRange(line, m.at, m.at + m.length) } : undefined,
    };
    this.current = current;
  }

  /**
   * Whether the open paragraph's sentence goes on at `line`, whose number (`ps`, without a mark) is
   * then a wrapped date or figure: its last line comes right before, or a page break stands between.
   */
  wrapsOnto(line: number, text: string, ps: ParagraphStart): boolean {
    const current = this.current;
    if (!current) return false;
    const lines = this.ctx.lines;
    if (current.last !== line - 1 && !onlyPageBreakBetween(lines, current.last, line)) return false;
    const firstLine = current.range.start.line === current.last;
    // On the first line only the text after the paragraph's own number and mark can run on.
    const previous = firstLine ? lines[current.last].slice(current.start.end.character) : lines[current.last];
    return continuesSentence(previous, text, ps, firstLine, current.number && current.number.value + 1);
  }

  /**
   * Whether `line`, a rule, is the line over a heading that is underlined too (`-------` / `SUMMARY`
   * / `-------`, also across a page break, or `SUMMARY -------` on one line): it frames the heading and belongs to no
   * paragraph, though it is no heading itself.
   */
  overlinesHeading(line: number, text: string): boolean {
    const { lines, lineCount } = this.ctx;
    if (line + 1 >= lineCount || !isUnderline(text)) return false;
    const title = lines[line + 1];
    if (isBlankText(title) || isUnderline(title) || matchParagraphStart(title)) return false;
    const end = trimmedEnd(title);
    // Underlined right under the title, or across a page break (`SUMMARY` / page header / `-------`).
    const underline = line + 2 < lineCount && isUnderline(lines[line + 2]) ? line + 2 : underlineAcrossPageBreak(lines, line + 1);
    // Only the two underlined shapes: a bare title's test depends on the lines before it.
    if (underline < 0 && title.charCodeAt(end - 1) !== 45 /* - */) return false;
    const heading = this.headingAt(line + 1, title, firstNonSpace(title), end);
    return !!heading && (heading.underline === underline || (underline < 0 && heading.underline === undefined));
  }

  /**
   * Whether `line`, over a printed page break and then a rule, is a title underlined across the
   * break: it reads as a title, has no closing full stop, and stands after a blank line, a rule,
   * other structure or a finished sentence (`...MARKETS."` / `CAN THE USG HELP?`).
   */
  titleOverPageBreak(line: number, text: string, first: number, end: number): boolean {
    if (text.charCodeAt(end - 1) === 46 /* . */ || !isTitleLike(text.slice(first, end))) return false;
    const above = line > 0 ? this.ctx.lines[line - 1] : '';
    return this.previousWasStructure || isBlankText(above) || isUnderline(above) || SENTENCE_END.test(above);
  }

  /** `first` and `end` bound the line's trimmed text (firstNonSpace, trimmedEnd); the loop has turned most lines away already. */
  headingAt(line: number, text: string, first: number, end: number): { end: number; underline?: number } | undefined {
    const { lines, lineCount, keywords } = this.ctx;
    if (keywords[line] & QUOTE_WORD && QUOTE_EDGE_LINE.test(text)) return undefined;
    // A rule is no title, though a rule split by a blank (`------ ---`) looks like one underlined on its line.
    if (isUnderline(text)) return undefined;
    const length = end > first ? end - first : 0;
    const last = length ? text.charCodeAt(end - 1) : -1;
    const sameLine = last === 45 /* - */ ? SAME_LINE_UNDERLINE.exec(text) : null;
    if (sameLine && sameLine[1].trim().length <= 80) return { end: sameLine[1].length };
    if (length < 3 || length > 80 || last === 44 /* , */ || last === 59 /* ; */) return undefined;
    if (line + 1 < lineCount && isUnderline(lines[line + 1])) return endsRunningText(lines, line, text, end) ? undefined : { end, underline: line + 1 };
    const across = underlineAcrossPageBreak(lines, line);
    if (across >= 0) return this.titleOverPageBreak(line, text, first, end) ? { end, underline: across } : undefined;
    // A title stands alone: the line after it is blank (tested here, before the tests of the lines before it).
    if (line + 1 >= lineCount || !isBlankText(lines[line + 1])) return undefined;
    // Rules frame it across the blank lines (`-----` / blank / `TITLE` / blank / `-----`); only a line that may close such a frame is read.
    const framedBy = mayCloseFramedTitle(lines, line) ? framedAcrossBlankLines(lines, line, text, end) : -1;
    if (framedBy >= 0) return { end, underline: framedBy };
    // A title standing between blank lines, after a finished sentence, right before a paragraph start.
    if (line > 0 && !isBlankText(lines[line - 1]) && !this.previousWasStructure) return undefined;
    if (!this.previousWasStructure && !(this.lastNonBlank >= 0 && /[.:?!"')\]\u201d]\s*$/.test(lines[this.lastNonBlank]))) return undefined;
    if (last === 46 /* . */) return undefined;
    const next = this.ctx.nextNonBlank(line + 1, Math.min(lineCount, line + 4));
    if (next < 0 || next === line + 1 || !matchParagraphStart(lines[next])) return undefined;
    const trimmed = text.slice(first, end);
    if (trimmed.split(/\s+/).length > 12 || !isTitleLike(trimmed)) return undefined;
    return { end };
  }
}

/** Parses the body from `start` (or `run.resume`); returns false when `run.onCheckpoint` stopped it early. */
export function parseBody(ctx: ParseContext, start: number, model: CableModel, headerOptions: HeaderOptions, run: BodyRun = {}): boolean {
  const resume = run.resume;
  const loop = new BodyLoop(ctx, model, start, resume);
  const quoteStarts = loop.quoteStarts;
  const lines = ctx.lines;
  const lineCount = ctx.lineCount;
  const keywords = ctx.keywords;

  for (let line = resume ? resume.line : start; line < lineCount; line++) {
    const text = lines[line];
    if (isBlankText(text)) continue;
    const first = firstNonSpace(text);
    const lead = text.charCodeAt(first);
    const end = trimmedEnd(text);
    let page: RegExpExecArray | null = null;
    // A lone level and a page header both start with a capital letter.
    if (lead >= 65 && lead <= 90) {
      if (mayBeLoneLevel(lead) && LONE_LEVEL.test(text)) continue;
      page = mayBePageArtifact(text, first, end) ? PAGE_ARTIFACT.exec(text) : null;
    }
    const from = page ? page[0].length : 0;
    if (page && !text.slice(from).trim()) continue;

    // A banner in the body needs SECTION (requireSection): only lines with the word are read as one.
    const banner = from === 0 && keywords[line] & SECTION_WORD ? parseBanner(ctx, line, SECTION_BANNER) : undefined;
    if (banner) {
      loop.finish();
      model.banners.push(banner);
      model.sections.push({ range: { start: { line, character: 0 }, end: { line, character: text.length } }, banner });
      loop.sectionIndex = model.sections.length - 1;
      const next = parseHeader(ctx, line + 1, model, { ...headerOptions, repeat: true });
      line = next - 1;
      loop.lastNonBlank = line;
      loop.previousWasStructure = true;
      continue;
    }

    const quoted = quoteStarts.length > 0;
    let ps = from > 0 || mayStartParagraph(lead) ? matchParagraphStart(text, from) : undefined;
    // `TEXT:  1. (C) ...`: a label before the number.
    if (!ps && from === 0 && lead >= 65 && lead <= 90) ps = matchLabelledParagraphStart(text, first);
    // "...on March\n17. The session": a wrapped date or figure, inside a paragraph's running text;
    // so is a number without its dot ("...UNDER ARTICLE\n5 (C) OF THE TREATY"), mark or not.
    if (ps?.number && (!ps.mark || !ps.number.dotted) && loop.wrapsOnto(line, text, ps)) ps = undefined;
    if (ps && run.onCheckpoint?.(loop.checkpoint(line))) return false;
    // A heading ends with a dash, is underlined (maybe across a page break), or follows a blank line or other structure, or
    // rules frame it across blank lines (a rule right over it, or one after the blank line under it): running text ends here.
    const mayBeHeading = !ps && (loop.previousWasStructure || mayBeHeadingLine(lines, line, text, end));
    const heading = mayBeHeading ? loop.headingAt(line, text, first, end) : undefined;
    // The rule over a framed heading: not the end of the paragraph before it, nor a paragraph of its own.
    if (!ps && !heading && from === 0 && (lead === 45 || lead === 61 || lead === 95) /* - = _ */ && loop.overlinesHeading(line, text)) {
      loop.lastNonBlank = line;
      loop.previousWasStructure = true;
      continue;
    }
    if (ps) {
      loop.open(line, ps, from);
    } else if (heading) {
      loop.finish(line);
      const at = indentOf(text);
      // Spelled out, not `{ ...span, underline }` (V8's slow path for spreads).
      model.headings.push({
        text: text.slice(at, heading.end),
        range: lineRange(line, at, heading.end),
        underline: heading.underline !== undefined ? lineRange(heading.underline, indentOf(lines[heading.underline]), trimmedEnd(lines[heading.underline])) : undefined,
      });
      if (/^\s*SUMMARY\s*$/i.test(text.slice(0, heading.end)) && !quoted) {
        model.markers.push({ text: text.slice(indentOf(text), heading.end), range: lineRange(line, indentOf(text), heading.end), kind: 'summary-start' });
      }
    } else if (!loop.current) {
      loop.open(line, undefined, from);
    }
    if (loop.current && !heading) loop.current.last = line;

    // Quotation edges, then what is only meaningful outside quotations.
    let quoteEdgeAt = -1;
    if (keywords[line] & QUOTE_WORD) {
      QUOTE_EDGE.lastIndex = 0;
      for (let m = QUOTE_EDGE.exec(text); m; m = QUOTE_EDGE.exec(text)) {
        if ((m[1] ?? m[2]).toUpperCase() === 'BEGIN') quoteStarts.push(ctx.span(line, m.index, m.index + m[0].length));
        else {
          const startSpan = quoteStarts.pop();
          const end = ctx.span(line, m.index, m.index + m[0].length);
          if (startSpan) model.quotations.push({ range: { start: startSpan.range.start, end: end.range.end }, start: startSpan, end });
        }
        quoteEdgeAt = m.index;
      }
    }
    // Most lines hold none of the words the inline patterns need.
    if (keywords[line] & INLINE_WORDS && (!quoted || (quoteEdgeAt >= 0 && quoteStarts.length === 0))) scanInline(ctx, line, model);

    if (heading?.underline !== undefined) {
      line = heading.underline;
      // The wrapped rest of a long underline is part of it, not a paragraph of its own.
      if (line + 1 < lineCount && wrapsRule(lines[line], lines[line + 1])) line++;
    }
    loop.lastNonBlank = line;
    loop.previousWasStructure = !!heading;
  }
  // Unclosed quotations run to the end of the text.
  for (const s of quoteStarts) {
    const last = ctx.lineCount - 1;
    model.quotations.push({ range: { start: s.range.start, end: { line: last, character: ctx.lines[last].length } }, start: s });
  }
  loop.finish();
  findSignature(ctx, model);
  return true;
}

/**
 * Whether only blank lines, a page header and a repeated classification stand between lines `from`
 * and `to`: a printed page broke the text there, so the sentence may go on after it. Looks at a
 * few lines only, as a page break takes no more.
 */
function onlyPageBreakBetween(lines: readonly string[], from: number, to: number): boolean {
  if (to - from > 6) return false;
  let broken = false;
  for (let line = from + 1; line < to; line++) {
    const text = lines[line];
    if (isBlankText(text)) continue;
    if (!isPageBreakLine(text)) return false;
    broken = true;
  }
  return broken;
}

function scanInline(ctx: ParseContext, line: number, model: CableModel): void {
  const words = ctx.keywords[line];
  const text = ctx.lines[line];
  if (words & MARKER_WORDS) scanMarkers(text, words, line, model);
  if (words & REF_WORD) scanCitations(ctx, text, line, model);
  if (words & REDACTION_RUN) scanRedactions(ctx, text, line, model);
}

function scanMarkers(text: string, words: number, line: number, model: CableModel): void {
  // Made at the first match: most lines with one of the words hold no marker.
  let found: Marker[] | undefined;
  let seen: Set<number> | undefined;
  for (const { kind, re, word, needs, also, initials } of MARKERS) {
    if (!(words & needs) || (words & also) !== also || (initials && !mayOpenLine(text, initials))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + (word ? m[0].length : withoutClosingPunctuation(m[0]));
      const at = word ? end - m[1].length : m.index;
      // "End Summary" also contains "Summary." : a start never directly follows END.
      if ((kind === 'summary-start' || kind === 'comment-start') && mayFollowEnd(text, at) && AFTER_END.test(text.slice(Math.max(0, at - 40), at))) continue;
      // Both patterns of a kind may find the same word; a SUMMARY heading was marked already.
      seen ??= markersOnLine(model, line);
      const key = markerKey(kind, at);
      if (seen.has(key)) continue;
      seen.add(key);
      (found ??= []).push({ text: text.slice(at, end), range: lineRange(line, at, end), kind });
    }
  }
  if (!found) return;
  found.sort(byStart);
  model.markers.push(...found);
}

function byStart(a: Marker, b: Marker): number {
  return a.range.start.character - b.range.start.character;
}

/** AFTER_END can only match before `at` when a blank, `/` or `&` stands just before it (after `END `, `OF ` or a joiner). */
function mayFollowEnd(text: string, at: number): boolean {
  if (at < 4) return false;
  const c = text.charCodeAt(at - 1);
  return isSpaceCode(c) || c === 47 || c === 38;
}

/** `match.replace(/\s*[:.;)-]$/, '').length`: the match without a closing `:.;)-` and the blanks before it, uncut. */
function withoutClosingPunctuation(match: string): number {
  const last = match.charCodeAt(match.length - 1);
  if (last !== 58 && last !== 46 && last !== 59 && last !== 41 && last !== 45) return match.length;
  return trimmedEnd(match, 0, match.length - 1);
}

const KIND_INDEX: Record<MarkerKind, number> = { 'summary-start': 0, 'summary-end': 1, 'comment-start': 2, 'comment-end': 3 };

/** A marker's kind and column as one number: no string to build for each match. */
function markerKey(kind: MarkerKind, at: number): number {
  return at * 4 + KIND_INDEX[kind];
}

/**
 * Markers already found on the line (a SUMMARY heading), by kind and column: a set, so a line or
 * a cable full of markers stays linear. Markers are pushed in line order.
 */
function markersOnLine(model: CableModel, line: number): Set<number> {
  const seen = new Set<number>();
  for (let i = model.markers.length - 1; i >= 0 && model.markers[i].range.start.line === line; i--) seen.add(markerKey(model.markers[i].kind, model.markers[i].range.start.character));
  return seen;
}

// A post (one to four capitalised words) and a cable number after a bare citation: `reftel Abuja 1675`, `REFTEL PRETORIA 4503`.
const NAMED_CABLE = /^\s+([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}\s+\d{1,6})(?!\d|\.\d|[A-Za-z])/;

/** The cable a bare citation ending at `end` names by post and number, if any. */
function namedCable(ctx: ParseContext, line: number, text: string, end: number): Span | undefined {
  const m = NAMED_CABLE.exec(text.slice(end, end + 80));
  if (!m) return undefined;
  const at = end + m[0].length - m[1].length;
  return ctx.span(line, at, at + m[1].length);
}

function scanCitations(ctx: ParseContext, text: string, line: number, model: CableModel): void {
  // Found at the first citation: most lines with `ref` hold none (reference, refugee, reform).
  let listHasA: boolean | undefined;
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(text); m; m = CITATION.exec(text)) {
    listHasA ??= !!model.refs?.items.some((item) => /^\u00b6?\s*\(?[Aa]\b/.test(item.letter?.text ?? ''));
    const letters = citedLetters(ctx, line, m.index + m[0].length, listHasA);
    const last = letters[letters.length - 1]?.range.end;
    if (!last || last.line === line) {
      const end = last ? last.character : m.index + m[0].length;
      const named = letters.length ? undefined : namedCable(ctx, line, text, end);
      model.citations.push({ text: text.slice(m.index, end), range: lineRange(line, m.index, end), letters, named });
    } else {
      const wrapped = `${text.slice(m.index).trimEnd()} ${ctx.lines[last.line].slice(0, last.character).trimStart()}`;
      model.citations.push({ text: wrapped, range: { start: { line, character: m.index }, end: last }, letters, named: undefined });
    }
  }
}

function scanRedactions(ctx: ParseContext, text: string, line: number, model: CableModel): void {
  REDACTION.lastIndex = 0;
  for (let m = REDACTION.exec(text); m; m = REDACTION.exec(text)) {
    model.redactions.push(ctx.span(line, m.index, m.index + m[0].length).range);
  }
}

/** A short all-caps name on the last line is the signature, not part of the last paragraph. */
function findSignature(ctx: ParseContext, model: CableModel): void {
  let last = ctx.lineCount - 1;
  while (last >= 0 && isBlankText(ctx.lines[last])) last--;
  if (last < model.bodyStart) return;
  const text = ctx.lines[last];
  if (!SIGNATURE.test(text) || text.trim().length > 30 || /^\s*(?:END|BT|NNNN)\b/.test(text) || matchParagraphStart(text)) return;
  if (LONE_LEVEL.test(text)) return;
  model.signature = ctx.span(last, indentOf(text), text.trimEnd().length);
  const paragraph = model.paragraphs[model.paragraphs.length - 1];
  if (paragraph && paragraph.range.end.line === last) {
    if (paragraph.range.start.line === last) {
      model.paragraphs.pop();
      return;
    }
    const end = ownLastLine(ctx.lines, paragraph.range.start.line, last - 1);
    // A new object: paragraphs may be shared with an earlier parse (incremental.ts).
    model.paragraphs[model.paragraphs.length - 1] = paragraphEndingAt(paragraph, end, ctx.lines[end].trimEnd().length);
  }
}
