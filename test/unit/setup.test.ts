// The README's two commands check the installed dependencies before they run (scripts/ensure-deps.mjs).
import { spawnSync } from 'node:child_process';
import * as assert from 'node:assert/strict';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

describe('project setup', () => {
  it('an install made by `npm ci` counts as matching the lock, so `npm test` and `npm start` do not reinstall every time', () => {
    // `npm test` ran ensure-deps (installing if needed) just before this suite.
    const check = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-deps.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });
});
