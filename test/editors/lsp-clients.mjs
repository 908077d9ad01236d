#!/usr/bin/env node
// Runs the headless Neovim (0.7) and Emacs (eglot) checks against `bin/cable-language-server.js
// --stdio` on both seeds. Each check script prints TAP-like "ok"/"not ok" lines; every line
// counts as one test (failures are echoed; all lines with CABLE_EDITORS_VERBOSE=1). Needs `npm run build` (the bin runs out/) and test/editors/setup.sh.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './paths.mjs';

const SERVER = path.join(ROOT, 'bin', 'cable-language-server.js');
const HERE = path.join(ROOT, 'test', 'editors');
const verbose = process.env.CABLE_EDITORS_VERBOSE === '1';

/**
 * Which rule ids each seed must produce (see docs/cable-format.md, section 2), and a cable its REF
 * list cites, put beside it (a stub) so Go to Definition on that REF item must open it.
 */
const CASES = [
  { seed: '04RANGOON1422.txt', expect: ['paragraph-numbering'], cited: { file: '04RANGOON1370.txt', item: 'RANGOON 1370' } },
  { seed: '06BANGKOK3955.txt', expect: ['banner-missing', 'tags-missing', 'subject-missing'] },
];

const EDITORS = {
  neovim: { command: 'nvim', args: ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${path.join(HERE, 'nvim', 'check.lua')}`] },
  emacs: { command: 'emacs', args: ['--batch', '-Q', '-l', path.join(HERE, 'emacs', 'check.el')] },
};

/** The seed in a folder of its own, with the stub of the cable it cites beside it. */
function caseFolder({ seed, cited }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cable-editor-'));
  copyFileSync(path.join(ROOT, 'seeds', seed), path.join(dir, seed));
  if (cited) writeFileSync(path.join(dir, cited.file), 'UNCLAS RANGOON 001370\n');
  return dir;
}

function runCase(editor, { seed, expect, cited }) {
  const { command, args } = EDITORS[editor];
  const dir = caseFolder({ seed, cited });
  const citedEnv = cited ? { CABLE_CITED_FILE: cited.file, CABLE_CITED_ITEM: cited.item } : {};
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, CABLE_SERVER: SERVER, CABLE_SEED: path.join(dir, seed), CABLE_EXPECT: expect.join(','), ...citedEnv },
  });
  rmSync(dir, { recursive: true, force: true });
  const lines = (result.stdout ?? '').split('\n').filter((line) => /^(not )?ok /.test(line));
  let passed = lines.filter((line) => line.startsWith('ok ')).length;
  let failed = lines.length - passed;
  for (const line of lines) if (verbose || line.startsWith('not ok')) process.stderr.write(`  ${editor} ${seed}: ${line}\n`);
  if (result.status !== 0 && failed === 0) {
    // Crashed or timed out before reporting a failure: count the run itself.
    failed = 1;
    passed = 0;
    process.stderr.write(`  ${editor} ${seed}: exited ${result.status ?? result.signal}: ${result.error?.message ?? result.stderr}\n`);
  }
  return { passed, failed };
}

/** Runs one editor's checks on every seed; resolves with { passed, failed }. */
export function runEditorChecks(editor) {
  return CASES.map((c) => runCase(editor, c)).reduce(
    (sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed }),
    { passed: 0, failed: 0 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failures = 0;
  for (const editor of Object.keys(EDITORS)) {
    const { passed, failed } = runEditorChecks(editor);
    console.log(`${editor}: ${passed} passed, ${failed} failed`);
    failures += failed;
  }
  process.exitCode = failures > 0 ? 1 : 0;
}
