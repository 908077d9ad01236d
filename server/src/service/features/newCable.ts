// "Cable: New Cable": the skeleton of a correct cable for a level, post and subject, written for
// the executive order in force on its date (E.O. 13526 from 27 June 2010). It lints clean.
import { CableDate } from '../model/cable';
import { compareDates, parseIsoDate } from '../model/dates';
import { BANNER_SPELLING, isClassified, Level, LEVEL_NAMES } from '../model/levels';
import { addYears, eraOn, formatDeclDate } from '../rules/executiveOrders';
import { postCountryTag } from '../data/postCountries';
import { FeatureError } from './protocol';

export type NewCableLevel = 'UNCLASSIFIED' | 'SBU' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET';

export interface NewCableParams {
  level: NewCableLevel;
  post: string;
  subject: string;
  /** `YYYY-MM-DD`; today when absent. */
  date?: string;
}

const LEVEL_OF: Record<NewCableLevel, Level> = {
  UNCLASSIFIED: 'U',
  SBU: 'SBU',
  CONFIDENTIAL: 'C',
  SECRET: 'S',
  'TOP SECRET': 'TS',
};

/** The serial is given when the cable is sent; zeros hold its place. */
const SERIAL_PLACEHOLDER = '000000';
/** Before E.O. 12958 (14 October 1995), classified cables said so in one line instead of Classified By. */
const CLASSIFIED_BY_FROM: CableDate = { year: 1995, month: 10, day: 14 };

function declInstruction(level: Level, date: CableDate): string {
  if (!isClassified(level)) return 'N/A';
  const era = eraOn(date);
  if (era.orders.includes('12356')) return 'DECL: OADR';
  if (!era.reasonSection) return 'DECL: GDS';
  return `DECL: ${formatDeclDate(addYears(date, 10))}`;
}

export function newCableText(params: NewCableParams, today: CableDate): { text: string } | FeatureError {
  const level = LEVEL_OF[params.level];
  if (!level) return { error: `Unknown level "${params.level}"; expected one of ${Object.keys(LEVEL_OF).join(', ')}.` };
  const post = (params.post ?? '').trim().toUpperCase().replace(/\s+/g, ' ');
  if (!/^[A-Z][A-Z .'-]*$/.test(post)) return { error: 'The post is written in letters, e.g. RANGOON or STATE.' };
  const subject = (params.subject ?? '').trim().replace(/\s+/g, ' ');
  if (!subject) return { error: 'A cable needs a subject.' };
  const date = params.date ? parseIsoDate(params.date) : today;
  if (!date) return { error: `"${params.date}" is not a date like 2004-11-02.` };

  const era = eraOn(date);
  const mark = `(${level})`;
  const tags = ['PREL', postCountryTag(post)].filter(Boolean).join(', ');
  const lines = [`${BANNER_SPELLING[level]} ${post} ${SERIAL_PLACEHOLDER}`, ''];
  if (level === 'SBU') lines.push('SENSITIVE', '');
  lines.push(`E.O. ${era.orders[0]}: ${declInstruction(level, date)}`, `TAGS: ${tags}`, `SUBJECT: ${subject}`, '');
  if (isClassified(level)) {
    if (compareDates(date, CLASSIFIED_BY_FROM) < 0) lines.push(`${LEVEL_NAMES[level]} - ENTIRE TEXT`, '');
    else lines.push(`Classified By: Name and title, for reasons ${era.reasonSection} (b) and (d).`, '');
  }
  lines.push(`1. ${mark} Summary: Summarize the cable in a few sentences. End Summary.`, '', `2. ${mark} Begin the body of the cable here.`, '');
  return { text: lines.join('\n') };
}
