// Which lines contain the few words the body's inline patterns need (summary, comment, note, ref,
// text/quote, xxxxx), and `section`, which a section banner in the body needs. Found once per
// cable with native searches over the whole text, so the patterns run only on the few lines that
// can match instead of on every line of prose.
import { isDigitCode, isLetterCode } from '../../text/chars';
import { LineIndex } from '../../text/lines';

export const SUMMARY_WORD = 1;
export const COMMENT_WORD = 2;
/** `note` or `notes` as a word. */
export const NOTE_WORD = 4;
/** `ref`, `refs`, `reftel`, `reftels` as a word: REF, REFS, REFTEL citations. */
export const REF_WORD = 8;
/** `text` or `quote`: BEGIN/END TEXT, BEGIN/END QUOTE. */
export const QUOTE_WORD = 16;
/** Five x in a row: a redaction. */
export const REDACTION_RUN = 32;
/** `section`: SECTION nn OF mm, which a banner in the body needs. */
export const SECTION_WORD = 64;

/**
 * One byte of flags per line. The flags are a superset: a flag may be set on a line where no
 * pattern matches, never missing on one where a pattern (case-insensitive or not) would.
 */
export function lineKeywords(index: LineIndex): Uint8Array {
  const flags = new LineFlags(index);
  const text = index.text;
  // Lower-casing is fast on text held one byte per character; on text with characters beyond
  // Latin-1 (typographic quotes, dashes) it is not, and one case-insensitive scan is quicker.
  if (/[^\x00-\xff]/.test(text)) {
    scanCaseInsensitive(text, flags);
    flags.rewind();
    // A pass of its own: in one pattern with the others, `section` would hide the `note` of `sectionote`.
    SECTION.lastIndex = 0;
    for (let m = SECTION.exec(text); m; m = SECTION.exec(text)) flags.mark(m.index, SECTION_WORD);
    return flags.flags;
  }
  const lower = text.toLowerCase();
  // `mm` is rarer than any letter of `summary` or `comment` and stands at the same place in both.
  for (let i = lower.indexOf('mm'); i >= 0; i = lower.indexOf('mm', i + 1)) {
    if (i < 2) continue;
    if (lower.startsWith('summary', i - 2)) flags.mark(i, SUMMARY_WORD);
    // `c0mment`: a zero for the O, an OCR artifact the marker patterns read as the word.
    else if (lower.startsWith('comment', i - 2) || lower.startsWith('c0mment', i - 2)) flags.mark(i, COMMENT_WORD);
  }
  flags.rewind();
  // Only where a marker or citation pattern may read the word: `noted`, `footnote`, `reference`,
  // `refugee` are left out, and these words are common in cables.
  // `ote` and `f` below: the search stops at each place its first letter stands; these measured
  // faster than stopping at each `n` and each `r`.
  for (let i = lower.indexOf('ote', 1); i >= 0; i = lower.indexOf('ote', i + 3)) {
    if (lower.charCodeAt(i - 1) === 110 /* n */ && isNoteWordAt(lower, i - 1)) flags.mark(i, NOTE_WORD);
  }
  flags.rewind();
  for (let i = lower.indexOf('f', 2); i >= 0; i = lower.indexOf('f', i + 1)) {
    if (lower.charCodeAt(i - 1) === 101 /* e */ && lower.charCodeAt(i - 2) === 114 /* r */ && isRefWordAt(lower, i - 2)) flags.mark(i, REF_WORD);
  }
  flags.rewind();
  for (let i = lower.indexOf('quote'); i >= 0; i = lower.indexOf('quote', i + 5)) flags.mark(i, QUOTE_WORD);
  flags.rewind();
  // `c` is the rarest letter of `section`.
  for (let i = lower.indexOf('ction'); i >= 0; i = lower.indexOf('ction', i + 5)) {
    if (lower.startsWith('se', i - 2)) flags.mark(i, SECTION_WORD);
  }
  flags.rewind();
  // `x` is rare outside redactions and `text`.
  for (let i = lower.indexOf('x'); i >= 0; i = lower.indexOf('x', i + 1)) {
    if (i >= 2 && lower.startsWith('text', i - 2)) flags.mark(i, QUOTE_WORD);
    else if (lower.startsWith('xxxxx', i)) {
      flags.mark(i, REDACTION_RUN);
      while (lower.charCodeAt(i + 1) === 120) i++;
    }
  }
  return flags.flags;
}

