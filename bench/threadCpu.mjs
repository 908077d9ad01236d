// Preloaded (`node --import`) into cable-lint by the --csv bench case: the CPU time of each kind of
// thread, so the report can say where --jobs 2 spends what --jobs 1 does not. Linting threads are
// the workers (or the main thread when there are none); the rest are V8's helper threads, which
// compile optimized code and collect garbage, and libuv's. Linux only (/proc); written as JSON to
// the file named by BENCH_THREAD_CPU when the process exits.
import { appendFileSync, existsSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = existsSync('/proc/thread-self') ? process.env.BENCH_THREAD_CPU : undefined;
/** Clock ticks per second in /proc/<pid>/task/<tid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;
const ownTid = () => readlinkSync('/proc/thread-self').split('/').pop();

if (out && !isMainThread) {
  // Workers name themselves; the main thread samples every thread, as a worker's thread is gone
  // once it is terminated.
  appendFileSync(`${out}.workers`, `${ownTid()}\n`);
} else if (out) {
  const main = ownTid();
  const seconds = new Map();
  const sample = () => {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seconds.set(tid, (+fields[11] + +fields[12]) / TICKS);
      } catch {
        // The thread has just ended; its last sample stands.
      }
    }
  };
  setInterval(sample, 100).unref();
  process.on('exit', () => {
    sample();
    let workers = [];
    try {
      workers = readFileSync(`${out}.workers`, 'utf8').split('\n').filter(Boolean);
    } catch {
      // No worker threads: the main thread lints.
    }
    const sum = (tids) => tids.reduce((total, tid) => total + (seconds.get(tid) ?? 0), 0);
    const linting = workers.length ? workers : [main];
    const helpers = [...seconds.keys()].filter((tid) => tid !== main && !workers.includes(tid));
    writeFileSync(out, JSON.stringify({ lintingS: sum(linting), mainS: workers.length ? sum([main]) : 0, helpersS: sum(helpers) }));
  });
}
