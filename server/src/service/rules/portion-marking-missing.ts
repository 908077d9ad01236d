import { CableModel, Paragraph } from '../model/cable';
import { isClassified, Level, LEVELS, parsePortionMark, rank } from '../model/levels';
import { Fix, Severity } from '../lint/diagnostic';
import { Rule, RuleContext } from '../lint/rule';
import { capitalized, markedPortions, nofornCaption, paragraphMarks, paragraphName } from './portions';

/**
 * Paragraphs that are no portion of their own: blanked out in a release (the mark may have gone
 * with the text), the classification authority line numbered as paragraph 1, or a quotation
 * opening right after the number (the quoted text carries its author's marks).
 */
const NOT_A_PORTION = /^(?:\(?X{5,}|\[[^\]]*REMOVED\]|\.{3}\s*$|CLASSIFIED\s+(?:CONFIDENTIAL\s+|SECRET\s+)?BY\b|BEGIN\s+(?:TEXT|QUOTE)\b)/i;

/** `(S//REL CHINA, AFGHANISTAN,` with the rest of the mark on the next line. */
const SPLIT_MARK = /^\((?:TS|S|C|U|SBU|LOU)\s*\/[^)]*$/;

/** `1. Carter Center:` over `-- (U) text` bullets or `A. (S) text` items: the marks are on the sub-portions. */
function marksSubPortions(lines: readonly string[], paragraph: Paragraph): boolean {
  for (let line = paragraph.range.start.line + 1; line <= paragraph.range.end.line; line++) {
    const bullet = /^\s*(?:-+|[A-Z][.)])?\s*/.exec(lines[line])![0].length;
    if (parsePortionMark(lines[line].slice(bullet))) return true;
  }
  return false;
}

/** `¶7. Comment. (SBU) The formation...`: the mark stands after the paragraph's lead word. */
const LEAD_WORD = /^(?:SUMMARY|COMMENT|NOTE)(?: AND (?:SUMMARY|COMMENT))?[.:]?[ \t]+(?=\()/i;

function markedAfterLeadWord(text: string): boolean {
  const lead = LEAD_WORD.exec(text);
  return !!lead && !!parsePortionMark(text.slice(lead[0].length));
}

/** `5. Violent Protests:` with a marked `(U) Protests broke out...` after it: a lead-in, its portion is marked. */
function leadsIntoMarked(lines: readonly string[], paragraphs: readonly Paragraph[], marks: ReadonlyArray<Paragraph['mark']>, i: number): boolean {
  const next = paragraphs[i + 1];
  if (!next || next.number || !marks[i + 1]) return false;
  const { end } = paragraphs[i].range;
  return lines[end.line].charCodeAt(end.character - 1) === 58 /* : */;
}

/** The marks a drafter may choose: unclassified ones always, classified ones up to the cable's level. */
function choices(cableLevel: Level | undefined): Level[] {
  const controlled: Level = cableLevel === 'LOU' ? 'LOU' : 'SBU';
  const classified = (['C', 'S', 'TS'] as Level[]).filter((l) => cableLevel === undefined || rank(l) <= rank(cableLevel));
  return ['U', controlled, ...classified];
}

/** `(`, `(SB`: a mark being typed, all the line holds after the number. The fix writes it out. */
function isBegunMark(rest: string): boolean {
  const trimmed = rest.trimEnd();
  if (trimmed.charCodeAt(0) !== 40 /* ( */) return false;
  const letters = trimmed.slice(1).toUpperCase();
  return letters.length < 3 && LEVELS.some((level) => level.startsWith(letters));
}

/** `1.  text` -> `1. (C) text`: the mark goes right after the number, with one space either side. */
function insertMark(ctx: RuleContext, paragraph: Paragraph, mark: string, conservative: boolean): Fix {
  const number = paragraph.number!;
  const line = number.range.end.line;
  const contentAt = paragraph.start.end.character;
  const rest = ctx.lines[line].slice(contentAt);
  const hasText = rest.trimEnd().length > 0 && !isBegunMark(rest);
  return {
    title: `Insert ${mark}`,
    edits: [{ range: { start: number.range.end, end: { line, character: hasText ? contentAt : ctx.lines[line].length } }, newText: hasText ? ` ${mark} ` : ` ${mark}` }],
    // The cable's own marking is the conservative choice; anything else needs the drafter's judgement.
    preferred: conservative,
    safe: conservative,
  };
}

/**
 * The mark that errs on the safe side: the cable's level, with NOFORN when the cable is captioned
 * NOFORN (so a marked portion carries it, as caption-noforn asks), written `/NF` or, when the
 * cable's own marks do, `//NF`.
 */
function conservativeMark(model: CableModel, cableLevel: Level): string {
  if (!nofornCaption(model)) return `(${cableLevel})`;
  const separator = markedPortions(model).some((p) => p.raw.includes('//')) ? '//' : '/';
  return `(${cableLevel}${separator}NF)`;
}

/**
 * Numbered paragraphs outside quotations that belong to the cable's own sequence, as indexes into
 * `paragraphs`. An unmarked number that does not continue it (`1. objective guarantees` after
 * `¶3. (C)`) is an item of a list inside a paragraph, and so is one that continues such a list
 * counted from 1 (`3.` after `2. (U)`, `1.`, `2.`).
 */
function mainParagraphs(paragraphs: readonly Paragraph[], marks: ReadonlyArray<Paragraph['mark']>, marksSome: boolean): number[] {
  const main: number[] = [];
  // Items indented deeper than every marked paragraph are nested in one.
  let indent = 0;
  if (marksSome) {
    for (let i = 0; i < paragraphs.length; i++) if (marks[i] && paragraphs[i].number) indent = Math.max(indent, paragraphs[i].start.start.character);
  }
  let last: number | undefined;
  // The number of the list item just set aside, in a list counted from 1 (a repeated `7.` starts none).
  let item: number | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!p.number || p.quoted) continue;
    const value = p.number.value;
    const continuesItem = item !== undefined && value === item + 1;
    if (!marksSome || marks[i] || (p.start.start.character <= indent && (last === undefined || value === last + 1) && !continuesItem)) {
      main.push(i);
      last = value;
      item = undefined;
    } else item = value === 1 || continuesItem ? value : undefined;
  }
  return main;
}

