// The cable's paragraph-number sequence: which numbered paragraphs form it (not quotations,
// embedded lists or repeated copies of the text), where it breaks, whether a garbled pilcrow
// turned `¶1.` into `11.`, and how to renumber it. Used by paragraph-numbering and the formatter.
import { CableModel, Paragraph, ParagraphNumber } from '../model/cable';
import { lineRange, TextEdit } from '../text/types';

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

export interface ParagraphSequence {
  /** The main sequence in text order, including numbers that break it. */
  main: NumberedParagraph[];
  /** Each main paragraph's number as read: written, or with the garbled leading `1` removed. */
  values: number[];
  /** For each main paragraph after the first, how it follows the one before. */
  steps: Step[];
  findings: NumberFinding[];
  /** The pilcrow was rendered as a leading `1`: values are the written numbers without it (where it could be dropped). */
  garbled: boolean;
}

interface Walk {
  main: number[];
  steps: Step[];
  findings: Array<{ index: number; problem: NumberProblem; previous: number }>;
  /** Steps of the main sequence that are not +1, explained or not: how well the reading fits. */
  jumps: number;
}

/** Reads the cable's paragraph numbering. */
export function paragraphSequence(model: CableModel): ParagraphSequence {
  const candidates = numberedCandidates(model);
  const context = new SequenceContext(model);
  const literal = candidates.map((p) => p.number.value);
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
}

/** Where the number's digits stand (the span may include a pilcrow and the dot). */
export function numberDigits(paragraph: NumberedParagraph): { text: string; line: number; start: number; end: number } {
  const n = paragraph.number;
  const m = /\d+/.exec(n.text)!;
  const start = n.range.start.character + m.index;
  return { text: m[0], line: n.range.start.line, start, end: start + m[0].length };
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

/** Numbered paragraphs outside quotations, without verbatim repeats of earlier ones (released texts sometimes repeat a section). */
function numberedCandidates(model: CableModel): NumberedParagraph[] {
  const seen = new Set<string>();
  const result: NumberedParagraph[] = [];
  for (const p of model.paragraphs) {
    if (!p.number || p.quoted) continue;
    const lead = p.lead.toUpperCase().replace(/[^A-Z0-9]/g, '');
    const key = `${p.number.value} ${lead}`;
    if (lead.length >= 4 && seen.has(key)) continue;
    seen.add(key);
    result.push(p as NumberedParagraph);
  }
  return result;
}

/**
 * The numbers read as garbled pilcrows (`11.` -> 1, `110.` -> 10): each number whose leading `1`
 * can be dropped loses it, and what results must increase. `all`: every number lost a `1`.
 * Undefined when no number can be read so.
 */
function strippedValues(paragraphs: NumberedParagraph[]): { values: number[]; all: boolean } | undefined {
  const values: number[] = [];
  let stripped = 0;
  for (const p of paragraphs) {
    const digits = numberDigits(p).text;
    const garbled = digits.length >= 2 && digits[0] === '1' && digits[1] !== '0';
    const value = garbled ? +digits.slice(1) : +digits;
    if (values.length && value <= values[values.length - 1]) return undefined;
    if (garbled) stripped++;
    values.push(value);
  }
  return stripped ? { values, all: stripped === paragraphs.length } : undefined;
}

const LETTERED_PART = /^\s*[A-Z]\.\s+[A-Z][A-Z0-9 ,/()'&-]*\.?\s*$/;

/** Facts about the text around the numbers that excuse a break in the sequence. */
class SequenceContext {
  private readonly index = new Map<Paragraph, number>();

  constructor(private readonly model: CableModel) {
    model.paragraphs.forEach((p, i) => this.index.set(p, i));
  }

  /**
   * A redaction in or between the two paragraphs, or paragraphs between them that the sequence
   * does not see (unnumbered, or quoted): numbers were lost or taken by a quotation, not skipped.
   */
  gapExplained(from: Paragraph, to: Paragraph): boolean {
    const first = from.range.start.line;
    const last = to.range.end.line;
    if (this.model.redactions.some((r) => r.start.line >= first && r.start.line <= last)) return true;
    const a = this.index.get(from)!;
    const b = this.index.get(to)!;
    return this.model.paragraphs.slice(a + 1, b).some((p) => !p.number || p.quoted);
  }

  /** A heading or a lettered part (`B.  TRAINING CONDUCTED`) between the two paragraphs: a new part may number its paragraphs afresh. */
  headingBetween(from: Paragraph, to: Paragraph): boolean {
    const first = from.range.start.line;
    const last = to.range.start.line;
    if (this.model.headings.some((h) => h.range.start.line > first && h.range.start.line < last)) return true;
    return this.model.lines.lines.slice(first + 1, last).some((line) => LETTERED_PART.test(line));
  }

  /** The paragraph before ends with a colon ("...the following:"): what follows is a list. */
  introducedByColon(paragraph: Paragraph): boolean {
    const before = this.model.paragraphs[this.index.get(paragraph)! - 1];
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
    if (value === 1 && context.headingBetween(paragraphs[previous], paragraphs[i])) {
      accept(walk, i, 'restart');
      previous = i;
      continue;
    }
    if (value === 1) {
      const end = embeddedListEnd(values, i, expected, context.introducedByColon(paragraphs[i]));
      if (end !== undefined) {
        i = end - 1;
        continue;
      }
    }
    if (value > expected && context.gapExplained(paragraphs[previous], paragraphs[i])) {
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
