import { Fix } from '../lint/diagnostic';
import { Rule, RuleContext } from '../lint/rule';
import { EoLine, Span } from '../model/cable';
import { lineRange, TextEdit } from '../text/types';
import { CLASSIFICATION_ORDERS, isClassificationOrder, isOrderInForce, nearestOrders } from './executiveOrders';

/** Whether a semicolon stands for the colon right after the order number (`E.O. 12958; N/A`). */
function semicolonForColon(eo: EoLine, lineText: string): boolean {
  return !eo.colon && lineText.charCodeAt(eo.order!.range.end.character) === 59 /* ; */;
}

/** Edits turning `EO 12958`, `E.O.12958`, `E. O. 12958 N/A`, `E.O. 12958;` into `E.O. 12958:`; none when already so. */
function spellingEdits(eo: EoLine, lineText: string): TextEdit[] {
  const order = eo.order!;
  const line = order.range.start.line;
  const edits: TextEdit[] = [];
  const from = eo.keyword.range.start.character;
  // `lineText.slice(from, order start) !== 'E.O. '`, without the copy.
  if (order.range.start.character - from !== 5 || !lineText.startsWith('E.O. ', from)) edits.push({ range: lineRange(line, eo.keyword.range.start.character, order.range.start.character), newText: 'E.O. ' });
  // The semicolon becomes the colon: inserting one beside it would leave `12958:;`.
  const end = order.range.end.character;
  if (!eo.colon) edits.push({ range: lineRange(line, end, semicolonForColon(eo, lineText) ? end + 1 : end), newText: ':' });
  return edits;
}

/** A half-typed order number (`E.O. 129`): the orders it may become, none applied unreviewed. */
function reportIncomplete(ctx: RuleContext, order: Span): void {
  const date = ctx.model.date?.value;
  const started = CLASSIFICATION_ORDERS.filter((candidate) => candidate.startsWith(order.text));
  // The order in force on the cable's date first.
  const candidates = date ? [...started.filter((c) => isOrderInForce(c, date)), ...started.filter((c) => !isOrderInForce(c, date))] : started;
  ctx.report({
    range: order.range,
    message: `The order number ${order.text} is incomplete; expected five digits${candidates.length ? `, such as ${candidates[0]}` : ''}.`,
    fixes: candidates.map((candidate, i) => ({ title: `Complete as ${candidate}`, edits: [{ range: order.range, newText: candidate }], preferred: i === 0, safe: false })),
  });
}

export const eoFormat: Rule = {
  id: 'eo-format',
  defaultSeverity: 'warning',
  description: 'The E.O. line is misspelled (`EO 12958`, `E.O.12958`, no colon) or names a number that is not an executive order on classification.',
  fix: 'Rewrite as `E.O. 12958:`; replace a mistyped order number with the nearest real one',
  check(ctx) {
    const date = ctx.model.date?.value;
    for (const eo of ctx.model.eoLines) {
      const order = eo.order;
      if (!order) {
        ctx.report({ range: eo.keyword.range, message: 'The E.O. line names no executive order; expected e.g. "E.O. 12958:".' });
        continue;
      }
      if (order.text.length < 5) {
        reportIncomplete(ctx, order);
        continue;
      }
      const line = order.range.start.line;
      const edits = spellingEdits(eo, ctx.lines[line]);
      if (edits.length) {
        const end = order.range.end.character + (semicolonForColon(eo, ctx.lines[line]) ? 1 : 0);
        const found = ctx.lines[line].slice(eo.keyword.range.start.character, end);
        ctx.report({
          range: lineRange(line, eo.keyword.range.start.character, end),
          message: `E.O. line written "${found}${eo.colon ? ':' : ''}"; expected "E.O. ${order.text}:".`,
          fixes: [{ title: `Write "E.O. ${order.text}:"`, edits, preferred: true, safe: true }],
        });
      }
      if (isClassificationOrder(order.text)) continue;
      const near = nearestOrders(order.text);
      // The date settles a tie (12956: 12958 or 12356?) when only one candidate was in force.
      const inForce = date ? near.orders.filter((candidate) => isOrderInForce(candidate, date)) : [];
      const candidates = inForce.length === 1 ? [inForce[0], ...near.orders.filter((c) => c !== inForce[0])] : near.orders;
      const certain = near.distance === 1 && (date ? inForce.length === 1 : near.orders.length === 1);
      const fixes: Fix[] = candidates.map((candidate, i) => ({
        title: `Replace ${order.text} with ${candidate}`,
        edits: [{ range: order.range, newText: candidate }],
        // One candidate, one keystroke away and right for the date: safe to apply unreviewed.
        safe: certain && i === 0,
        preferred: i === 0,
      }));
      const hint = candidates.length ? `; did you mean ${candidates.join(' or ')}?` : '; expected 12958, 13526 or another order on classification.';
      ctx.report({ range: order.range, message: `${order.text} is not an executive order on classification${hint}`, fixes });
    }
  },
};
