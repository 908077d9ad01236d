// Pairing of Summary / Comment / Note markers: an end marker needs an open start before it.
// Starts may stay open (drafters often omit the end); only an end with nothing to close is reported.
import { CableModel, Marker, MarkerKind } from '../model/cable';

/** How far above an end a redaction may have swallowed its start ("XXXXXXXXXXXX END NOTE."). */
const REDACTION_REACH = 3;

/**
 * End markers of `endKind` with no unclosed `startKind` before them, in text order. Not counted:
 * an end right after a redaction (its start may be in the redacted text), and an end on a line
 * repeating an earlier end's line word for word (released texts sometimes repeat a section).
 */
export function unmatchedEnds(model: CableModel, startKind: MarkerKind, endKind: MarkerKind): Marker[] {
  const lines = model.lines.lines;
  const ordered = model.markers
    .filter((m) => m.kind === startKind || m.kind === endKind)
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const unmatched: Marker[] = [];
  const endLines = new Set<string>();
  let open = 0;
  for (const marker of ordered) {
    if (marker.kind === startKind) {
      open++;
      continue;
    }
    const lineText = lines[marker.range.start.line].trim();
    if (open > 0) open--;
    else if (!endLines.has(lineText) && !redactedBefore(model, marker)) unmatched.push(marker);
    endLines.add(lineText);
  }
  return unmatched;
}

function redactedBefore(model: CableModel, end: Marker): boolean {
  const { line, character } = end.range.start;
  return model.redactions.some((r) => (r.start.line === line && r.start.character < character) || (r.start.line < line && r.start.line >= line - REDACTION_REACH));
}
