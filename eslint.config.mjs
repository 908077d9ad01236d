// @ts-check
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

// The language service is shared by the LSP server, the CLI, tests and a browser build:
// it must not reach for VS Code, an LSP connection or anything Node-specific.
const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
const servicePurity = {
  paths: [...nodeBuiltins, 'vscode'],
  patterns: [
    { group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*'], message: 'server/src/service is pure: no LSP connection.' },
    { group: ['node:*'], message: 'server/src/service is pure: no Node built-ins.' },
  ],
};

// The LSP wiring (server/src/lsp) and the browser entry run in a web worker as well as in Node:
// no Node built-ins or globals, no file-system modules (server/src/node: the host's), and for
// the shared wiring only the common entry of the LSP libraries, which resolves to Node's or
// the browser's implementation wherever it is bundled.
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate'];
const workerPurity = (where, lspEntries) => ({
  paths: [...nodeBuiltins, 'vscode'],
  patterns: [
    { group: ['node:*'], message: `${where} runs in a browser worker: no Node built-ins.` },
    { regex: '^\\.\\.?/(?:.*/)?node/', message: `${where} runs in a browser worker: the file system is the host's (server/src/node, lsp/host.ts).` },
    { regex: `^vscode-(?:languageserver|languageserver-protocol|jsonrpc)/(?:${lspEntries})$`, message: `${where} runs in a browser worker: import 'vscode-languageserver' (the common entry).` },
    { group: ['vscode-languageclient', 'vscode-languageclient/*'], message: `${where} is a server, not a client.` },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.cache/**', 'test/fixtures/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', servicePurity],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename', 'window', 'document'],
    },
  },
  {
    files: ['server/src/lsp/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', workerPurity('server/src/lsp', '.*')],
      'no-restricted-globals': ['error', ...nodeGlobals, 'window', 'document'],
    },
  },
  {
    // The client runs in VS Code for the Web's extension host too: only the desktop entry and the
    // server process it starts may use Node.
    files: ['client/src/*.ts'],
    ignores: ['client/src/extension.ts', 'client/src/serverProcess.ts', 'client/src/serverModule.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            { group: ['node:*'], message: 'The client runs in a browser too: no Node built-ins (only extension.ts and serverProcess.ts, the desktop side).' },
            { group: ['vscode-languageclient/node'], message: "The client runs in a browser too: import 'vscode-languageclient' (its common types)." },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  {
    files: ['server/src/browserServer.ts'],
    rules: {
      'no-restricted-imports': ['error', workerPurity('The browser entry', 'node')],
      'no-restricted-globals': ['error', ...nodeGlobals, 'window', 'document'],
    },
  },
);
