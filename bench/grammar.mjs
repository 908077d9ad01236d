// TextMate tokenization (vscode-textmate + the Oniguruma build VS Code ships) of the corpus with
// the project's grammar, side by side with VS Code's own Markdown grammar on the same text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const CABLE_GRAMMAR = join(ROOT, 'syntaxes', 'cable.tmLanguage.json');
/** Where test/editors/setup.sh installs code-server (VS Code); its Markdown grammar is taken from there. */
const CODE_SERVER = join(ROOT, '.cache', 'editors', 'code-server', 'node_modules', 'code-server');

/** The Markdown grammar shipped inside code-server (lib/vscode/extensions/...), or undefined when it is not installed. */
export function findMarkdownGrammar(dir = CODE_SERVER) {
  if (!existsSync(dir)) return undefined;
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop();
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') stack.push(path);
      else if (entry.name === 'markdown.tmLanguage.json') return path;
    }
  }
  return undefined;
}

async function loadGrammars(markdownPath) {
  const vsctm = require('vscode-textmate');
  const oniguruma = require('vscode-oniguruma');
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const files = { 'text.cable': CABLE_GRAMMAR, 'text.html.markdown': markdownPath };
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => oniguruma.createOnigScanner(s), createOnigString: (s) => oniguruma.createOnigString(s) }),
    // Grammars embedded in Markdown code blocks are not loaded: plain text there, for both runs alike.
    loadGrammar: async (scope) => (files[scope] ? vsctm.parseRawGrammar(readFileSync(files[scope], 'utf8'), files[scope]) : null),
  });
  return { vsctm, cable: await registry.loadGrammar('text.cable'), markdown: await registry.loadGrammar('text.html.markdown') };
}

/** Tokenizes every cable line by line, carrying the rule stack as the editor does; returns ms. */
function tokenizeAll(vsctm, grammar, cables, onLine) {
  const start = process.hrtime.bigint();
  for (const cable of cables) {
    let stack = vsctm.INITIAL;
    cable.lines.forEach((line, i) => {
      const before = onLine ? process.hrtime.bigint() : 0n;
      stack = grammar.tokenizeLine2(line, stack).ruleStack;
      if (onLine) onLine(cable, i, Number(process.hrtime.bigint() - before) / 1e6);
    });
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Cable grammar time over Markdown grammar time on the same lines (median of per-round ratios),
 * and the slowest single line (timed on its own again, median of 5, to rule out a hiccup).
 */
export async function grammarBenchmark(corpus, rounds) {
  const markdownPath = findMarkdownGrammar();
  const cables = corpus.map((c) => ({ name: c.name, lines: c.text.split(/\r\n|\r|\n/) }));
  const bytes = corpus.reduce((n, c) => n + Buffer.byteLength(c.text), 0);
  if (!markdownPath) return { markdownPath: undefined, bytes };
  const { vsctm, cable, markdown } = await loadGrammars(markdownPath);
  tokenizeAll(vsctm, cable, cables.slice(0, 200));
  tokenizeAll(vsctm, markdown, cables.slice(0, 200));
  const ratios = [];
  const cableMs = [];
  const markdownMs = [];
  for (let r = 0; r < rounds; r++) {
    const c = tokenizeAll(vsctm, cable, cables);
    const m = tokenizeAll(vsctm, markdown, cables);
    cableMs.push(c);
    markdownMs.push(m);
    ratios.push(c / m);
  }
  // The slowest lines of one timed pass, each timed again alone with the rule stack it met.
  const slow = [];
  tokenizeAll(vsctm, cable, cables, (c, i, ms) => {
    if (slow.length < 20 || ms > slow[slow.length - 1].ms) {
      slow.push({ cable: c, line: i, ms });
      slow.sort((a, b) => b.ms - a.ms);
      slow.length = Math.min(slow.length, 20);
    }
  });
  let slowest = { ms: 0 };
  for (const s of slow) {
    let stack = vsctm.INITIAL;
    for (let i = 0; i < s.line; i++) stack = cable.tokenizeLine2(s.cable.lines[i], stack).ruleStack;
    const times = [];
    for (let k = 0; k < 5; k++) {
      const t = process.hrtime.bigint();
      cable.tokenizeLine2(s.cable.lines[s.line], stack);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const ms = median(times);
    if (ms > slowest.ms) slowest = { ms, where: `${s.cable.name}:${s.line + 1}`, length: s.cable.lines[s.line].length };
  }
  return {
    markdownPath: markdownPath.replace(ROOT + '/', ''),
    bytes,
    lines: cables.reduce((n, c) => n + c.lines.length, 0),
    cableMBps: bytes / 1e6 / (median(cableMs) / 1000),
    markdownMBps: bytes / 1e6 / (median(markdownMs) / 1000),
    ratio: median(ratios),
    slowest,
  };
}
