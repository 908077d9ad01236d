// REF letters as symbols: go from an in-text `(ref b)` to REF item B, find an item's citations,
// rename a letter everywhere it is written. Which citation names which item is the ref rules'
// reading (rules/refLetters, rules/refMentions), so navigation and diagnostics always agree.
import { CableModel, itemLetter, RefCitation, RefItem, Span } from '../model/cable';
import { citationsOfItem, citationTargets, letterRange, refItemForLetter } from '../rules/refLetters';
import { mentionAt, mentionsOfItem } from '../rules/refMentions';
import { comparePositions, containsPosition, Position, Range, rangesOverlap, TextEdit } from '../text/types';
import { FeatureError, Location, PrepareRenameResult, WorkspaceEdit, workspaceEdit } from './protocol';

/**
 * What is under the cursor: a REF item, a citation and the items it names, or a mention of an
 * item's cable by post and number (`Wellington 847`), which ref-unused counts as citing it.
 */
type Target = { kind: 'item'; item: RefItem } | { kind: 'citation'; letter?: Span; items: RefItem[] } | { kind: 'mention'; items: RefItem[] };

function targetAt(model: CableModel, position: Position): Target | undefined {
  const item = model.refs?.items.find((i) => containsPosition(i.range, position));
  if (item) return { kind: 'item', item };
  const citation = model.citations.find((c) => containsPosition(c.range, position));
  if (citation) return citationTarget(model, citation, position);
  // The body is read for mentions only here, per request: neither the parser nor the lint pass does.
  const mention = mentionAt(model, position);
  return mention && { kind: 'mention', items: mention.items };
}

function citationTarget(model: CableModel, citation: RefCitation, position: Position): Target {
  const letter = citation.letters.find((l) => containsPosition(l.range, position));
  if (letter) {
    const named = refItemForLetter(model, letter.text);
    return { kind: 'citation', letter, items: named ? [named] : [] };
  }
  // On the keyword: `REF B` names B, a bare `reftel` the only REF, `REFTELS` all of them.
  return { kind: 'citation', letter: citation.letters.length === 1 ? citation.letters[0] : undefined, items: citationTargets(model, citation) };
}

/** The item a request is about: the one under the cursor, or the one a single-letter citation or a mention names. */
function itemAt(model: CableModel, position: Position): RefItem | undefined {
  const target = targetAt(model, position);
  if (!target) return undefined;
  return target.kind === 'item' ? target.item : target.items.length === 1 ? target.items[0] : undefined;
}

export function definition(model: CableModel, uri: string, position: Position): Location[] {
  const target = targetAt(model, position);
  if (!target || target.kind === 'item') return [];
  return target.items.map((item) => ({ uri, range: item.range }));
}

export function references(model: CableModel, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const item = itemAt(model, position);
  if (!item) return [];
  const found = citingRanges(model, item).map((range) => ({ uri, range }));
  return includeDeclaration && item.letter ? [{ uri, range: letterRange(item.letter) }, ...found] : found;
}

/**
 * Where the text cites `item`, in text order: its letters as written, a bare `reftel` naming it as
 * a whole, and its mentions by post and number (hover counts these).
 */
export function citingRanges(model: CableModel, item: RefItem): Range[] {
  const ranges = [...citationsOfItem(model, item).map((span) => span.range), ...uncitedMentions(model, item)];
  return ranges.sort((a, b) => comparePositions(a.start, b.start));
}

/** The item's post-and-number mentions but those a `reftel` names: `reftel Abuja 1675` is listed once, as its citation. */
function uncitedMentions(model: CableModel, item: RefItem): Range[] {
  return mentionsOfItem(model, item).filter((mention) => !model.citations.some((c) => c.named && rangesOverlap(c.named.range, mention)));
}

/** The lettered item to rename and the letter span under the cursor, or why there is none. */
function renameTarget(model: CableModel, position: Position): { item: RefItem; letter: string; range: Range } | FeatureError {
  const target = targetAt(model, position);
  // A mention by post and number carries no letter; rename starts from the letter or a citation.
  if (!target || target.kind === 'mention') return { error: 'Only a REF letter can be renamed here.' };
  if (target.kind === 'citation' && target.letter && !target.items.length) return { error: `REF ${target.letter.text.toUpperCase()} is not in the REF list.` };
  const item = target.kind === 'item' ? target.item : target.items.length === 1 ? target.items[0] : undefined;
  const letter = item && itemLetter(item);
  if (!item || !letter || !item.letter) return { error: 'Only a REF letter can be renamed here.' };
  const range = target.kind === 'citation' && target.letter ? letterRange(target.letter) : letterRange(item.letter);
  return { item, letter, range };
}

/** Where a rename starts: always the letter itself, even from an item's text or a citation's keyword. */
export function prepareRename(model: CableModel, position: Position): PrepareRenameResult | FeatureError {
  const target = renameTarget(model, position);
  return 'error' in target ? target : { range: target.range, placeholder: target.letter };
}

export function renameEdits(model: CableModel, position: Position, newName: string): TextEdit[] | FeatureError {
  const target = renameTarget(model, position);
  if ('error' in target) return target;
  const wanted = newName.trim().replace(/^\(?([A-Za-z])[.)]?$/, '$1').toUpperCase();
  if (!/^[A-Z]$/.test(wanted)) return { error: 'A REF letter is a single letter, A to Z.' };
  if (wanted === target.letter) return [];
  if (model.refs?.items.some((i) => itemLetter(i) === wanted)) return { error: `REF ${wanted} already exists.` };
  // Written letters only: a bare `reftel` or the inside of `REFS B-E` has no letter of its own to change.
  const written = [target.item.letter!, ...citationsOfItem(model, target.item).filter((s) => /^[A-Za-z]$/.test(s.text))];
  return written.map((span) => {
    const range = letterRange(span);
    const char = model.lines.lines[range.start.line][range.start.character];
    return { range, newText: char === char.toLowerCase() ? wanted.toLowerCase() : wanted };
  });
}

export function rename(model: CableModel, uri: string, position: Position, newName: string, version?: number): WorkspaceEdit | FeatureError {
  const edits = renameEdits(model, position, newName);
  return 'error' in edits ? edits : workspaceEdit(uri, edits, version);
}
