// Hand-written scans for the rules' hot paths (every body line, every paragraph, every TAGS token).
// Each equals the regex named in its comment; test/unit/rules/scanners.test.ts compares them.
import { isDigitCode, isLetterCode, isSpaceCode } from '../text/chars';

/**
 * The letter code of a line opening a lettered-list item (`(b) text`, `- (A) text`, `4.  D)  text`),
 * else -1: regex `^\s*(?:-+\s*)?(?:\d{1,3}\.\s+)?\(?([A-Za-z])\)\s`.
 */
export function listLetterCode(text: string): number {
  let i = 0;
  while (isSpaceCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 45 /* - */) {
    while (text.charCodeAt(i) === 45) i++;
    while (isSpaceCode(text.charCodeAt(i))) i++;
  }
  if (isDigitCode(text.charCodeAt(i))) {
    let end = i;
    while (isDigitCode(text.charCodeAt(end))) end++;
    if (end - i > 3 || text.charCodeAt(end) !== 46 /* . */ || !isSpaceCode(text.charCodeAt(end + 1))) return -1;
    i = end + 1;
    while (isSpaceCode(text.charCodeAt(i))) i++;
  }
  if (text.charCodeAt(i) === 40 /* ( */) i++;
  const letter = text.charCodeAt(i);
  return isLetterCode(letter) && text.charCodeAt(i + 1) === 41 /* ) */ && isSpaceCode(text.charCodeAt(i + 2)) ? letter : -1;
}

/** `(secret)`: regex `^\([a-z]{4,}\)$`. */
export function isParenthesisedWord(text: string): boolean {
  const last = text.length - 1;
  if (last < 5 || text.charCodeAt(0) !== 40 || text.charCodeAt(last) !== 41) return false;
  for (let i = 1; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The code of the letter in `(c)` or `C)`, else -1: regex `^\(?([A-Za-z])\)$`. */
export function singleLetterCode(text: string): number {
  const at = text.length === 3 && text.charCodeAt(0) === 40 ? 1 : text.length === 2 ? 0 : -1;
  const letter = text.charCodeAt(at);
  return at >= 0 && isLetterCode(letter) && text.charCodeAt(at + 1) === 41 ? letter : -1;
}

/** Where the first run of digits stands, as [from, to): regex `\d+` (from = to = length when there is none). */
export function digitRun(text: string): [number, number] {
  let from = 0;
  while (from < text.length && !isDigitCode(text.charCodeAt(from))) from++;
  let to = from;
  while (isDigitCode(text.charCodeAt(to))) to++;
  return [from, to];
}

/** The end of `text.slice(0, end)` without trailing spaces and `.,;:`: what regex `[\s.,;:]+$` leaves. */
export function endWithoutTrailingPunctuation(text: string, end: number): number {
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 46 && c !== 44 && c !== 59 && c !== 58 && !isSpaceCode(c)) break;
    end--;
  }
  return end;
}
