// Regex safety: every regular expression that runs on workspace text is checked with recheck.
// Exponential backtracking, or a polynomial degree above 2 proven by recheck's automaton checker,
// fails outright. Any other vulnerable pattern passes only if its attack string (the input recheck
// built to make it backtrack), replayed through the real service or grammar on a long line, stays
// within the hang budget: a pattern applied only to short pieces (a token, a match) cannot be
// reached with a long input, one applied to whole lines can.
import * as assert from 'node:assert/strict';
import { check, Diagnostics } from 'recheck';
import { INITIAL } from 'vscode-textmate';
import { LineIndex, lintModel, parseCable } from '../../server/src/service';
import { completion, documentSymbols, foldingRanges, hover } from '../../server/src/service/features';
import { createVocabulary } from '../../server/src/service';
import { loadGrammar } from '../grammar/textmate';
import { timeBudgetMs } from './checks';
import { GOOD_CABLE } from './hostileInputs';
import { censusOfBuiltPatterns, grammarPatterns, manifestPatterns, onigurumaToJs, Pattern, scanSources } from './regexSources';

/** Long enough for quadratic work to show (20,000 characters: what VS Code still tokenizes on one line). */
const SERVICE_ATTACK_LENGTH = 20000;
const GRAMMAR_ATTACK_LENGTH = 20000;
/** The one RegExp the client builds at run time: from package.json's firstLine, checked as a manifest pattern. */
const CLIENT_BUILT_FROM_MANIFEST = ['client/src/cableDetection.ts'];

interface Checked extends Pattern {
  result: Diagnostics;
}

function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** recheck on every distinct pattern (flags that do not change matching are dropped), two at a time. */
async function recheckAll(patterns: readonly Pattern[]): Promise<Checked[]> {
  const distinct = new Map<string, Pattern>();
  for (const p of patterns) distinct.set(`${p.flags.replace(/[gyd]/g, '')}/${p.source}`, p);
  const queue = [...distinct.values()];
  const checked: Checked[] = [];
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) checked.push({ ...p, result: await check(p.source, p.flags.replace(/[gyd]/g, ''), { timeout: 60000, randomSeed: 20061004 }) });
  };
  await Promise.all([worker(), worker()]);
  return checked;
}

function degree(result: Diagnostics): number {
  if (result.status !== 'vulnerable') return 0;
  return result.complexity.type === 'exponential' ? Infinity : result.complexity.degree;
}

/**
 * Fails outright: exponential, or a polynomial degree above 2 proven by the automaton checker.
 * (The fuzz checker's degree is an estimate from timing: such patterns go to the replay.)
 */
function catastrophic(result: Diagnostics): boolean {
  return degree(result) === Infinity || (degree(result) > 2 && result.status === 'vulnerable' && !result.complexity.isFuzz);
}

/** Replayed through the service or grammar: every other vulnerable pattern. */
const toReplay = (c: Checked) => c.result.status === 'vulnerable' && !catastrophic(c.result);

const describeResult = (c: Checked) => `${c.where}: /${c.source.slice(0, 100)}/${c.flags} ${c.result.status}${c.result.status === 'vulnerable' ? ` (${c.result.complexity.summary})` : ''}${c.result.status === 'unknown' ? ` (${c.result.error.kind})` : ''}`;

/** recheck's attack string with its pumps repeated until it is about `length` characters long. */
function attackString(result: Diagnostics, length: number): string {
  if (result.status !== 'vulnerable') throw new Error('no attack for a safe pattern');
  const { pumps, suffix } = result.attack;
  const fixed = pumps.reduce((n, p) => n + p.prefix.length, suffix.length);
  const perRound = pumps.reduce((n, p) => n + p.pump.length, 0);
  const rounds = Math.max(1, Math.ceil((length - fixed) / perRound));
  return pumps.map((p) => p.prefix + p.pump.repeat(rounds)).join('') + suffix;
}

