#!/usr/bin/env node
// Runs the extension-host integration suite (client/src/test/suite, compiled to out/) in a real
// VS Code through the unmodified @vscode/test-electron runTests(), pointed at our launcher.
// Needs: test/editors/setup.sh, `npm run build` (tests) and `npm run bundle` (the extension's main).
// Env: CABLE_VSCODE_GREP=<title filter>, CABLE_VSCODE_VERBOSE=1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { ROOT } from '../paths.mjs';

const LAUNCHER = path.join(ROOT, 'test', 'editors', 'vscode', 'launcher.mjs');
const TESTS = path.join(ROOT, 'out', 'client', 'src', 'test', 'suite', 'index.js');
const SEEDS = ['04RANGOON1422.txt', '06BANGKOK3955.txt'];

/**
 * A workspace of seed copies the tests may edit and save. 04RANGOON1422.txt is recognised by its
 * first line; 06BANGKOK3955.txt starts with web-page text, so it needs files.associations.
 * The web workbench saves after a delay by default; the tests decide when a cable is saved.
 */
export function makeWorkspace(dir) {
  fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
  for (const seed of SEEDS) fs.copyFileSync(path.join(ROOT, 'seeds', seed), path.join(dir, seed));
  const settings = { 'files.associations': { '06BANGKOK3955.txt': 'cable' }, 'files.autoSave': 'off' };
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Runs the suite; resolves with { passed, failed } (a run that reports nothing counts as one failure). */
export async function runVscodeSuite() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vscode-suite-'));
  const workspace = path.join(tmp, 'workspace');
  const resultsFile = path.join(tmp, 'results.json');
  makeWorkspace(workspace);
  try {
    await runTests({
      vscodeExecutablePath: LAUNCHER,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: TESTS,
      launchArgs: [workspace, `--user-data-dir=${path.join(tmp, 'user-data')}`, `--extensions-dir=${path.join(tmp, 'extensions')}`],
      extensionTestsEnv: { CABLE_VSCODE_RESULTS: resultsFile },
    });
  } catch (error) {
    // Failing tests reject too; only a run without results is reported here.
    if (!fs.existsSync(resultsFile)) process.stderr.write(`vscode suite did not run: ${error.message}\n`);
  }
  try {
    const { passed, failed } = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    return { passed, failed };
  } catch {
    return { passed: 0, failed: 1 };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { passed, failed } = await runVscodeSuite();
  console.log(`vscode: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
