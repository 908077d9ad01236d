import { Rule } from '../lint/rule';
import { CableDate, CableModel } from '../model/cable';
import { isClassified, LEVEL_NAMES } from '../model/levels';
import { firstNonSpace } from '../text/chars';
import { Range } from '../text/types';
import { eraOn, erasOfOrder } from './executiveOrders';

/** Whether the order in force (by date, else by the order the E.O. line names) calls for a Classified By line. */
function expectsClassifiedBy(model: CableModel): boolean {
  const date = model.date?.value;
  if (date) return !!eraOn(date).classifiedByLine;
  // A loop, not a flatMap of the eras: this runs for every classified cable without a date.
  let named = false;
  for (const eo of model.eoLines) {
    if (!eo.order) continue;
    for (const era of erasOfOrder(eo.order.text)) {
      if (era.classifiedByLine) return true;
      named = true;
    }
  }
  return !named;
}

/** A skeleton whose reasons fit the date and so pass classified-by-reason: 1.5 before 22 Sep 2003, 1.4 after. */
function skeleton(date: CableDate | undefined): string {
  const section = (date && eraOn(date).reasonSection) || '1.4';
  return `Classified By: <name>, <title>, for reasons ${section} (b) and (d).`;
}

/** The last line of the header fields (E.O., TAGS, SUBJECT, REF), which Classified By follows. */
function lastHeaderLine(model: CableModel): number | undefined {
  const ends = [...model.eoLines, ...model.tags, ...model.subjects, ...(model.refs ? [model.refs] : [])]
    .map((field) => field.range.end.line)
    .filter((line) => line < model.bodyStart);
  return ends.length ? Math.max(...ends) : undefined;
}

/**
 * A derivative classification names its source instead of a classifier (E.O. 12958 sec. 2.2): a
 * `DERIVED FROM:` line where Classified By goes, or `DRV FROM:` in the closing block of a DoD
 * information report. Capitalised keyword and colon, so running text (`derived from: ...`) is none.
 */
const DERIVED_FROM = /^[ \t]*(?:D(?:ERIVED|erived)[ \t]+(?:FROM|From|from)|DRV[ \t]+FROM)[ \t]*:/;

/** Whether a line states a derivative classification. Asked only of a cable about to be reported. */
function hasDerivedFromLine(lines: readonly string[]): boolean {
  for (const line of lines) {
    // Cheap gate: the keyword is the line's first word, so its first letter is D.
    if (line.charCodeAt(firstNonSpace(line)) === 68 /* D */ && DERIVED_FROM.test(line)) return true;
  }
  return false;
}

/** Where the cable states its classification: the banner, else the metadata row. */
function classificationRange(model: CableModel): Range | undefined {
  return model.banners[0]?.levelText.range ?? model.preamble?.metadata?.classification?.range;
}

export const classifiedByMissing: Rule = {
  id: 'classified-by-missing',
  defaultSeverity: 'error',
  description: 'A classified cable has no Classified By line (who classified it and for which reasons) before paragraph 1.',
  fix: 'Insert a Classified By skeleton after the header fields',
  check(ctx) {
    const { model } = ctx;
    const level = model.classification?.level;
    if (!level || !isClassified(level) || !expectsClassifiedBy(model)) return;
    const first = model.paragraphs.find((p) => p.number && !p.quoted);
    // Older cables state "CONFIDENTIAL - ENTIRE TEXT" instead, in the header or as paragraph 1, which may
    // also say "CLASSIFIED CONFIDENTIAL BY ...".
    const cb = model.classifiedBy;
    // Most classified cables have the line in place: settled before the pattern runs over paragraph 1.
    if (cb && (!first || cb.range.start.line <= first.range.start.line)) return;
    if (model.entireText || (first && /ENTIRE\s*TEXT|^CLASSIFIED\s+(?:[A-Z]+\s+)?BY\b/i.test(first.lead))) return;
    const range = classificationRange(model);
    if (!range) return;
    if (!cb && hasDerivedFromLine(ctx.lines)) return;
    if (cb) {
      ctx.report({ range: cb.keyword.range, message: 'The Classified By line comes after paragraph 1; expected it before paragraph 1.' });
      return;
    }
    const after = lastHeaderLine(model);
    const end = after === undefined ? undefined : { line: after, character: ctx.lines[after].length };
    ctx.report({
      range,
      message: `This ${LEVEL_NAMES[level]} cable has no Classified By line before paragraph 1.`,
      fixes: end ? [{ title: 'Insert a Classified By line to fill in', edits: [{ range: { start: end, end }, newText: ctx.eol + ctx.eol + skeleton(model.date?.value) }], preferred: true, safe: false }] : [],
    });
  },
};
