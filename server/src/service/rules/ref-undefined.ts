import { Rule, RuleContext } from '../lint/rule';
import { itemLetter, RefCitation } from '../model/cable';
import { citationTargets, isPluralCitation, refItemForLetter } from './refLetters';
import { firstNonSpace } from '../text/chars';

export const refUndefined: Rule = {
  id: 'ref-undefined',
  defaultSeverity: 'warning',
  description: 'An in-text citation (`REF B`, `(ref b)`, `REFTEL A`) names a letter missing from the REF list, or a bare `reftel` is ambiguous.',
  check(ctx) {
    const { model } = ctx;
    // Only citations are judged: without any, there is nothing to look up (nor a REF line to look for).
    if (!model.citations.length) return;
    // A REF line the parser could not read would make every citation look undefined: stay silent.
    if (!model.refs && ctx.lines.some(isRefLine)) return;
    // Pushed into a literal (one element kind for V8, see paragraphMarks), not mapped and filtered.
    const letters: string[] = [];
    for (const item of model.refs?.items ?? []) {
      const letter = itemLetter(item);
      if (letter !== undefined) letters.push(letter);
    }
    // Worded only for a finding: most cables have none.
    const listed = () => (letters.length ? `the REF list has only ${letters.join(', ')}` : model.refs ? 'the REF items have no letters' : 'the cable has no REF list');
    for (const citation of model.citations) {
      for (const letter of citation.letters) {
        if (refItemForLetter(model, letter.text) || isLabel(ctx, citation)) continue;
        ctx.report({ range: letter.range, message: `${keyword(citation)} ${letter.text.toUpperCase()} names no REF item; ${listed()}.` });
      }
    }
    for (const citation of model.citations) {
      if (citation.letters.length || isPluralCitation(citation) || isLabel(ctx, citation)) continue;
      // `reftel Abuja 1675` names its item by the cable it holds.
      if (citation.named && citationTargets(model, citation).length) continue;
      if (!model.refs) {
        ctx.report({ range: citation.range, message: `${keyword(citation)} points at a reference, but the cable has no REF list.` });
      } else if (letters.length > 1 && !(letters.includes('A') && followedByA(ctx, citation))) {
        ctx.report({ range: citation.range, message: `${keyword(citation)} is ambiguous with ${letters.length} lettered REF items; expected a letter, like ${keyword(citation)} ${letters[0]}.` });
      }
    }
  },
};

const REF_LINE = /^\s*(?:REFS?|REFTELS?|REFERENCES?)\b\s*(?:[.:(]|[A-Z][.):\s])/i;

/** REF_LINE, tried only on lines whose first non-blank character is an R. */
function isRefLine(line: string): boolean {
  const first = firstNonSpace(line);
  return first < line.length && (line.charCodeAt(first) | 32) === 114 /* r */ && REF_LINE.test(line);
}

/** `REF`, `reftel`, `Refs` as written, without letters or a full stop. */
function keyword(citation: RefCitation): string {
  return /^[A-Za-z]+/.exec(citation.text)![0];
}

/**
 * Words that only look like citations: `ref: ISP-I-02-26` or a quoted message's own `REF:` line
 * label a reference; `ad ref.` (ad referendum) and `ref. number` are not references at all.
 */
function isLabel(ctx: RuleContext, citation: RefCitation): boolean {
  const { line, character } = citation.range.start;
  const text = ctx.lines[line];
  // Only the last few characters before the citation matter: a whole-line prefix made long lines quadratic.
  return /^[A-Za-z]+\.?\s*:/.test(text.slice(character)) || /\bad\s+$/i.test(text.slice(Math.max(0, character - 64), character)) || /^[A-Za-z]+\.?\s+(?:no\b|number)/i.test(text.slice(character));
}

/** `reftel a on July 27`: the parser reads `a` before a word as the article, but with a REF A it is the letter. */
function followedByA(ctx: RuleContext, citation: RefCitation): boolean {
  const { line, character } = citation.range.end;
  return /^\s+a\s/i.test(ctx.lines[line].slice(character));
}
