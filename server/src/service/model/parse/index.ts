// parseCable: one pass over the lines, zone by zone (preamble, routing, header, body).
import { isKnownPost, normalizePost } from '../../data/posts';
import { LineIndex } from '../../text/lines';
import { CableDate, CableModel, DateSource, EveryKey } from '../cable';
import { fullYear, isValidDate } from '../dates';
import { isBannerLine } from './banner';
import { isBlankText, ParseContext } from './context';
import { findFieldStarts } from './fields';
import { findEntireTextParagraph, findLateClassifiedBy, HeaderOptions, parseHeader } from './header';
import { BodyCheckpoint, parseBody } from './body';
import { isPreambleLine, parseClassificationName, parsePreamble, PREAMBLE_SEARCH_LINES } from './preamble';
import { skipReleaseRecord } from './releaseRecord';
import { isRoutingStart, parseRouting } from './routing';

export interface ParseOptions {
  /** Assumed cable date when the text carries none (setting or CLI `--date`). */
  date?: CableDate;
  /** The file's name; released corpora name files by cable id (`04RANGOON1422.txt`), which gives the year. */
  fileName?: string;
  /** Facts a release keeps beside the text (a cables.csv row): they count like a metadata row's. */
  record?: ReleaseRecord;
}

export interface ReleaseRecord {
  refid?: string;
  date?: CableDate;
  /** As the release writes it: `CONFIDENTIAL//NOFORN`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`. */
  classification?: string;
}

/** How far down the cable proper may start (web pages put a lot before it). */
const START_SEARCH_LINES = 400;

/** Where the cable proper starts; `found` when a line said so (else a guess that later lines may change). */
function findCableStart(ctx: ParseContext): { line: number; found: boolean } {
  const limit = Math.min(ctx.lineCount, START_SEARCH_LINES);
  let lastPreamble = -1;
  for (let line = 0; line < limit; line++) {
    const text = ctx.lines[line];
    if (isBlankText(text)) continue;
    if (isPreambleLine(text)) {
      lastPreamble = line;
      continue;
    }
    if (isRoutingStart(text) || isBannerLine(ctx, line)) return { line, found: true };
    const fields = findFieldStarts(text);
    if (fields.length && text.slice(0, fields[0].at).trim().length === 0) return { line, found: true };
  }
  return { line: lastPreamble >= 0 && lastPreamble < PREAMBLE_SEARCH_LINES ? lastPreamble + 1 : 0, found: false };
}

/** What a parse leaves behind for re-parsing the text after an edit (incremental.ts). */
export interface ParseTrace {
  options: ParseOptions;
  cableStart: { line: number; found: boolean };
  /** The body loop's state at every paragraph start, in line order. */
  checkpoints: BodyCheckpoint[];
  keywords: Uint8Array;
}

/** Every key of the model from the start (see EveryKey), in one order. */
function emptyModel(lines: LineIndex): EveryKey<CableModel> {
  return {
    lines,
    preamble: undefined,
    routing: undefined,
    banners: [],
    captions: [],
    addressees: [],
    eoLines: [],
    tags: [],
    subjects: [],
    refs: undefined,
    classifiedBy: undefined,
    entireText: undefined,
    headings: [],
    paragraphs: [],
    quotations: [],
    markers: [],
    citations: [],
    redactions: [],
    signature: undefined,
    sections: [],
    bodyStart: 0,
    date: undefined,
    classification: undefined,
    idYear: undefined,
  };
}

const FILE_CABLE_ID = /(?:^|[\\/])(\d{2})[A-Z][A-Z-]*\d+(?:\.\w+)?$/;
const REF_CABLE = /^(?:\(\w+\)\s*)?(?:(\d{2})\s?)?([A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*){0,3}) ?0*(\d{1,7})(?: ?\(?(\d{2}|\d{4})\)?)?(?![\d/])/;

/** `RANGOON 1370` -> `04RANGOON1370` when the post is known and the year can be told. */
function cableIdNormaliser(year: number | undefined): (text: string) => string | null {
  return (text) => {
    const m = REF_CABLE.exec(text.trim());
    if (!m) return null;
    const post = normalizePost(m[2]);
    if (!isKnownPost(post) && post !== 'SECSTATE') return null;
    const y = m[1] ?? m[4] ?? (year !== undefined ? String(year) : undefined);
    if (y === undefined) return null;
    return `${y.padStart(2, '0').slice(-2)}${post}${m[3]}`;
  };
}

