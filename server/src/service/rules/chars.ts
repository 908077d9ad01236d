// Character tests for hand-written scans in the rules' hot loops, each equal to a regex class.

/** Whether the UTF-16 code unit is in regex `\s` (the set trim() removes). */
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
