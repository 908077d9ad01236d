// The whole test suite: unit, LSP, grammar and CLI tests under mocha, then the real-editor suites.
// Ends with the line `N passed, N failed` that CI reads.
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runEditorSuites } from './editors/run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function testFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...testFiles(path));
    else if (name.endsWith('.test.js')) found.push(path);
  }
  return found.sort();
}

async function runMocha() {
  // What .mocharc.json requires for a plain `mocha` run.
  await import(pathToFileURL(join(root, 'out', 'test', 'support', 'plainOutput.js')).href);
  const mocha = new Mocha({ reporter: 'spec', timeout: 60000 });
  for (const file of testFiles(join(root, 'out', 'test'))) mocha.addFile(file);
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => resolve({ passed, failed }));
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}

const suites = [
  ['unit, LSP, grammar, CLI and robustness', runMocha],
  // VS Code (extension host and UI), Neovim and Emacs: see test/editors/README.md.
  ['real editors', () => runEditorSuites()],
];
let passed = 0;
let failed = 0;
for (const [name, run] of suites) {
  const result = await run();
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed`);
  passed += result.passed;
  failed += result.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
