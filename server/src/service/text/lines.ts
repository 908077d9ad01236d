import { Position } from './types';

/**
 * The text split into lines once. Every later pass works on these lines, never on the raw
 * string, so line breaks (LF, CRLF, lone CR) are decided in exactly one place.
 */
export class LineIndex {
  /** Line texts without their line break. */
  readonly lines: string[];
  /** Offset of each line's first character in the text. */
  readonly starts: number[];

  constructor(readonly text: string) {
    const lines: string[] = [];
    const starts: number[] = [];
    let start = 0;
    // indexOf finds the breaks natively, several times faster than a loop over every character.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      lines.push(text.slice(start, at));
      starts.push(start);
      start = at === cr && lf === cr + 1 ? at + 2 : at + 1;
      if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    }
    lines.push(text.slice(start));
    starts.push(start);
    this.lines = lines;
    this.starts = starts;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  offsetAt(p: Position): number {
    if (p.line >= this.lines.length) return this.text.length;
    if (p.line < 0) return 0;
    return this.starts[p.line] + Math.max(0, Math.min(p.character, this.lines[p.line].length));
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset - this.starts[lo], this.lines[lo].length) };
  }

  /** The line break used by the text (the first one found), for edits that insert lines. */
  get eol(): string {
    const i = this.text.search(/\r\n|\n|\r/);
    if (i < 0) return '\n';
    return this.text[i] === '\r' && this.text[i + 1] === '\n' ? '\r\n' : this.text[i];
  }
}
