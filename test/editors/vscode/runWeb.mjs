#!/usr/bin/env node
// Runs the vscode-web suite (client/src/test/web) in VS Code's web worker extension host, where the
// extension's "browser" entry runs as in vscode.dev. The tests are bundled for the browser into
// one CommonJS file (the web worker host fetches it and has no Node `require`), then the launcher
// runs them with --extensionDevelopmentKind=web (it serves the extension over http, see there).
// The suite prints `cable-web-results {"passed":N,"failed":N}` on the console, which the launcher
// passes to stdout; the exit code says whether anything failed.
//   node test/editors/vscode/runWeb.mjs [--extensionDevelopmentPath=DIR] [--tests=ENTRY.ts]
// (defaults: this project and client/src/test/web/index.ts; other values prove the harness on
// another web extension). Needs test/editors/setup.sh and the extension's browser bundle.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { ROOT } from '../paths.mjs';
import { makeWorkspace } from './run.mjs';

const LAUNCHER = path.join(ROOT, 'test', 'editors', 'vscode', 'launcher.mjs');
const ENTRY = path.join(ROOT, 'client', 'src', 'test', 'web', 'index.ts');
const RESULTS_PREFIX = 'cable-web-results ';

/**
 * A folder of the web run only (the desktop suite shares makeWorkspace, and a config at the top
 * would change its tests): a seed copy under a `.cablelintrc.json` that turns a rule off, which the
 * web server gets through the client (cable/findConfigFile), and one a folder below, for which the
 * client walks up past a folder without one.
 */
export function addConfiguredFolder(workspace) {
  const folder = path.join(workspace, 'configured');
  fs.mkdirSync(path.join(folder, '2004'), { recursive: true });
  for (const dir of [folder, path.join(folder, '2004')]) fs.copyFileSync(path.join(ROOT, 'seeds', '04RANGOON1422.txt'), path.join(dir, '04RANGOON1422.txt'));
  fs.writeFileSync(path.join(folder, '.cablelintrc.json'), JSON.stringify({ rules: { 'paragraph-numbering': 'off' } }, null, 2));
}

/** One browser-ready CommonJS file; `vscode` is provided by the extension host. */
export async function bundleWebTests(entry, outfile) {
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
}

/** Runs the launcher, echoing its output; resolves with its exit code and the results line. */
function launch(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let results;
    let pending = '';
    child.stdout.on('data', (data) => {
      process.stdout.write(data);
      const lines = (pending + data).split('\n');
      pending = lines.pop();
      for (const line of lines) if (line.startsWith(RESULTS_PREFIX)) results = JSON.parse(line.slice(RESULTS_PREFIX.length));
    });
    child.on('close', (code) => resolve({ code, results }));
  });
}

/** Runs the suite; resolves with { passed, failed } (a run that reports nothing counts as one failure). */
export async function runVscodeWebSuite({ extensionDevelopmentPath = ROOT, tests = ENTRY } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-web-suite-'));
  const workspace = path.join(tmp, 'workspace');
  // Inside the extension folder: the workbench runs the tests in the host of the extension that holds them.
  const bundle = path.join(extensionDevelopmentPath, 'out', 'web-tests', 'index.js');
  try {
    makeWorkspace(workspace);
    addConfiguredFolder(workspace);
    await bundleWebTests(tests, bundle);
    const { code, results } = await launch([
      `--extensionDevelopmentPath=${extensionDevelopmentPath}`,
      `--extensionTestsPath=${bundle}`,
      '--extensionDevelopmentKind=web',
      `--user-data-dir=${path.join(tmp, 'user-data')}`,
      workspace,
    ]);
    if (!results) {
      process.stderr.write(`vscode-web suite did not report results (exit code ${code})\n`);
      return { passed: 0, failed: 1 };
    }
    // The exit code is the workbench's own verdict: never report success against it.
    return code !== 0 && results.failed === 0 ? { passed: results.passed, failed: 1 } : results;
  } catch (error) {
    process.stderr.write(`vscode-web suite did not run: ${error.stack ?? error}\n`);
    return { passed: 0, failed: 1 };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function optionsFromArgs(argv) {
  const value = (name) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
  const dev = value('extensionDevelopmentPath');
  const tests = value('tests');
  return { ...(dev && { extensionDevelopmentPath: path.resolve(dev) }), ...(tests && { tests: path.resolve(tests) }) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { passed, failed } = await runVscodeWebSuite(optionsFromArgs(process.argv.slice(2)));
  console.log(`vscode-web: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
