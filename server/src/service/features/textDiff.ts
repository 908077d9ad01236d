// The edits that turn one text into another, as small as a line diff allows. Fix-all and
// formatting compute a new text over several passes; handing the editor only what changed keeps
// the cursor, selections and folds where they were (a whole-document replacement would not).
import { LineIndex } from '../text/lines';
import { TextEdit } from '../text/types';

/** Above this many changed lines the diff gives up and returns one edit for the changed middle. */
const MAX_DIFFERENCES = 2000;

/** Lines with their line break kept, so joining them gives the text back exactly. */
function splitKeepingBreaks(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

interface Hunk {
  /** Old lines [oldStart, oldEnd) become new lines [newStart, newEnd). */
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** Myers' O(ND) diff; keeps only the diagonals each round needs, so memory is O(D^2). */
function diffLines(a: readonly string[], b: readonly string[]): Hunk[] | undefined {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(n + m, MAX_DIFFERENCES); d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) found = d;
      if (found >= 0) break;
    }
    trace.push(v.slice(offset - d, offset + d + 1));
    if (found >= 0) break;
  }
  if (found < 0) return undefined;

  // Walk back from the end, collecting single-line steps, then merge them into hunks.
  const steps: Array<{ oldAt: number; newAt: number; deleted: boolean }> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const previous = trace[d - 1];
    const at = (k: number) => previous[k + d - 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    // Down is line b[prevY] inserted at old line prevX; right is line a[prevX] deleted.
    steps.push({ oldAt: prevX, newAt: prevY, deleted: !down });
    x = prevX;
    y = prevY;
  }
  steps.reverse();
  const hunks: Hunk[] = [];
  for (const s of steps) {
    const last = hunks[hunks.length - 1];
    const oldEnd = s.deleted ? s.oldAt + 1 : s.oldAt;
    const newEnd = s.deleted ? s.newAt : s.newAt + 1;
    if (last && last.oldEnd === s.oldAt && last.newEnd === s.newAt) {
      last.oldEnd = oldEnd;
      last.newEnd = newEnd;
    } else {
      hunks.push({ oldStart: s.oldAt, oldEnd, newStart: s.newAt, newEnd });
    }
  }
  return hunks;
}

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Offsets [start, end) of `before` to replace with `newText` to get `after`; both trimmed to what differs. */
function tighten(before: string, after: string, start: number): { start: number; end: number; newText: string } {
  // An edit may not start or end inside a CRLF pair: positions cannot point between the two.
  const splitsPair = (at: number) => before[at - 1] === '\r' && before[at] === '\n';
  let prefix = commonPrefix(before, after);
  if (splitsPair(prefix)) prefix--;
  let suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
  if (suffix > 0 && splitsPair(before.length - suffix)) suffix--;
  return { start: start + prefix, end: start + before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}

/** Edits (non-overlapping, in document order) that turn `before` into `after`. */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const index = new LineIndex(before);
  const toEdit = (e: { start: number; end: number; newText: string }): TextEdit => ({
    range: { start: index.positionAt(e.start), end: index.positionAt(e.end) },
    newText: e.newText,
  });
  const a = splitKeepingBreaks(before);
  const b = splitKeepingBreaks(after);
  const hunks = diffLines(a, b);
  if (!hunks) return [toEdit(tighten(before, after, 0))];
  const lineStarts: number[] = [0];
  for (const line of a) lineStarts.push(lineStarts[lineStarts.length - 1] + line.length);
  return hunks.map((h) => {
    const oldText = a.slice(h.oldStart, h.oldEnd).join('');
    const newText = b.slice(h.newStart, h.newEnd).join('');
    return toEdit(tighten(oldText, newText, lineStarts[h.oldStart]));
  });
}
