import { PortionMark } from '../model/levels';
import { Rule } from '../lint/rule';
import { portionMark, subjectMark } from './portions';

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
    const paragraphMarks = model.paragraphs.flatMap((p) => portionMark(model, p) ?? []);
    const marks = [...model.subjects.flatMap((s) => subjectMark(model, s) ?? []), ...paragraphMarks];
    for (const mark of marks) {
      const expected = standardMark(mark);
      if (mark.wellFormed || mark.raw === expected) continue;
      ctx.report({
        range: mark.range,
        message: `Portion mark \`${mark.raw}\` is not in the standard form; expected \`${expected}\`.`,
        fixes: [{ title: `Change to ${expected}`, edits: [{ range: mark.range, newText: expected }], preferred: true, safe: true }],
      });
    }
  },
};