/** Whether some numbered paragraph has a mark. */
function marksSomeNumbered(paragraphs: readonly Paragraph[], marks: readonly unknown[]): boolean {
  for (let i = 0; i < paragraphs.length; i++) if (paragraphs[i].number && marks[i]) return true;
  return false;
}

export const portionMarkingMissing: Rule = {
  id: 'portion-marking-missing',
  defaultSeverity: 'error',
  description: 'A numbered paragraph has no portion mark.',
  fix: "Insert a portion mark (one action per level; the cable's own level is applied by --fix)",
  check(ctx) {
    const { model } = ctx;
    // Pre-1996 cables marked the whole text at once ("CONFIDENTIAL - ENTIRE TEXT").
    if (model.entireText) return;
    // Lettered list items that look like marks are set aside: `(c)` after `(b)` marks nothing (quoted marks too).
    const marks = paragraphMarks(model);
    const marksSome = marks.some(Boolean);
    const cableLevel = model.classification?.level;
    // Before E.O. 12958 (late 1995) most cables left their numbered paragraphs unmarked: the practice, not a slip.
    const year = model.date?.value.year ?? model.idYear;
    if (year !== undefined && year < 1996 && !marksSomeNumbered(model.paragraphs, marks)) return;
    let severity: Severity | undefined;
    if (cableLevel && isClassified(cableLevel)) severity = undefined;
    else if (marksSome) severity = 'info';
    else return;
    const conservative = cableLevel && conservativeMark(model, cableLevel);
    const expected = !conservative ? 'one such as (U)' : conservative === `(${cableLevel})` ? `one such as ${conservative}, the cable's level` : `one such as ${conservative}, the cable's level and its NOFORN caption`;
    const offered = choices(cableLevel).map((level) => `(${level})`);
    if (conservative && !offered.includes(conservative)) offered.unshift(conservative);
    for (const i of mainParagraphs(model.paragraphs, marks, marksSome)) {
      const p = model.paragraphs[i];
      if (marks[i]) continue;
      const text = ctx.lines[p.start.end.line].slice(p.start.end.character);
      if (NOT_A_PORTION.test(text) || SPLIT_MARK.test(text) || markedAfterLeadWord(text) || marksSubPortions(ctx.lines, p) || leadsIntoMarked(ctx.lines, model.paragraphs, marks, i)) continue;
      ctx.report({
        range: p.number!.range,
        message: `${capitalized(paragraphName(p))} has no portion mark; expected ${expected}.`,
        severity,
        fixes: offered.map((mark) => insertMark(ctx, p, mark, mark === conservative)),
      });
    }
  },
};
