// The TextMate grammar on generated cables, the way VS Code runs it (line by line, the rule stack
// carried over): it never throws, never stops early, and each line tokenizes within the hang budget.
// (Hand-picked pathological lines are in test/grammar/grammar-hang.test.ts.)
import { IGrammar, INITIAL, StateStack } from 'vscode-textmate';
import { anyText, sampleCables, splitLines, TextCase } from '../support/arbitraries';
import { loadGrammar } from '../grammar/textmate';
import { timeBudgetMs } from './checks';
import { property } from './property';

/** VS Code does not tokenize longer lines (editor.maxTokenizationLineLength). */
const MAX_TOKENIZED_LINE = 20000;

function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function tokenizesInTime(grammar: IGrammar, c: TextCase): string[] {
  const problems: string[] = [];
  let state: StateStack = INITIAL;
  splitLines(c.text).forEach((line, i) => {
    if (line.length > MAX_TOKENIZED_LINE) return;
    const budget = timeBudgetMs(line);
    let stoppedEarly = false;
    const ms = cpuMs(() => {
      const result = grammar.tokenizeLine(line, state, budget * 10);
      stoppedEarly = result.stoppedEarly;
      state = result.ruleStack;
    });
    if (stoppedEarly || ms > budget) problems.push(`line ${i + 1} (${line.length} characters): ${ms.toFixed(0)} ms of CPU${stoppedEarly ? ', stopped early' : ''}`);
  });
  return problems;
}

describe('grammar properties', function () {
  this.timeout(120000);
  const { cables } = sampleCables(200);
  let grammar: IGrammar;
  before(async () => {
    grammar = (await loadGrammar()).grammar;
  });
  property('generated cables tokenize line by line within the budget', anyText(cables), 200, (c) => tokenizesInTime(grammar, c));
});
