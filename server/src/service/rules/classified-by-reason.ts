import { Rule } from '../lint/rule';
import { formatDate } from '../model/dates';
import { isClassificationOrder, isReasonSectionCurrent, normalizeSection, reasonLettersOf, reasonSectionsFor, eraOn } from './executiveOrders';

export const classifiedByReason: Rule = {
  id: 'classified-by-reason',
  defaultSeverity: 'warning',
  description: 'Classified By cites a reason section the executive order does not have for the date, or reason letters outside that section.',
  fix: 'Renumber the reason section for the date (1.5 before 22 Sep 2003, 1.4 after)',
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
        // The same reasons, renumbered (1.5 of E.O. 12958 is 1.4 of E.O. 13292 on): only the number changes.
        // Applied unreviewed only when the date is the cable's own, not one assumed from the settings.
        const fixes = expected ? [{ title: `Replace with ${expected}`, edits: [{ range: cb.section.range, newText: expected }], preferred: true, safe: model.date?.source !== 'option' }] : [];
        ctx.report({ range: cb.section.range, message: `Section ${section} was not the reason section on ${formatDate(date)}, the cable's date; expected ${expected ?? 'no section'}.`, fixes });
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
