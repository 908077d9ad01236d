// The executive orders on classification: when each was in force, what declassification
// instructions and "Classified By" reasons it allows. Plain data and small helpers, shared by the
// E.O. and Classified By rules and reusable by hover and completion.
import { CableDate, EveryKey } from '../model/cable';
import { compareDates, fullYear, isValidDate, monthNumber } from '../model/dates';
import { isSpaceCode } from '../text/chars';

/** One period of classification rules. E.O. 12958 has two: as issued, and as amended by E.O. 13292. */
export interface OrderEra {
  /** Order numbers a cable of this period may name on its E.O. line; the first is the usual one. */
  orders: readonly string[];
  title: string;
  /** First and last day in force (inclusive); open ends are unbounded. */
  from?: CableDate;
  to?: CableDate;
  /** What a DECL instruction may say, in words. */
  declInstructions: string;
  /** Section of the order listing classification reasons (`1.4`), when cables cite one. */
  reasonSection?: string;
  /** The reason letters that section defines, when they are letters. */
  reasonLetters?: string;
  /** Longest period to a plain declassification date, in years, when the order sets one. */
  maxDeclYears?: number;
  /** Whether cables name who classified them and why (`Classified By:`); earlier telegrams did not. */
  classifiedByLine?: boolean;
}

const d = (year: number, month: number, day: number): CableDate => ({ year, month, day });

/** The era with every key (see EveryKey): the eras below are written with only the keys they set. */
function withEveryKey(era: OrderEra): EveryKey<OrderEra> {
  return {
    orders: era.orders,
    title: era.title,
    from: era.from,
    to: era.to,
    declInstructions: era.declInstructions,
    reasonSection: era.reasonSection,
    reasonLetters: era.reasonLetters,
    maxDeclYears: era.maxDeclYears,
    classifiedByLine: era.classifiedByLine,
  };
}

export const ORDER_ERAS: readonly OrderEra[] = [
  { orders: ['11652'], title: 'E.O. 11652', to: d(1978, 11, 30), declInstructions: 'GDS or XGDS-n (General Declassification Schedule)' },
  {
    orders: ['12065'],
    title: 'E.O. 12065',
    from: d(1978, 12, 1),
    to: d(1982, 7, 31),
    declInstructions: 'GDS, RDS or XDS with a date',
  },
  {
    orders: ['12356'],
    title: 'E.O. 12356',
    from: d(1982, 8, 1),
    to: d(1995, 10, 13),
    declInstructions: 'OADR (originating agency determination required) or a date',
    reasonSection: '1.3',
  },
  {
    orders: ['12958'],
    title: 'E.O. 12958',
    from: d(1995, 10, 14),
    to: d(2003, 9, 21),
    declInstructions: 'a date (normally within 10 years) or an exemption X1-X8',
    reasonSection: '1.5',
    reasonLetters: 'abcdefg',
    maxDeclYears: 25,
    classifiedByLine: true,
  },
  {
    orders: ['12958', '13292'],
    title: 'E.O. 12958 as amended by E.O. 13292',
    from: d(2003, 9, 22),
    to: d(2010, 6, 26),
    declInstructions: 'a date within 25 years, or an exemption 25X1-25X9',
    reasonSection: '1.4',
    reasonLetters: 'abcdefgh',
    maxDeclYears: 25,
    classifiedByLine: true,
  },
  {
    orders: ['13526'],
    title: 'E.O. 13526',
    from: d(2010, 6, 27),
    declInstructions: 'a date within 25 years, 25X1-25X9 with a date, 50X1-HUM or 50X2-WMD (not OADR, MR or X1-X8)',
    reasonSection: '1.4',
    reasonLetters: 'abcdefgh',
    maxDeclYears: 25,
    classifiedByLine: true,
  },
].map(withEveryKey);

/** Every order number a correct E.O. line may name. */
export const CLASSIFICATION_ORDERS: readonly string[] = [...new Set(ORDER_ERAS.flatMap((era) => era.orders))];

export function isClassificationOrder(order: string): boolean {
  return CLASSIFICATION_ORDERS.includes(order);
}

function eraCovers(era: OrderEra, date: CableDate): boolean {
  return (!era.from || compareDates(era.from, date) <= 0) && (!era.to || compareDates(date, era.to) <= 0);
}

