// The cable's paragraph-number sequence: which numbered paragraphs form it (not quotations,
// embedded lists or repeated copies of the text), where it breaks, whether a garbled pilcrow
// turned `¶1.` into `11.`, and how to renumber it. Used by paragraph-numbering and the formatter.
import { CableModel, Paragraph, ParagraphNumber } from '../model/cable';
import { lowerBound } from '../text/sortedSearch';
import { lineRange, TextEdit } from '../text/types';
import { isDigitCode } from '../text/chars';
import { digitRun } from './scanners';
import { perModel } from './memo';

export type NumberedParagraph = Paragraph & { number: ParagraphNumber };

export type NumberProblem = 'skip' | 'repeat' | 'backwards';

/**
 * `next`: the number the sequence expects, or a wrong one (a finding); `gap`: a jump explained by a
 * redaction or paragraphs without numbers in between; `restart`: numbering starts again at 1 under a heading.
 */
export type Step = 'next' | 'gap' | 'restart';

export interface NumberFinding {
  paragraph: NumberedParagraph;
  /** The number as the sequence reads it (after undoing a garbled pilcrow). */
  value: number;
  problem: NumberProblem;
  previous: number;
  expected: number;
}

/** Shared by everyone who asks about the model: read, never changed. */
export interface ParagraphSequence {
  /** The main sequence in text order, including numbers that break it. */
  readonly main: readonly NumberedParagraph[];
  /** Each main paragraph's number as read: written, or with the garbled leading `1` removed. */
  readonly values: readonly number[];
  /** For each main paragraph after the first, how it follows the one before. */
  readonly steps: readonly Step[];
  readonly findings: readonly NumberFinding[];
  /** The pilcrow was rendered as a leading `1`: values are the written numbers without it (where it could be dropped). */
  readonly garbled: boolean;
}

interface Walk {
  main: number[];
  steps: Step[];
  findings: Array<{ index: number; problem: NumberProblem; previous: number }>;
  /** Steps of the main sequence that are not +1, explained or not: how well the reading fits. */
  jumps: number;
}

/** Reads the cable's paragraph numbering; once per model, as the rule, its fix and the outline all ask. */
export const paragraphSequence = perModel((model: CableModel): ParagraphSequence => {
  const { candidates, indexes } = numberedCandidates(model);
  const context = new SequenceContext(model, candidates, indexes);
  // Pushed, like strippedValues' list, not mapped: both then have V8's packed element kind, and the walk compiles once.
  const literal: number[] = [];
  for (const p of candidates) literal.push(p.number.value);
  let values = literal;
  let walk = walkSequence(candidates, literal, context);
  const stripped = strippedValues(candidates);
  if (stripped) {
    const alternative = walkSequence(candidates, stripped.values, context);
    const fewer = alternative.findings.length < walk.findings.length;
    // With some numbers already restored (a fix applied one at a time), only a clearly better reading counts.
    const better = fewer || (stripped.all && alternative.findings.length === walk.findings.length && alternative.jumps < walk.jumps);
    if (better) {
      values = stripped.values;
      walk = alternative;
    }
  }
  return {
    main: walk.main.map((i) => candidates[i]),
    values: walk.main.map((i) => values[i]),
    steps: walk.steps,
    findings: walk.findings.map((f) => ({ paragraph: candidates[f.index], value: values[f.index], problem: f.problem, previous: f.previous, expected: f.previous + 1 })),
    garbled: values !== literal,
  };
});

/** Where the number's digits stand (the span may include a pilcrow and the dot). */
export function numberDigits(paragraph: NumberedParagraph): { text: string; line: number; start: number; end: number } {
  const n = paragraph.number;
  const [from, to] = digitRun(n.text);
  const start = n.range.start.character + from;
  return { text: n.text.slice(from, to), line: n.range.start.line, start, end: start + to - from };
}

/**
 * Edits that renumber the main sequence from its first number, one by one; a jump explained by
 * a redaction or unnumbered paragraphs keeps its size, a restart under a heading stays. Only
 * digits that change are edited.
 * A garbled cable is left alone (its numbers are restored one by one instead).
 */
export function paragraphRenumberEdits(model: CableModel): TextEdit[] {
  const sequence = paragraphSequence(model);
  if (sequence.garbled || !sequence.main.length) return [];
  const edits: TextEdit[] = [];
  let next = sequence.values[0];
  sequence.main.forEach((paragraph, i) => {
    const step = sequence.steps[i - 1];
    if (step === 'restart') next = 1;
    else if (step === 'gap') next += sequence.values[i] - sequence.values[i - 1];
    else if (i > 0) next++;
    const digits = numberDigits(paragraph);
    if (String(next) !== digits.text) edits.push({ range: lineRange(digits.line, digits.start, digits.end), newText: String(next) });
  });
  return edits;
}

