// Rule metadata drives the docs: the README's rule table, the `.cablelintrc.json` JSON schema and
// the `cable.rules` settings in package.json. `--check` fails when any of them is out of date
// (the test suite runs it), so a new or changed rule cannot ship with stale docs.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { RULES } = require(join(root, 'out/server/src/service'));
const check = process.argv.includes('--check');
const LEVELS = ['error', 'warning', 'info', 'hint', 'off'];

const table = [
  '| rule | default | what it checks | quick-fix |',
  '|---|---|---|---|',
  ...RULES.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.description.replace(/\|/g, '\\|')} | ${r.fix ?? '—'} |`),
].join('\n');

const ruleSetting = (r) => ({
  description: `${r.description} (default: ${r.defaultSeverity})`,
  oneOf: [
    { enum: LEVELS },
    { type: 'object', properties: { severity: { enum: LEVELS } }, required: ['severity'], additionalProperties: false },
  ],
});
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/cable-author/cable-author/blob/main/schemas/cablelintrc.schema.json',
  title: 'Cable Author configuration (.cablelintrc.json)',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    rules: {
      description: 'Severity per rule id, or "off". "*" sets every rule except banner-understates, which only its own entry can turn off.',
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries([['*', { description: 'Every rule but banner-understates.', enum: LEVELS }], ...RULES.map((r) => [r.id, ruleSetting(r)])]),
    },
    tags: { description: 'Extra TAG codes to accept besides the built-in vocabulary.', type: 'array', items: { type: 'string' } },
    date: { description: 'Cable date to assume when a cable carries none (YYYY-MM-DD).', type: 'string', pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$' },
  },
};

const outputs = [];
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
outputs.push([readmePath, readme, readme.replace(/<!-- rules-table:start -->[\s\S]*<!-- rules-table:end -->/, `<!-- rules-table:start -->\n${table}\n<!-- rules-table:end -->`)]);
const schemaPath = join(root, 'schemas', 'cablelintrc.schema.json');
let oldSchema = '';
try { oldSchema = readFileSync(schemaPath, 'utf8'); } catch { /* first run */ }
outputs.push([schemaPath, oldSchema, JSON.stringify(schema, null, 2) + '\n']);
const pkgPath = join(root, 'package.json');
const pkgText = readFileSync(pkgPath, 'utf8');
const pkg = JSON.parse(pkgText);
const rulesSetting = pkg.contributes?.configuration?.properties?.['cable.rules'];
if (rulesSetting) {
  rulesSetting.properties = Object.fromEntries(RULES.map((r) => [r.id, { type: 'string', enum: LEVELS, markdownDescription: `${r.description} Default: \`${r.defaultSeverity}\`. [Docs](https://github.com/cable-author/cable-author/blob/main/docs/rules/${r.id}.md)` }]));
  outputs.push([pkgPath, pkgText, JSON.stringify(pkg, null, 2) + '\n']);
}

const stale = outputs.filter(([, before, after]) => before !== after).map(([path]) => path);
if (check) {
  if (stale.length) {
    console.error(`Out of date (run: node scripts/gen-docs.mjs): ${stale.join(', ')}`);
    process.exit(1);
  }
} else {
  mkdirSync(dirname(schemaPath), { recursive: true });
  for (const [path, , after] of outputs) writeFileSync(path, after);
  console.log(stale.length ? `Updated ${stale.join(', ')}` : 'Docs already up to date.');
}
