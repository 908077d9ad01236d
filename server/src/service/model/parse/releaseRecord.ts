// Some releases put their own record of a cable between its routing lines and its text: keyed
// fields (`ID:`, `CLASSIFICATION:`, `DESTINATION:`) or a `>` line over date, id, origin and level,
// then the routing lines again and, under `>`, a TAGS/SUBJECT/REF summary. None of it is the header.
import { isBlankText, ParseContext } from './context';
import { isRoutingStart, parseRouting } from './routing';

const DUMP_KEY = /^(?:ID|ORIGIN|DATE|SOURCE|CLASSIFICATION|MISC|DESTINATION):\s/;
const DUMP_MARK = /^>\s*$/;
// `02.12.2010 07:56`, `12/16/2009 14:15`, `8/13/2009 8:54`.
const DUMP_DATE = /^\d{1,2}[./]\d{1,2}[./]\d{4} \d{1,2}:\d{2}\s*$/;
/** How many lines a `>` record may hold before the routing it repeats (date, id, origin, level, refs). */
const MARK_RECORD_LINES = 8;
/** How many lines the summary under a `>` record may take. */
const SUMMARY_LINES = 8;

/** The line after `from`'s keyed-field run, when at least two keyed lines stand there; else -1. */
function afterKeyedFields(ctx: ParseContext, from: number): number {
  let line = from;
  while (line < ctx.lineCount && DUMP_KEY.test(ctx.lines[line])) line++;
  return line - from >= 2 ? line : -1;
}

/** The routing line a `>` record leads to (its date line first), or -1. */
function afterMarkRecord(ctx: ParseContext, from: number): number {
  if (!DUMP_MARK.test(ctx.lines[from]) || from + 1 >= ctx.lineCount || !DUMP_DATE.test(ctx.lines[from + 1])) return -1;
  const limit = Math.min(ctx.lineCount, from + 2 + MARK_RECORD_LINES);
  for (let line = from + 2; line < limit; line++) {
    if (isRoutingStart(ctx.lines[line])) return line;
  }
  return -1;
}

/** Lines from `from` up to the first blank one, when the first is TAGS, SUBJECT or REF. */
function afterSummary(ctx: ParseContext, from: number): number {
  if (from >= ctx.lineCount || !/^(?:TAGS|SUBJECT|REF):/.test(ctx.lines[from])) return from;
  const limit = Math.min(ctx.lineCount, from + SUMMARY_LINES);
  let line = from;
  while (line < limit && !isBlankText(ctx.lines[line])) line++;
  return line;
}

/** Where the header starts below the routing lines ending before `from`: past a release's record, if one stands there. */
export function skipReleaseRecord(ctx: ParseContext, from: number): number {
  const first = ctx.nextNonBlank(from, Math.min(ctx.lineCount, from + 3));
  if (first < 0) return from;
  const keyed = afterKeyedFields(ctx, first);
  const marked = keyed < 0 ? afterMarkRecord(ctx, first) : -1;
  if (keyed < 0 && marked < 0) return from;
  let line = keyed >= 0 ? keyed : marked;
  // `DESTINATION: VZCZCXRO8657` may go on with the routing lines themselves.
  const routingAt = ctx.nextNonBlank(line, Math.min(ctx.lineCount, line + 3));
  if (routingAt >= 0 && isRoutingStart(ctx.lines[routingAt])) line = parseRouting(ctx, routingAt).next;
  return marked >= 0 ? afterSummary(ctx, line) : line;
}
