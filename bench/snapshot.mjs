// Behaviour check for performance work: runs two builds of the language service over the same
// inputs and reports every cable whose model or diagnostics differ (with the first differing path).
// A speed-up must leave both identical (the order of an object's keys aside).
//
//   node bench/snapshot.mjs BEFORE/service/index.js AFTER/service/index.js [--limit N]
//
// Inputs: the real corpus (when present) as files, 300 of them as cables.csv rows (record, no
// file name), 300 with CRLF line breaks, 300 with lines shuffled about, the seeds, a generated
// corpus and the generated 2 MB cable.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { loadCorpus, loadMetadata, seedCables } from './corpus.mjs';
import { generateCorpus, generateLargeCable, random } from './generate.mjs';

const require = createRequire(import.meta.url);

function inputs() {
  const corpus = loadCorpus({ allowGenerated: false }) ?? [];
  const metadata = loadMetadata();
  const list = [];
  for (const c of corpus) list.push({ name: c.name, text: c.text, options: { fileName: c.name } });
  const rand = random(99);
  corpus.slice(0, 300).forEach((c) => {
    const row = metadata.get(c.name.replace(/\.txt$/, ''));
    if (row) list.push({ name: `${c.name} (csv row)`, text: c.text, options: { record: row } });
  });
  corpus.slice(300, 600).forEach((c) => list.push({ name: `${c.name} (CRLF)`, text: c.text.replace(/\r?\n/g, '\r\n'), options: { fileName: c.name } }));
  corpus.slice(600, 900).forEach((c) => {
    // Moved, doubled and dropped lines reach parser paths the released texts rarely take.
    const lines = c.text.split('\n');
    for (let k = 0; k < 6 && lines.length > 2; k++) {
      const i = Math.floor(rand() * lines.length);
      const j = Math.floor(rand() * lines.length);
      if (k % 3 === 0) lines.splice(i, 1);
      else if (k % 3 === 1) lines.splice(j, 0, lines[i]);
      else [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    list.push({ name: `${c.name} (mutated)`, text: lines.join('\n'), options: { fileName: c.name } });
  });
  for (const s of seedCables()) list.push({ name: s.name, text: s.text, options: { fileName: s.name } });
  for (const g of generateCorpus(300, 11)) list.push({ name: g.name, text: g.text, options: { fileName: g.name } });
  list.push({ name: 'generated 2 MB cable', text: generateLargeCable(), options: {} });
  return list;
}

/** Objects written with their keys sorted: the order in which a build sets them means nothing. */
function sortedKeys(_key, value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Everything a build produces for one cable, as JSON (the line index is the input, not output). */
function output(service, vocabulary, input) {
  const { model, diagnostics } = service.lintText(input.text, { ...input.options, vocabulary });
  const { lines: _lines, ...rest } = model;
  return JSON.stringify({ model: rest, diagnostics }, sortedKeys);
}

function firstDifference(a, b, path = '$') {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[key], b[key], `${path}.${key}`);
    if (d) return d;
  }
  return `${path}: differs`;
}

function main() {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? +args.splice(limitAt, 2)[1] : 10;
  if (args.length !== 2) {
    process.stderr.write('usage: node bench/snapshot.mjs BEFORE/index.js AFTER/index.js [--limit N]\n');
    process.exit(2);
  }
  const [before, after] = args.map((p) => require(resolve(p)));
  const vocabularies = [before.createVocabulary(), after.createVocabulary()];
  const all = inputs();
  let differing = 0;
  for (const input of all) {
    const a = output(before, vocabularies[0], input);
    const b = output(after, vocabularies[1], input);
    if (a === b) continue;
    if (++differing <= limit) process.stdout.write(`DIFF ${input.name}\n  ${firstDifference(JSON.parse(a), JSON.parse(b))}\n`);
  }
  process.stdout.write(`${all.length} inputs, ${differing} differ\n`);
  process.exitCode = differing ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
export { inputs };
