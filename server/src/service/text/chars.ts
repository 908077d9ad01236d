// Character tests by UTF-16 code unit, and the trims built on them: the parser's and the rules'
// hot paths read lines in place with these instead of cutting, trimming or running a pattern.

/** The code units of regex `\s` (the set trim() removes), one bit each. */
const SPACE_BITS = (() => {
  const bits = new Int32Array(0x10000 >> 5);
  const spaces = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
  for (let c = 0x2000; c <= 0x200a; c++) spaces.push(c);
  for (const c of spaces) bits[c >> 5] |= 1 << (c & 31);
  return bits;
})();

/**
 * Whether the code unit is in regex `\s` (the set trim() removes). A table rather than a chain of
 * comparisons: the chain's tests for rare spaces (U+2000 to U+200A) ran only when such a
 * character came, and the optimized code of every caller was thrown away and compiled again.
 * A NaN (a read past the end) is not a space.
 */
export function isSpaceCode(c: number): boolean {
  return ((SPACE_BITS[c >> 5] >> (c & 31)) & 1) === 1;
}

/** `[0-9]`, which is regex `\d`. */
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `[A-Za-z]`. */
export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The code of an ASCII letter in upper case (`c` is one). */
export function upperLetterCode(c: number): number {
  return c >= 97 ? c - 32 : c;
}

/**
 * Index of the first character that is not `\s`, or the length: a pattern starting with `^\s*X`
 * can only match where this character is X.
 */
export function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** `from + text.slice(from, to).trimEnd().length` (by default `text.trimEnd().length`), without cutting. */
export function trimmedEnd(text: string, from = 0, to = text.length): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}
