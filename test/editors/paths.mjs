// Where test/editors/setup.sh puts the editors, and how every suite starts Chromium.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.join(ROOT, '.cache', 'editors');
export const NODE24 = path.join(CACHE, 'node24', 'node_modules', 'node', 'bin', 'node');
export const CODE_SERVER_PACKAGE = path.join(CACHE, 'code-server', 'node_modules', 'code-server');
export const CODE_SERVER = path.join(CODE_SERVER_PACKAGE, 'out', 'node', 'entry.js');
export const VSCODE_SERVER_DIR = path.join(CODE_SERVER_PACKAGE, 'lib', 'vscode');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
