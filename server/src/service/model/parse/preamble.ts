// Text before the cable proper: the "partial extract" notice, a cables.csv metadata row, web-page text.
import { fullYear, monthNumber, parseUsDate, isValidDate } from '../dates';
import { MetadataRow, Preamble } from '../cable';
import { Level, levelFromWord } from '../levels';
import { ParseContext } from './context';
import { firstNonSpace } from '../../text/chars';

const EXTRACT_NOTICE = /This record is a partial extract of the original cable/i;
// cables.csv rows come with straight or typographic quotes (the Bangkok page uses “ ” ″).
const Q = '["\u201c\u201d\u2033\u201e]';
const METADATA_ROW = new RegExp(
  `${Q}(\\d+)${Q}\\s*,\\s*${Q}(\\d{1,2}/\\d{1,2}/\\d{4}(?: \\d{1,2}:\\d{2})?)${Q}\\s*,\\s*${Q}(\\d{2}[A-Z][A-Z-]*\\d+)${Q}\\s*,` +
    `(?:\\s*${Q}([^"\u201c\u201d\u2033\u201e\\n]{1,80})${Q}\\s*,\\s*${Q}([A-Z/ ]{5,60})${Q}\\s*,)?`,
);
const WEB_DATE = /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})(?:,\s+\d{1,2}:\d{2})?\s*$/;

/** How far into the text a metadata row or notice may stand. */
export const PREAMBLE_SEARCH_LINES = 40;

/** The notice's length: a shorter line cannot hold it. */
const EXTRACT_NOTICE_LENGTH = 54;

/**
 * Whether the two characters from `at` can open a weekday as WEB_DATE spells them (case-sensitive):
 * Mo, Tu, Th, We, Fr, Sa, Su. Header lines (`TAGS`, `SUBJECT`, `FM`, `TO`) fail on the second.
 */
function mayStartWeekday(text: string, at: number): boolean {
  if (at + 1 >= text.length) return false;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  switch (c) {
    case 77: // M
      return d === 111; // o
    case 84: // T
      return d === 117 || d === 104; // u, h
    case 87: // W
      return d === 101; // e
    case 70: // F
      return d === 114; // r
    case 83: // S
      return d === 97 || d === 117; // a, u
    default:
      return false;
  }
}

function mayHoldNotice(text: string): boolean {
  return text.length >= EXTRACT_NOTICE_LENGTH;
}

function mayBeWebDate(text: string): boolean {
  return mayStartWeekday(text, firstNonSpace(text));
}

/** Asked of every header line: each pattern runs only where its cheap precondition holds. */
export function isPreambleLine(text: string): boolean {
  return (mayHoldNotice(text) && EXTRACT_NOTICE.test(text)) || (mayBeWebDate(text) && WEB_DATE.test(text));
}

export function parseClassificationName(text: string): { level: Level; caveats: string[] } | undefined {
  const [head, ...rest] = text.trim().toUpperCase().split('//');
  const caveats = rest.map((c) => (c === 'NOFORN' ? 'NOFORN' : c));
  if (head === 'UNCLASSIFIED' && caveats.includes('FOR OFFICIAL USE ONLY')) {
    return { level: 'SBU', caveats: caveats.filter((c) => c !== 'FOR OFFICIAL USE ONLY') };
  }
  const level = head === 'LIMITED OFFICIAL USE' ? 'LOU' : levelFromWord(head);
  return level ? { level, caveats } : undefined;
}

/** Parses lines [0, end) as preamble. */
export function parsePreamble(ctx: ParseContext, end: number): Preamble | undefined {
  if (end <= 0) return undefined;
  const preamble: Preamble = { range: ctx.linesRange(0, end - 1) };
  const limit = Math.min(end, PREAMBLE_SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const text = ctx.lines[i];
    const notice = !preamble.extractNotice && mayHoldNotice(text) ? EXTRACT_NOTICE.exec(text) : null;
    if (notice) {
      preamble.extractNotice = { start: { line: i, character: notice.index }, end: { line: i, character: text.length } };
    }
    const web = !preamble.webDate && mayBeWebDate(text) ? WEB_DATE.exec(text) : null;
    if (web) {
      const value = { year: fullYear(+web[3]), month: monthNumber(web[2]), day: +web[1] };
      if (isValidDate(value)) {
        // Spelled out, not `{ ...span, value }`: V8 (Node 20) builds that on a slow path.
        const span = ctx.span(i, 0, text.length);
        preamble.webDate = { text: span.text, range: span.range, value };
      }
    }
  }
  preamble.metadata = findMetadataRow(ctx, limit);
  return preamble;
}

/** The metadata row may wrap over several lines, so it is matched on the joined text. */
function findMetadataRow(ctx: ParseContext, limit: number): MetadataRow | undefined {
  const index = ctx.index;
  const endOffset = limit < ctx.lineCount ? index.starts[limit] : index.text.length;
  const head = index.text.slice(0, endOffset);
  const m = METADATA_ROW.exec(head);
  if (!m) return undefined;
  const spanAt = (group: number) => {
    const value = m[group];
    if (value === undefined) return undefined;
    const start = m.index + m[0].indexOf(value, group === 1 ? 0 : m[0].indexOf(m[group - 1]) + m[group - 1].length);
    return { text: value, range: { start: index.positionAt(start), end: index.positionAt(start + value.length) } };
  };
  const row: MetadataRow = {
    range: { start: index.positionAt(m.index), end: index.positionAt(m.index + m[0].length) },
  };
  const date = spanAt(2);
  const parsedDate = date && parseUsDate(date.text);
  if (date && parsedDate) row.date = { text: date.text, range: date.range, value: parsedDate };
  row.refid = spanAt(3);
  row.origin = spanAt(4);
  const cls = spanAt(5);
  const parsedCls = cls && parseClassificationName(cls.text);
  if (cls && parsedCls) row.classification = { text: cls.text, range: cls.range, level: parsedCls.level, caveats: parsedCls.caveats };
  return row;
}
