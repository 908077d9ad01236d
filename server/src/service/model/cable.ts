// The cable model: every part of a cable the rules and editor features need, with exact ranges.
// Produced by `parseCable` in one pass over the lines; never mutated afterwards.
import { isLetterCode } from '../text/chars';
import { LineIndex } from '../text/lines';
import { Range } from '../text/types';
import { Level, PortionMark } from './levels';

/**
 * `T` with all of its keys present, optional ones possibly undefined. Objects the parser and rules
 * make in bulk are typed with it: objects of one kind built with different sets of keys have
 * different shapes in V8, and the optimized code reading them was thrown away and compiled again
 * as each new shape turned up. The type makes the compiler check that no key is left out.
 */
export type EveryKey<T> = { [K in keyof Required<T>]: T[K] };

/** A piece of text and where it stands. */
export interface Span {
  text: string;
  range: Range;
}

/** A calendar date without time; months and days are 1-based. */
export interface CableDate {
  year: number;
  month: number;
  day: number;
}

export type DateSource = 'dtg' | 'metadata' | 'option';

/** A row of the released `cables.csv` (id, date, refid, origin, classification, ...) before the text. */
export interface MetadataRow {
  range: Range;
  refid?: Span;
  date?: Span & { value: CableDate };
  origin?: Span;
  classification?: Span & { level: Level; caveats: string[] };
}

export interface Preamble {
  range: Range;
  /** "This record is a partial extract of the original cable..." */
  extractNotice?: Range;
  metadata?: MetadataRow;
  /** A web page's dateline ("Thursday, 07 March 2002, 10:13"). */
  webDate?: Span & { value: CableDate };
}

/** A date-time group, DDHHMMZ MON YY. */
export interface DateTimeGroup extends Span {
  day: number;
  hour: number;
  minute: number;
  /** 1-12, or 0 when the month abbreviation is unknown. */
  month: number;
  year: number;
}

export interface RoutingHeader {
  kind: 'acp127' | 'acp126';
  range: Range;
  dtg?: DateTimeGroup;
  /** ACP-127 security line, e.g. `ZNY CCCCC ZZH`, and the level its letters stand for. */
  security?: Span & { level: Level };
}

export interface Banner extends Span {
  /** The level as written (letters and spacing kept). */
  levelText: Span;
  level: Level;
  /** Controls written on the banner line (SENSITIVE, NOFORN, E F T O, ...). */
  captions: Span[];
  section?: { range: Range; number: Span & { value: number }; total: Span & { value: number } };
  post?: Span;
  serial?: Span;
}

export interface Caption extends Span {
  /** Normalised caption word, e.g. `NOFORN`, `SIPDIS`, `SENSITIVE`, `CORRECTED COPY`. */
  name: string;
}

export interface EoLine {
  range: Range;
  /** `E.O.`, `EO`, `E. O.` as written. */
  keyword: Span;
  order?: Span;
  /** Whether a colon follows the order number. */
  colon: boolean;
  /** What follows `DECL:` (or the whole instruction when no `DECL` keyword is used). */
  decl?: Span;
  /** `N/A` in place of a declassification instruction. */
  notApplicable?: Span;
}

export interface TagsField {
  range: Range;
  keyword: Span;
  colon: boolean;
  tokens: Span[];
}

export interface SubjectField {
  range: Range;
  keyword: Span;
  /** The subject text, joined over wrapped lines. */
  text: string;
  textRange: Range;
  mark?: PortionMark & { range: Range };
}

export interface RefItem {
  range: Range;
  letter?: Span;
  /** Text of the item, without its letter. */
  text: string;
  /** Normalised cable id like `04RANGOON1370`, when the item names a cable and the year is known. */
  id: string | null;
}

/** The upper-case letter an item is known by, or undefined for an unlettered item. */
export function itemLetter(item: RefItem): string | undefined {
  const text = item.letter?.text;
  if (text === undefined) return undefined;
  // The first ASCII letter, upper-cased (clearing bit 5): regex `[A-Za-z]` and toUpperCase without the match array.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetterCode(c)) return String.fromCharCode(c & ~32);
  }
  return undefined;
}

export interface RefBlock {
  range: Range;
  keyword: Span;
  items: RefItem[];
}

export interface ClassifiedBy {
  range: Range;
  keyword: Span;
  /** `1.4`, `1.5`, `1.3`: the order's section giving the reasons. */
  section?: Span;
  letters: Span[];
}

export interface Heading extends Span {
  underline?: Range;
}

export interface ParagraphNumber extends Span {
  value: number;
  pilcrow: boolean;
}

export interface Paragraph {
  /** First line to last non-blank line. */
  range: Range;
  /** Where the paragraph's start marker (number, bullet or mark) begins. */
  start: Range;
  number?: ParagraphNumber;
  mark?: PortionMark & { range: Range };
  /** The first words of the text, for outlines. */
  lead: string;
  /** Inside BEGIN TEXT ... END TEXT. */
  quoted: boolean;
  /** Index into `CableModel.sections`. */
  section: number;
}

export interface Block {
  range: Range;
  start: Span;
  end?: Span;
}

export type MarkerKind = 'summary-start' | 'summary-end' | 'comment-start' | 'comment-end';

export interface Marker extends Span {
  kind: MarkerKind;
}

export interface RefCitation extends Span {
  /** Cited letters with their ranges; empty for a bare `reftel`. */
  letters: Span[];
  /** For a bare `reftel`, the cable it names by post and number (`Abuja 1675` in `reftel Abuja 1675`). */
  named?: Span;
}

export interface Section {
  range: Range;
  banner?: Banner;
}

export interface CableModel {
  lines: LineIndex;
  preamble?: Preamble;
  routing?: RoutingHeader;
  /** First is the header banner when present; later ones open sections. */
  banners: Banner[];
  captions: Caption[];
  addressees: Span[];
  /** Every E.O. line; sections may repeat it. */
  eoLines: EoLine[];
  tags: TagsField[];
  subjects: SubjectField[];
  refs?: RefBlock;
  classifiedBy?: ClassifiedBy;
  /** Pre-1996 "CONFIDENTIAL - ENTIRE TEXT" marking. */
  entireText?: Span & { level: Level };
  headings: Heading[];
  paragraphs: Paragraph[];
  quotations: Block[];
  markers: Marker[];
  citations: RefCitation[];
  redactions: Range[];
  signature?: Span;
  sections: Section[];
  /** First line of the body (after the header fields). */
  bodyStart: number;
  date?: { value: CableDate; source: DateSource };
  /** The overall level the banner states, else what the metadata row states. */
  classification?: { level: Level; caveats: string[]; source: 'banner' | 'metadata' };
  /** Year used to normalise REF cable ids (from the date, the metadata id or the file name). */
  idYear?: number;
}
