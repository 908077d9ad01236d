// Links between in-text citations (`(ref b)`, `REFS B AND C`, `reftel`) and the REF items they
// name. The ref-* rules use them, and so can go-to-definition, find-references and rename.
import { CableModel, itemLetter, RefCitation, RefItem, Span } from '../model/cable';
import { Range } from '../text/types';
import { perModel } from './memo';
import { holdsNamedCable } from './refMentions';
import { isSpaceCode } from '../text/chars';

/** The single character of a letter span that is the letter: `B` in `¶B.`, `(B)` or `b`. */
export function letterRange(span: Span): Range {
  const at = span.text.search(/[A-Za-z]/);
  const start = { line: span.range.start.line, character: span.range.start.character + Math.max(0, at) };
  return { start, end: { line: start.line, character: start.character + 1 } };
}

/** A bare plural (`REFTELS`, `REFS`) points at every item. */
export function isPluralCitation(citation: RefCitation): boolean {
  return /^REF(?:TEL)?S\b/i.test(citation.text);
}

/**
 * How many references an unlettered REF item lists: `BELGRADE 19; STATE 9661` is two, and so is a
 * list written one reference a line. Drafters cite them as A, B... in order all the same.
 */
export function implicitCount(item: RefItem, lines: readonly string[]): number {
  const bySemicolon = nonBlankParts(item.text);
  if (bySemicolon > 1) return bySemicolon;
  let own = 0;
  for (let line = item.range.start.line; line <= item.range.end.line && line < lines.length; line++) if (TWO_DIGITS.test(lines[line])) own++;
  return Math.max(1, own);
}

const TWO_DIGITS = /\d{2,}/;

/** How many of the `;`-separated parts of `text` are not blank: `text.split(';').filter((part) => part.trim()).length` without the copies. */
function nonBlankParts(text: string): number {
  let count = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */) {
      if (!blank) count++;
      blank = true;
    } else if (blank && !isSpaceCode(c)) blank = false;
  }
  return blank ? count : count + 1;
}

/** The REF list as citations look it up; built once per model, as every cited letter asks. */
interface RefIndex {
  /** Upper-case letter -> the first item with that letter. */
  byLetter: Map<string, RefItem>;
  /** The only item, when the list is one unlettered item (or one lettered A), and how many references it lists. */
  implicit?: { item: RefItem; count: number };
}

/**
 * A list of one item stands for the references it lists: unlettered, all of them; lettered A
 * (`A) VATICAN 475; WARSAW 799; ...TELCONS`, the drafter lettering only the first), those after
 * semicolons, which drafters cite as B, C... all the same.
 */
function implicitList(only: RefItem, lines: readonly string[]): { item: RefItem; count: number } | undefined {
  if (!only.letter) return { item: only, count: implicitCount(only, lines) };
  const count = itemLetter(only) === 'A' ? nonBlankParts(only.text) : 1;
  return count > 1 ? { item: only, count } : undefined;
}

const refIndex = perModel((model: CableModel): RefIndex => {
  const items = model.refs?.items ?? [];
  const byLetter = new Map<string, RefItem>();
  for (const item of items) {
    const letter = itemLetter(item);
    if (letter !== undefined && !byLetter.has(letter)) byLetter.set(letter, item);
  }
  return { byLetter, implicit: items.length === 1 ? implicitList(items[0], model.lines.lines) : undefined };
});

/** The REF item a cited letter names: the first item with that letter, or an unlettered list holding that many. */
export function refItemForLetter(model: CableModel, letter: string): RefItem | undefined {
  return itemForLetter(refIndex(model), letter);
}

function itemForLetter(index: RefIndex, letter: string): RefItem | undefined {
  const wanted = letter.toUpperCase();
  const found = index.byLetter.get(wanted);
  if (found || !index.implicit) return found;
  return wanted.charCodeAt(0) - 65 < index.implicit.count ? index.implicit.item : undefined;
}

/** The letters a citation names, with ranges filled in: `REFS B-E` names B, C, D and E. */
export function citedCodes(model: CableModel, citation: RefCitation): string[] {
  const codes: string[] = [];
  citation.letters.forEach((letter, i) => {
    const code = letter.text.toUpperCase();
    const before = citation.letters[i - 1];
    if (before && before.range.end.line === letter.range.start.line) {
      const between = model.lines.lines[letter.range.start.line].slice(before.range.end.character, letter.range.start.character);
      if (/^\s*(?:-|through)\s*$/i.test(between)) {
        for (let c = before.text.toUpperCase().charCodeAt(0) + 1; c < code.charCodeAt(0); c++) codes.push(String.fromCharCode(c));
      }
    }
    codes.push(code);
  });
  return codes;
}

export interface CitedLetter {
  citation: RefCitation;
  letter: Span;
  item: RefItem | undefined;
}

/** Every cited letter in the text with the item it names (undefined when no item has that letter). */
export function citedLetters(model: CableModel): CitedLetter[] {
  return model.citations.flatMap((citation) => citation.letters.map((letter) => ({ citation, letter, item: refItemForLetter(model, letter.text) })));
}

/**
 * The items a citation points at: its letters' items; for a bare `reftel`, the items holding the
 * cable it names (`reftel Abuja 1675`), else the only item or, if plural, every item.
 */
export function citationTargets(model: CableModel, citation: RefCitation): RefItem[] {
  const items = model.refs?.items ?? [];
  if (citation.letters.length) {
    return citedCodes(model, citation).map((code) => refItemForLetter(model, code)).filter((i): i is RefItem => i !== undefined);
  }
  if (citation.named) {
    const named = citation.named.text;
    const holding = items.filter((item) => holdsNamedCable(item, named));
    if (holding.length) return holding;
  }
  if (items.length === 1 || isPluralCitation(citation)) return items;
  return [];
}

/** Where the text cites `item`: the letter spans naming it, or the whole citation for a bare `reftel`. */
export function citationsOfItem(model: CableModel, item: RefItem): Span[] {
  return model.citations.flatMap((citation) => {
    if (!citation.letters.length || !citation.letters.some((l) => refItemForLetter(model, l.text) === item)) {
      // A bare `reftel` or the inside of a range (C in `REFS B-E`) cites the item as a whole citation.
      return citationTargets(model, citation).includes(item) ? [citation] : [];
    }
    return citation.letters.filter((l) => refItemForLetter(model, l.text) === item);
  });
}

/**
 * The items the text cites, from one pass over the citations. An item is cited exactly when
 * `citationsOfItem` finds it: a letter naming it is among its citation's targets too.
 */
export function citedItems(model: CableModel): Set<RefItem> {
  const cited = new Set<RefItem>();
  const index = refIndex(model);
  for (const citation of model.citations) {
    // Most citations name one letter: its item is the citation's only target.
    if (citation.letters.length === 1) {
      const item = itemForLetter(index, citation.letters[0].text.toUpperCase());
      if (item) cited.add(item);
    } else for (const item of citationTargets(model, citation)) cited.add(item);
  }
  return cited;
}
