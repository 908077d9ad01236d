// extensionTestsPath of the vscode-web suite, once bundled for the browser (test/editors/vscode/runWeb.mjs):
// VS Code's web worker extension host loads it and calls `run`. mochaRunner comes first: it
// defines describe/it before the test files below load.
import { runMocha } from './mochaRunner';
import './activation.wtest';
import './languageFeatures.wtest';
import './commands.wtest';
import './lintRun.wtest';
import './lintWorkspace.wtest';
import './restart.wtest';

export function run(_testsRoot: string, done: (error: unknown, failures?: number) => void): void {
  runMocha(done);
}
