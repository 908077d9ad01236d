// Entry point VS Code loads in the extension host (extensionTestsPath): runs every
// *.itest.js beside this file with mocha and fails the run when a test fails.
// Named .itest so the plain-Node unit runner, which globs *.test.js, never loads them.
// Env: CABLE_VSCODE_GREP filters tests by title; CABLE_VSCODE_RESULTS names a JSON file that
// receives { passed, failed, failures } for test/editors/run.mjs.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface Results {
  passed: number;
  failed: number;
  failures: { title: string; message: string }[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const grep = process.env.CABLE_VSCODE_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.itest.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const results: Results = { passed: 0, failed: 0, failures: [] };
  return new Promise((resolve, reject) => {
    mocha
      .run((failures) => {
        const file = process.env.CABLE_VSCODE_RESULTS;
        if (file) fs.writeFileSync(file, JSON.stringify(results));
        if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
        else resolve();
      })
      .on('pass', () => results.passed++)
      .on('fail', (test, error: Error) => {
        results.failed++;
        results.failures.push({ title: test.fullTitle(), message: error.message });
      });
  });
}
