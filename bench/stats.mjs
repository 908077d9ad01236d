// Small statistics and formatting helpers for the benchmark tables.

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0-100) of a list of numbers. */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Wall time of a synchronous function, in milliseconds. */
export function timeMs(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function fixed(value, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

export function megabytes(bytes) {
  return bytes / 1e6;
}

/** The machine's state, so readers can judge the figures (the machine is shared). */
export async function machine() {
  const os = await import('node:os');
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: os.totalmem() / 1e9,
    load: os.loadavg(),
    node: process.version,
  };
}

/**
 * How many cores this process actually gets right now: two threads spin for `ms`, and their CPU
 * time is divided by the wall time (2.0 on an idle 2-core machine; less when others are busy).
 */
export async function freeCores(ms = 1500) {
  const { Worker } = await import('node:worker_threads');
  const spin = `const end = Date.now() + ${ms}; let x = 0; while (Date.now() < end) x++;`;
  const before = process.cpuUsage();
  const start = performance.now();
  await Promise.all([0, 1].map(() => new Promise((resolve, reject) => new Worker(spin, { eval: true }).on('exit', resolve).on('error', reject))));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / (performance.now() - start);
}
