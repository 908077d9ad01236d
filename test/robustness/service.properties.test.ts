// Property-based tests of the language service on real cables, mutated cables and random text:
// nothing throws or hangs, every range is inside the document, fixes stay local, repair what they
// target and reach a fixed point, and the line-break style changes nothing.
import { anyText, CableSource, mutatedCable, sampleCables, TextCase, withEol } from '../support/arbitraries';
import { diagnosticKey, tally, fixAddsNoStutter, fixAll, fixLeavesTarget, fixPairs, lint, MAX_FIX_PASSES, modelRangesOutside, nonLocalEdits, rangesOutside, spread, timeBudgetMs, timedLint } from './checks';
import { everyCable, property } from './property';

const sample = sampleCables(200);
const { cables } = sample;

function robust(text: string): string[] {
  const { model, diagnostics, ms } = timedLint(text);
  const problems = [...modelRangesOutside(model), ...rangesOutside(text, diagnostics)];
  const budget = timeBudgetMs(text);
  if (ms > budget) problems.push(`parse + lint took ${ms.toFixed(0)} ms, over the ${budget.toFixed(0)} ms budget for ${text.length} characters`);
  return problems;
}

function local(text: string): string[] {
  const { model, diagnostics } = timedLint(text);
  return fixPairs(diagnostics).flatMap(([d, fix]) => nonLocalEdits(model, d, fix));
}

function repairs(maxFixes: number) {
  return (text: string): string[] => spread(fixPairs(lint(text)), maxFixes).flatMap(([d, fix]) => [...fixLeavesTarget(text, d, fix), ...fixAddsNoStutter(text, d, fix)]);
}

function fixedPoint(text: string): string[] {
  const once = fixAll(text);
  if (!once.converged) return [`safe fixes still change the text after ${MAX_FIX_PASSES} passes (they undo or redo each other)`];
  const twice = fixAll(once.text);
  return twice.text === once.text ? [] : [`fixing the fixed text changes it again (${once.passes} passes the first time)`];
}

/** LF, CRLF and lone-CR versions of the same lines give the same findings and fixes. */
function eolBlind(text: string): string[] {
  const lf = lint(withEol(text, 'lf')).map(diagnosticKey);
  const problems: string[] = [];
  for (const style of ['crlf', 'cr'] as const) {
    const other = lint(withEol(text, style)).map(diagnosticKey);
    const missing = lf.filter((k) => !other.includes(k));
    const extra = other.filter((k) => !lf.includes(k));
    if (missing.length || extra.length) problems.push(`${style} differs from LF: only in LF: ${missing.join(' | ') || '-'}; only in ${style}: ${extra.join(' | ') || '-'}`);
  }
  return problems;
}

const onText = (check: (text: string) => string[]) => (c: TextCase) => check(c.text);
const onCable = (check: (text: string) => string[]) => (c: CableSource) => check(c.text);

describe('service properties', function () {
  this.timeout(180000);
  before(() => console.log(`      seeded from ${sample.origin}`));
  after(() =>
    console.log(
      `      looked at ${tally.diagnostics} diagnostics, ${tally.fixesLocal} fixes for locality, ${tally.fixesRelinted} fixes re-linted, ${tally.fixAllChanged} texts changed by fix-all`,
    ),
  );

  describe('parse and every rule return without throwing, within 200 ms + 2 ms/KB CPU, model and diagnostic ranges inside the document', () => {
    everyCable('real cables', cables, onCable(robust));
    property('mutated cables and random text', anyText(cables), 1200, onText(robust));
  });

  describe('every quick-fix edit stays on the lines its finding concerns (see nonLocalEdits)', () => {
    everyCable('real cables', cables, onCable(local));
    property('mutated cables and random text', anyText(cables), 400, onText(local));
  });

  describe('applying one fix removes the diagnostic it targets and doubles no text', () => {
    everyCable('real cables, up to 8 fixes each', cables, onCable(repairs(8)));
    property('mutated cables, up to 6 fixes each', mutatedCable(cables), 300, onText(repairs(6)));
  });

  describe('applying all safe fixes reaches a fixed point: twice equals once', () => {
    everyCable('real cables', cables, onCable(fixedPoint));
    property('mutated cables', mutatedCable(cables), 300, onText(fixedPoint));
  });

  describe('CRLF, CR and LF versions of a cable give the same diagnostics and fixes', () => {
    everyCable('real cables', cables, onCable(eolBlind));
    property('mutated cables and random text', anyText(cables), 300, onText(eolBlind));
  });
});
