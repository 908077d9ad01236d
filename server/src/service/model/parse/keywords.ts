// Which lines contain the few words the body's inline patterns need (summary, comment, note, ref,
// text/quote, xxxxx). Found once per cable with native indexOf over the lower-cased text, so
// the patterns run only on the few lines that can match instead of on every line of prose.
import { LineIndex } from '../../text/lines';

export const SUMMARY_WORD = 1;
export const COMMENT_WORD = 2;
export const NOTE_WORD = 4;
/** `ref`: REF, REFS, REFTEL citations. */
export const REF_WORD = 8;
/** `text` or `quote`: BEGIN/END TEXT, BEGIN/END QUOTE. */
export const QUOTE_WORD = 16;
/** Five x in a row: a redaction. */
export const REDACTION_RUN = 32;

const ALL = SUMMARY_WORD | COMMENT_WORD | NOTE_WORD | REF_WORD | QUOTE_WORD | REDACTION_RUN;

/**
 * One byte of flags per line. The flags are a superset: a flag may be set on a line where no
 * pattern matches, never missing on one where a pattern (case-insensitive or not) would.
 */
export function lineKeywords(index: LineIndex): Uint8Array {
  const flags = new Uint8Array(index.lineCount);
  const lower = index.text.toLowerCase();
  // A few characters change length when lower-cased (U+0130): offsets would not line up, so every line may match.
  if (lower.length !== index.text.length) return flags.fill(ALL);
  const starts = index.starts;
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // `mm` is rarer than any letter of `summary` or `comment` and stands at the same place in both.
  for (let i = lower.indexOf('mm'); i >= 0; i = lower.indexOf('mm', i + 1)) {
    if (i < 2) continue;
    if (lower.startsWith('summary', i - 2)) flags[lineOf(i)] |= SUMMARY_WORD;
    else if (lower.startsWith('comment', i - 2)) flags[lineOf(i)] |= COMMENT_WORD;
  }
  for (let i = lower.indexOf('note'); i >= 0; i = lower.indexOf('note', i + 4)) flags[lineOf(i)] |= NOTE_WORD;
  for (let i = lower.indexOf('ref'); i >= 0; i = lower.indexOf('ref', i + 3)) flags[lineOf(i)] |= REF_WORD;
  for (let i = lower.indexOf('quote'); i >= 0; i = lower.indexOf('quote', i + 5)) flags[lineOf(i)] |= QUOTE_WORD;
  // `x` is rare outside redactions and `text`.
  for (let i = lower.indexOf('x'); i >= 0; i = lower.indexOf('x', i + 1)) {
    if (i >= 2 && lower.startsWith('text', i - 2)) flags[lineOf(i)] |= QUOTE_WORD;
    else if (lower.startsWith('xxxxx', i)) {
      flags[lineOf(i)] |= REDACTION_RUN;
      while (lower.charCodeAt(i + 1) === 120) i++;
    }
  }
  return flags;
}