/**
 * Numbered paragraphs outside quotations, without verbatim repeats of earlier ones (released texts
 * sometimes repeat a section), and their indexes in `model.paragraphs`. Leads are compared only
 * between paragraphs of the same number, so most cables compare none.
 */
function numberedCandidates(model: CableModel): { candidates: NumberedParagraph[]; indexes: number[] } {
  // While the numbers only rise, none can repeat an earlier one: the map of numbers is built only
  // when one does not (most cables never get there).
  let byNumber: Map<number, NumberedParagraph[]> | undefined;
  let highest = -Infinity;
  const candidates: NumberedParagraph[] = [];
  const indexes: number[] = [];
  // A paragraph's first words in capitals and digits, made once for each paragraph compared.
  let leads: Map<Paragraph, string> | undefined;
  const normalizedLead = (p: Paragraph) => {
    leads ??= new Map();
    let lead = leads.get(p);
    if (lead === undefined) leads.set(p, (lead = p.lead.toUpperCase().replace(/[^A-Z0-9]/g, '')));
    return lead;
  };
  for (let i = 0; i < model.paragraphs.length; i++) {
    const p = model.paragraphs[i];
    if (!p.number || p.quoted) continue;
    const numbered = p as NumberedParagraph;
    if (!byNumber && p.number.value > highest) {
      highest = p.number.value;
      candidates.push(numbered);
      indexes.push(i);
      continue;
    }
    if (continuesSubsections(candidates[candidates.length - 1], numbered)) continue;
    if (!byNumber) {
      byNumber = new Map();
      for (const c of candidates) byNumber.set(c.number.value, [c]);
    }
    const same = byNumber.get(p.number.value);
    if (!same) byNumber.set(p.number.value, [numbered]);
    else {
      const lead = normalizedLead(p);
      if (lead.length >= 4 && same.some((earlier) => normalizedLead(earlier) === lead)) continue;
      same.push(numbered);
    }
    candidates.push(numbered);
    indexes.push(i);
  }
  return { candidates, indexes };
}

/**
 * A quoted statute writes its section number again before each subsection (`118. (1) No person...`
 * / `118. (2) For the purpose...`): the second number is the same section going on, not a repeated
 * paragraph number. Only when the subsection follows the one before; `2. (1)` twice stays a repeat.
 */
function continuesSubsections(before: NumberedParagraph | undefined, p: NumberedParagraph): boolean {
  if (!before || before.number.value !== p.number.value || p.mark || before.mark) return false;
  const subsection = subsectionNumber(p.lead);
  return subsection > 1 && subsectionNumber(before.lead) === subsection - 1;
}

/** The subsection `(2)` opening a paragraph's text, or 0 when it opens otherwise. */
function subsectionNumber(lead: string): number {
  const m = /^\((\d{1,2})\)/.exec(lead);
  return m ? +m[1] : 0;
}

/**
 * The numbers read as garbled pilcrows (`11.` -> 1, `110.` -> 10): each number whose leading `1`
 * can be dropped loses it, and what results must increase. `all`: every number lost a `1`.
 * Undefined when no number can be read so.
 */
function strippedValues(paragraphs: NumberedParagraph[]): { values: number[]; all: boolean } | undefined {
  // Most cables number nothing that could have lost a pilcrow: no values to build then.
  if (!paragraphs.some((p) => mayBeGarbled(p.number.text))) return undefined;
  const values: number[] = [];
  let stripped = 0;
  for (const p of paragraphs) {
    const text = p.number.text;
    const [from, to] = digitRun(text);
    const garbled = to - from >= 2 && text.charCodeAt(from) === 49 /* 1 */ && text.charCodeAt(from + 1) !== 48 /* 0 */;
    const value = +text.slice(garbled ? from + 1 : from, to);
    if (values.length && value <= values[values.length - 1]) return undefined;
    if (garbled) stripped++;
    values.push(value);
  }
  return stripped ? { values, all: stripped === paragraphs.length } : undefined;
}

/** Whether the first digits of a number are 1 and another digit but 0, as the loop above tests (`11.`, `¶12.`). */
function mayBeGarbled(text: string): boolean {
  let from = 0;
  while (from < text.length && !isDigitCode(text.charCodeAt(from))) from++;
  return text.charCodeAt(from) === 49 /* 1 */ && isDigitCode(text.charCodeAt(from + 1)) && text.charCodeAt(from + 1) !== 48 /* 0 */;
}

