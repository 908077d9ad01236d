// Turns the measurements into a table (for the terminal) and docs/BENCHMARKS.md, with every goal
// of issue 5 judged met or not, and why.
import { fixed } from './stats.mjs';

const ms = (v) => (Number.isFinite(v) ? `${fixed(v, v < 10 ? 2 : 0)} ms` : 'n/a');
const mb = (v) => `${fixed(v, 0)} MB`;

/** Rows of [measure, value, detail] per section. */
function sections(r) {
  const out = [];
  if (r.throughput) {
    const t = r.throughput;
    out.push({
      title: `Lint throughput (pure service, ${t.cables} cables, ${fixed(t.bytes / 1e6)} MB in memory)`,
      rows: [
        ['split into lines (floor)', `${fixed(t.floorMBps, 0)} MB/s`, '1.0x'],
        ['parse + lint', `${fixed(t.lintMBps)} MB/s`, `${fixed(t.ratio)}x the floor`],
        ['  of which parse', `${fixed(t.parseMBps)} MB/s`, `${fixed(t.parseRatio)}x`],
        ['    in it: cutting lines', '', `${fixed(t.cutRatio)}x`],
        ['    in it: finding the inline patterns\' keywords', '', `${fixed(t.keywordsRatio)}x`],
        ['  of which rules', '', `${fixed(t.rulesRatio)}x`],
        ['for scale: a JavaScript loop reading each character once', '', `${fixed(t.readRatio)}x`],
      ],
    });
  }
  if (r.cli) {
    const c = r.cli;
    out.push({
      title: `The whole corpus directory: cable-lint --format json, and Lint Workspace in the editor`,
      rows: [
        ['wall time', ms(c.wallMs), `${fixed(c.cablesPerSecond, 0)} cables/s, ${fixed(c.MBps)} MB/s`],
        ['peak RSS', mb(c.peakRssMb), ''],
        ...(c.workspace
          ? [
              ['Cable: Lint Workspace (the language server, over stdio), first run', ms(c.workspace.firstMs), `${fixed(c.workspace.files / (c.workspace.firstMs / 1000), 0)} cables/s`],
              ['Cable: Lint Workspace, later runs (median)', ms(c.workspace.laterMs), `${fixed(c.workspace.files / (c.workspace.laterMs / 1000), 0)} cables/s`],
            ]
          : []),
      ],
    });
  }
  for (const e of r.editor ?? []) {
    const row = (label, s) => [label, `p50 ${ms(s.p50)}`, `p95 ${ms(s.p95)}`];
    out.push({
      title: `Editor latency, ${e.label} (${fixed(e.bytes / 1e6, 2)} MB, ${e.lines} lines; ${e.edits} one-character edits at random positions${e.diagnostics.rounds > 1 ? `, timed on the warmed server in ${e.diagnostics.rounds} rounds` : ''})`,
      rows: [
        row('keystroke -> diagnostics, first edits after start**', e.cold),
        row('keystroke -> diagnostics (pull)', e.diagnostics),
        row('keystroke -> document symbols', e.symbols),
        row('keystroke -> code actions', e.codeActions),
        row('keystroke -> folding ranges', e.folding),
        row('keystroke -> pushed diagnostics*', e.push),
        ['in-process whole parse / rules (fastest of 10)', ms(e.work.parseMs), ms(e.work.lintMs)],
        ['in-process re-parse after a keystroke (median of 50)', ms(e.work.reparseMs), ''],
      ],
    });
  }
  if (r.memory) {
    const m = r.memory;
    out.push({
      title: `Language server memory with ${m.open} cables open (${fixed(m.bytes / 1e6)} MB of text)`,
      rows: [
        ['RSS', mb(m.rssMb), `idle before opening: ${mb(m.idleRssMb)}`],
        ['peak RSS', mb(m.peakRssMb), ''],
      ],
    });
  }
  if (r.grammar) {
    const g = r.grammar;
    out.push({
      title: `Grammar: vscode-textmate tokenization (${g.lines ?? '?'} lines, ${fixed(g.bytes / 1e6)} MB)`,
      rows: g.markdownPath
        ? [
            ['cable grammar', `${fixed(g.cableMBps, 2)} MB/s`, `${fixed(g.ratio, 2)}x the Markdown grammar's time`],
            ["VS Code's Markdown grammar", `${fixed(g.markdownMBps, 2)} MB/s`, g.markdownPath],
            ['slowest single line', ms(g.slowest.ms), `${g.slowest.where} (${g.slowest.length} chars)`],
          ]
        : [['Markdown grammar', 'absent', 'code-server is not installed (test/editors/setup.sh): no comparison']],
    });
  }
  if (r.csv) {
    const c = r.csv;
    const row = (label, s) => [label, `${fixed(s.cablesPerSecond, 0)} cables/s, ${fixed(s.MBps)} MB/s`, `wall ${fixed(s.wallMs / 1000)} s, peak RSS ${mb(s.peakRssMb)}, ${fixed(s.coresUsed, 2)} cores busy`];
    out.push({
      title: `cable-lint --csv --format jsonl on a generated cables.csv (${fixed(c.bytes / 1e9, 2)} GB, ${c.rows} rows)`,
      rows: [
        row('--jobs 1', c.jobs1),
        row('--jobs 2', c.jobs2),
        ...(c.jobs1.threads && c.jobs2.threads ? [['CPU time by thread', `--jobs 1: ${threadCpu(c.jobs1.threads)}`, `--jobs 2: ${threadCpu(c.jobs2.threads)} (medians; helpers: V8 compiling and collecting garbage, libuv)`]] : []),
        ['--jobs 2 / --jobs 1', `${fixed(c.speedup, 2)}x`, `median of ${c.speedups.length} ${c.speedups.length === 1 ? 'pair' : 'pairs'} of runs (${c.speedups.map((s) => `${fixed(s, 2)}x`).join(', ')}); ${fixed(c.freeCores, 2)} cores free at the start; the CPU times allow about ${fixed(c.speedupBound, 2)}x on 2 free cores (--jobs 1 wall or CPU time, whichever is less, / half the CPU time of --jobs 2; median over the pairs)`],
      ],
    });
  }
  return out;
}

