// The real cable-lint bin end to end: wall time and peak RSS, over the corpus directory and over a
// generated cables.csv of the requested size.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadMetadata, ROOT } from './corpus.mjs';
import { BenchClient } from './lsp.mjs';
import { freeCores, median } from './stats.mjs';

const BIN = join(ROOT, 'bin', 'cable-lint.js');
const TIME = '/usr/bin/time';
const THREAD_CPU = join(ROOT, 'bench', 'threadCpu.mjs');

/**
 * Runs `node bin/cable-lint.js ...args` with stdout to /dev/null; returns wall ms, peak RSS (MB),
 * CPU ms (user + system, with GNU time) and the exit code. Peak RSS from GNU time when installed,
 * else from polling /proc VmHWM. With `threadCpu`, also the CPU seconds of linting, main and
 * helper threads (threadCpu.mjs; undefined where /proc is missing).
 */
export function runLint(args, { threadCpu = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cable-bench-'));
  const timeFile = join(dir, 'time');
  const threadFile = join(dir, 'threads');
  const useTime = existsSync(TIME);
  const node = threadCpu ? [process.execPath, '--import', pathToFileURL(THREAD_CPU).href, BIN] : [process.execPath, BIN];
  const command = useTime ? [TIME, '-f', '%M %U %S', '-o', timeFile, ...node, ...args] : [...node, ...args];
  const out = openSync('/dev/null', 'w');
  const start = performance.now();
  const child = spawn(command[0], command.slice(1), { stdio: ['ignore', out, 'pipe'], env: threadCpu ? { ...process.env, BENCH_THREAD_CPU: threadFile } : process.env });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let polledKb = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const m = /^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polledKb = Math.max(polledKb, +m[1]);
        } catch {
          // The process has just ended.
        }
      }, 20);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - start;
      if (poll) clearInterval(poll);
      closeSync(out);
      const [peakKb, user, system] = useTime ? readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [polledKb, NaN, NaN];
      const threads = threadCpu && existsSync(threadFile) ? JSON.parse(readFileSync(threadFile, 'utf8')) : undefined;
      rmSync(dir, { recursive: true, force: true });
      // 0: clean, 1: errors found; anything else means the run itself failed.
      if (code !== 0 && code !== 1) return reject(new Error(`cable-lint ${args.join(' ')} exited ${code}: ${stderr.slice(0, 2000)}`));
      resolve({ wallMs, peakRssMb: peakKb / 1024, cpuMs: (user + system) * 1000, code, threads });
    });
  });
}

/** `cable-lint --format json DIR`: median wall time and the largest peak RSS of `runs` runs. */
export async function cliEndToEnd(dir, cables, bytes, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runLint(['--format', 'json', dir]));
  const wallMs = median(results.map((r) => r.wallMs));
  return { cables, bytes, wallMs, MBps: bytes / 1e6 / (wallMs / 1000), cablesPerSecond: cables / (wallMs / 1000), peakRssMb: Math.max(...results.map((r) => r.peakRssMb)) };
}

/**
 * Lint Workspace (`cable/lintWorkspace`) in the real language server over stdio, on a workspace
 * folder holding the corpus: the first run (V8 still compiling) and the median of the later ones.
 */
export async function lintWorkspaceTimes(dir, runs) {
  const client = await BenchClient.start({ pull: true, folders: [dir] });
  try {
    const times = [];
    let files = 0;
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      ({ files } = await client.request('cable/lintWorkspace', {}));
      times.push(performance.now() - start);
    }
    return { files, firstMs: times[0], laterMs: median(times.slice(1)) };
  } finally {
    await client.stop();
  }
}

/** A field as cables.csv writes it: quoted, backslash before quotes and backslashes. */
function csvField(text) {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Writes a cables.csv of at least `targetBytes` by repeating the corpus (each copy under new ids),
 * in the 2011 release's 8 columns. Returns the row count and the size.
 */
export function writeCsv(path, corpus, targetBytes) {
  const metadata = loadMetadata();
  const fd = openSync(path, 'w');
  let rows = 0;
  let size = 0;
  try {
    for (let copy = 0; size < targetBytes; copy++) {
      let chunk = '';
      for (const cable of corpus) {
        const refid = cable.name.replace(/\.txt$/, '');
        const meta = metadata.get(refid);
        const date = meta?.date ? `${meta.date.month}/${meta.date.day}/${meta.date.year} 10:07` : '1/1/2005 10:07';
        rows++;
        chunk += [rows, date, copy ? `${refid}-${copy}` : refid, 'Embassy', meta?.classification ?? 'UNCLASSIFIED', '', '', cable.text].map((f) => csvField(String(f))).join(',') + '\n';
      }
      size += writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  return { rows, bytes: statSync(path).size };
}

/**
 * `cable-lint --csv FILE --format jsonl` over a generated CSV of `targetBytes`, with --jobs 1 and
 * --jobs 2 run alternately `runs` times each; the CSV lives in a temporary directory, deleted after.
 * The cores free at the start, the cores each run kept busy and the speedup the CPU times allow on
 * two free cores (--jobs 1 wall time, or its CPU time when less, over half the CPU time of --jobs 2)
 * are reported too, since other work on a shared machine decides how much of the second core a
 * run gets.
 */
export async function csvScale(corpus, targetBytes, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'cable-bench-csv-'));
  try {
    const csv = join(dir, 'cables.csv');
    writeFileSync(csv, '');
    const { rows, bytes } = writeCsv(csv, corpus, targetBytes);
    const cores = await freeCores();
    const one = [];
    const two = [];
    for (let i = 0; i < runs; i++) {
      one.push(await runLint(['--csv', csv, '--format', 'jsonl', '--jobs', '1'], { threadCpu: true }));
      two.push(await runLint(['--csv', csv, '--format', 'jsonl', '--jobs', '2'], { threadCpu: true }));
    }
    const summary = (results) => {
      const wallMs = median(results.map((r) => r.wallMs));
      const cpuMs = median(results.map((r) => r.cpuMs));
      // Cores the run kept busy on average: V8's GC and compiler threads add to the linting threads.
      // CPU seconds by kind of thread, medians over the runs (threadCpu.mjs).
      const threads = results.every((r) => r.threads) ? Object.fromEntries(['lintingS', 'mainS', 'helpersS'].map((k) => [k, median(results.map((r) => r.threads[k]))])) : undefined;
      return { wallMs, cpuMs, coresUsed: cpuMs / wallMs, cablesPerSecond: rows / (wallMs / 1000), MBps: bytes / 1e6 / (wallMs / 1000), peakRssMb: Math.max(...results.map((r) => r.peakRssMb)), threads };
    };
    const jobs1 = summary(one);
    const jobs2 = summary(two);
    // Each --jobs 2 run against the --jobs 1 run just before it: the pair saw the same machine.
    const speedups = one.map((r, i) => r.wallMs / two[i].wallMs);
    // With two free cores --jobs 2 needs at least half its CPU time as wall time. --jobs 1 needs
    // no more wall time than its CPU time once it has a core to itself: on a busy machine its
    // wall time counts the waiting too, and would make the bound look better than two cores allow.
    // Only an estimate: the cores' speed can change between the two runs of a pair.
    const bounds = one.map((r, i) => Math.min(r.wallMs, r.cpuMs) / (two[i].cpuMs / 2));
    return { rows, bytes, freeCores: cores, jobs1, jobs2, speedups, speedup: median(speedups), speedupBound: median(bounds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
