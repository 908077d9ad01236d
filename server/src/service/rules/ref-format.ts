import { Fix } from '../lint/diagnostic';
import { Rule, RuleContext } from '../lint/rule';
import { itemLetter, RefItem } from '../model/cable';
import { TextEdit } from '../text/types';
import { citedCodes, citedLetters, letterRange } from './refLetters';

export const refFormat: Rule = {
  id: 'ref-format',
  defaultSeverity: 'warning',
  description: 'REF letters are out of order or repeated, or an item has no text.',
  fix: 'Reletter the items (and their citations) A, B, C...',
  check(ctx) {
    const items = ctx.model.refs?.items.filter((item) => item.letter) ?? [];
    const letters = items.map((item) => itemLetter(item)!);
    let fix: Fix | undefined;
    items.forEach((item, i) => {
      const expected = String.fromCharCode(65 + i);
      const letter = letters[i];
      if (!item.text) {
        ctx.report({ range: item.letter!.range, message: `REF ${letter} has no text; expected the cable or document it refers to.` });
      }
      if (letter === expected || items.length > 26) return;
      fix ??= reletter(ctx, items, letters);
      const repeated = letters.indexOf(letter) < i;
      ctx.report({
        range: item.letter!.range,
        message: repeated ? `REF ${letter} is used twice; expected ${expected} here.` : `REF ${letter} is out of order; expected ${expected} here.`,
        fixes: [fix],
      });
    });
  },
};

/**
 * Letters the items A, B, C... in order. Citations follow when each old letter names one item;
 * the fix is safe only then, when no citation names a letter missing from the list, since such
 * a citation could end up naming a different item, and when every item is lettered (below).
 */
function reletter(ctx: RuleContext, items: RefItem[], letters: string[]): Fix {
  const edits: TextEdit[] = [];
  const renamed = new Map<string, string>();
  items.forEach((item, i) => {
    const wanted = String.fromCharCode(65 + i);
    renamed.set(letters[i], wanted);
    if (letters[i] === wanted) return;
    const range = letterRange(item.letter!);
    const newText = sameCase(ctx.lines[range.start.line][range.start.character], wanted);
    edits.push(item.letter!.text.length === 1 ? { range: item.letter!.range, newText: withStopOf(items[i + 1], newText) } : { range, newText });
  });
  const unique = new Set(letters).size === letters.length;
  if (!unique) return { title: 'Reletter the REF items in order (citations unchanged)', edits, safe: false };
  const cited = citedLetters(ctx.model);
  for (const { letter } of cited) {
    const wanted = renamed.get(letter.text.toUpperCase());
    if (!wanted || wanted === letter.text.toUpperCase()) continue;
    edits.push({ range: letter.range, newText: sameCase(letter.text, wanted) });
  }
  // A range (`REFS B-D`) would change its span under renaming: such a text needs review too.
  const ranged = ctx.model.citations.some((c) => citedCodes(ctx.model, c).length !== c.letters.length);
  // An unlettered item may hold references the drafter counted (`A MOGADISHU 1; B) ...` over
  // `C) ...`, the bare A not read as a letter): lettering the others from A would misname them.
  const unlettered = ctx.model.refs!.items.some((item) => !item.letter && item.text);
  const safe = !ranged && !unlettered && cited.every((c) => c.item !== undefined);
  return { title: 'Reletter the REF items and their citations in order', edits, preferred: true, safe };
}

/**
 * A bare letter (the garbled `Q` of `Q MOGADISHU 1; B) ...`) written with the stop the next item
 * has (`A)`): the parser reads a bare letter only when it is not A, which may be the article.
 */
function withStopOf(next: RefItem | undefined, letter: string): string {
  if (!next) return letter + '.';
  const span = next.letter!.text;
  const at = span.search(/[A-Za-z]/);
  return span.slice(0, at) + letter + span.slice(at + 1);
}

function sameCase(written: string, letter: string): string {
  return written === written.toLowerCase() ? letter.toLowerCase() : letter;
}
