// Classification levels and portion marks: spelling, ranking and normalisation.

export type Level = 'U' | 'SBU' | 'LOU' | 'C' | 'S' | 'TS';

export const LEVELS: readonly Level[] = ['U', 'SBU', 'LOU', 'C', 'S', 'TS'];

/** Order used to compare levels; SBU and LOU are both unclassified-but-controlled. */
const RANK: Record<Level, number> = { U: 0, SBU: 1, LOU: 1, C: 2, S: 3, TS: 4 };

export function rank(level: Level): number {
  return RANK[level];
}

export function isClassified(level: Level): boolean {
  return RANK[level] >= 2;
}

/** The names the CLI's JSON contract uses. */
export const LEVEL_NAMES: Record<Level, string> = {
  U: 'UNCLASSIFIED',
  SBU: 'SBU',
  LOU: 'LIMITED OFFICIAL USE',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
};

export const LEVEL_DESCRIPTIONS: Record<Level, string> = {
  U: 'Unclassified',
  SBU: 'Sensitive But Unclassified',
  LOU: 'Limited Official Use (an older unclassified control marking)',
  C: 'Confidential: unauthorized disclosure could damage national security',
  S: 'Secret: unauthorized disclosure could seriously damage national security',
  TS: 'Top Secret: unauthorized disclosure could gravely damage national security',
};

/** How a banner spells each level: classified levels are letter-spaced. */
export const BANNER_SPELLING: Record<Level, string> = {
  U: 'UNCLAS',
  SBU: 'UNCLAS',
  LOU: 'LIMITED OFFICIAL USE',
  C: 'C O N F I D E N T I A L',
  S: 'S E C R E T',
  TS: 'T O P S E C R E T',
};

const WORD_LEVELS: Record<string, Level> = {
  U: 'U',
  UNCLAS: 'U',
  UNCLASSIFIED: 'U',
  SBU: 'SBU',
  LOU: 'LOU',
  C: 'C',
  CONFIDENTIAL: 'C',
  S: 'S',
  SECRET: 'S',
  TS: 'TS',
  'TOP SECRET': 'TS',
};

export function levelFromWord(word: string): Level | undefined {
  return WORD_LEVELS[word.toUpperCase()];
}

export function maxLevel(levels: Iterable<Level>): Level | undefined {
  let best: Level | undefined;
  for (const l of levels) if (best === undefined || RANK[l] > RANK[best]) best = l;
  return best;
}

export interface PortionMark {
  /** The mark as written, parentheses included. */
  raw: string;
  level: Level;
  /** Normalised dissemination controls, e.g. `NF`, `FGI`, `REL TO USA, GBR`, `FOUO`. */
  caveats: string[];
  /** Canonical spelling, e.g. `(C)`, `(S//NF)`. */
  canonical: string;
  /** True when `raw` is an accepted spelling (see `portion-marking-format`). */
  wellFormed: boolean;
  /** Words the mark holds beyond level and controls (`unless otherwise marked`), which the canonical spelling drops. */
  qualifier: string | undefined;
}

// Inner text of a portion mark: a level word then optional controls separated by / - or spaces.
// Kept free of nested quantifiers so it cannot backtrack badly.
const MARK_LEVEL = /^\s*(TOP SECRET|UNCLASSIFIED|CONFIDENTIAL|SECRET|UNCLAS|SBU|LOU|TS|U|C|S)(?![A-Z])/i;
// Accepted spellings: `(C)`, `(S/NF)`, `(S//NF)`, `(S//FGI//NF)`, `(C//REL TO USA, GBR)`, `(U//FOUO)`, `(SBU/N)`, `(S/NF/NC/ORCON)`.
const WELL_FORMED = /^\((?:TS|S|C|U|SBU|LOU)(?:\/\/?(?:NF|NOFORN|FGI|FOUO|N|REL TO [A-Z, ]+|REL [A-Z]+|NC|ORCON|PROPIN))*\)$/;

const CAVEAT_ALIASES: Record<string, string> = {
  NF: 'NF',
  'N/F': 'NF',
  NOFORN: 'NF',
  N: 'NF',
  FGI: 'FGI',
  FOUO: 'FOUO',
  // NOCONTRACT, beside ORCON in cables before 1995.
  NC: 'NC',
  NOCONTRACT: 'NC',
  ORCON: 'ORCON',
  PROPIN: 'PROPIN',
};

function parseCaveats(rest: string): string[] | undefined {
  const text = rest.trim().toUpperCase();
  if (!text) return [];
  const caveats: string[] = [];
  // `RELEASABLE TO THE EU` spelled out is `REL TO THE EU`.
  const rel = /REL(?:EASABLE)?(?: TO)? [A-Z, ]+$/.exec(text);
  const head = rel ? text.slice(0, rel.index) : text;
  // N/F contains a slash, so protect it before splitting on separators.
  for (const part of head.replace(/N\/F/g, 'NF').split(/[/\s-]+/)) {
    if (!part) continue;
    const alias = CAVEAT_ALIASES[part];
    if (!alias) return undefined;
    caveats.push(alias);
  }
  if (rel) caveats.push(rel[0].replace(/^RELEASABLE/, 'REL').replace(/\s+/g, ' ').trim());
  return caveats;
}

