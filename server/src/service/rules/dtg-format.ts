import { Rule } from '../lint/rule';
import { daysInMonth } from '../model/dates';

export const dtgFormat: Rule = {
  id: 'dtg-format',
  defaultSeverity: 'warning',
  description: "The routing header's date-time group (DDHHMMZ MON YY) has a day, hour, minute or month out of range.",
  check(ctx) {
    const dtg = ctx.model.routing?.dtg;
    if (!dtg) return;
    const problems: string[] = [];
    if (dtg.month === 0) problems.push('an unknown month');
    // Every month has days 1 to 28: the month's length is looked up (a Date built) only for other days.
    const lastDay = dtg.day >= 1 && dtg.day <= 28 ? 28 : dtg.month ? daysInMonth(dtg.year, dtg.month) : 31;
    if (dtg.day < 1 || dtg.day > lastDay) problems.push(`day ${String(dtg.day).padStart(2, '0')} (expected 01-${lastDay})`);
    if (dtg.hour > 23) problems.push(`hour ${dtg.hour} (expected 00-23)`);
    if (dtg.minute > 59) problems.push(`minute ${dtg.minute} (expected 00-59)`);
    if (!problems.length) return;
    ctx.report({ range: dtg.range, message: `The date-time group ${dtg.text} has ${problems.join(' and ')}.` });
  },
};