/**
 * The flags, set at offsets that come in text order within a pass: the line pointer only moves
 * forward until the next pass rewinds it. A class, not a per-cable closure (see BodyLoop in body.ts).
 */
class LineFlags {
  readonly flags: Uint8Array;
  private readonly starts: number[];
  private line = 0;

  constructor(index: LineIndex) {
    this.flags = new Uint8Array(index.lineCount);
    this.starts = index.starts;
  }

  mark(offset: number, flag: number): void {
    const starts = this.starts;
    let line = this.line;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    this.line = line;
    this.flags[line] |= flag;
  }

  rewind(): void {
    this.line = 0;
  }
}

/** A character `\b` counts as part of a word (ASCII: the patterns are not Unicode-aware). */
function isWordCode(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c) || c === 95;
}

/**
 * `note` or `notes` at `i` of the lower-cased text, as the marker patterns read it: `\bNOTES?` after a
 * boundary, then a boundary or a separator (all non-word characters). NaN (the text's ends) is neither.
 */
function isNoteWordAt(lower: string, i: number): boolean {
  if (isWordCode(lower.charCodeAt(i - 1))) return false;
  const next = lower.charCodeAt(i + 4);
  return !isWordCode(next) || (next === 115 /* s */ && !isWordCode(lower.charCodeAt(i + 5)));
}

/** `ref`, `refs`, `reftel` or `reftels` at `i` of the lower-cased text, not touching a letter on either side (CITATION). */
function isRefWordAt(lower: string, i: number): boolean {
  if (isLetterCode(lower.charCodeAt(i - 1))) return false;
  const end = i + 3;
  if (!isLetterCode(lower.charCodeAt(end))) return true;
  if (lower.charCodeAt(end) === 115 /* s */ && !isLetterCode(lower.charCodeAt(end + 1))) return true;
  if (!lower.startsWith('tel', end)) return false;
  return !isLetterCode(lower.charCodeAt(end + 3)) || (lower.charCodeAt(end + 3) === 115 && !isLetterCode(lower.charCodeAt(end + 4)));
}

/**
 * The flags of an edited text from those of the text before: lines `firstLine..lastLine` (new
 * numbering) are scanned again, the others keep their flags (shifted by `lineDelta`).
 */
export function lineKeywordsAfterEdit(previous: Uint8Array, index: LineIndex, firstLine: number, lastLine: number, lineDelta: number): Uint8Array {
  const flags = new Uint8Array(index.lineCount);
  flags.set(previous.subarray(0, firstLine));
  flags.set(previous.subarray(lastLine + 1 - lineDelta), lastLine + 1);
  for (let line = firstLine; line <= lastLine; line++) flags[line] = lineKeywords(new LineIndex(index.lines[line]))[0];
  return flags;
}

const SECTION = /section/gi;
const WORDS = /summary|c[o0]mment|note|ref|quote|text|xxxxx/gi;
const FLAG_BY_INITIAL: Record<string, number> = { s: SUMMARY_WORD, c: COMMENT_WORD, n: NOTE_WORD, r: REF_WORD, q: QUOTE_WORD, t: QUOTE_WORD, x: REDACTION_RUN };

/**
 * The same words found by one case-insensitive scan. Matches do not overlap, but no pattern's word
 * can hide in another's: each stands at a word start, and no word here spans one.
 */
function scanCaseInsensitive(text: string, flags: LineFlags): void {
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) flags.mark(m.index, FLAG_BY_INITIAL[m[0][0].toLowerCase()]);
}