/**
 * Parses a portion mark at the start of `text` (leading spaces already skipped).
 * Accepts corpus variants (`(c)`, `( C )`, `(S N/F)`, `(S-NF)`, `(CONFIDENTIAL)`, `C)`) and
 * reports whether the spelling is the accepted one. Returns the mark and its length.
 */
export function parsePortionMark(text: string): { mark: PortionMark; length: number } | undefined {
  return portionMarkAt(text, 0);
}

/** A mark's parts that follow from its inner text alone (a bracketed mark's `raw` is `(inner)`). */
interface MarkReading {
  level: Level;
  caveats: string[];
  canonical: string;
  wellFormed: boolean;
  qualifier: string | undefined;
}

// Bare `C)`: its opening parenthesis lost, only the bare level letters count.
const BARE_MARK = /(TS|SBU|LOU|[USC])\)/y;

/** `parsePortionMark` on the text from `from`, without cutting it there (paragraph starts ask on every numbered line). */
export function portionMarkAt(text: string, from: number): { mark: PortionMark; length: number } | undefined {
  let reading: MarkReading | undefined;
  let length: number;
  if (from < text.length && text.charCodeAt(from) === 40 /* ( */) {
    const found = text.indexOf(')', from + 1);
    const close = found < 0 ? -1 : found - from;
    // Long enough for `(S//REL TO USA, AFGHANISTAN, KAZAKHSTAN, TAJIKISTAN)`.
    if (close < 2 || close > 80) return undefined;
    const inner = text.slice(from + 1, found);
    length = close + 1;
    reading = COMMON_MARKS.get(inner) ?? readMark(inner, true);
  } else {
    BARE_MARK.lastIndex = from;
    const m = BARE_MARK.exec(text);
    if (!m) return undefined;
    length = m[0].length;
    reading = readMark(m[1], false);
  }
  if (!reading) return undefined;
  const raw = text.slice(from, from + length);
  // A fresh caveats array: a common reading is shared.
  return { mark: { raw, level: reading.level, caveats: reading.caveats.slice(), canonical: reading.canonical, wellFormed: reading.wellFormed, qualifier: reading.qualifier }, length };
}

/** `(U unless otherwise marked)`: the paragraph's own level, its sub-portions marked on their own. */
const UNLESS_MARKED = /^\s+unless\s+otherwise\s+(?:marked|noted|indicated)\s*$/i;

/**
 * NOFORN marks garbled in typing: `(SNF)`, the level run into NF with no separator, and `(N/SF)`,
 * the level swapped into N/F. Their letters can spell no other mark.
 */
const GARBLED_NF: Record<string, Level> = { SNF: 'S', CNF: 'C', 'N/SF': 'S', 'N/CF': 'C' };

function readMark(inner: string, bracketed: boolean): MarkReading | undefined {
  if (bracketed && inner.includes('(')) return undefined;
  const garbled = bracketed && (inner.length === 3 || inner.length === 4) ? GARBLED_NF[inner] : undefined;
  if (garbled) return { level: garbled, caveats: ['NF'], canonical: `(${garbled}//NF)`, wellFormed: false, qualifier: undefined };
  const lm = MARK_LEVEL.exec(inner);
  if (!lm) return undefined;
  const level = levelFromWord(lm[1].replace(/\s+/g, ' '));
  if (!level) return undefined;
  const rest = inner.slice(lm[0].length);
  const qualified = UNLESS_MARKED.test(rest);
  const caveats = qualified ? [] : parseCaveats(rest);
  if (!caveats) return undefined;
  // Joined by a loop: a mapped array's element kind depends on its length, and the join was recompiled for each.
  let joined = '';
  for (const caveat of caveats) joined += '//' + caveat;
  const canonical = `(${level}${joined})`;
  const wellFormed = bracketed && WELL_FORMED.test(`(${inner})`);
  return { level, caveats, canonical, wellFormed, qualifier: qualified ? rest.trim().replace(/\s+/g, ' ') : undefined };
}

// `(C ON FEBRUARY 18, ...`: a level in capitals opening a line of capitals, its `)` lost.
const UNCLOSED_MARK = /\((TS|SBU|LOU|[USC]) (?=[A-Z])/y;

/**
 * A mark that lost its closing parenthesis, at `from` after a paragraph number: read only when no
 * `)` follows on the line, as any `)` may close a parenthesis that is prose (`(S AND T) TALKS`).
 */
export function unclosedMarkAt(text: string, from: number): { mark: PortionMark; length: number } | undefined {
  UNCLOSED_MARK.lastIndex = from;
  const m = UNCLOSED_MARK.exec(text);
  if (!m || text.indexOf(')', from) >= 0) return undefined;
  const reading = readMark(m[1], false)!;
  const length = m[1].length + 1;
  return { mark: { raw: text.slice(from, from + length), level: reading.level, caveats: reading.caveats, canonical: reading.canonical, wellFormed: false, qualifier: undefined }, length };
}

/** The marks most paragraphs carry, read once: everything but `raw` follows from the inner text. */
const COMMON_MARKS = new Map<string, MarkReading>();
for (const inner of ['C', 'SBU', 'U', 'S', 'TS', 'LOU', 'S/NF', 'C/NF', 'S//NF', 'C//NF', 'SBU/NF', 'c', 'u', 's', 'sbu']) {
  COMMON_MARKS.set(inner, readMark(inner, true)!);
}
