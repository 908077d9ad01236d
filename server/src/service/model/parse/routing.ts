// ACP-127 and ACP-126 routing lines above the banner, and the date-time group they carry.
import { DateTimeGroup, RoutingHeader } from '../cable';
import { fullYear, monthNumber } from '../dates';
import { Level } from '../levels';
import { isBannerLine } from './banner';
import { isBlankText, ParseContext } from './context';
import { findFieldStarts } from './fields';
import { captionNames, matchParagraphStart, mayBePageArtifact, PAGE_ARTIFACT } from './lineKinds';
import { firstNonSpace, trimmedEnd } from '../../text/chars';

// DDHHMMZ MON YY, optionally after a precedence letter or two (`P`, `O`, `PP`, `R 150750Z OCT 01`).
const DTG = /(?<![\dA-Za-z])(\d{2})(\d{2})(\d{2})Z\s+([A-Za-z]{3})\s+(\d{2}|\d{4})(?!\d)/;
// The DTG may be followed by an ACP-127 operating signal and its own text (`ZDK`, `ZFF4`,
// `ZDS CTG RUEHSD ...`) or a corrected-copy note (`(CCY ...)`); any other word after the DTG is not routing.
const PRECEDENCE_DTG = /^\s*(?:[ZOPRM]{1,2}(?:\s+[ZOPRM])?\s+)?\d{6}Z\s+[A-Za-z]{3}\s+\d{2,4}(?:\s+(?:Z[A-Z]{2}(?:-?\d)?(?:\s.*)?|\(CCY\s[^)]*\)))?\s*$/;
const ACP127_LINE = /^\s*(?:VZCZC|(?:PP|OO|RR|ZZ|PR|OP|RP|PO|ZP)\s+RU[A-Z]{3}|DE\s+RU[A-Z]{3}|ZN[YR]\s|BT\s*$|NNNN)/;
// The precedence line's list of routing indicators (`PP RUEHAG RUEHBS ...`) may wrap onto lines
// that hold only indicators (`RUEHLZ RUEHPOD RHMCSUU`); such a line is routing only right below it.
const PRECEDENCE_INDICATORS = /^\s*(?:PP|OO|RR|ZZ|PR|OP|RP|PO|ZP)\s+RU[A-Z]{3}/;
const INDICATORS_ONLY = /^\s*R[A-Z]{4,6}(?:\s+R[A-Z]{4,6})*\s*$/;
const ADDRESS_LINE = /^\s*(?:FM|TO|INFO)\s+\S/;
// FM names one originator; TO and INFO may go on over lines.
const ADDRESS_LIST_LINE = /^\s*(?:TO|INFO)\s/;
const BREAK_LINE = /^\s*BT\s*$/;
const SECURITY_LINE = /^\s*ZN[YR]\s+([UCSTE]{5})\b/;
const SECURITY_LEVELS: Record<string, Level> = { U: 'U', E: 'U', C: 'C', S: 'S', T: 'TS' };

const OTHER_ROUTING_LINE = /^\s*(?:RU[A-Z]{3}\/|AMEMBASSY|AMCONSUL|USMISSION|SECSTATE|SECDEF|[A-Z][A-Z/ -]* WASHDC\b)/;
// A TO or INFO list goes on with one addressee a line, after a routing indicator of any length
// (`RUEHLO/AMEMBASSY LONDON`, `RHEHAAA/NSC WASHDC`, `ZEN/AMCONSUL ADANA`) or plain (`USCINCSO MIAMI FL`,
// `SPECIAL EMBASSY PROGRAM`, `CIA WASHINGTON DC//NHTC// 0000`, `AMCONSUL BELFAST POUCH)`).
const ADDRESSEE_INDICATOR = /^\s*(?:R[A-Z]{3,7}|ZEN)\//;
// Capitals, digits and the marks office symbols use: a sentence (commas, lowercase, quotes) is not an addressee.
const ADDRESSEE_CHARS = /^[A-Z0-9 \t/().:&-]+$/;
// Header addressee lines (`LONDON FOR SMITH`, `DEPT PASS USTR`) come below the banner, not in the list.
const HEADER_ADDRESSEE_WORD = /\b(?:FOR|PASS|ALSO)\b/;

/**
 * Whether ACP127_LINE or PRECEDENCE_DTG may match a line whose first non-blank character has code
 * `c`: B(T), D(E), M, N(NNN), O, P, R, V(ZCZC), Z or a digit. Every line before the cable start is asked.
 */
