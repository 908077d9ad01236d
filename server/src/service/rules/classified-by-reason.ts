import { Rule } from '../lint/rule';
import { formatDate } from '../model/dates';
import { isClassificationOrder, isReasonSectionCurrent, normalizeSection, reasonLettersOf, reasonSectionsFor, eraOn } from './executiveOrders';

export const classifiedByReason: Rule = {
  id: 'classified-by-reason',
  defaultSeverity: 'warning',
  description: 'Classified By cites a reason section the executive order does not have for the date, or reason letters outside that section.',
  check(ctx) {
    const { model } = ctx;
    const cb = model.classifiedBy;
    if (!cb?.section) return;
    const section = normalizeSection(cb.section.text);
    const letters = reasonLettersOf(section);
    for (const letter of cb.letters) {
      const l = letter.text.toLowerCase();
      if (letters && !letters.includes(l)) {
        const last = letters[letters.length - 1];
        ctx.report({ range: letter.range, message: `Section ${section} has reasons (a) to (${last}); (${l}) is not one of them.` });
      }
    }
    const date = model.date?.value;
    if (date) {
      // The date decides; the order named may itself be wrong for the date (eo-era says so).
      if (!isReasonSectionCurrent(section, date)) {
        const expected = eraOn(date).reasonSection;
        ctx.report({ range: cb.section.range, message: `Section ${section} was not the reason section on ${formatDate(date)}, the cable's date; expected ${expected ?? 'no section'}.` });
      }
      return;
    }
    const order = model.eoLines.map((eo) => eo.order?.text).find((o): o is string => !!o && isClassificationOrder(o));
    const expected = reasonSectionsFor(order, undefined);
    if (!expected.includes(section)) {
      ctx.report({ range: cb.section.range, message: `Section ${section} gives no classification reasons${order ? ` under E.O. ${order}` : ''}; expected ${expected.join(' or ')}.` });
    }
  },
};
