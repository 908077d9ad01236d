#!/usr/bin/env node
// Runs the real-editor suites in order and prints `suite: N passed, N failed` for each, then
// `{"passed":N,"failed":N}` as the last line of stdout (test/run-all.mjs sums it).
//   node test/editors/run.mjs [vscode] [vscode-web] [neovim] [emacs] [web] [ui]   (default: all, in this order)
// Steps: test/editors/setup.sh (installs what is missing; fast when cached), `npm run bundle`
// (the extensions the VS Code and web suites load; vscode-web runs the "browser" entry in VS Code's
// web worker extension host), the suites, `npm run package` before the UI suite.
// Expects `npm run build` to have run (tests and bin/ use out/). A step that fails counts as a
// failed test of the suites that need it; nothing is skipped.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEditorChecks } from './lsp-clients.mjs';
import { ROOT } from './paths.mjs';
import { runUiSuite } from './ui/ui.mjs';
import { runWebSuite } from './web/web.mjs';
import { runVscodeSuite } from './vscode/run.mjs';
import { runVscodeWebSuite } from './vscode/runWeb.mjs';

/** Runs a preparation command with its output on stderr; true when it succeeds. */
function step(label, command, args, timeoutMs) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', process.stderr, 'inherit'], timeout: timeoutMs });
  const ok = result.status === 0;
  process.stderr.write(`[editors] ${label}: ${ok ? 'ok' : `failed (${result.status ?? result.signal ?? result.error})`} in ${seconds(started)}\n`);
  return ok;
}

const seconds = (started) => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const npm = (script) => ['npm', ['run', '--silent', script]];
/** The VS Code and web suites load the same bundle: build it once per run. */
let bundled;
const bundle = () => (bundled ??= step('npm run bundle', ...npm('bundle'), 120_000));

const SUITES = {
  vscode: { needs: bundle, run: runVscodeSuite },
  'vscode-web': { needs: bundle, run: () => runVscodeWebSuite() },
  neovim: { run: async () => runEditorChecks('neovim') },
  emacs: { run: async () => runEditorChecks('emacs') },
  web: { needs: bundle, run: runWebSuite },
  ui: { needs: () => step('npm run package', ...npm('package'), 300_000), run: runUiSuite },
};

export async function runEditorSuites(names = Object.keys(SUITES)) {
  const unknown = names.filter((name) => !(name in SUITES));
  if (unknown.length) throw new Error(`unknown suite(s) ${unknown.join(', ')}; known: ${Object.keys(SUITES).join(', ')}`);
  const ready = step('setup', path.join(ROOT, 'test', 'editors', 'setup.sh'), [], 1_800_000);
  const total = { passed: 0, failed: 0 };
  for (const name of names) {
    const suite = SUITES[name];
    const started = Date.now();
    const result = ready && (suite.needs?.() ?? true) ? await suite.run() : { passed: 0, failed: 1 };
    console.log(`${name}: ${result.passed} passed, ${result.failed} failed`);
    process.stderr.write(`[editors] ${name} took ${seconds(started)}\n`);
    total.passed += result.passed;
    total.failed += result.failed;
  }
  return total;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const total = await runEditorSuites(process.argv.length > 2 ? process.argv.slice(2) : undefined);
  console.log(JSON.stringify(total));
  process.exitCode = total.failed > 0 ? 1 : 0;
}