/** The period of rules in force on `date`. */
export function eraOn(date: CableDate): OrderEra {
  return ORDER_ERAS.find((era) => eraCovers(era, date)) ?? ORDER_ERAS[ORDER_ERAS.length - 1];
}

/** The order number a cable dated `date` names on its E.O. line. */
export function orderInForce(date: CableDate): string {
  return eraOn(date).orders[0];
}

/** The periods in which `order` was the order to name (empty for an unknown number). */
export function erasOfOrder(order: string): OrderEra[] {
  return ORDER_ERAS.filter((era) => era.orders.includes(order));
}

/** The longest period to a plain declassification date under `order` (its first era setting one), if any. */
export function maxDeclYearsOf(order: string): number | undefined {
  for (const era of ORDER_ERAS) if (era.maxDeclYears && era.orders.includes(order)) return era.maxDeclYears;
  return undefined;
}

export function isOrderInForce(order: string, date: CableDate): boolean {
  for (const era of ORDER_ERAS) if (era.orders.includes(order) && eraCovers(era, date)) return true;
  return false;
}

/** Optimal-string-alignment distance: a swap of neighbouring digits (12598 -> 12958) counts as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

// Ties between candidates are listed most-used first (12958 is on nine cables in ten).
const ORDERS_BY_USE = ['12958', '12356', '13526', '12065', '11652', '13292'];

/** The classification orders nearest to a mistyped number (at most two edits away, ties most-used first), and how far they are. */
export function nearestOrders(order: string): { orders: string[]; distance: number } {
  let best: string[] = [];
  let distance = 3;
  for (const candidate of ORDERS_BY_USE) {
    const dist = editDistance(order, candidate);
    if (dist < distance) [best, distance] = [[candidate], dist];
    else if (dist === distance) best.push(candidate);
  }
  return best.length ? { orders: best, distance } : { orders: [], distance: Infinity };
}

/** A piece of a DECL instruction and where it stands in the instruction text. */
export interface DeclPart {
  text: string;
  start: number;
  end: number;
}

export interface DeclInstruction {
  /** The declassification date, when one is given. */
  date?: DeclPart & { value: CableDate };
  /** Exemption codes, normalised: `X6`, `25X1`, `50X1-HUM`. */
  exemptions: Array<DeclPart & { code: string }>;
  /** Originating Agency's Determination Required. */
  oadr?: DeclPart;
  /** Manual Review. */
  mr?: DeclPart;
  /** `N/A`: no instruction (unclassified cables). */
  notApplicable?: DeclPart;
  /** A downgrading instruction, `DNG: CO 04/22/15`, and the date it takes effect. */
  downgrade?: DeclPart & { level: string; date?: CableDate };
  /** A pre-1982 schedule: GDS, XGDS-2, RDS, XDS, NGDS. */
  schedule?: DeclPart;
  /** Words naming a period or an event (`10 YEARS`, `5 YEARS AFTER CLOSURE OF ICTY`). */
  event?: DeclPart;
}

export interface DeclProblem extends DeclPart {
  message: string;
}

export type DeclParse = { ok: true; instruction: DeclInstruction } | { ok: false; problem: DeclProblem };

const MONTH_NAME = 'JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T|TEMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?';

