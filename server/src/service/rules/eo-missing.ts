import { Rule, RuleContext } from '../lint/rule';
import { CableModel } from '../model/cable';
import { isClassified } from '../model/levels';
import { Range, TextEdit } from '../text/types';
import { addYears, formatDeclDate, orderInForce } from './executiveOrders';
import { keywordLineExists } from './headerFields';

/** Where the E.O. line belongs: before TAGS (or SUBJECT), else after the banner, captions and addressees. */
function insertionPoint(model: CableModel): { anchor: Range; name: string; line: number; before: boolean } | undefined {
  const field = model.tags[0]?.keyword ?? model.subjects[0]?.keyword;
  if (field) return { anchor: field.range, name: `before ${model.tags.length ? 'TAGS' : 'SUBJECT'}`, line: field.range.start.line, before: true };
  const top = [model.banners[0], ...model.captions, ...model.addressees].filter((s) => s && s.range.start.line < model.bodyStart);
  const last = top.reduce((a, b) => (b!.range.end.line > a!.range.end.line ? b : a), top[0]);
  return last ? { anchor: last.range, name: 'after the banner', line: last.range.end.line, before: false } : undefined;
}

/** Whether `line` is past the end or holds only blanks. */
function isBlankLine(ctx: RuleContext, line: number): boolean {
  return line >= ctx.lines.length || ctx.lines[line].trim() === '';
}

/**
 * Before TAGS the line joins the field block. After the banner it opens that block, set off by a
 * blank line as in the cables (and by one below when text follows directly).
 */
function insertLine(ctx: RuleContext, at: { line: number; before: boolean }, text: string): TextEdit {
  if (at.before) return { range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } }, newText: text + ctx.eol };
  const end = { line: at.line, character: ctx.lines[at.line].length };
  return { range: { start: end, end }, newText: ctx.eol + ctx.eol + text + (isBlankLine(ctx, at.line + 1) ? '' : ctx.eol) };
}

// An E.O. line the header parser could not place (odd layouts around it) still means the cable has one.
const EO_LINE = /^\s*(?:E\.\s?[Oo0]\.?|EO)\s{0,3}:?\s{0,3}\d{5}(?!\d)/;

export const eoMissing: Rule = {
  id: 'eo-missing',
  defaultSeverity: 'error',
  description: 'The cable has no E.O. line (the executive order and declassification instruction).',
  fix: 'Insert `E.O. 12958: N/A`, or a `DECL:` line ten years out for a classified cable',
  check(ctx) {
    const { model } = ctx;
    if (model.eoLines.length || keywordLineExists(ctx.lines, EO_LINE)) return;
    // Silent on fragments with no header: nothing tells where the line would go.
    const at = insertionPoint(model);
    if (!at) return;
    const date = model.date?.value;
    const order = date ? orderInForce(date) : '12958';
    const declLine = `E.O. ${order}: DECL: ${date ? formatDeclDate(addYears(date, 10)) : 'MM/DD/YYYY'}`;
    const naLine = `E.O. ${order}: N/A`;
    const level = model.classification?.level;
    const fixes =
      level === undefined
        ? [
            { title: `Insert "${naLine}"`, edits: [insertLine(ctx, at, naLine)], safe: false },
            { title: `Insert "${declLine}"`, edits: [insertLine(ctx, at, declLine)], safe: false },
          ]
        : isClassified(level)
          ? // The declassification date is the classifier's decision: offered, never applied on its own.
            [{ title: `Insert "${declLine}"`, edits: [insertLine(ctx, at, declLine)], preferred: true, safe: false }]
          : [{ title: `Insert "${naLine}"`, edits: [insertLine(ctx, at, naLine)], preferred: true, safe: true }];
    const line = at.anchor.start.line;
    ctx.report({
      range: { start: at.anchor.start, end: at.anchor.end.line === line ? at.anchor.end : { line, character: ctx.lines[line].trimEnd().length } },
      message: `The cable has no E.O. line; expected one ${at.name}.`,
      fixes,
    });
  },
};
