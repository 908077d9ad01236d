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

  /** The lines of `probe` (as `path`) that a purity rule rejects. */
  async function rejectedLines(probe: string[], path: string): Promise<number[]> {
    const [result] = await eslint.lintText(probe.join('\n'), { filePath: join(root, path) });
    return [...new Set(result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.line))].sort((a, b) => a - b);
  }

  it('rejects Node built-ins and globals, file-system modules and LSP subpath entries (/node, /browser) in the shared LSP wiring', async () => {
    const probe = [
      "import { readFileSync } from 'node:fs';",
      "import * as path from 'path';",
      "import { createConnection } from 'vscode-languageserver/node';",
      "import { BrowserMessageReader } from 'vscode-languageserver/browser';",
      "import { scopeFor } from '../node/configScope';",
      "import * as vscode from 'vscode';",
      'export const used = [readFileSync, path, createConnection, BrowserMessageReader, scopeFor, vscode];',
      'export const globals = [process.env, Buffer.from(""), setImmediate];',
      "import { TextDocuments } from 'vscode-languageserver';",
      "import { TextDocument } from 'vscode-languageserver-textdocument';",
      "import { lintText } from '../service';",
      'export const allowed = [TextDocuments, TextDocument, lintText, setTimeout];',
    ];
    assert.deepEqual(await rejectedLines(probe, 'server/src/lsp/probe.ts'), [1, 2, 3, 4, 5, 6, 8]);
  });

  it('rejects the same in the browser entry, which alone may import the LSP /browser entry', async () => {
    const probe = [
      "import { readFileSync } from 'node:fs';",
      "import { createConnection } from 'vscode-languageserver/node';",
      "import { createNodeHost } from './node/serverHost';",
      'export const used = [readFileSync, createConnection, createNodeHost, process.argv];',
      "import { BrowserMessageReader } from 'vscode-languageserver/browser';",
      "import { startLanguageServer } from './lsp/languageServer';",
      'export const allowed = [BrowserMessageReader, startLanguageServer];',
    ];
    assert.deepEqual(await rejectedLines(probe, 'server/src/browserServer.ts'), [1, 2, 3, 4]);
  });

  it('rejects Node in the client modules that VS Code for the Web runs too, but not in the desktop side', async () => {
    const probe = [
      "import { readFileSync } from 'node:fs';",
      "import { LanguageClient } from 'vscode-languageclient/node';",
      'export const used = [readFileSync, LanguageClient, process.platform];',
      "import { BaseLanguageClient } from 'vscode-languageclient';",
      "import * as vscode from 'vscode';",
      'export const allowed = [vscode, {} as BaseLanguageClient];',
    ];
    assert.deepEqual(await rejectedLines(probe, 'client/src/probe.ts'), [1, 2, 3]);
    assert.deepEqual(await rejectedLines(probe, 'client/src/serverProcess.ts'), []);
  });

  it('allows the same imports in the Node layers', async () => {
    for (const path of ['server/src/cli/probe.ts', 'server/src/node/probe.ts', 'server/src/server.ts']) {
      const [result] = await eslint.lintText("import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", { filePath: join(root, path) });
      assert.deepEqual(result.messages.filter((m) => m.ruleId === 'no-restricted-imports'), [], path);
    }
  });

  it('finds no errors in the project', async () => {
    const results = await eslint.lintFiles(['server/src', 'client/src', 'test']);
    const errors = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line}:${m.column} ${m.message} (${m.ruleId})`));
    assert.deepEqual(errors, []);
  });
});
