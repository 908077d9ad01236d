import { Fix } from '../lint/diagnostic';
import { Rule } from '../lint/rule';
import { Span } from '../model/cable';
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
        const fixes = expected ? [sectionFix(cb.section, section, expected, cb.letters, model.date?.source !== 'option')] : [];
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

/** 1.5 of E.O. 12958 and 1.4 of E.O. 13292 on: the same reasons under another number. */
function isRenumbering(section: string, expected: string): boolean {
  return (section === '1.5' && expected === '1.4') || (section === '1.4' && expected === '1.5');
}

/**
 * `expected` for the section, by its last digit only: a section written `1 . 5` or wrapped
 * (`1` / `.5`) keeps its spaces and line break. Applied unreviewed only for the renumbering of the
 * same reasons, on the cable's own date (not one assumed from the settings) and when every letter
 * is one of the new section's: 1.3 of E.O. 12356, 1.6 or a letter (h) under 1.5 need a reader.
 */
function sectionFix(written: Span, section: string, expected: string, letters: readonly Span[], ownDate: boolean): Fix {
  const { end } = written.range;
  const range = { start: { line: end.line, character: end.character - 1 }, end };
  const newLetters = reasonLettersOf(expected) ?? '';
  const lettersKept = letters.every((l) => newLetters.includes(l.text.toLowerCase()));
  const safe = ownDate && isRenumbering(section, expected) && lettersKept;
  return { title: `Replace with ${expected}`, edits: [{ range, newText: expected.slice(-1) }], preferred: true, safe };
}