const HEAD = GOOD_CABLE.slice(0, GOOD_CABLE.indexOf('1. (U)'));
/** Places a long line may stand in a cable, so the attack reaches the pattern whichever zone runs it. */
const PLACES: Array<[string, (attack: string) => string]> = [
  ['alone', (a) => a],
  ['as a body line', (a) => `${HEAD}${a}\n`],
  ['as a numbered paragraph', (a) => `${HEAD}1. (C) ${a}\n`],
  ['as a lettered part', (a) => `${HEAD}1. (U) Parts:\nA. ${a}\n`],
  ['as an underline', (a) => `${HEAD}SUMMARY\n${a}\n`],
  ['on the banner line', (a) => `C O N F I D E N T I A L ${a}\n\nTAGS: PREL\n`],
  ['on the TAGS line', (a) => `UNCLAS\n\nTAGS: ${a}\nSUBJECT: X\n`],
  ['on the SUBJECT line', (a) => `UNCLAS\n\nTAGS: PREL\nSUBJECT: ${a}\n`],
  ['on the E.O. line', (a) => `UNCLAS\n\nE.O. 12958: ${a}\nTAGS: PREL\n`],
  ['on the REF line', (a) => `UNCLAS\n\nTAGS: PREL\nREF: ${a}\n`],
  ['on the Classified By line', (a) => `C O N F I D E N T I A L\n\nClassified By: ${a}\n\n1. (C) Text.\n`],
];

const vocabulary = createVocabulary();

/** CPU time of each step the editor runs on a document: parse, lint, outline, fold, complete and hover at both ends of the longest line. */
function serviceSteps(text: string): Array<[string, number]> {
  let model = parseCable('');
  const steps: Array<[string, number]> = [['parse', cpuMs(() => (model = parseCable(text)))]];
  steps.push(['lint', cpuMs(() => lintModel(model))], ['outline', cpuMs(() => documentSymbols(model))], ['folding', cpuMs(() => foldingRanges(model))]);
  const lines = new LineIndex(text).lines;
  const line = lines.reduce((longest, l, i) => (l.length > lines[longest].length ? i : longest), 0);
  for (const character of [0, lines[line].length]) {
    steps.push([`completion at ${line}:${character}`, cpuMs(() => completion(model, { line, character }, { today: { year: 2006, month: 7, day: 5 } }))]);
    steps.push([`hover at ${line}:${character}`, cpuMs(() => hover(model, { line, character }, vocabulary))]);
  }
  return steps;
}

/** Every pattern and its recheck verdict. */
async function gatherAndCheck() {
  const { literals, dynamicSites } = scanSources(['server/src', 'client/src']);
  const built = censusOfBuiltPatterns();
  const unconverted: string[] = [];
  const grammarJs: Pattern[] = [];
  for (const { where, pattern } of grammarPatterns()) {
    const converted = onigurumaToJs(pattern);
    if ('unsupported' in converted) unconverted.push(`${where}: ${converted.unsupported}`);
    else grammarJs.push({ where, ...converted });
  }
  const code = await recheckAll([...literals, ...built, ...manifestPatterns()]);
  const grammar = await recheckAll(grammarJs);
  return { literals, dynamicSites, built, code, grammar, unconverted };
}

// Started when mocha loads this file: recheck runs in its own processes, so the checking overlaps
// the suites that run before this one. Failures are kept for the `before` hook to report.
const gathering: Promise<Awaited<ReturnType<typeof gatherAndCheck>> | { error: unknown }> = gatherAndCheck().catch((error: unknown) => ({ error }));

