// npm run bench [-- --quick] [-- --only throughput,cli,editor,memory,grammar,csv]
// Measures what issue 5 asks for, prints a table and (full runs) writes docs/BENCHMARKS.md.
// Quick mode uses fewer rounds and edits and a small CSV, for development; its figures are not
// written to the docs. Expects a built tree (npm run build).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliEndToEnd, csvScale, lintWorkspaceTimes } from './cli.mjs';
import { CORPUS_DIR, loadCorpus, ROOT } from './corpus.mjs';
import { editorLatency, PUSH_DEBOUNCE_MS, serverMemory } from './editor.mjs';
import { generateLargeCable } from './generate.mjs';
import { grammarBenchmark } from './grammar.mjs';
import { markdown, terminalTable } from './report.mjs';
import { machine } from './stats.mjs';
import { lintThroughput, serviceWork } from './throughput.mjs';

const CASES = ['throughput', 'cli', 'editor', 'memory', 'grammar', 'csv'];

function parseArgs(argv) {
  const quick = argv.includes('--quick');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1].split(',') : CASES;
  const unknown = only.filter((c) => !CASES.includes(c));
  if (unknown.length) throw new Error(`unknown case ${unknown.join(', ')}; cases: ${CASES.join(', ')}`);
  return { quick, only };
}

const SETTINGS = {
  full: { rounds: 7, cliRuns: 3, edits: 200, editorRounds: 3, grammarRounds: 3, grammarCables: Infinity, csvBytes: 1.05e9, csvRuns: 5 },
  quick: { rounds: 3, cliRuns: 1, edits: 30, editorRounds: 1, grammarRounds: 1, grammarCables: 400, csvBytes: 64e6, csvRuns: 1 },
};

function log(text) {
  process.stderr.write(`[bench] ${text}\n`);
}

/** The corpus as a directory for the CLI: the real one, or the generated one written out. */
function corpusDirectory(corpus) {
  if (existsSync(CORPUS_DIR)) return { dir: CORPUS_DIR, cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'cable-bench-corpus-'));
  for (const c of corpus) writeFileSync(join(dir, c.name), c.text);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** 500 cables spread over the corpus (every k-th), so sizes are representative. */
function spread(corpus, count) {
  return Array.from({ length: Math.min(count, corpus.length) }, (_, i) => corpus[Math.floor((i * corpus.length) / Math.min(count, corpus.length))]);
}

async function main() {
  const { quick, only } = parseArgs(process.argv.slice(2));
  const settings = quick ? SETTINGS.quick : SETTINGS.full;
  const corpus = loadCorpus();
  const bytes = corpus.reduce((n, c) => n + Buffer.byteLength(c.text), 0);
  const results = { date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', machine: await machine(), corpusSource: `${corpus.source}, ${corpus.length} cables, ${(bytes / 1e6).toFixed(1)} MB`, pushDebounceMs: PUSH_DEBOUNCE_MS };
  log(`${quick ? 'quick' : 'full'} run; ${results.corpusSource}; load ${results.machine.load.map((l) => l.toFixed(1)).join(' ')}`);

  if (only.includes('throughput')) {
    log('lint throughput');
    results.throughput = lintThroughput(corpus, settings.rounds);
  }
  if (only.includes('cli')) {
    log('cable-lint end to end');
    const { dir, cleanup } = corpusDirectory(corpus);
    try {
      results.cli = await cliEndToEnd(dir, corpus.length, bytes, settings.cliRuns);
      log('Lint Workspace in the language server');
      results.cli.workspace = await lintWorkspaceTimes(dir, Math.max(2, settings.cliRuns));
    } finally {
      cleanup();
    }
  }
  if (only.includes('editor')) {
    const largest = corpus.reduce((a, b) => (Buffer.byteLength(b.text) > Buffer.byteLength(a.text) ? b : a));
    const large = { name: 'GENERATED-2MB.txt', text: generateLargeCable() };
    results.editor = [];
    for (const [label, cable] of [[`the largest real cable (${largest.name})`, largest], ['a generated 2 MB cable', large]]) {
      log(`editor latency: ${label}`);
      const figures = await editorLatency(cable, settings.edits, settings.editorRounds);
      results.editor.push({ label, bytes: Buffer.byteLength(cable.text), lines: cable.text.split(/\r\n|\r|\n/).length, edits: settings.edits, work: serviceWork(cable), ...figures });
    }
  }
  if (only.includes('memory')) {
    log('server memory with 500 cables open');
    results.memory = await serverMemory(spread(corpus, 500));
  }
  if (only.includes('grammar')) {
    log('grammar tokenization');
    results.grammar = await grammarBenchmark(corpus.slice(0, settings.grammarCables), settings.grammarRounds);
  }
  if (only.includes('csv')) {
    log(`--csv on a generated ${(settings.csvBytes / 1e9).toFixed(2)} GB cables.csv`);
    results.csv = await csvScale(corpus, settings.csvBytes, settings.csvRuns);
  }
  results.loadAfter = loadavg();

  process.stdout.write(terminalTable(results) + '\n');
  if (quick || only.length < CASES.length) {
    log('quick or partial run: docs/BENCHMARKS.md not written');
    return;
  }
  writeFileSync(join(ROOT, 'docs', 'BENCHMARKS.md'), markdown(results));
  log('wrote docs/BENCHMARKS.md');
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
