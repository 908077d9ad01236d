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
const rules = {
  description: 'Severity per rule id, or "off". "*" sets every rule except banner-understates, which only its own entry can turn off.',
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries([['*', { description: 'Every rule but banner-understates.', enum: LEVELS }], ...RULES.map((r) => [r.id, ruleSetting(r)])]),
};
const tags = { description: 'Extra TAG codes to accept besides the built-in vocabulary.', type: 'array', items: { type: 'string' } };
const date = { description: 'Cable date to assume when a cable carries none (YYYY-MM-DD).', type: 'string', pattern: '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$' };
const globs = (description) => ({ description, type: 'array', items: { type: 'string', minLength: 1 } });
const GLOB_SYNTAX = 'Relative to this file\'s folder: * and ? within a folder name, ** for any number of folders, [abc], {a,b}; a trailing / names a folder, and a folder covers everything under it; ! takes back an earlier match.';
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/cable-author/cable-author/blob/main/schemas/cablelintrc.schema.json',
  title: 'Cable Author configuration (.cablelintrc.json)',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    rules,
    tags,
    date,
    ignores: globs(`Glob patterns of files not to check: cable-lint skips them when walking folders and the editor shows nothing for them. ${GLOB_SYNTAX}`),
    overrides: {
      description: 'Settings for some files, applied in order after the top level to the files their "files" patterns match. An override that sets "*" decides every rule itself.',
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: { ...globs(`Glob patterns of the files this override applies to. ${GLOB_SYNTAX}`), minItems: 1 },
          // The same settings as the top level's, by reference: the rule list is not written twice.
          rules: { $ref: '#/properties/rules' },
          tags: { $ref: '#/properties/tags' },
          date: { $ref: '#/properties/date' },
        },
      },
    },
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