/** `linting 23.8 s, main 1.0 s, helpers 3.5 s` (main only when workers lint). */
function threadCpu(t) {
  return [`linting ${fixed(t.lintingS)} s`, ...(t.mainS ? [`main ${fixed(t.mainS)} s`] : []), `helpers ${fixed(t.helpersS)} s`].join(', ');
}

/** Each goal of the issue: met, not met or not measured, and why (from the figures themselves). */
export function goals(r) {
  const list = [];
  const add = (goal, ok, detail) => list.push({ goal, status: ok === undefined ? 'not measured' : ok ? 'met' : 'NOT met', detail });
  const t = r.throughput;
  add(
    'Service throughput within 5x of the split-lines floor',
    t && t.ratio <= 5,
    t
      ? `${fixed(t.ratio)}x (parse ${fixed(t.parseRatio)}x, rules ${fixed(t.rulesRatio)}x).` +
          (t.ratio > 5
            ? ` The floor is one native split per text. The service cuts the same lines, then finds the few words its inline patterns need (a lower-cased copy of the text and one native search per word, each stopping at every place its first letter stands), reads the header lines through about ten ordered checks each, sends every body line through a short path of character tests (patterns only where the characters allow a match), builds an object for every part of the model, and runs 25 rules that read it back from objects spread over the heap. Gating every pattern on the characters it needs, keeping running text free of allocation and letting rules skip work that cannot change a finding took this from 33x to the figure here; JavaScript character loops in place of the native searches measured about 2x slower. Measured in this run: cutting lines costs ${fixed(t.cutRatio)}x and finding the keywords ${fixed(t.keywordsRatio)}x, while a JavaScript loop that only reads each character once already costs ${fixed(t.readRatio)}x; with the rules at ${fixed(t.rulesRatio)}x, 5x would leave ${fixed(Math.max(0, 5 - t.cutRatio - t.keywordsRatio - t.rulesRatio))}x for everything else the parse does (now ${fixed(t.parseRatio - t.cutRatio - t.keywordsRatio)}x). 5x would take a different design: one scanner filling flat per-line arrays instead of span objects, and rules reading those arrays, and even then the rules would have to get cheaper too.`
            : '')
      : 'not run',
  );
  const editorGoal = (e, limit) => {
    const kinds = ['diagnostics', 'symbols', 'codeActions'];
    const slowest = kinds.reduce((a, k) => (e[k].p95 > e[a].p95 ? k : a), 'diagnostics');
    const worst = e[slowest];
    let why = '';
    if (worst.p95 >= limit && worst.p50 < limit) {
      why = ' Typical keystrokes are within the goal, the slowest 5% are not, on a machine shared with other builds (see the load).';
    } else if (worst.p95 >= limit) {
      why =
        ` Every first request after a keystroke re-parses the text around the edit (in-process ${ms(e.work.reparseMs)}, median) and diagnostics and code actions run every rule over the whole model` +
        ` (in-process ${ms(e.work.lintMs)}, fastest of 10), before the protocol's own work and on a machine shared with other builds.`;
    }
    const cold = e.cold ? ` Over the ${e.edits} keystrokes right after the server started (V8 still compiling): diagnostics p50 ${ms(e.cold.p50)}, p95 ${ms(e.cold.p95)}.` : '';
    add(`Editor p95 under ${limit} ms on ${e.label} (diagnostics, symbols, code actions)`, worst.p95 < limit, `worst p95 ${ms(worst.p95)} (${slowest}; its p50 ${ms(worst.p50)}), after ${e.edits} warm-up keystrokes${worst.rounds > 1 ? `; medians of ${worst.rounds} rounds of ${worst.n}` : ''}.${why}${cold}`);
  };
  const [real, large] = r.editor ?? [];
  if (real) editorGoal(real, 5);
  else add('Editor p95 under 5 ms on the largest real cable', undefined, 'not run');
  if (large) editorGoal(large, 50);
  else add('Editor p95 under 50 ms on the 2 MB cable', undefined, 'not run');
  const g = r.grammar;
  if (!g || !g.markdownPath) add('Grammar no slower than VS Code Markdown, no line over 10 ms', undefined, g ? 'code-server (with its Markdown grammar) is not installed: run test/editors/setup.sh' : 'not run');
  else {
    add(
      "Grammar no slower than VS Code's Markdown grammar",
      g.ratio <= 1,
      `${fixed(g.ratio, 2)}x the Markdown grammar's time.` +
        (g.ratio > 1 ? ' The cable grammar tries many begin/match rules (banner, fields, REF items, paragraph starts, marks, markers) at every line start and inside paragraphs, where Markdown mostly matches a plain paragraph.' : ''),
    );
    add('Grammar: no line over 10 ms', g.slowest.ms <= 10, `slowest ${ms(g.slowest.ms)} at ${g.slowest.where}.`);
  }
  const c = r.csv;
  if (!c) add('--csv at 1 GB: peak RSS under 300 MB; --jobs 2 at least 1.7x --jobs 1', undefined, 'not run');
  else {
    const big = c.bytes >= 1e9;
    const rss = Math.max(c.jobs1.peakRssMb, c.jobs2.peakRssMb);
    add(`--csv${big ? ' at 1 GB' : ` at ${fixed(c.bytes / 1e9, 2)} GB (below the 1 GB of the goal)`}: peak RSS under 300 MB`, big ? rss < 300 : undefined, `peak ${mb(rss)} (--jobs 1: ${mb(c.jobs1.peakRssMb)}, --jobs 2: ${mb(c.jobs2.peakRssMb)}).`);
    add(
      '--csv: --jobs 2 at least 1.7x --jobs 1 on 2 cores',
      r.machine.cores === 2 ? c.speedup >= 1.7 : undefined,
      `${fixed(c.speedup, 2)}x on ${r.machine.cores} cores (${fixed(c.freeCores, 2)} free at the start; the runs kept ${fixed(c.jobs1.coresUsed, 2)} and ${fixed(c.jobs2.coresUsed, 2)} cores busy); the CPU times allow about ${fixed(c.speedupBound, 2)}x on two free cores.` +
        (c.speedup < 1.7 ? csvWhy(c) : ''),
    );
  }
  const m = r.memory;
  add('Server RSS under 150 MB with 500 cables open', m ? m.rssMb < 150 : undefined, m ? `${mb(m.rssMb)} with ${m.open} cables.` : 'not run');
  return list;
}

