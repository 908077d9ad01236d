// Re-parsing after an edit, for the editor: when the edit lies in the body, well after the header,
// the body loop resumes at a paragraph start a few lines before it and stops at the first
// paragraph start after it where its state is what the earlier parse had there; everything else
// comes from the earlier model (moved up or down when the edit added or removed lines). The result equals parseCable's on the new text (test/unit/
// incremental.test.ts checks this on random edits of real cables); edits elsewhere parse again.
import { LineIndex } from '../../text/lines';
import { CableModel } from '../cable';
import { BODY_LISTS, BodyCheckpoint, BodyCounts, finishParagraph, MAX_LOOKAHEAD_LINES, parseBody } from './body';
import { ParseContext } from './context';
import { LATE_CLASSIFIED_BY_LINES } from './header';
import { closeSections, headerOptions, ParseOptions, parseTraced, ParseTrace } from './index';
import { lineKeywordsAfterEdit } from './keywords';

const traces = new WeakMap<CableModel, ParseTrace>();

/**
 * Lines between the resume point and the edit: no line before the resume point looks further
 * ahead than this (a rule over a title whose underline a page break splits from it looks furthest,
 * other headings four lines, REF letters one).
 */
const LOOKAHEAD_LINES = MAX_LOOKAHEAD_LINES;

/** parseCable, keeping what reparseCable needs to re-parse the text after an edit. */
export function parseCableForEditing(text: string, options: ParseOptions = {}): CableModel {
  const { model, trace } = parseTraced(text, options, true);
  traces.set(model, trace!);
  return model;
}

/**
 * The model of `text`, an edited version of the text `previous` was parsed from (by
 * parseCableForEditing or reparseCable, with the same options): re-parses only around the edit
 * when it can, else all of it.
 */
export function reparseCable(previous: CableModel, text: string, options: ParseOptions = {}): CableModel {
  const trace = traces.get(previous);
  if (!trace || !sameOptions(trace.options, options)) return parseCableForEditing(text, options);
  const before = previous.lines.text;
  if (before === text) return previous;
  const start = commonPrefix(before, text);
  const suffix = commonSuffix(before, text, start);
  const edit = LineIndex.afterEdit(previous.lines, text, start, before.length - suffix, text.length - suffix);
  return reparseBody(previous, trace, edit) ?? parseCableForEditing(text, options);
}

function reparseBody(previous: CableModel, trace: ParseTrace, edit: ReturnType<typeof LineIndex.afterEdit>): CableModel | undefined {
  const { index, firstLine, lastLine, lineDelta } = edit;
  // The header, the cable's start and a Classified By line late in the body are read again only by a whole parse.
  if (!trace.cableStart.found || firstLine <= trace.cableStart.line || firstLine < previous.bodyStart + LATE_CLASSIFIED_BY_LINES + LOOKAHEAD_LINES) return undefined;
  const resumeAt = lastCheckpointAtOrBefore(trace.checkpoints, firstLine - LOOKAHEAD_LINES);
  if (resumeAt < 0) return undefined;
  const resume = trace.checkpoints[resumeAt];
  // The first numbered paragraph (which may carry the whole text's ENTIRE TEXT marking) must come before the edit.
  if (!previous.paragraphs.some((p, i) => i < resume.counts.paragraphs && !p.quoted && p.number)) return undefined;
  // Lines after the edit move by lineDelta: what the earlier model says about them moves with them.
  const editEnd = lastLine - lineDelta;
  const moved = <T>(value: T): T => moveLinesAfter(value, editEnd, lineDelta);

  const model: CableModel = {
    ...previous,
    lines: index,
    // Header fields a later section repeats may stand after the edit: moved like the rest.
    refs: moved(previous.refs),
    classifiedBy: moved(previous.classifiedBy),
    entireText: moved(previous.entireText),
    signature: undefined,
  };
  // New lists, so the previous model is never changed.
  for (const key of BODY_LISTS) (model[key] as unknown[]) = previous[key].slice(0, resume.counts[key]);
  const fields = { refs: model.refs, classifiedBy: model.classifiedBy, entireText: model.entireText };
  const ctx = new ParseContext(index, lineKeywordsAfterEdit(trace.keywords, index, firstLine, lastLine, lineDelta));
  const checkpoints = trace.checkpoints.slice(0, resumeAt);
  let joined: { old: BodyCheckpoint; oldAt: number; now: BodyCheckpoint } | undefined;
  parseBody(ctx, resume.line, model, headerOptions(model), {
    resume,
    onCheckpoint(now) {
      checkpoints.push(now);
      if (now.line <= lastLine + 1) return false;
      const oldAt = lastCheckpointAtOrBefore(trace.checkpoints, now.line - lineDelta);
      const old = trace.checkpoints[oldAt];
      if (old?.line !== now.line - lineDelta || !sameState(movedCheckpoint(old, editEnd, lineDelta), now)) return false;
      joined = { old, oldAt, now };
      return true;
    },
  });
  // A repeated section header among the lines read again may have set (or, before, have set) one of
  // these: only a whole parse tells which header's value stands.
  const end = joined ? joined.old.line : Infinity;
  for (const key of ['refs', 'classifiedBy', 'entireText'] as const) {
    const line = previous[key]?.range.start.line ?? -1;
    if (model[key] !== fields[key] || (line >= resume.line && line < end)) return undefined;
  }
  if (joined) {
    const { old, oldAt, now } = joined;
    // The paragraph open at the join ends there; its last line may be an edited one.
    if (now.current) model.paragraphs.push(finishParagraph(ctx, now.current));
    const taken = { ...old.counts, paragraphs: old.counts.paragraphs + (now.current ? 1 : 0) };
    for (const key of BODY_LISTS) (model[key] as unknown[]) = (model[key] as unknown[]).concat(moved(previous[key].slice(taken[key])));
    model.signature = moved(previous.signature);
    // Later checkpoints count the lists of the new model (usually as long as before: kept as they are).
    const changed = BODY_LISTS.filter((key) => now.counts[key] !== old.counts[key]);
    const counted = (counts: BodyCounts): BodyCounts => {
      if (!changed.length) return counts;
      const copy = { ...counts };
      for (const key of changed) copy[key] += now.counts[key] - old.counts[key];
      return copy;
    };
    for (const later of trace.checkpoints.slice(oldAt + 1)) {
      const shifted = movedCheckpoint(later, editEnd, lineDelta);
      const counts = counted(later.counts);
      checkpoints.push(shifted === later && counts === later.counts ? later : { ...shifted, counts });
    }
  }
  // Copies: closing sets each section's end.
  model.sections = model.sections.map((section) => ({ ...section }));
  closeSections(model);
  traces.set(model, { ...trace, checkpoints, keywords: ctx.keywords });
  return model;
}

