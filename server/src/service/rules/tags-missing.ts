import { Rule, RuleContext } from '../lint/rule';
import { Range } from '../text/types';
import { firstLine, headerEo, headerTop, insertLineAfter, keywordLineExists } from './headerFields';

export const tagsMissing: Rule = {
  id: 'tags-missing',
  defaultSeverity: 'error',
  description: 'The cable has no TAGS line, or its TAGS line is empty.',
  fix: 'Insert `TAGS: ` after the E.O. line; `TAG` -> `TAGS`',
  check(ctx) {
    const { model } = ctx;
    if (model.tags.length) {
      // No fix: only the drafter knows the tags. The line the fix below inserts ends here, so
      // `cable-lint --fix` never turns a missing TAGS line into a pass.
      const field = model.tags[0];
      if (!field.tokens.length) ctx.report({ range: field.keyword.range, message: 'The TAGS line is empty; expected a subject tag and a country tag.' });
      return;
    }
    if (keywordLineExists(ctx.lines, /^\s*TAGS\b/i)) return;
    // Silent on fragments with no header at all: nothing tells where TAGS would go.
    const eo = headerEo(model);
    const anchor = eo ? { range: eo, name: 'the E.O. line' } : headerTop(model);
    if (!anchor) return;
    const singular = misspeltKeyword(ctx, anchor.range);
    if (singular) {
      ctx.report({
        range: singular,
        message: 'The TAGS keyword is written TAG; expected TAGS.',
        fixes: [{ title: 'Write TAGS', edits: [{ range: { start: singular.end, end: singular.end }, newText: 'S' }], preferred: true, safe: true }],
      });
      return;
    }
    ctx.report({
      range: firstLine(anchor.range, ctx.lines),
      message: `The cable has no TAGS line; expected one after ${anchor.name}.`,
      fixes: [{ title: 'Insert a TAGS line', edits: [insertLineAfter(ctx, anchor.range.end.line, 'TAGS: ')], preferred: true, safe: true }],
    });
  },
};

/** `TAG: PTER, PGOV` or `... DECL: 03/20/2019 TAG PTER` on the anchor line or just below it. */
function misspeltKeyword(ctx: RuleContext, anchor: Range): Range | undefined {
  const last = Math.min(ctx.lines.length - 1, Math.max(anchor.end.line, ctx.model.bodyStart), anchor.end.line + 2);
  for (let line = anchor.start.line; line <= last; line++) {
    const m = /(?<![A-Za-z])(TAG|Tag)(?:\s*:\s+|\s+)(?=[A-Z]{2,4}\b)/.exec(ctx.lines[line]);
    if (m) return { start: { line, character: m.index }, end: { line, character: m.index + 3 } };
  }
  return undefined;
}