/** Why --jobs 2 fell short, from the run's own figures. */
function csvWhy(c) {
  const reasons = [];
  if (c.jobs2.coresUsed < 1.7) reasons.push(`--jobs 2 kept only ${fixed(c.jobs2.coresUsed, 2)} cores busy: other processes on this shared machine held the rest`);
  const low = Math.min(...c.speedups);
  const high = Math.max(...c.speedups);
  if (high >= 1.7) reasons.push(`the pairs of runs ranged from ${fixed(low, 2)}x to ${fixed(high, 2)}x: the speed of this shared machine's cores changes from run to run`);
  const [t1, t2] = [c.jobs1.threads, c.jobs2.threads];
  if (t1 && t2) {
    reasons.push(
      `V8's helper threads (compiling optimized code, collecting garbage) used ${fixed(t1.helpersS)} s of CPU with --jobs 1, on the otherwise idle core, and ${fixed(t2.helpersS)} s with --jobs 2, where each worker compiles the service afresh and the helpers compete with the two linting threads; the linting threads used ${fixed(t1.lintingS)} s and ${fixed(t2.lintingS)} s. Nearly all of the helpers' time is V8's optimizing compiler (perf: about 85% in TurboFan, 3% in the garbage collector), a cost per worker that hardly grows with the rows: the faster the cores lint, the more it weighs, and --jobs 2 pays it twice. In node --prof over this CSV, about 40% of the optimized code was compiled again after a rare branch was first taken (the body and header parsers' many line shapes); closures made per cable, which were compiled again after every full collection, are gone`,
    );
  } else if (c.jobs1.coresUsed > 1.05) {
    reasons.push(
      `--jobs 1 kept ${fixed(c.jobs1.coresUsed, 2)} cores busy: V8 compiles the service and collects garbage on helper threads, which with --jobs 1 run on the otherwise idle core; with --jobs 2 each worker compiles the whole service afresh and its helpers compete with the two linting threads`,
    );
  }
  reasons.push(`--jobs 2 spent ${fixed(c.jobs2.cpuMs / c.jobs1.cpuMs, 2)}x the CPU time of --jobs 1 for the same rows`);
  const text = reasons.join('; ');
  return ` ${text[0].toUpperCase()}${text.slice(1)}.`;
}

