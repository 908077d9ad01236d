// Applies every fix that `cable-lint --fix` would apply (the safe ones) to the real cables of a
// corpus, one fix at a time, with the built service (out/), and checks what a fix promises: the
// finding it was offered for is gone from its place, and the same fix is not offered there again
// (once is enough). Then --fix's own loop (all safe fixes, again until nothing changes) must settle
// within MAX_PASSES. Ends with `fixes: N passed, N failed`; exit status 1 when a check fails.
//
// Usage: node scripts/fix-check.mjs [CORPUS_DIR] [--list]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const corpus = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'corpus', 'dev');
const MAX_PASSES = 8;
if (!existsSync(corpus)) {
  console.error(`fix-check: no corpus at ${corpus}`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { applyEdits, lintText, safeFixEdits } = require(join(root, 'out', 'server', 'src', 'service', 'index.js'));

/** Where `line` is after the edits: moved by the lines that edits above it add or remove. */
function lineAfter(line, edits) {
  let moved = line;
  for (const { range, newText } of edits) {
    if (range.end.line >= line) continue;
    moved += newText.split('\n').length - 1 - (range.end.line - range.start.line);
  }
  return moved;
}

const failures = [];
let tried = 0;
let passes = 0;
const started = Date.now();
const names = readdirSync(corpus).filter((n) => /\.(txt|cable)$/i.test(n)).sort();
for (const name of names) {
  const text = readFileSync(join(corpus, name), 'utf8');
  const lint = (t) => lintText(t, { fileName: name }).diagnostics;
  const diagnostics = lint(text);
  for (const d of diagnostics) {
    const fix = d.fixes.find((f) => f.safe);
    if (!fix) continue;
    tried++;
    const after = lint(applyEdits(text, fix.edits).text);
    const line = lineAfter(d.range.start.line, fix.edits);
    // Counted, not looked for: a line may hold the same finding several times (`ITPHUM, ITPHUM`), one fix per copy.
    const same = (list, at, test) => list.filter((a) => a.rule === d.rule && a.range.start.line === at && test(a)).length;
    const sameMessage = (a) => a.message === d.message;
    const anyMessage = () => true;
    const where = `${name}:${d.range.start.line + 1} ${d.rule} "${fix.title}"`;
    if (same(after, line, sameMessage) >= same(diagnostics, d.range.start.line, sameMessage)) failures.push(`${where}: the finding is still there ("${d.message}")`);
    // Reworded but not gone (`PINR appears 4 times` -> `3 times`): the fix did part of its job.
    else if (same(after, line, anyMessage) >= same(diagnostics, d.range.start.line, anyMessage)) failures.push(`${where}: the rule still reports the line after it (${after.filter((a) => a.rule === d.rule && a.range.start.line === line).map((a) => `"${a.message}"`).join(', ')})`);
  }
  // --fix's loop: every safe fix at once, again until nothing changes.
  let current = text;
  let pass = 0;
  for (; pass < MAX_PASSES; pass++) {
    const edits = safeFixEdits(lint(current), current);
    const next = edits.length ? applyEdits(current, edits).text : current;
    if (next === current) break;
    current = next;
  }
  passes = Math.max(passes, pass);
  if (pass === MAX_PASSES) failures.push(`${name}: --fix does not settle within ${MAX_PASSES} passes`);
}

console.log(`${tried} safe fixes applied one at a time on ${names.length} cables in ${((Date.now() - started) / 1000).toFixed(1)} s; --fix settled within ${passes} passes everywhere it settled.`);
for (const f of failures.slice(0, list ? undefined : 10)) console.log(`  ${f}`);
if (failures.length > 10 && !list) console.log(`  ... and ${failures.length - 10} more (--list shows all)`);
console.log(`fixes: ${failures.length ? 0 : 1} passed, ${failures.length ? 1 : 0} failed`);
process.exit(failures.length ? 1 : 0);
