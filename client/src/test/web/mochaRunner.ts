// Runs mocha inside VS Code's web worker extension host. There is no file system and no Node
// `require` there: the test files are bundled with this module (see test/editors/vscode/runWeb.mjs)
// and must be imported after it, since importing it defines describe/it.
// The result goes back on the console, which the workbench forwards to the launcher:
// one line `cable-web-results {"passed":N,"failed":N}`; the failure count also sets the exit code.
import mocha from 'mocha/mocha.js';

export const RESULTS_PREFIX = 'cable-web-results ';

mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });

/** The `run` of an extensionTestsPath module: VS Code exits 1 when `done` gets failures. */
export function runMocha(done: (error: unknown, failures?: number) => void): void {
  // A safety net: loaded by the Node extension host (the launcher without
  // --extensionDevelopmentKind=web), this suite would not test the web at all.
  if (typeof (globalThis as { importScripts?: unknown }).importScripts !== 'function') {
    report({ passed: 0, failed: 1 }, 'not in the web worker extension host, where the "browser" entry runs');
    done(null, 1);
    return;
  }
  const results = { passed: 0, failed: 0 };
  mocha
    .run((failures) => {
      report(results);
      done(null, failures);
    })
    .on('pass', () => results.passed++)
    .on('fail', () => results.failed++);
}

/** '%s': the launcher prints console lines with printf patterns (as mocha's reporter writes them). */
function report(results: { passed: number; failed: number }, problem?: string): void {
  if (problem) console.log('%s', `vscode-web suite: ${problem}`);
  console.log('%s', `${RESULTS_PREFIX}${JSON.stringify(results)}`);
}
