import { Fix } from '../lint/diagnostic';
import { Rule, RuleContext } from '../lint/rule';
import { Paragraph } from '../model/cable';
import { lineRange } from '../text/types';
import { NumberFinding, numberDigits, NumberedParagraph, paragraphRenumberEdits, paragraphSequence } from './paragraphSequence';

export const paragraphNumbering: Rule = {
  id: 'paragraph-numbering',
  defaultSeverity: 'warning',
  description: "Paragraph numbers skip, repeat or go backwards, a lone paragraph is numbered, or a pilcrow was garbled into a leading 1 (`11.` for `1.`).",
  fix: "Renumber paragraphs / restore the garbled number / remove a lone paragraph's number",
  check(ctx) {
    const sequence = paragraphSequence(ctx.model);
    if (sequence.garbled) {
      const pilcrows = ctx.model.paragraphs.some((p) => p.number?.pilcrow);
      sequence.main.forEach((p, i) => {
        if (numberDigits(p).text !== String(sequence.values[i])) reportGarbled(ctx, p, sequence.values[i], pilcrows);
      });
      return;
    }
    if (sequence.findings.length) {
      const renumber: Fix = { title: 'Renumber paragraphs', edits: paragraphRenumberEdits(ctx.model), preferred: true, safe: true };
      for (const finding of sequence.findings) {
        ctx.report({ range: finding.paragraph.number.range, message: problemMessage(finding), fixes: renumber.edits.length ? [renumber] : [] });
      }
    }
    reportLoneNumber(ctx);
  },
};

function problemMessage(f: NumberFinding): string {
  const n = `Paragraph number ${f.value}`;
  if (f.problem === 'repeat') return `${n} repeats the number before it; expected ${f.expected}.`;
  if (f.problem === 'backwards') return `${n} goes back after ${f.previous}; expected ${f.expected}.`;
  return `${n} skips ahead after ${f.previous}; expected ${f.expected}.`;
}

/** `11.` where `¶1.` was meant: the number becomes `1`, or `¶1` when the cable's other numbers carry pilcrows. */
function reportGarbled(ctx: RuleContext, paragraph: NumberedParagraph, value: number, pilcrows: boolean): void {
  const digits = numberDigits(paragraph);
  const restored = pilcrows && !paragraph.number.pilcrow ? `¶${value}` : `${value}`;
  ctx.report({
    range: paragraph.number.range,
    message: `Paragraph number ${digits.text} looks like a garbled ¶${value}; expected ${value}.`,
    fixes: [{ title: `Restore paragraph number ${restored}.`, edits: [{ range: lineRange(digits.line, digits.start, digits.end), newText: restored }], preferred: true, safe: true }],
  });
}

/** A cable of a single paragraph does not number it. */
function reportLoneNumber(ctx: RuleContext): void {
  let only: Paragraph | undefined;
  for (const p of ctx.model.paragraphs) {
    if (p.quoted) continue;
    if (only) return;
    only = p;
  }
  if (!only?.number || only.number.value !== 1) return;
  const line = ctx.lines[only.number.range.start.line];
  let end = only.number.range.end.character;
  while (line[end] === ' ' || line[end] === '\t') end++;
  ctx.report({
    range: only.number.range,
    message: 'The only paragraph is numbered 1: a cable of one paragraph leaves it unnumbered; if more paragraphs follow, number each of them.',
    fixes: [{ title: 'Remove the paragraph number', edits: [{ range: lineRange(only.number.range.start.line, only.number.range.start.character, end), newText: '' }], safe: false }],
  });
}
