import { Position } from './types';

/**
 * The text split into lines once. Every later pass works on these lines, never on the raw
 * string, so line breaks (LF, CRLF, lone CR) are decided in exactly one place.
 */
export class LineIndex {
  /** Line texts without their line break. Never changed after construction. */
  readonly lines: string[];
  /** Offset of each line's first character in the text. */
  readonly starts: number[];

  /** `parts`: the lines and starts of `text` when already known (an edit of an indexed text). */
  constructor(
    readonly text: string,
    parts?: { lines: string[]; starts: number[] },
  ) {
    if (parts) {
      this.lines = parts.lines;
      this.starts = parts.starts;
      return;
    }
    ({ lines: this.lines, starts: this.starts } = splitLines(text, 0, text.length));
  }

  /**
   * The index of `text`, which is `previous.text` with `[start, oldEnd)` replaced by
   * `text.slice(start, newEnd)`: only the lines the edit touches are split again. `firstLine` and
   * `lastLine` (in the new text) bound the lines that may differ; `lineDelta` is the change in count.
   */
  static afterEdit(previous: LineIndex, text: string, start: number, oldEnd: number, newEnd: number): { index: LineIndex; firstLine: number; lastLine: number; lineDelta: number } {
    // One whole line more on each side: a break can change kind at the edit's edges (CR + LF).
    const first = Math.max(0, previous.positionAt(start).line - 1);
    const last = Math.min(previous.lineCount - 1, previous.positionAt(oldEnd).line + 1);
    const from = previous.starts[first];
    const oldTo = previous.starts[last] + previous.lines[last].length;
    const shift = newEnd - oldEnd;
    // A CR left just before an LF would join it into one break: split the whole text instead.
    if (text.charCodeAt(oldTo + shift - 1) === 13 && text.charCodeAt(oldTo + shift) === 10) {
      const index = new LineIndex(text);
      return { index, firstLine: 0, lastLine: index.lineCount - 1, lineDelta: index.lineCount - previous.lineCount };
    }
    const { lines: editedLines, starts: editedStarts } = splitLines(text, from, oldTo + shift);
    // A line cut from the text keeps all of that text alive; kept lines already hold the first
    // text, so edited lines get their own copy lest every version of the text stay in memory.
    for (let i = 0; i < editedLines.length; i++) editedLines[i] = ownCopy(editedLines[i]);
    const lastLine = first + editedLines.length - 1;
    const lines = previous.lines.slice(0, first).concat(editedLines, previous.lines.slice(last + 1));
    const starts = previous.starts.slice(0, first).concat(editedStarts, previous.starts.slice(last + 1));
    if (shift !== 0) for (let i = lastLine + 1; i < starts.length; i++) starts[i] += shift;
    return { index: new LineIndex(text, { lines, starts }), firstLine: first, lastLine, lineDelta: lines.length - previous.lineCount };
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

/**
 * The lines of `text.slice(from, to)` (which starts at a line start and ends at a line end), with
 * their offsets in `text`.
 */
function splitLines(text: string, from: number, to: number): { lines: string[]; starts: number[] } {
  // Searched in the slice alone: indexOf on the whole text would run on to its end for a break kind it lacks.
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  let cr = part.indexOf('\r');
  if (cr < 0) {
    // Only LF breaks (the usual case): the native split cuts the lines faster still.
    const lines = part.split('\n');
    const starts: number[] = [];
    let at = from;
    for (let i = 0; i < lines.length; i++) {
      starts.push(at);
      at += lines[i].length + 1;
    }
    return { lines, starts };
  }
  const lines: string[] = [];
  const starts: number[] = [];
  let start = 0;
  // indexOf finds the breaks natively, several times faster than a loop over every character.
  let lf = part.indexOf('\n');
  while (lf >= 0 || cr >= 0) {
    const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    lines.push(part.slice(start, at));
    starts.push(from + start);
    start = at === cr && lf === cr + 1 ? at + 2 : at + 1;
    if (lf >= 0 && lf < start) lf = part.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = part.indexOf('\r', start);
  }
  lines.push(part.slice(start));
  starts.push(from + start);
  return { lines, starts };
}

/** The same characters in a string of their own (not a view into a larger one). */
function ownCopy(text: string): string {
  // Joining makes a rope; slicing it flattens the rope into a new string of just these characters.
  return (text + ' ').slice(0, -1);
}
