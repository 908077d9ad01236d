// Running the real cable-lint bin in a child process for the hostile-input suites.
import * as assert from 'node:assert/strict';
import { spawnSync, SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/arbitraries';

export const CLI_BIN = join(REPO_ROOT, 'bin', 'cable-lint.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One entry of `--format json`: a file's diagnostics, or the I/O problem that kept it from being checked. */
export interface JsonEntry {
  file: string;
  error?: string;
  diagnostics: Array<{ rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }>;
}

export interface RunOptions {
  cwd?: string;
  /** Node `--require` scripts loaded before the CLI. */
  preload?: string[];
  /** Run as this user (tests run as root, where file permissions do not block reads). */
  uid?: number;
  gid?: number;
  env?: NodeJS.ProcessEnv;
}

/** Runs cable-lint; a hang is a failure (killed after two minutes), never a stuck test run. */
export function cableLint(args: readonly string[], options: RunOptions = {}): CliRun {
  const nodeArgs = (options.preload ?? []).flatMap((p) => ['--require', p]);
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    timeout: 120000,
    maxBuffer: 256 * 1024 * 1024,
    env: options.env ?? process.env,
  };
  if (options.uid !== undefined) spawnOptions.uid = options.uid;
  if (options.gid !== undefined) spawnOptions.gid = options.gid;
  const run = spawnSync(process.execPath, [...nodeArgs, CLI_BIN, ...args], spawnOptions);
  assert.equal(run.error, undefined, `cable-lint did not finish: ${run.error?.message}`);
  assert.equal(run.signal, null, `cable-lint was killed by ${run.signal}; stderr: ${run.stderr}`);
  return { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

/** Runs with `--format json` and parses the entries. */
export function cableLintJson(args: readonly string[], options: RunOptions = {}): CliRun & { entries: JsonEntry[] } {
  const run = cableLint(['--format', 'json', ...args], options);
  let entries: JsonEntry[];
  try {
    entries = JSON.parse(run.stdout);
  } catch {
    throw new Error(`cable-lint printed no valid JSON (exit ${run.code}):\n${run.stdout.slice(0, 2000)}\n${run.stderr.slice(0, 2000)}`);
  }
  return { ...run, entries };
}

export function entryFor(entries: readonly JsonEntry[], fileEnd: string): JsonEntry {
  const found = entries.find((e) => e.file.endsWith(fileEnd));
  assert.ok(found, `no entry for ${fileEnd} in ${entries.map((e) => e.file).join(', ')}`);
  return found;
}

/** A diagnostic as compared across encodings and line-break styles. */
export function diagnosticLines(entry: JsonEntry): string[] {
  return entry.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.rule} ${d.message}`);
}