function pad(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

export function terminalTable(r) {
  const parts = sections(r).map((s) => `${s.title}\n${pad(s.rows.map((row) => ['  ' + row[0], row[1], row[2]]))}`);
  parts.push(`Goals\n${goals(r).map((g) => `  ${g.status.padEnd(12)}  ${g.goal}\n${' '.repeat(16)}${g.detail}`).join('\n')}`);
  return parts.join('\n\n');
}

export function markdown(r) {
  const m = r.machine;
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${r.date}. Do not edit by hand: run it again.`,
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${fixed(m.memoryGb)} GB, Node ${m.node}; load average ${m.load.map((l) => fixed(l)).join(' ')} before and ` +
      `${r.loadAfter.map((l) => fixed(l)).join(' ')} after. The machine is shared with other builds and tests: absolute times vary from run to run, ` +
      'so the figures are medians of several runs and every ratio is taken between measurements made side by side in the same run.',
    '',
    `Corpus: ${r.corpusSource}.`,
    '',
    '`npm run bench` builds the project and runs every case (about 15 minutes, most of it the 1 GB CSV); `npm run bench -- --quick` runs smaller versions for development ' +
      'and `-- --only editor,csv` picks cases (neither writes this file). `node bench/snapshot.mjs OLD/index.js NEW/index.js` compares two builds of the service on 5,663 inputs: ' +
      'a speed-up must leave every model and diagnostic unchanged.',
    '',
  ];
  for (const s of sections(r)) {
    lines.push(`## ${s.title}`, '', '| measure | value | |', '|---|---|---|', ...s.rows.map((row) => `| ${row.map((c) => String(c).trim() || ' ').join(' | ')} |`), '');
  }
  if (r.editor?.length) {
    lines.push(
      `\\* Pushed diagnostics (clients without pull diagnostics: Neovim, Emacs) wait for the server's ${r.pushDebounceMs} ms debounce after the last keystroke by design; ` +
        'the other rows time requests sent right after the keystroke, so the first of them pays for re-parsing the new text (around the edit: server/src/service/model/parse/incremental.ts). ' +
        'The server has no semantic tokens provider; folding ranges stand in for the per-keystroke structural work.',
      '',
      '\*\* The same edits timed first, right after the server started, while V8 is still compiling the code they run; the rows below them are timed afterwards, ' +
        'on the warmed server, as in a long editing session, in rounds of the same edits: each warmed row gives the median across rounds of each round\'s p50 and p95. The goals are judged on the warmed rows; the first-edit figures are given beside them.',
      '',
    );
  }
  lines.push('## Goals (issue 5)', '', '| goal | status | figures and why |', '|---|---|---|');
  for (const g of goals(r)) lines.push(`| ${g.goal} | ${g.status} | ${g.detail} |`);
  lines.push('');
  return lines.join('\n');
}