export function parseCable(text: string, options: ParseOptions = {}): CableModel {
  return parseTraced(text, options).model;
}

/** parseCable, also keeping (when `keepTrace`) what an incremental re-parse needs. */
export function parseTraced(text: string, options: ParseOptions, keepTrace = false): { model: CableModel; trace?: ParseTrace } {
  const lines = new LineIndex(text);
  const ctx = new ParseContext(lines);
  const model = emptyModel(lines);

  const start = findCableStart(ctx);
  model.preamble = parsePreamble(ctx, start.line);
  const { routing, next } = parseRouting(ctx, start.line);
  model.routing = routing;

  model.date = cableDate(model, options);
  model.idYear = model.date?.value.year ?? yearFromId(model.preamble?.metadata?.refid?.text) ?? yearFromId(options.record?.refid) ?? yearFromId(options.fileName);
  const forHeaders = headerOptions(model);
  model.bodyStart = parseHeader(ctx, routing ? skipReleaseRecord(ctx, next) : next, model, forHeaders);
  model.sections.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, banner: model.banners.length ? model.banners[0] : undefined });
  const checkpoints: BodyCheckpoint[] = [];
  parseBody(ctx, model.bodyStart, model, forHeaders, keepTrace ? { onCheckpoint: (checkpoint) => (checkpoints.push(checkpoint), false) } : {});
  findLateClassifiedBy(ctx, model, model.bodyStart);
  findEntireTextParagraph(ctx, model);
  closeSections(model);
  model.classification = overallClassification(model, options.record);
  return { model, trace: keepTrace ? { options, cableStart: start, checkpoints, keywords: ctx.keywords } : undefined };
}

/** How the header (and the headers sections repeat) are read: cable ids need the cable's year. */
export function headerOptions(model: CableModel): HeaderOptions {
  return { repeat: false, idOf: cableIdNormaliser(model.idYear !== undefined ? model.idYear % 100 : undefined) };
}

function yearFromId(id: string | undefined): number | undefined {
  if (!id) return undefined;
  const m = FILE_CABLE_ID.exec(id) ?? /^(\d{2})[A-Z]/.exec(id);
  return m ? fullYear(+m[1]) : undefined;
}

/** The first valid date of: the routing DTG, the metadata row, the web dateline, the release record, the option. */
function cableDate(model: CableModel, options: ParseOptions): CableModel['date'] {
  const dtg = model.routing?.dtg;
  if (dtg) {
    const value = { year: dtg.year, month: dtg.month, day: dtg.day };
    if (isValidDate(value)) return { value, source: 'dtg' };
  }
  const preamble = model.preamble;
  return (
    validDate(preamble?.metadata?.date?.value, 'metadata') ??
    validDate(preamble?.webDate?.value, 'metadata') ??
    validDate(options.record?.date, 'metadata') ??
    validDate(options.date, 'option')
  );
}

function validDate(value: CableDate | undefined, source: DateSource): CableModel['date'] {
  return value && isValidDate(value) ? { value, source } : undefined;
}

/** Each section runs to the line before the next one starts. */
export function closeSections(model: CableModel): void {
  const last = model.lines.lineCount - 1;
  model.sections.forEach((section, i) => {
    const nextStart = model.sections[i + 1]?.range.start.line;
    const endLine = nextStart !== undefined ? Math.max(section.range.start.line, nextStart - 1) : last;
    section.range = { start: section.range.start, end: { line: endLine, character: model.lines.lines[endLine].length } };
  });
}

function overallClassification(model: CableModel, record: ReleaseRecord | undefined): CableModel['classification'] {
  const banner = model.banners.length ? model.banners[0] : undefined;
  if (banner) {
    const captionNames = new Set<string>();
    for (const caption of model.captions) captionNames.add(caption.name);
    for (const caption of banner.captions) captionNames.add(caption.text.toUpperCase().replace(/\s+/g, ''));
    const level = banner.level === 'U' && captionNames.has('SENSITIVE') ? 'SBU' : banner.level;
    const caveats = captionNames.has('NOFORN') ? ['NOFORN'] : [];
    return { level, caveats, source: 'banner' };
  }
  const row = model.preamble?.metadata?.classification;
  if (row) return { level: row.level, caveats: row.caveats, source: 'metadata' };
  const recorded = record?.classification && parseClassificationName(record.classification);
  if (recorded) return { level: recorded.level, caveats: recorded.caveats, source: 'metadata' };
  if (model.entireText) return { level: model.entireText.level, caveats: [], source: 'banner' };
  return undefined;
}
