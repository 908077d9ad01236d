// REF letters as symbols: go from an in-text `(ref b)` to REF item B, find an item's citations,
// rename a letter everywhere it is written.
import { CableModel, RefItem, Span } from '../model/cable';
import { containsPosition, lineRange, Position, Range, TextEdit } from '../text/types';
import { FeatureError, Location, PrepareRenameResult, WorkspaceEdit, workspaceEdit } from './protocol';

/** One written occurrence of a REF letter: the letter character itself. */
interface LetterOccurrence {
  letter: string;
  range: Range;
  /** Lower case as written (`ref b`), kept when renaming. */
  lower: boolean;
  item?: RefItem;
}

/** The letter character inside an item's marker (`A.`, `(A)`, `A)`). */
function itemOccurrence(item: RefItem): LetterOccurrence | undefined {
  if (!item.letter) return undefined;
  const at = item.letter.text.search(/[A-Za-z]/);
  if (at < 0) return undefined;
  const char = item.letter.text[at];
  const start = item.letter.range.start;
  return { letter: char.toUpperCase(), range: lineRange(start.line, start.character + at, start.character + at + 1), lower: char !== char.toUpperCase(), item };
}

function citationOccurrence(span: Span): LetterOccurrence {
  return { letter: span.text.toUpperCase(), range: span.range, lower: span.text !== span.text.toUpperCase() };
}

export function refItemByLetter(model: CableModel, letter: string): RefItem | undefined {
  return model.refs?.items.find((item) => itemOccurrence(item)?.letter === letter.toUpperCase());
}

function citationOccurrences(model: CableModel, letter: string): LetterOccurrence[] {
  return model.citations.flatMap((c) => c.letters.map(citationOccurrence)).filter((o) => o.letter === letter);
}

/** The REF letter at a position: on an item (its letter or its text) or on a citation. */
function letterAt(model: CableModel, position: Position): LetterOccurrence | undefined {
  for (const item of model.refs?.items ?? []) {
    const own = itemOccurrence(item);
    if (own && containsPosition(item.range, position)) return own;
  }
  for (const citation of model.citations) {
    if (!containsPosition(citation.range, position)) continue;
    const exact = citation.letters.find((l) => containsPosition(l.range, position));
    if (exact) return citationOccurrence(exact);
    // On the keyword: `REF B` means B.
    if (citation.letters.length === 1) return citationOccurrence(citation.letters[0]);
  }
  return undefined;
}

/** A bare `reftel` (no letter) names the REF when there is only one. */
function bareCitationTarget(model: CableModel, position: Position): RefItem | undefined {
  const items = model.refs?.items ?? [];
  if (items.length !== 1) return undefined;
  return model.citations.some((c) => !c.letters.length && containsPosition(c.range, position)) ? items[0] : undefined;
}

export function definition(model: CableModel, uri: string, position: Position): Location[] {
  const at = letterAt(model, position);
  const item = at ? at.item ?? refItemByLetter(model, at.letter) : bareCitationTarget(model, position);
  return item ? [{ uri, range: item.range }] : [];
}

export function references(model: CableModel, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const at = letterAt(model, position);
  if (!at) return [];
  const declaration = refItemByLetter(model, at.letter);
  const found = citationOccurrences(model, at.letter).map((o) => ({ uri, range: o.range }));
  const own = declaration && itemOccurrence(declaration);
  return includeDeclaration && own ? [{ uri, range: own.range }, ...found] : found;
}

/** Where a rename starts: only a letter that names a REF item can be renamed. */
export function prepareRename(model: CableModel, position: Position): PrepareRenameResult | FeatureError {
  const at = letterAt(model, position);
  if (!at) return { error: 'Only a REF letter can be renamed here.' };
  if (!refItemByLetter(model, at.letter)) return { error: `REF ${at.letter} is not in the REF list.` };
  // Even from an item's text or a citation's keyword, what is renamed is the letter itself.
  return { range: at.range, placeholder: at.letter };
}

export function renameEdits(model: CableModel, position: Position, newName: string): TextEdit[] | FeatureError {
  const at = letterAt(model, position);
  if (!at) return { error: 'Only a REF letter can be renamed here.' };
  const item = refItemByLetter(model, at.letter);
  if (!item) return { error: `REF ${at.letter} is not in the REF list.` };
  const wanted = newName.trim().replace(/^\(?([A-Za-z])[.)]?$/, '$1').toUpperCase();
  if (!/^[A-Z]$/.test(wanted)) return { error: 'A REF letter is a single letter, A to Z.' };
  if (wanted === at.letter) return [];
  const clash = refItemByLetter(model, wanted);
  if (clash) return { error: `REF ${wanted} already exists.` };
  const occurrences = [itemOccurrence(item)!, ...citationOccurrences(model, at.letter)];
  return occurrences.map((o) => ({ range: o.range, newText: o.lower ? wanted.toLowerCase() : wanted }));
}

export function rename(model: CableModel, uri: string, position: Position, newName: string, version?: number): WorkspaceEdit | FeatureError {
  const edits = renameEdits(model, position, newName);
  return 'error' in edits ? edits : workspaceEdit(uri, edits, version);
}
