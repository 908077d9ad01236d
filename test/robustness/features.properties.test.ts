// Property-based tests of the editor features: formatting and fix-all are idempotent and their
// minimal edits reproduce them; outline, folding, hover, completion and navigation never throw
// and only point inside the document, wherever the cursor is; folding ranges nest.
import * as fc from 'fast-check';
import { applyEdits, createVocabulary, LineIndex, lintText, parseCable, Position, Range } from '../../server/src/service';
import { completion, definition, documentInfo, documentSymbols, DocumentSymbol, fixAllEdits, FoldingRange, foldingRanges, formatEdits, formatText, hover, prepareRename, references } from '../../server/src/service/features';
import { anyText, CableSource, sampleCables, TextCase } from '../support/arbitraries';
import { rangeProblem } from './checks';
import { everyCable, property } from './property';

const { cables } = sampleCables(200);
const lint = (text: string) => lintText(text).diagnostics;
const vocabulary = createVocabulary();
const URI = 'file:///robustness/cable.txt';

function formattingStable(text: string): string[] {
  const problems: string[] = [];
  const once = formatText(text);
  if (formatText(once) !== once) problems.push('formatting the formatted text changes it again');
  if (applyEdits(text, formatEdits(text)).text !== once) problems.push('formatEdits do not reproduce formatText');
  const fixed = applyEdits(text, fixAllEdits(text, lint)).text;
  if (fixAllEdits(fixed, lint).length) problems.push('fix-all on the fixed text still has edits');
  return problems;
}

function symbolProblems(index: LineIndex, symbols: readonly DocumentSymbol[], path: string): string[] {
  return symbols.flatMap((s) => {
    const where = `${path}/${s.name}`;
    const own = [rangeProblem(index, s.range), rangeProblem(index, s.selectionRange)].filter((p): p is string => !!p).map((p) => `symbol ${where}: ${p}`);
    const inside = (r: Range) => (r.start.line > s.range.start.line || (r.start.line === s.range.start.line && r.start.character >= s.range.start.character)) && (r.end.line < s.range.end.line || (r.end.line === s.range.end.line && r.end.character <= s.range.end.character));
    if (!inside(s.selectionRange)) own.push(`symbol ${where}: selectionRange outside range`);
    return [...own, ...symbolProblems(index, s.children, where)];
  });
}

/**
 * Folding ranges lie inside the document, span two lines or more and nest: VS Code drops a range
 * that starts inside an earlier one and ends after it.
 */
function foldingProblems(index: LineIndex, folds: readonly FoldingRange[]): string[] {
  const problems: string[] = [];
  const open: FoldingRange[] = [];
  for (const f of folds) {
    if (f.startLine < 0 || f.endLine >= index.lineCount) problems.push(`folding ${f.startLine}-${f.endLine} outside the document`);
    if (f.endLine <= f.startLine) problems.push(`folding ${f.startLine}-${f.endLine} spans fewer than two lines`);
    const before = open[open.length - 1];
    if (before && f.startLine <= before.startLine) problems.push(`folding ${f.startLine}-${f.endLine} out of order after ${before.startLine}-${before.endLine}`);
    while (open.length && open[open.length - 1].endLine < f.startLine) open.pop();
    const outer = open[open.length - 1];
    if (outer && outer.endLine < f.endLine) problems.push(`folding ${f.startLine}-${f.endLine} crosses ${outer.startLine}-${outer.endLine}`);
    open.push(f);
  }
  return problems;
}

/** Outline, folding and document info for the text; hover, completion and navigation at `cursors`. */
function featuresInside(text: string, cursors: readonly Position[]): string[] {
  const model = parseCable(text);
  const index = model.lines;
  const problems = symbolProblems(index, documentSymbols(model), '');
  problems.push(...foldingProblems(index, foldingRanges(model)));
  documentInfo(model);
  const check = (what: string, r: Range | undefined) => {
    const p = r && rangeProblem(index, r);
    if (p) problems.push(`${what}: ${p}`);
  };
  for (const position of cursors) {
    const at = `at ${position.line}:${position.character}`;
    check(`hover ${at}`, hover(model, position, vocabulary)?.range);
    for (const item of completion(model, position, { today: { year: 2006, month: 7, day: 5 } }).items) check(`completion ${item.label} ${at}`, item.textEdit.range);
    for (const loc of [...definition(model, URI, position), ...references(model, URI, position, true)]) check(`navigation ${at}`, loc.range);
    const rename = prepareRename(model, position);
    if ('range' in rename) check(`prepareRename ${at}`, rename.range);
  }
  return problems;
}

/** Cursor positions anywhere, including past a line's end and past the last line. */
function cursorsFor(text: string, picks: ReadonlyArray<[number, number]>): Position[] {
  const lines = new LineIndex(text).lines;
  return picks.map(([l, c]) => {
    const line = Math.floor(l * (lines.length + 1));
    return { line, character: Math.floor(c * ((lines[line]?.length ?? 3) + 2)) };
  });
}

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const withCursors = (arb: fc.Arbitrary<TextCase>) => fc.tuple(arb, fc.array(fc.tuple(fraction, fraction), { minLength: 1, maxLength: 12 }));
/** Every line start and a spot inside each header line of a real cable. */
const everyLine = (text: string): Position[] => new LineIndex(text).lines.flatMap((l, line) => [{ line, character: 0 }, { line, character: Math.floor(l.length / 2) }]);

describe('editor feature properties', function () {
  this.timeout(180000);

  describe('formatting and fix-all are idempotent and their minimal edits reproduce them', () => {
    everyCable('real cables', cables, (c: CableSource) => formattingStable(c.text));
    property('mutated cables and random text', anyText(cables), 300, (c) => formattingStable(c.text));
  });

  describe('outline, folding, hover, completion and navigation never throw and stay inside the document; folding ranges nest', () => {
    everyCable('real cables, a cursor at every line start and middle', cables.slice(0, 60), (c: CableSource) => featuresInside(c.text, everyLine(c.text)));
    property('mutated cables and random text, 1-12 cursors each', withCursors(anyText(cables)), 300, ([c, picks]) => featuresInside(c.text, cursorsFor(c.text, picks)));
  });
});
