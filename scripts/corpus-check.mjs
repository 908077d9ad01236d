// Runs `cable-lint --format json` over a corpus of real cables and checks what CI relies on:
// no crash, the classification agrees with the release metadata for >= 99% of cables, and a
// per-rule count of findings. `--update-readme` writes that table into README.md.
//
// Usage: node scripts/corpus-check.mjs [CORPUS_DIR] [--update-readme]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const updateReadme = args.includes('--update-readme');
const corpus = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'corpus', 'dev');
const metadataFile = join(dirname(corpus), 'dev-metadata.tsv');
const REQUIRED_AGREEMENT = 0.99;

if (!existsSync(corpus)) {
  console.error(`corpus-check: no corpus at ${corpus}`);
  process.exit(2);
}

const started = Date.now();
const run = spawnSync(process.execPath, [join(root, 'bin', 'cable-lint.js'), '--format', 'json', corpus], { maxBuffer: 1 << 30, encoding: 'utf8' });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (run.status !== 0 && run.status !== 1) {
  console.error(`corpus-check: cable-lint exited with ${run.status}\n${run.stderr}`);
  const crashed = (() => { try { return JSON.parse(run.stdout).filter((r) => r.error); } catch { return []; } })();
  for (const c of crashed.slice(0, 5)) console.error(`${c.file}: ${c.error}`);
  process.exit(1);
}
const reports = JSON.parse(run.stdout);

// Release metadata: UNCLASSIFIED//FOR OFFICIAL USE ONLY is SBU; //NOFORN is a caveat.
const expected = new Map();
if (existsSync(metadataFile)) {
  const [header, ...rows] = readFileSync(metadataFile, 'utf8').trim().split('\n');
  const cols = header.split('\t');
  for (const row of rows) {
    const cells = row.split('\t');
    const refid = cells[cols.indexOf('refid')];
    const [level, ...caveats] = cells[cols.indexOf('classification')].split('//');
    expected.set(refid, caveats.includes('FOR OFFICIAL USE ONLY') ? 'SBU' : level);
  }
}

let agree = 0;
let compared = 0;
const mismatches = [];
const perRule = new Map();
for (const report of reports) {
  const id = basename(report.file).replace(/\.[^.]+$/, '');
  if (expected.has(id)) {
    compared++;
    if (report.cable?.classification === expected.get(id)) agree++;
    else mismatches.push(`${id}: metadata ${expected.get(id)}, cable-lint ${report.cable?.classification}`);
  }
  const seen = new Set();
  for (const d of report.diagnostics) {
    const entry = perRule.get(d.rule) ?? { findings: 0, cables: 0, severity: d.severity };
    entry.findings++;
    if (!seen.has(d.rule)) entry.cables++;
    seen.add(d.rule);
    perRule.set(d.rule, entry);
  }
}

const ruleIds = JSON.parse(spawnSync(process.execPath, ['-e', `console.log(JSON.stringify(require(${JSON.stringify(join(root, 'out/server/src/service'))}).RULES.map(r => r.id)))`], { encoding: 'utf8' }).stdout);
const clean = reports.filter((r) => r.diagnostics.length === 0).length;
const table = [
  `| rule | findings | cables | share of cables |`,
  `|---|---:|---:|---:|`,
  ...ruleIds.map((id) => {
    const e = perRule.get(id) ?? { findings: 0, cables: 0 };
    return `| \`${id}\` | ${e.findings} | ${e.cables} | ${((100 * e.cables) / reports.length).toFixed(1)}% |`;
  }),
].join('\n');

console.log(table);
console.log(`\n${reports.length} cables linted in ${seconds} s; ${clean} with no finding at all.`);
const share = compared ? agree / compared : 1;
console.log(`Classification agrees with the release metadata for ${agree} of ${compared} cables (${(100 * share).toFixed(2)}%).`);
for (const m of mismatches.slice(0, 10)) console.log(`  mismatch ${m}`);

if (updateReadme) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const block = `<!-- corpus-table:start -->\nMeasured on the ${reports.length} real cables of the development corpus (\`node scripts/corpus-check.mjs --update-readme\`); ${clean} of them have no finding at all. Classification agrees with the release metadata for ${(100 * share).toFixed(2)}% of cables.\n\n${table}\n<!-- corpus-table:end -->`;
  writeFileSync(readmePath, readme.replace(/<!-- corpus-table:start -->[\s\S]*<!-- corpus-table:end -->/, block));
}

let failed = 0;
if (reports.length === 0) { console.log('FAIL: no cable was linted'); failed++; }
if (share < REQUIRED_AGREEMENT) { console.log(`FAIL: classification agreement below ${REQUIRED_AGREEMENT * 100}%`); failed++; }
console.log(`corpus: ${failed ? 0 : 1} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
