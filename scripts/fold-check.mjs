// Counts folding ranges that editors would drop, over a corpus of real cables, from the built
// service (out/): pairs that cross (one starts inside another and ends after it: VS Code keeps
// only the earlier) and ranges of fewer than two lines. Exit status 1 when any is found.
//
// Usage: node scripts/fold-check.mjs [CORPUS_DIR] [--list]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const corpus = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'corpus', 'dev');
if (!existsSync(corpus)) {
  console.error(`fold-check: no corpus at ${corpus}`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { parseCable } = require(join(root, 'out', 'server', 'src', 'service', 'index.js'));
const { foldingRanges } = require(join(root, 'out', 'server', 'src', 'service', 'features', 'index.js'));

const show = (r) => `${r.startLine}-${r.endLine} ${r.kind ?? ''}${r.collapsedText ? `/${r.collapsedText}` : ''}`;

/** What is wrong with one cable's ranges (sorted by start line, as the service returns them). */
function problems(ranges) {
  const found = { crossing: [], short: [] };
  let open = [];
  for (const r of ranges) {
    if (r.endLine <= r.startLine) found.short.push(show(r));
    // Every range still open contains r's start; those ending before r ends cross it.
    open = open.filter((outer) => outer.endLine >= r.startLine);
    for (const outer of open) if (outer.endLine < r.endLine) found.crossing.push(`${show(outer)} x ${show(r)}`);
    open.push(r);
  }
  return found;
}

let cables = 0, ranges = 0, crossing = 0, short = 0, cablesWith = 0;
for (const name of readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort()) {
  const folds = foldingRanges(parseCable(readFileSync(join(corpus, name), 'utf8'), { fileName: name }));
  const found = problems(folds);
  cables++;
  ranges += folds.length;
  crossing += found.crossing.length;
  short += found.short.length;
  if (found.crossing.length || found.short.length) cablesWith++;
  if (list) for (const p of [...found.crossing, ...found.short.map((s) => `${s} is one line`)]) console.log(`${name}: ${p}`);
}
console.log(`${cables} cables, ${ranges} folding ranges: ${crossing} crossing pairs, ${short} ranges under two lines, in ${cablesWith} cables`);
process.exit(crossing || short ? 1 : 0);
