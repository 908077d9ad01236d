import { Rule } from '../lint/rule';
import { formatDate } from '../model/dates';
import { isClassificationOrder, isOrderInForce, isReleaseNote, orderInForce } from './executiveOrders';

export const eoEra: Rule = {
  id: 'eo-era',
  defaultSeverity: 'warning',
  description: "The executive order named on the E.O. line was not in force on the cable's date.",
  fix: 'Replace with the order in force on that date',
  check(ctx) {
    const date = ctx.model.date?.value;
    if (!date) return;
    const inForce = orderInForce(date);
    for (const eo of ctx.model.eoLines) {
      const order = eo.order;
      // Numbers that are no order at all are eo-format's business.
      if (!order || !isClassificationOrder(order.text) || isOrderInForce(order.text, date)) continue;
      if (eo.decl && isReleaseNote(eo.decl.text)) continue;
      ctx.report({
        range: order.range,
        message: `E.O. ${order.text} was not in force on ${formatDate(date)}, the cable's date; expected E.O. ${inForce}.`,
        fixes: [{ title: `Replace with ${inForce}`, edits: [{ range: order.range, newText: inForce }], preferred: true, safe: false }],
      });
    }
  },
};
