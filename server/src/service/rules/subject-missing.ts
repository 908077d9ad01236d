import { SubjectField } from '../model/cable';
import { Rule, RuleContext } from '../lint/rule';
import { Range } from '../text/types';
import { firstLine, headerEo, headerTop, insertLineAfter, keywordLineExists } from './headerFields';

export const subjectMissing: Rule = {
  id: 'subject-missing',
  defaultSeverity: 'error',
  description: 'The cable has no SUBJECT line (`SUBJ:` counts as one), or its SUBJECT is empty.',
  fix: 'Insert `SUBJECT: ` after TAGS',
  check(ctx) {
    const { model } = ctx;
    // The parser reads `SUBJ:` as a SUBJECT field too, so it never reaches this rule.
    if (model.subjects.length) {
      // `SUBJECT: SUBJECT: TEXT` reads as two fields: one with text is enough.
      if (model.subjects.every(isEmpty)) {
        // No fix: only the drafter knows the subject. The line the fix below inserts ends here, so
        // `cable-lint --fix` never turns a missing SUBJECT into a pass.
        ctx.report({ range: model.subjects[0].keyword.range, message: "The SUBJECT line is empty; expected the cable's subject after the keyword." });
      }
      return;
    }
    if (keywordLineExists(ctx.lines, /^\s*SUBJ(?:ECT)?\s*:/i)) return;
    const tags = model.tags[0];
    const eo = headerEo(model);
    const anchor = tags ? { range: tags.range, name: 'TAGS' } : eo ? { range: eo, name: 'the E.O. line' } : headerTop(model);
    if (!anchor) return;
    const title = tags && unlabelledTitle(ctx, tags.range.end.line);
    if (title) {
      ctx.report({
        range: title,
        message: 'The cable has no SUBJECT line; this title after TAGS looks like the subject without its keyword.',
        fixes: [{ title: 'Label this line as the SUBJECT', edits: [{ range: { start: title.start, end: title.start }, newText: 'SUBJECT: ' }], preferred: true, safe: false }],
      });
      return;
    }
    ctx.report({
      range: firstLine(anchor.range, ctx.lines),
      message: `The cable has no SUBJECT line; expected one after ${anchor.name}.`,
      fixes: [{ title: 'Insert a SUBJECT line', edits: [insertLineAfter(ctx, anchor.range.end.line, 'SUBJECT: ')], preferred: true, safe: true }],
    });
  },
};

/** Whether the field holds no text, or a portion mark alone (`SUBJECT: (U)`). */
function isEmpty(subject: SubjectField): boolean {
  const { text, mark, textRange } = subject;
  const markLength = mark && mark.range.start.line === textRange.start.line && mark.range.start.character === textRange.start.character ? mark.range.end.character - mark.range.start.character : 0;
  return text.slice(markLength).trim() === '';
}

/** The first line after TAGS when it is an all-capitals title (`BRAZIL: CHAOS IN AIRPORTS`), not a known part. */
function unlabelledTitle(ctx: RuleContext, tagsEnd: number): Range | undefined {
  let line = tagsEnd + 1;
  while (line < ctx.lines.length && line <= tagsEnd + 2 && !ctx.lines[line].trim()) line++;
  const text = ctx.lines[line] ?? '';
  const trimmed = text.trim();
  if (trimmed.length < 10 || /[a-z]/.test(trimmed) || !/[A-Z]{3}/.test(trimmed)) return undefined;
  if (/^(?:\u00b6?\d+\.|\(|REF|CLASSIFIED|E\.\s?O|SUMMARY|[-=_]{3})/i.test(trimmed)) return undefined;
  const at = text.length - text.trimStart().length;
  return { start: { line, character: at }, end: { line, character: at + trimmed.length } };
}
