import { PortionMark } from '../model/levels';
import { Fix } from '../lint/diagnostic';
import { Rule, RuleContext } from '../lint/rule';
import { Range } from '../text/types';
import { paragraphMarks, subjectMark } from './portions';

/**
 * The standard spelling of a mark, keeping the drafter's caveat separator: the corpus writes
 * `(S/NF)` far more often than `(S//NF)`, and both are accepted.
 */
function standardMark(mark: Pick<PortionMark, 'raw' | 'canonical'>): string {
  return mark.raw.includes('//') ? mark.canonical : mark.canonical.replace(/\/\//g, '/');
}

export const portionMarkingFormat: Rule = {
  id: 'portion-marking-format',
  defaultSeverity: 'warning',
  description: 'A portion mark is malformed or unknown: `C)`, `( C )`, `(c)`, `(S N/F)`, `(CONFIDENTIAL)`.',
  fix: 'Rewrite the mark in its standard form',
  check(ctx) {
    const { model } = ctx;
    for (const subject of model.subjects) reportMark(ctx, subjectMark(model, subject));
    for (const mark of paragraphMarks(model)) reportMark(ctx, mark);
  },
};

/** The fix to `expected`; one that would drop the drafter's words is offered, never applied on its own. */
function respell(mark: PortionMark & { range: Range }, expected: string): Fix {
  const edits = [{ range: mark.range, newText: expected }];
  if (mark.qualifier) return { title: `Change to ${expected}, dropping "${mark.qualifier}"`, edits, preferred: false, safe: false };
  return { title: `Change to ${expected}`, edits, preferred: true, safe: true };
}

function reportMark(ctx: RuleContext, mark: (PortionMark & { range: Range }) | undefined): void {
  // Most marks are spelled as accepted: only the others are respelled to compare.
  if (!mark || mark.wellFormed) return;
  const expected = standardMark(mark);
  if (mark.raw === expected) return;
  ctx.report({
    range: mark.range,
    message: `Portion mark \`${mark.raw}\` is not in the standard form; expected \`${expected}\`.`,
    fixes: [respell(mark, expected)],
  });
}
