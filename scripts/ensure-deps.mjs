// Lets `npm start` and `npm test` work on a fresh clone: installs the locked dependencies when
// node_modules is missing or does not match package-lock.json. Compares contents, not times: a
// fresh checkout has new file times but may sit beside a matching install. Node built-ins only.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const installedFile = join(root, 'node_modules', '.package-lock.json');

function lockedVersions(path) {
  const packages = JSON.parse(readFileSync(path, 'utf8')).packages ?? {};
  return Object.entries(packages)
    .filter(([name]) => name.startsWith('node_modules/'))
    .map(([name, info]) => `${name}@${info.version}`)
    .sort()
    .join('\n');
}

const upToDate = existsSync(installedFile) && lockedVersions(installedFile) === lockedVersions(join(root, 'package-lock.json'));
if (!upToDate) {
  console.error('Installing dependencies (npm ci)...');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
