// Lets `npm start` and `npm test` work on a fresh clone: installs the locked dependencies when
// node_modules is missing or does not match package-lock.json. Compares contents, not times: a
// fresh checkout has new file times but may sit beside a matching install. Node built-ins only.
// `--check`: only says (exit code 0 or 1) whether an install is due.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const installedFile = join(root, 'node_modules', '.package-lock.json');

/** name -> { version, optional } for the packages a lock file lists under node_modules/. */
function lockedPackages(path) {
  const packages = JSON.parse(readFileSync(path, 'utf8')).packages ?? {};
  return new Map(Object.entries(packages).filter(([name]) => name.startsWith('node_modules/')));
}

/**
 * Whether node_modules holds what package-lock.json locks: every package installed at its locked
 * version, and every package the lock requires installed. Optional packages may be missing: npm
 * leaves out those built for other platforms (esbuild's per-platform binaries) and those whose
 * optional parent it skipped, so demanding them would reinstall on every run.
 */
function matchesLock() {
  if (!existsSync(installedFile)) return false;
  const installed = lockedPackages(installedFile);
  const locked = lockedPackages(join(root, 'package-lock.json'));
  for (const [name, info] of installed) if (locked.get(name)?.version !== info.version) return false;
  for (const [name, info] of locked) if (!info.optional && installed.get(name)?.version !== info.version) return false;
  return true;
}

const upToDate = matchesLock();
if (process.argv.includes('--check')) {
  // For the test that keeps `npm test` from reinstalling a matching install on every run.
  if (!upToDate) console.error('ensure-deps: node_modules does not match package-lock.json');
  process.exit(upToDate ? 0 : 1);
}
if (!upToDate) {
  console.error('Installing dependencies (npm ci)...');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
