// Applying edits: one place that sorts, checks overlap and splices, for quick-fixes, --fix and fixAll.
import { LineIndex } from '../text/lines';
import { TextEdit } from '../text/types';
import { CableDiagnostic, Fix } from './diagnostic';

/** Applies non-overlapping edits; an edit overlapping an earlier one is skipped and returned. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; skipped: TextEdit[] } {
  const index = new LineIndex(text);
  const placed = edits
    .map((edit, order) => ({ edit, order, start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  const kept: typeof placed = [];
  const skipped: TextEdit[] = [];
  for (const p of placed) {
    const prev = kept[kept.length - 1];
    if (prev && p.start < prev.end) skipped.push(p.edit);
    else kept.push(p);
  }
  let out = '';
  let cursor = 0;
  for (const p of kept) {
    out += text.slice(cursor, p.start) + p.edit.newText;
    cursor = p.end;
  }
  return { text: out + text.slice(cursor), skipped };
}

/** The safe fix of each diagnostic, whole fixes only: a fix whose edits clash with an earlier one waits for the next pass. */
export function safeFixEdits(diagnostics: readonly CableDiagnostic[], text: string): TextEdit[] {
  const index = new LineIndex(text);
  const taken: Array<[number, number]> = [];
  const edits: TextEdit[] = [];
  const clashes = (s: number, e: number) => taken.some(([ts, te]) => s < te && ts < e || (s === e && s === ts));
  for (const d of diagnostics) {
    const fix: Fix | undefined = d.fixes.find((f) => f.safe);
    if (!fix) continue;
    const spans = fix.edits.map((e) => [index.offsetAt(e.range.start), index.offsetAt(e.range.end)] as [number, number]);
    if (spans.some(([s, e]) => clashes(s, e))) continue;
    taken.push(...spans);
    edits.push(...fix.edits);
  }
  return edits;
}
