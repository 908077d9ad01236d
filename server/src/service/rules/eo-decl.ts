import { Fix } from '../lint/diagnostic';
import { Report, Rule } from '../lint/rule';
import { CableDate, EoLine, Span } from '../model/cable';
import { compareDates, formatDate } from '../model/dates';
import { isClassified, Level } from '../model/levels';
import { lineRange, Range } from '../text/types';
import { addYears, DeclInstruction, DeclPart, eraOn, erasOfOrder, formatDeclDate, isClassificationOrder, isOrderInForce, isReleaseNote, maxDeclYearsOf, parseDeclInstruction } from './executiveOrders';

function partRange(decl: Span, part: DeclPart): Range {
  const { line, character } = decl.range.start;
  return lineRange(line, character + part.start, character + part.end);
}

/** Instructions the named order does not allow: OADR after 1995, OADR/MR/X1-X8 under E.O. 13526. */
function invalidForOrder(order: string, instruction: DeclInstruction): DeclPart & { what: string } | undefined {
  if (order === '12958' || order === '13292' || order === '13526') {
    if (instruction.oadr) return named(instruction.oadr, 'OADR');
  }
  if (order === '13526') {
    if (instruction.mr) return named(instruction.mr, 'MR');
    const old = instruction.exemptions.find((e) => /^X\d$/.test(e.code));
    if (old) return named(old, `The exemption ${old.code}`);
  }
  return undefined;
}

/** The part and what to call it, spelled out: spreads of parts of different shapes gave results V8 kept recompiling checkLine for. */
function named(part: DeclPart, what: string): DeclPart & { what: string } {
  return { text: part.text, start: part.start, end: part.end, what };
}

/** The finding on one E.O. line's instruction, if any; `level` and `date` are the cable's when known. */
function checkLine(eo: EoLine, level: Level | undefined, date: CableDate | undefined, lines: readonly string[]): Report | undefined {
  const classified = level !== undefined && isClassified(level);
  const decl = eo.decl;
  if (decl && isReleaseNote(decl.text)) return undefined;
  const parsed = decl && parseDeclInstruction(decl.text);
  const notApplicable = eo.notApplicable ?? (parsed?.ok && parsed.instruction.notApplicable && !parsed.instruction.date ? decl : undefined);
  if (notApplicable) {
    if (!classified) return undefined;
    // `E.O. 12958: N/A` takes the keyword too; `DECL: N/A` only the date.
    const fixes = tenYearsOut(notApplicableRange(notApplicable), date, hasDeclKeyword(eo, notApplicable, lines) ? '' : 'DECL: ');
    return { range: notApplicable.range, message: `A ${levelName(level)} cable needs a declassification date, not N/A.`, fixes };
  }
  if (!decl || !parsed) {
    return classified ? { range: eo.range, message: `The E.O. line of a ${levelName(level)} cable has no declassification instruction; expected DECL: and a date.` } : undefined;
  }
  if (level !== undefined && !classified) {
    return { range: decl.range, message: 'An unclassified cable has a declassification instruction; expected N/A.', severity: 'warning' };
  }
  if (!parsed.ok) return { range: partRange(decl, parsed.problem), message: parsed.problem.message };
  const instruction = parsed.instruction;
  const order = eo.order?.text;
  // An order not in force on the date is eo-era's finding; judging its instructions would say it twice.
  const judged = order && isClassificationOrder(order) && (!date || isOrderInForce(order, date));
  const invalid = judged ? invalidForOrder(order, instruction) : undefined;
  if (invalid) {
    const era = date && eraOn(date).orders.includes(order!) ? eraOn(date) : erasOfOrder(order!)[0];
    return { range: partRange(decl, invalid), message: `${invalid.what} is not a declassification instruction under E.O. ${order}; expected ${era.declInstructions}.` };
  }
  const declDate = instruction.date;
  if (!date || !declDate) return undefined;
  if (compareDates(declDate.value, date) < 0) {
    const range = partRange(decl, declDate);
    return { range, message: `The declassification date ${declDate.text} is before the cable's date, ${formatDate(date)}.`, fixes: tenYearsOut(range, date, '') };
  }
  // Exemptions (25X1, 50X1-HUM) allow longer periods; a plain date may not exceed the order's limit.
  const limit = order ? maxDeclYearsOf(order) : undefined;
  if (limit && !instruction.exemptions.length && compareDates(declDate.value, addYears(date, limit)) > 0) {
    const range = partRange(decl, declDate);
    return { range, message: `The declassification date ${declDate.text} is more than ${limit} years after the cable's date, ${formatDate(date)}.`, fixes: tenYearsOut(range, date, '') };
  }
  return undefined;
}

/**
 * The date ten years after the cable's, the default period since E.O. 12958, written over `range`
 * (after `prefix`). Offered, never applied unreviewed: the period is the classifier's decision.
 */
function tenYearsOut(range: Range, date: CableDate | undefined, prefix: string): Fix[] {
  if (!date) return [];
  const text = `${prefix}${formatDeclDate(addYears(date, 10))}`;
  return [{ title: `Replace with ${text} (ten years after the cable's date)`, edits: [{ range, newText: text }], preferred: true, safe: false }];
}

/**
 * The N/A heading `span`, so the fix keeps a remark after it (`N/A (see para 2)`); else the whole
 * span, which takes a second N/A along (`N/A DECL: N/A`).
 */
function notApplicableRange(span: Span): Range {
  const parsed = parseDeclInstruction(span.text);
  const part = parsed.ok ? parsed.instruction.notApplicable : undefined;
  return part && part.start === 0 ? partRange(span, part) : span.range;
}

/** Whether `DECL` stands before the instruction on the E.O. line: `N.A.` without it is read as the instruction itself. */
function hasDeclKeyword(eo: EoLine, instruction: Span, lines: readonly string[]): boolean {
  const from = (eo.order ?? eo.keyword).range.end;
  const { start } = instruction.range;
  return from.line === start.line && /DECL/i.test(lines[start.line].slice(from.character, start.character));
}

function levelName(level: Level | undefined): string {
  return level === 'TS' ? 'TOP SECRET' : level === 'S' ? 'SECRET' : 'CONFIDENTIAL';
}

export const eoDecl: Rule = {
  id: 'eo-decl',
  defaultSeverity: 'error',
  description: 'The declassification instruction is missing or N/A on a classified cable, unparseable, impossible, before the cable date, too far out, or invalid for the order.',
  fix: 'Declassify ten years after the cable date (for N/A on a classified cable, a date before the cable or too far out; offered only)',
  check(ctx) {
    const { model } = ctx;
    for (const eo of model.eoLines) {
      const finding = checkLine(eo, model.classification?.level, model.date?.value, ctx.lines);
      if (finding) ctx.report(finding);
    }
  },
};
