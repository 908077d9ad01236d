// The cables a cable's REF items cite, by id (`A. RANGOON 1370` in a 2004 cable: 04RANGOON1370),
// each with the range a link to it covers: the item's text, not its letter. Which file holds a
// cited cable is the server's to find (only it reads the disk): see lsp/cableFiles.ts.
import { CableModel, RefItem } from '../model/cable';
import { formatDate } from '../model/dates';
import { LEVEL_NAMES } from '../model/levels';
import { firstNonSpace } from '../text/chars';
import { containsPosition, Position, Range } from '../text/types';

export interface CitedCable {
  id: string;
  range: Range;
}

export function citedCables(model: CableModel): CitedCable[] {
  const cited: CitedCable[] = [];
  for (const item of model.refs?.items ?? []) {
    if (item.id) cited.push({ id: item.id, range: linkRange(model.lines.lines, item) });
  }
  return cited;
}

/** The cable the REF item under `position` (its letter included) cites, if it names one. */
export function citedCableAt(model: CableModel, position: Position): string | undefined {
  return model.refs?.items.find((item) => item.id && containsPosition(item.range, position))?.id ?? undefined;
}

/** The item's range from its text on: after the letter (`A. `) when text follows it on its line. */
function linkRange(lines: readonly string[], item: RefItem): Range {
  if (!item.letter) return item.range;
  const { line, character } = item.letter.range.end;
  const text = lines[line];
  const start = character + firstNonSpace(text.slice(character));
  const end = item.range.end;
  return start < text.length && (end.line > line || start < end.character) ? { start: { line, character: start }, end } : item.range;
}

/**
 * What a hover on a REF item adds once the server has found the cited cable's file: its
 * classification, date and subject, so a reader sees what a reference is without opening it.
 * `fileName` is the file's name as the user would see it.
 */
export function citedCableSummary(cited: CableModel, fileName: string): string {
  const facts = [cited.classification && LEVEL_NAMES[cited.classification.level], cited.date && formatDate(cited.date.value)].filter(Boolean).join(', ');
  const subject = cited.subjects[0]?.text.trim();
  return `${fileName}${facts ? `: ${facts}` : ''}${subject ? `  \nSUBJECT: ${escapeMarkdown(subject)}` : ''}`;
}

/** The characters that would start markup inside a line (emphasis, code, links, HTML) shown as themselves. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}
