// Rule metadata is the single source of the README table, the config schema and the settings;
// these tests keep the generated docs and the per-rule pages in step with it.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/service';

const root = join(__dirname, '..', '..', '..');

describe('rule documentation', () => {
  it('README table, config schema and settings are generated from current rule metadata', () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'gen-docs.mjs'), '--check'], { stdio: 'pipe' });
  });

  for (const rule of RULES) {
    it(`${rule.id} has a docs page with a failing and a passing example`, () => {
      const path = join(root, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(existsSync(path), `missing ${path}`);
      const page = readFileSync(path, 'utf8');
      assert.match(page, new RegExp(`^# ${rule.id}\\b`, 'm'));
      assert.match(page, /^## Fails/m);
      assert.match(page, /^## Passes/m);
    });
  }
});