function mayStartRouting(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 66 || c === 68 || c === 77 || c === 78 || c === 79 || c === 80 || c === 82 || c === 86 || c === 90;
}

export function isRoutingStart(text: string): boolean {
  return mayStartRouting(text.charCodeAt(firstNonSpace(text))) && (ACP127_LINE.test(text) || PRECEDENCE_DTG.test(text));
}

/**
 * Whether a line inside a TO/INFO list is one more addressee: only when no other reading fits,
 * so a banner, caption, header field, paragraph or page header right below the list ends it.
 */
function isAddressContinuation(ctx: ParseContext, line: number, text: string): boolean {
  if (!ADDRESSEE_CHARS.test(text)) return false;
  if (!ADDRESSEE_INDICATOR.test(text) && HEADER_ADDRESSEE_WORD.test(text)) return false;
  const first = firstNonSpace(text);
  if (mayBePageArtifact(text, first, trimmedEnd(text)) && PAGE_ARTIFACT.test(text)) return false;
  return !isBannerLine(ctx, line) && !captionNames(text) && findFieldStarts(text).length === 0 && !matchParagraphStart(text);
}

export function parseDtg(ctx: ParseContext, line: number): DateTimeGroup | undefined {
  const text = ctx.lines[line];
  const m = DTG.exec(text);
  if (!m) return undefined;
  // Spelled out, not `{ ...span, day, ... }`: V8 (Node 20) builds that on a slow path.
  const span = ctx.span(line, m.index, m.index + m[0].length);
  return {
    text: span.text,
    range: span.range,
    day: +m[1],
    hour: +m[2],
    minute: +m[3],
    month: monthNumber(m[4]),
    year: fullYear(+m[5]),
  };
}

/**
 * Consumes routing lines from `start`; returns the header (if any) and the first line after it.
 * The header ends at the first blank line or at a line that is not routing.
 */
export function parseRouting(ctx: ParseContext, start: number): { routing?: RoutingHeader; next: number } {
  if (start >= ctx.lineCount || !isRoutingStart(ctx.lines[start])) return { next: start };
  let acp127 = false;
  let dtg: DateTimeGroup | undefined;
  let security: RoutingHeader['security'];
  // Whether the line above is the precedence line or a wrapped line of its indicators.
  let indicatorsWrap = false;
  // Whether a TO or INFO line is the last address line read, so a line may go on with its addressees.
  let addressList = false;
  let line = start;
  for (; line < ctx.lineCount; line++) {
    const text = ctx.lines[line];
    if (isBlankText(text)) {
      // Some releases put a blank line inside the routing block ("OO RUEHWEB", "", "DE RUEHLO ...").
      const next = ctx.nextNonBlank(line + 1, Math.min(ctx.lineCount, line + 3));
      if (next >= 0 && isRoutingStart(ctx.lines[next])) continue;
      break;
    }
    // Each pattern once per line: the routing-line test and the facts read from it share them.
    const routingStart = mayStartRouting(text.charCodeAt(firstNonSpace(text)));
    const acpLine = routingStart && ACP127_LINE.test(text);
    const precedence = routingStart && PRECEDENCE_DTG.test(text);
    const wrapped: boolean = indicatorsWrap && INDICATORS_ONLY.test(text);
    const address = !acpLine && !precedence && !wrapped && ADDRESS_LINE.test(text);
    if (address) addressList = ADDRESS_LIST_LINE.test(text);
    if (!acpLine && !precedence && !wrapped && !address && !OTHER_ROUTING_LINE.test(text) && !(addressList && isAddressContinuation(ctx, line, text))) break;
    indicatorsWrap = wrapped || (acpLine && PRECEDENCE_INDICATORS.test(text));
    if (acpLine) acp127 = true;
    if (!dtg && precedence) dtg = parseDtg(ctx, line);
    // SECURITY_LINE (`ZNY`/`ZNR` and a group) is one of ACP127_LINE's forms.
    const sec = acpLine ? SECURITY_LINE.exec(text) : null;
    if (sec && !security) {
      const level = SECURITY_LEVELS[sec[1][0]];
      const at = text.indexOf(sec[1]);
      if (level) {
        const span = ctx.span(line, at, at + 5);
        security = { text: span.text, range: span.range, level };
      }
    }
    // BT closes the heading: the text starts below it.
    if (acpLine && BREAK_LINE.test(text)) {
      line++;
      break;
    }
  }
  const routing: RoutingHeader = { kind: acp127 ? 'acp127' : 'acp126', range: ctx.linesRange(start, line - 1), dtg, security };
  return { routing, next: line };
}