/** `B.  TRAINING CONDUCTED`, `III. RED FLAG ISSUES.`: a part of the cable titled after its letter or roman numeral. */
const LETTERED_PART = /^\s*(?:[A-Z]|[IVX]{2,4})\.\s+[A-Z][A-Z0-9 ,/()'&-]*\.?\s*$/;
/** `EQUIPMENT DELIVERED DURING THE PERIOD.`: a part's title in capitals with no letter before it. */
const CAPITALS_TITLE = /^\s*[A-Z][A-Z0-9 ,/()'&-]{9,}\.?\s*$/;

/** A title in capitals standing alone between blank lines, as report templates head their parts. */
function isTitleLine(lines: readonly string[], line: number): boolean {
  return CAPITALS_TITLE.test(lines[line]) && !lines[line - 1]?.trim() && !lines[line + 1]?.trim();
}

/** Facts about the text around the numbers that excuse a break in the sequence; candidates are named by position. */
class SequenceContext {
  /** Redaction lines in ascending order, sorted when a gap first needs explaining. */
  private redactionLines: number[] | undefined;

  constructor(
    private readonly model: CableModel,
    private readonly candidates: readonly NumberedParagraph[],
    /** Each candidate's index in `model.paragraphs`. */
    private readonly indexes: readonly number[],
  ) {}

  /**
   * A redaction in or between the two paragraphs, or paragraphs between them that the sequence
   * does not see (unnumbered, or quoted): numbers were lost or taken by a quotation, not skipped.
   */
  gapExplained(from: number, to: number): boolean {
    const first = this.candidates[from].range.start.line;
    const last = this.candidates[to].range.end.line;
    const lines = (this.redactionLines ??= this.model.redactions.map((r) => r.start.line).sort((a, b) => a - b));
    const at = lowerBound(lines, first);
    if (at < lines.length && lines[at] <= last) return true;
    const paragraphs = this.model.paragraphs;
    for (let i = this.indexes[from] + 1; i < this.indexes[to]; i++) if (!paragraphs[i].number || paragraphs[i].quoted) return true;
    return false;
  }

  /**
   * A heading or a lettered part between the two paragraphs, or a label before the second one's
   * number (`COMMENTS: 1. (C)`): a new part may number its paragraphs afresh.
   */
  headingBetween(from: number, to: number): boolean {
    const first = this.candidates[from].range.start.line;
    const last = this.candidates[to].range.start.line;
    if (this.model.headings.some((h) => h.range.start.line > first && h.range.start.line < last)) return true;
    const lines = this.model.lines.lines;
    if (/:\s*$/.test(lines[last].slice(0, this.candidates[to].range.start.character))) return true;
    for (let line = first + 1; line < last; line++) if (LETTERED_PART.test(lines[line]) || isTitleLine(lines, line)) return true;
    return false;
  }

  /** The paragraph before ends with a colon ("...the following:"): what follows is a list. */
  introducedByColon(candidate: number): boolean {
    const before = this.model.paragraphs[this.indexes[candidate] - 1];
    return !!before && /:\s*$/.test(this.model.lines.lines[before.range.end.line]);
  }
}

function walkSequence(paragraphs: NumberedParagraph[], values: number[], context: SequenceContext): Walk {
  const walk: Walk = { main: [], steps: [], findings: [], jumps: 0 };
  if (!paragraphs.length) return walk;
  walk.main.push(0);
  let previous = 0; // index of the paragraph the next number should follow
  for (let i = 1; i < paragraphs.length; i++) {
    const value = values[i];
    const expected = values[previous] + 1;
    if (value === expected) {
      accept(walk, i, 'next');
      previous = i;
      continue;
    }
    if (value === 1 && context.headingBetween(previous, i)) {
      accept(walk, i, 'restart');
      previous = i;
      continue;
    }
    if (value === 1) {
      const end = embeddedListEnd(values, i, expected, context.introducedByColon(i));
      if (end !== undefined) {
        i = end - 1;
        continue;
      }
    }
    if (value > expected && context.gapExplained(previous, i)) {
      accept(walk, i, 'gap');
      previous = i;
      continue;
    }
    const problem: NumberProblem = value === expected - 1 ? 'repeat' : value < expected ? 'backwards' : 'skip';
    walk.findings.push({ index: i, problem, previous: values[previous] });
    accept(walk, i, 'next');
    // A single stray number (the next one fits): keep following the sequence from before it.
    const stray = i + 1 < paragraphs.length && values[i + 1] === expected;
    if (!stray) previous = i;
  }
  return walk;

  function accept(w: Walk, i: number, step: Step): void {
    const last = w.main[w.main.length - 1];
    if (values[i] !== values[last] + 1) w.jumps++;
    w.main.push(i);
    w.steps.push(step);
  }
}

/**
 * An embedded list restarting at 1 at `start` ("...the following:" 1. 2. 3.): the longest run
 * 1, 2, 3... after which the outer sequence resumes with `expected`, or, after a colon, the whole
 * run. Returns the index after the list, or undefined when it is no list.
 */
function embeddedListEnd(values: number[], start: number, expected: number, introduced: boolean): number | undefined {
  let runEnd = start + 1;
  while (runEnd < values.length && values[runEnd] === values[runEnd - 1] + 1) runEnd++;
  for (let end = runEnd; end > start; end--) if (values[end] === expected) return end;
  return introduced ? runEnd : undefined;
}
