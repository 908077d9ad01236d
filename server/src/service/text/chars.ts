// Character tests by UTF-16 code unit, and the trims built on them: the parser's and the rules'
// hot paths read lines in place with these instead of cutting, trimming or running a pattern.

/** Whether the code unit is in regex `\s` (the set trim() removes). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
