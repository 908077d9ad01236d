// Where a missing header field belongs, for tags-missing and subject-missing: the header runs
// banner, captions, addressees, E.O., TAGS, SUBJECT, so a missing field goes after the last one
// present that precedes it.
import { CableModel } from '../model/cable';
import { Range, TextEdit } from '../text/types';
import { RuleContext } from '../lint/rule';

export interface FieldAnchor {
  /** The line the missing field should follow; the diagnostic is shown on it. */
  range: Range;
  /** What that line is, for the message: `the E.O. line`, `TAGS`, `the banner`. */
  name: string;
}

/** The E.O. line of the header (not a later section's repeat), if any. */
export function headerEo(model: CableModel): Range | undefined {
  return model.eoLines[0]?.range;
}

/** The last line of the banner/captions/addressee block, when the cable has one. */
export function headerTop(model: CableModel): FieldAnchor | undefined {
  const banner = model.banners[0];
  const before = [...model.captions, ...model.addressees].filter((s) => s.range.start.line < model.bodyStart);
  const last = before.reduce<Range | undefined>((end, s) => (!end || s.range.end.line > end.end.line ? s.range : end), banner?.range);
  if (!last) return undefined;
  return { range: last, name: banner && last === banner.range ? 'the banner' : 'the caption and addressee lines' };
}

/** A one-line range for a diagnostic shown on `range`'s first line. */
export function firstLine(range: Range, lines: readonly string[]): Range {
  if (range.start.line === range.end.line) return range;
  const line = range.start.line;
  return { start: range.start, end: { line, character: lines[line].trimEnd().length } };
}

/** Inserts `text` as a new line right after `line`, with the cable's own line break. */
export function insertLineAfter(ctx: RuleContext, line: number, text: string): TextEdit {
  if (line + 1 < ctx.lines.length) {
    return { range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, newText: text + ctx.eol };
  }
  const end = { line, character: ctx.lines[line].length };
  return { range: { start: end, end }, newText: ctx.eol + text };
}

/**
 * Whether some line starts with the field's keyword even though the parser found no such field
 * (a header it could not follow to the end): the rules then cannot tell, and stay silent.
 */
export function keywordLineExists(lines: readonly string[], keyword: RegExp): boolean {
  for (const line of lines) if (keyword.test(line)) return true;
  return false;
}