/** A checkpoint after the edit, in the new text's line numbers (lines after `after` move by `delta`). */
function movedCheckpoint(checkpoint: BodyCheckpoint, after: number, delta: number): BodyCheckpoint {
  if (delta === 0) return checkpoint;
  const line = (n: number) => (n > after ? n + delta : n);
  const current = checkpoint.current && { ...moveLinesAfter(checkpoint.current, after, delta), last: line(checkpoint.current.last) };
  return { ...checkpoint, line: line(checkpoint.line), lastNonBlank: line(checkpoint.lastNonBlank), current, quoteStarts: moveLinesAfter(checkpoint.quoteStarts, after, delta) };
}

/**
 * `value` with every position on a line after `after` moved down by `delta` lines. Objects and
 * arrays with nothing to move are returned as they are (and stay shared).
 */
function moveLinesAfter<T>(value: T, after: number, delta: number): T {
  if (delta === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = moveLinesAfter(value[i], after, delta);
      if (item !== value[i]) (copy ??= value.slice())[i] = item;
    }
    return (copy ?? value) as T;
  }
  const object = value as Record<string, unknown>;
  if (typeof object.line === 'number' && typeof object.character === 'number') {
    return (object.line > after ? { line: object.line + delta, character: object.character } : value) as T;
  }
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(object)) {
    const item = moveLinesAfter(object[key], after, delta);
    if (item !== object[key]) (copy ??= { ...object })[key] = item;
  }
  return (copy ?? value) as T;
}


function sameOptions(a: ParseOptions, b: ParseOptions): boolean {
  return a.fileName === b.fileName && a.record === b.record && a.date?.year === b.date?.year && a.date?.month === b.date?.month && a.date?.day === b.date?.day;
}

/** The same loop state: the same open paragraph and quotations (not the list lengths, which may differ). */
function sameState(a: BodyCheckpoint, b: BodyCheckpoint): boolean {
  return (
    a.sectionIndex === b.sectionIndex &&
    a.lastNonBlank === b.lastNonBlank &&
    a.previousWasStructure === b.previousWasStructure &&
    sameData(a.current, b.current) &&
    sameData(a.quoteStarts, b.quoteStarts)
  );
}

/** Deep equality of plain data (objects, arrays, strings, numbers, booleans). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Index of the last checkpoint at or before `line`, or -1. */
function lastCheckpointAtOrBefore(checkpoints: readonly BodyCheckpoint[], line: number): number {
  let lo = 0;
  let hi = checkpoints.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (checkpoints[mid].line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Compared a block at a time (string equality is native; startsWith and charCodeAt loops are not), then character by character. */
const BLOCK = 4096;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of `a` and `b`, not reaching back into their first `prefix` characters. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i + BLOCK <= n && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
