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
);