describe('regular expressions are safe from catastrophic backtracking', function () {
  this.timeout(300000);
  let literals: Pattern[] = [];
  let dynamicSites: string[] = [];
  let built: Pattern[] = [];
  let code: Checked[] = [];
  let grammar: Checked[] = [];
  let unconverted: string[] = [];

  before(async () => {
    const gathered = await gathering;
    if ('error' in gathered) throw gathered.error;
    ({ literals, dynamicSites, built, code, grammar, unconverted } = gathered);
    console.log(`      recheck: ${code.length} distinct code and manifest patterns (${literals.length} literals, ${built.length} built at run time), ${grammar.length} grammar patterns (${unconverted.length} not convertible)`);
  });

  it('finds every pattern built at run time (each RegExp(...) call site was reached by the census)', () => {
    const reached = new Set(built.map((b) => b.where));
    const missed = dynamicSites.filter((site) => !reached.has(site) && !CLIENT_BUILT_FROM_MANIFEST.some((f) => site.startsWith(`${f}:`)));
    assert.deepEqual(missed, [], 'load the module that builds it in regexCensus.ts, or write the pattern as a literal');
    assert.ok(built.length > 0);
  });

  it('no code or manifest pattern backtracks exponentially or with a proven degree above 2', () => {
    assert.ok(code.length > 100, `only ${code.length} patterns found`);
    const unchecked = code.filter((c) => c.result.status === 'unknown');
    assert.deepEqual(unchecked.map(describeResult), [], 'recheck could not decide these');
    assert.deepEqual(code.filter((c) => catastrophic(c.result)).map(describeResult), []);
  });

  it(`other vulnerable code patterns: their attack strings, ${SERVICE_ATTACK_LENGTH.toLocaleString('en-US')} characters long, run through the service within the budget`, () => {
    const quadratic = code.filter((c) => toReplay(c) && !c.where.includes('.json'));
    const slow: string[] = [];
    for (const c of quadratic) {
      const attack = attackString(c.result, SERVICE_ATTACK_LENGTH).replace(/[\r\n]/g, ' ');
      for (const [place, embed] of PLACES) {
        const text = embed(attack);
        const steps = serviceSteps(text);
        const ms = steps.reduce((sum, [, t]) => sum + t, 0);
        const slowest = steps.filter(([, t]) => t > 50).map(([step, t]) => `${step} ${t.toFixed(0)} ms`);
        if (ms > timeBudgetMs(text)) slow.push(`${describeResult(c)} ${place}: ${ms.toFixed(0)} ms of CPU (${slowest.join(', ')}), budget ${timeBudgetMs(text).toFixed(0)} ms`);
      }
    }
    console.log(`      ${quadratic.length} vulnerable patterns replayed in ${PLACES.length} places each`);
    assert.deepEqual(slow, []);
  });

  it(`other vulnerable manifest patterns stay within the budget on a ${GRAMMAR_ATTACK_LENGTH.toLocaleString('en-US')}-character line`, () => {
    const slow = code
      .filter((c) => toReplay(c) && c.where.includes('.json'))
      .map((c) => {
        const attack = attackString(c.result, GRAMMAR_ATTACK_LENGTH);
        const re = new RegExp(c.source, c.flags);
        const ms = cpuMs(() => re.test(attack));
        return ms > timeBudgetMs(attack) ? `${describeResult(c)}: ${ms.toFixed(0)} ms` : '';
      })
      .filter(Boolean);
    assert.deepEqual(slow, []);
  });

  it('no grammar pattern backtracks exponentially or with a proven degree above 2 (checked in JavaScript form)', () => {
    console.log(`      not convertible, left to the grammar hang test: ${unconverted.length ? unconverted.join('; ') : 'none'}`);
    // `grammar` holds each distinct pattern once (a grammar repeats some in several contexts).
    assert.ok(grammar.length >= new Set(grammarPatterns().map((p) => p.pattern)).size * 0.9, 'most grammar patterns are checked');
    assert.deepEqual(grammar.filter((c) => c.result.status === 'unknown').map(describeResult), []);
    assert.deepEqual(grammar.filter((c) => catastrophic(c.result)).map(describeResult), []);
  });

  it(`other vulnerable grammar patterns: their attack lines (${GRAMMAR_ATTACK_LENGTH.toLocaleString('en-US')} characters) tokenize within the budget`, async () => {
    const { grammar: tm } = await loadGrammar();
    const quadratic = grammar.filter(toReplay);
    const slow: string[] = [];
    for (const c of quadratic) {
      const line = attackString(c.result, GRAMMAR_ATTACK_LENGTH).replace(/[\r\n]/g, ' ');
      const budget = timeBudgetMs(line);
      let stoppedEarly = false;
      const ms = cpuMs(() => {
        stoppedEarly = tm.tokenizeLine(line, INITIAL, budget * 10).stoppedEarly;
      });
      if (stoppedEarly || ms > budget) slow.push(`${describeResult(c)}: ${ms.toFixed(0)} ms of CPU${stoppedEarly ? ', stopped' : ''}, budget ${budget.toFixed(0)} ms`);
    }
    console.log(`      ${quadratic.length} vulnerable grammar patterns replayed`);
    assert.deepEqual(slow, []);
  });
});