// Each recogniser is tried at the current position; separators between them are skipped.
const SEPARATOR = /[\s,;:.()[\]-]+/y;
const DATE_MDY = /0?(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/y;
const DATE_YMD = /(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?![\d/])/y;
const DATE_NAMED = new RegExp(`(${MONTH_NAME})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'iy');
const DATE_DAY_FIRST = new RegExp(`(\\d{1,2})\\s+(${MONTH_NAME})\\.?\\s+(\\d{4})(?!\\d)`, 'iy');
// Something shaped like a date that is not one: letters for digits (`2O13`, `I2/20/09`) or too many digits.
const DATE_LIKE = /[\dOIl]{1,4}[/-][\dOIl]{1,3}[/-][\dOIl]{2,4}(?![\w/])/y;
const EXEMPTION = /(?:1\.6\s*)?(25X[1-9]|50X1-HUM|50X2-WMD|X\.?[1-8])(?![\dA-Z])/iy;
const SECTION_1_6 = /1\.6(?!\d)/y;
const OADR = /OADR(?![A-Z])/iy;
const MR = /MR(?![A-Z])/y;
const NOT_APPLICABLE = /N\.?\/?A\.?(?![A-Z])/iy;
const DOWNGRADE = /DNG\s*:?\s*(CO|C|S|TS|U|UC|SBU)?(?![A-Z])/iy;
const SCHEDULE = /(?:X?GDS|RDS|XDS|NGDS)(?:-\d)?(?![A-Z])/iy;
const DECL_WORD = /DECL\w*|EXEMPT(?:ION)?|DECLASSIFY\s+ON/iy;
const WORD = /[^\s,;:.()[\]-]+/y;
const EVENT_WORDS = /\b(?:YEARS?|MONTHS?|AFTER|UPON|UNTIL|WHEN|END|CLOSE|CLOSURE|COMPLETION|CONCLUSION)\b/i;

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function dateValue(year: number, month: number, day: number): CableDate {
  return { year: fullYear(year), month, day };
}

function partOf(m: RegExpExecArray): DeclPart {
  return { text: m[0], start: m.index, end: m.index + m[0].length };
}

function problemAt(m: RegExpExecArray, message: string): DeclParse {
  // Properties spelled out: an object spread takes V8's slow path, and this runs for every E.O. line.
  return { ok: false, problem: { text: m[0], start: m.index, end: m.index + m[0].length, message } };
}

/**
 * Parses what follows `DECL:` on an E.O. line. Accepts the forms real cables use (dates
 * mm/dd/yyyy, mm/dd/yy, yyyy/mm/dd, OADR, MR, X1-X8, `1.6X6`, `1.6 (X1, X6)`, 25X1-25X9,
 * 50X1-HUM, 50X2-WMD, `DNG: CO 04/22/15`, N/A, event wording) and reports the first problem:
 * an impossible date, a mistyped date, or text with nothing recognisable in it.
 */
export function parseDeclInstruction(text: string): DeclParse {
  // Every key from the start (see EveryKey).
  const instruction: EveryKey<DeclInstruction> = { date: undefined, exemptions: [], oadr: undefined, mr: undefined, notApplicable: undefined, downgrade: undefined, schedule: undefined, event: undefined };
  const words: DeclPart[] = [];
  let recognised = false;
  let pos = 0;

  while (pos < text.length) {
    const sep = at(SEPARATOR, text, pos);
    if (sep) {
      pos += sep[0].length;
      continue;
    }
    let m: RegExpExecArray | null;
    let date: CableDate | undefined;
    if ((m = at(DATE_MDY, text, pos))) date = dateValue(+m[3], +m[1], +m[2]);
    else if ((m = at(DATE_YMD, text, pos))) date = dateValue(+m[1], +m[2], +m[3]);
    else if ((m = at(DATE_NAMED, text, pos))) date = dateValue(+m[3], monthNumber(m[1].slice(0, 3)), +m[2]);
    else if ((m = at(DATE_DAY_FIRST, text, pos))) date = dateValue(+m[3], monthNumber(m[2].slice(0, 3)), +m[1]);
    if (m && date) {
      if (!isCalendarDate(date)) return problemAt(m, `${m[0]} is not a valid date; expected mm/dd/yyyy.`);
      if (instruction.downgrade && !instruction.downgrade.date && !instruction.date) instruction.downgrade.date = date;
      else if (!instruction.date) instruction.date = { text: m[0], start: m.index, end: m.index + m[0].length, value: date };
      recognised = true;
    } else if ((m = at(DATE_LIKE, text, pos))) {
      return problemAt(m, `${m[0]} is not a date; expected mm/dd/yyyy with digits only.`);
    } else if ((m = at(EXEMPTION, text, pos))) {
      instruction.exemptions.push({ text: m[0], start: m.index, end: m.index + m[0].length, code: m[1].toUpperCase().replace('.', '') });
      recognised = true;
    } else if ((m = at(SECTION_1_6, text, pos))) {
      // `1.6 (X1, X6)`: the section number before exemption codes.
    } else if ((m = at(OADR, text, pos))) {
      instruction.oadr = partOf(m);
      recognised = true;
    } else if ((m = at(MR, text, pos))) {
      instruction.mr = partOf(m);
      recognised = true;
    } else if ((m = at(NOT_APPLICABLE, text, pos))) {
      instruction.notApplicable = partOf(m);
      recognised = true;
    } else if ((m = at(DOWNGRADE, text, pos))) {
      instruction.downgrade = { text: m[0], start: m.index, end: m.index + m[0].length, level: (m[1] ?? '').toUpperCase(), date: undefined };
      recognised = true;
    } else if ((m = at(SCHEDULE, text, pos))) {
      instruction.schedule = partOf(m);
      recognised = true;
    } else if ((m = at(DECL_WORD, text, pos))) {
      // A repeated or misspelled `DECL:`, `EXEMPT`: says nothing by itself.
    } else {
      m = at(WORD, text, pos)!;
      words.push(partOf(m));
    }
    pos = m.index + m[0].length;
  }

  if (words.length) {
    const first = words[0];
    const last = words[words.length - 1];
    const event = { text: text.slice(first.start, last.end), start: first.start, end: last.end };
    // Words next to a recognised instruction, or naming a period or event, are the drafter's own wording.
    if (recognised || EVENT_WORDS.test(event.text)) instruction.event = event;
    else return { ok: false, problem: { text: event.text, start: event.start, end: event.end, message: `"${event.text}" is not a declassification instruction; expected a date such as 12/31/2015.` } };
  } else if (!recognised) {
    const trimmed = text.trim();
    const start = text.indexOf(trimmed);
    return { ok: false, problem: { text: trimmed, start, end: start + trimmed.length, message: `"${trimmed}" is not a declassification instruction; expected a date such as 12/31/2015.` } };
  }
  return { ok: true, instruction };
}

/**
 * `E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006`: a release note written over an old cable's
 * E.O. line when it was declassified, not the drafter's instruction.
 */
export function isReleaseNote(text: string): boolean {
  return /\bDECLASSIFIED\b/i.test(text);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `mm/dd/yyyy`, the form cables use. */
export function formatDeclDate(date: CableDate): string {
  return `${pad(date.month)}/${pad(date.day)}/${pad(date.year, 4)}`;
}

/** The same day `years` later (29 February becomes 28 February in a common year). */
export function addYears(date: CableDate, years: number): CableDate {
  const moved = { year: date.year + years, month: date.month, day: date.day };
  return isCalendarDate(moved) ? moved : { year: moved.year, month: moved.month, day: 28 };
}

/**
 * isValidDate, answered without building a Date for all but 29 February and later in February:
 * a day up to 28 exists in every month, 29 and 30 in all but February, 31 in the long months.
 * Dates here have whole numbers for their parts.
 */
function isCalendarDate(date: CableDate): boolean {
  const { month, day } = date;
  if (month < 1 || month > 12 || day < 1) return false;
  if (day <= 28) return true;
  if (month === 2) return isValidDate(date);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/** `1 .4` -> `1.4`. */
export function normalizeSection(text: string): string {
  // Sections are written without spaces almost always: no new string then.
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return text.replace(/\s+/g, '');
  return text;
}

/** The reason sections a cable may cite: those of the order it names, narrowed to its date when known. */
export function reasonSectionsFor(order: string | undefined, date: CableDate | undefined): string[] {
  const named = order !== undefined && isClassificationOrder(order);
  // In era order, each section once: one loop rather than copies, a flatMap and a set.
  const sections: string[] = [];
  for (const era of ORDER_ERAS) {
    if ((named && !era.orders.includes(order)) || (date && !eraCovers(era, date))) continue;
    if (era.reasonSection && !sections.includes(era.reasonSection)) sections.push(era.reasonSection);
  }
  return sections;
}

/** The letters a reason section defines, or undefined when it does not use letters. */
export function reasonLettersOf(section: string): string | undefined {
  return ORDER_ERAS.find((era) => era.reasonSection === section && era.reasonLetters)?.reasonLetters;
}

/** Cables went on citing a superseded section for a while: 1.5 and 1.4 are mixed throughout 2004. */
const SECTION_CITED_UNTIL: Record<string, CableDate> = { '1.5': d(2004, 12, 31) };

/** Whether citing `section` on `date` is expected or an accepted transition-period habit. */
export function isReasonSectionCurrent(section: string, date: CableDate): boolean {
  if (eraOn(date).reasonSection === section) return true;
  let last: OrderEra | undefined;
  for (let i = ORDER_ERAS.length - 1; i >= 0 && !last; i--) if (ORDER_ERAS[i].reasonSection === section) last = ORDER_ERAS[i];
  const until = SECTION_CITED_UNTIL[section];
  return !!last?.to && !!until && compareDates(last.to, date) < 0 && compareDates(date, until) <= 0;
}
