import { CableDate } from './cable';

export const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const MONTH_NAMES = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

/** Month number (1-12) of an abbreviation or full name, or 0. */
export function monthNumber(name: string): number {
  const upper = name.toUpperCase();
  const i = upper.length === 3 ? MONTHS.indexOf(upper) : MONTH_NAMES.indexOf(upper);
  return i + 1;
}

/** Cables run from the 1960s to 2010s: two-digit years 50-99 are 19xx, the rest 20xx. */
export function fullYear(year: number): number {
  if (year >= 100) return year;
  return year >= 50 ? 1900 + year : 2000 + year;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d: CableDate): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

export function compareDates(a: CableDate, b: CableDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatDate(d: CableDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD` (settings, CLI `--date`). */
export function parseIsoDate(text: string): CableDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDate(d) ? d : undefined;
}

/** Parses `m/d/yyyy` as in cables.csv (`7/5/2006 10:07`). */
export function parseUsDate(text: string): CableDate | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/.exec(text.trim());
  if (!m) return undefined;
  const d = { year: fullYear(+m[3]), month: +m[1], day: +m[2] };
  return isValidDate(d) ? d : undefined;
}
