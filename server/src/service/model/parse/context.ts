import { LineIndex } from '../../text/lines';
import { lineRange, Range } from '../../text/types';
import { Span } from '../cable';
import { lineKeywords } from './keywords';

/** The lines being parsed and small helpers to cut spans out of them. */
export class ParseContext {
  readonly lines: string[];
  private keywordFlags?: Uint8Array;

  /** `keywords`: the flags when already known (an incremental parse). */
  constructor(
    readonly index: LineIndex,
    keywords?: Uint8Array,
  ) {
    this.lines = index.lines;
    this.keywordFlags = keywords;
  }

  /** Per line, which words of the inline patterns it contains (see keywords.ts). */
  get keywords(): Uint8Array {
    this.keywordFlags ??= lineKeywords(this.index);
    return this.keywordFlags;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  span(line: number, start: number, end: number): Span {
    return { text: this.lines[line].slice(start, end), range: lineRange(line, start, end) };
  }

  /** A range from the first non-blank character of `first` to the end of `last`. */
  linesRange(first: number, last: number): Range {
    const head = this.lines[first];
    const start = head.length - head.trimStart().length;
    const end = this.lines[last].trimEnd().length;
    // A single blank line (spaces, a BOM) gives an empty range at its indent, never an inverted one.
    return { start: { line: first, character: start }, end: { line: last, character: first === last ? Math.max(start, end) : end } };
  }

  isBlank(line: number): boolean {
    return isBlankText(this.lines[line]);
  }

  /** Next non-blank line at or after `line`, or -1. */
  nextNonBlank(line: number, limit = this.lines.length): number {
    for (let i = line; i < limit; i++) if (!this.isBlank(i)) return i;
    return -1;
  }
}

export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // space, tab, NBSP, BOM and other spacing count as blank
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff && c !== 11 && c !== 12) return false;
  }
  return true;
}

/** Index of the first non-space character (a BOM counts as space). */
export function indentOf(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff) break;
    i++;
  }
  return i;
}
