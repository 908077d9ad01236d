// The architecture rule, enforced: the language service stays pure, and the code base lints clean.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const root = join(__dirname, '..', '..', '..');

describe('ESLint', function () {
  this.timeout(180000);
  const eslint = new ESLint({ cwd: root });

  it('rejects Node built-ins, vscode and LSP imports inside server/src/service', async () => {
    const probe = [
      "import { readFileSync } from 'node:fs';",
      "import * as path from 'path';",
      "import * as vscode from 'vscode';",
      "import { createConnection } from 'vscode-languageserver/node';",
      'export const used = [readFileSync, path, vscode, createConnection, process.env];',
    ].join('\n');
    const [result] = await eslint.lintText(probe, { filePath: join(root, 'server/src/service/probe.ts') });
    const lines = new Set(result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.line));
    assert.deepEqual([...lines].sort(), [1, 2, 3, 4, 5]);
  });

  it('allows the same imports in the LSP layer', async () => {
    const [result] = await eslint.lintText("import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", { filePath: join(root, 'server/src/cli/probe.ts') });
    assert.deepEqual(result.messages.filter((m) => m.ruleId === 'no-restricted-imports'), []);
  });

  it('finds no errors in the project', async () => {
    const results = await eslint.lintFiles(['server/src', 'client/src', 'test']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line}:${m.column} ${m.message} (${m.ruleId})`));
    assert.deepEqual(errors, []);
  });
});
