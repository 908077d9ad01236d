#!/usr/bin/env node
// Bundles the extension with esbuild, for both places VS Code runs it:
// - desktop (package.json `main`): dist/extension.js, and the language server dist/server.js that
//   it starts in a Node process (also the cable-language-server of other editors);
// - the web (package.json `browser`, vscode.dev and github.dev): dist/web/extension.js, and the
//   language server dist/web/server.js that it starts in a web worker. A Node built-in reached from
//   either fails the build (platform "browser").
// Usage: node scripts/bundle.mjs [--minify]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const minify = process.argv.includes('--minify');
const common = { absWorkingDir: ROOT, bundle: true, sourcemap: true, minify, logLevel: 'warning', mainFields: ['module', 'main'] };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts', 'server/src/server.ts'], platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], entryNames: '[name]', outdir: 'dist' }),
  build({ ...common, entryPoints: ['client/src/browserExtension.ts'], platform: 'browser', target: 'es2022', format: 'cjs', external: ['vscode'], outfile: 'dist/web/extension.js', mainFields: ['browser', 'module', 'main'] }),
  build({ ...common, entryPoints: ['server/src/browserServer.ts'], platform: 'browser', target: 'es2022', format: 'iife', outfile: 'dist/web/server.js', mainFields: ['browser', 'module', 'main'] }),
]);
