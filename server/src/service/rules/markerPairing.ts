// Pairing of Summary / Comment / Note markers: an end marker needs an open start before it.
// Starts may stay open (drafters often omit the end); only an end with nothing to close is reported.
import { CableModel, Marker, MarkerKind } from '../model/cable';
import { perModel } from './memo';

/** How far above an end a redaction may have swallowed its start ("XXXXXXXXXXXX END NOTE."). */
const REDACTION_REACH = 3;

/**
 * End markers of `endKind` with no unclosed `startKind` before them, in text order. Not counted:
 * an end right after a redaction (its start may be in the redacted text), and an end on a line
 * repeating an earlier end's line word for word (released texts sometimes repeat a section).
 */
export function unmatchedEnds(model: CableModel, startKind: MarkerKind, endKind: MarkerKind): Marker[] {
  // Most cables close no summary or comment: nothing to pair.
  if (!model.markers.some((m) => m.kind === endKind)) return [];
  const lines = model.lines.lines;
  const ordered = model.markers.filter((m) => m.kind === startKind || m.kind === endKind);
  // The parser finds markers in text order: sort (stable, so to the same order) only when they are not.
  if (!inTextOrder(ordered)) ordered.sort(byStart);
  const unmatched: Marker[] = [];
  const endLines = new Set<string>();
  // One trimmed copy per line: re-trimming (and re-hashing) a long line for each of its markers was quadratic.
  const trimmed = new Map<number, string>();
  let open = 0;
  for (const marker of ordered) {
    if (marker.kind === startKind) {
      open++;
      continue;
    }
    const line = marker.range.start.line;
    const lineText = trimmed.get(line) ?? lines[line].trim();
    trimmed.set(line, lineText);
    if (open > 0) open--;
    // The redaction index is built only for an end that nothing closes: most ends close a start.
    else if (!endLines.has(lineText) && !redactedBefore(redactionColumns(model), marker)) unmatched.push(marker);
    endLines.add(lineText);
  }
  return unmatched;
}

function byStart(a: Marker, b: Marker): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

function inTextOrder(markers: readonly Marker[]): boolean {
  for (let i = 1; i < markers.length; i++) if (byStart(markers[i - 1], markers[i]) > 0) return false;
  return true;
}

/**
 * Line -> column of its first redaction, built once per model (summary and comment pairing both
 * ask): scanning every redaction for each end was quadratic.
 */
const redactionColumns = perModel((model: CableModel): ReadonlyMap<number, number> => {
  const columns = new Map<number, number>();
  for (const r of model.redactions) columns.set(r.start.line, Math.min(columns.get(r.start.line) ?? Infinity, r.start.character));
  return columns;
});

function redactedBefore(redactions: ReadonlyMap<number, number>, end: Marker): boolean {
  const { line, character } = end.range.start;
  if ((redactions.get(line) ?? Infinity) < character) return true;
  for (let above = line - REDACTION_REACH; above < line; above++) if (redactions.has(above)) return true;
  return false;
}
