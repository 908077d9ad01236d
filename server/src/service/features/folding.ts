// Folding ranges: the preamble, the header block, sections, summary and comment blocks,
// quotations and multi-line paragraphs.
import { CableModel, Marker } from '../model/cable';
import { FoldingRange, FoldingRangeKind } from './protocol';

function lastNonBlankBefore(model: CableModel, line: number): number {
  let l = line - 1;
  while (l >= 0 && !model.lines.lines[l].trim()) l--;
  return l;
}

/** `Comment`/`End comment` vs `Note`/`End note`: an end closes the latest start of its own word. */
function markerWord(m: Marker): string {
  return /note/i.test(m.text) ? 'note' : /comment/i.test(m.text) ? 'comment' : 'summary';
}

/** Start and end markers paired like brackets: an end closes the latest open start of its word, else the latest start. */
function markerBlocks(markers: readonly Marker[], start: Marker['kind'], end: Marker['kind']): Array<[Marker, Marker]> {
  const pairs: Array<[Marker, Marker]> = [];
  const open: Marker[] = [];
  for (const m of markers) {
    if (m.kind === start) open.push(m);
    else if (m.kind === end && open.length) {
      const word = markerWord(m);
      let i = open.length - 1;
      while (i > 0 && markerWord(open[i]) !== word) i--;
      if (markerWord(open[i]) !== word) i = open.length - 1;
      pairs.push([open[i], m]);
      open.splice(i, 1);
    }
  }
  return pairs;
}

export function foldingRanges(model: CableModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind, collapsedText?: string) => {
    if (endLine > startLine) ranges.push({ startLine, endLine, ...(kind ? { kind } : {}), ...(collapsedText ? { collapsedText } : {}) });
  };

  if (model.preamble) add(model.preamble.range.start.line, lastNonBlankBefore(model, model.preamble.range.end.line + 1), 'comment');
  const headerStart = model.routing?.range.start.line ?? model.banners[0]?.range.start.line ?? model.eoLines[0]?.range.start.line ?? model.tags[0]?.range.start.line;
  if (headerStart !== undefined && headerStart < model.bodyStart) add(headerStart, lastNonBlankBefore(model, model.bodyStart), 'imports', 'Header');

  if (model.sections.length > 1) {
    for (const section of model.sections.slice(1)) add(section.range.start.line, lastNonBlankBefore(model, section.range.end.line + 1), 'region');
  }
  for (const [start, end] of markerBlocks(model.markers, 'summary-start', 'summary-end')) add(start.range.start.line, end.range.end.line, 'region', 'Summary');
  for (const [start, end] of markerBlocks(model.markers, 'comment-start', 'comment-end')) add(start.range.start.line, end.range.end.line, 'comment');
  for (const q of model.quotations) add(q.range.start.line, q.range.end.line, 'region');
  for (const p of model.paragraphs) add(p.range.start.line, p.range.end.line, 'region');

  // Editors fold by start line; keep one range per start (the largest) in document order.
  const byStart = new Map<number, FoldingRange>();
  for (const r of ranges) {
    const had = byStart.get(r.startLine);
    if (!had || r.endLine > had.endLine) byStart.set(r.startLine, r);
  }
  const sorted = [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
  return nestFolds(model, sorted).filter((r) => r.endLine > r.startLine);
}

/**
 * Makes the ranges (sorted by start, one per start) nest. VS Code keeps a range only if it lies
 * inside every earlier range it starts in (FoldingRegions.sanitizeAndMerge), so a comment block
 * that starts inside one paragraph and ends inside the next used to vanish. Where two cross, the
 * one that loses fewer lines is shortened: the earlier ends before the later starts, or the later
 * ends where the earlier ends (on a tie, as in VS Code, the earlier keeps its lines).
 */
function nestFolds(model: CableModel, sorted: FoldingRange[]): FoldingRange[] {
  const open: FoldingRange[] = []; // the ranges containing the current start, innermost last
  for (const fold of sorted) {
    while (open.length && open[open.length - 1].endLine < fold.startLine) open.pop();
    while (open.length && open[open.length - 1].endLine < fold.endLine) {
      const outer = open[open.length - 1];
      const outerEnd = lastNonBlankBefore(model, fold.startLine);
      if (outer.endLine - outerEnd < fold.endLine - outer.endLine) {
        outer.endLine = outerEnd;
        open.pop();
      } else fold.endLine = outer.endLine;
    }
    open.push(fold);
  }
  return trimToEnclosing(sorted);
}

/**
 * The guarantee behind nestFolds: a range that still ends after a range it starts in (a range
 * shortened there may now end before a range it held) is cut to end with it.
 */
function trimToEnclosing(sorted: FoldingRange[]): FoldingRange[] {
  const open: FoldingRange[] = [];
  for (const fold of sorted) {
    while (open.length && open[open.length - 1].endLine < fold.startLine) open.pop();
    if (open.length && open[open.length - 1].endLine < fold.endLine) fold.endLine = open[open.length - 1].endLine;
    open.push(fold);
  }
  return sorted;
}
