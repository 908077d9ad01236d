// Editor latency and memory in the real language server over stdio.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { random } from './generate.mjs';
import { BenchClient } from './lsp.mjs';
import { median, percentile } from './stats.mjs';

/** The server's debounce for pushed diagnostics (server/src/lsp/scheduler.ts). */
export const PUSH_DEBOUNCE_MS = 200;

/** `count` edit positions spread over the text's non-blank lines, the same every run. */
function editPositions(text, count, seed) {
  const lines = text.split(/\r\n|\r|\n/);
  const candidates = lines.map((l, i) => [l, i]).filter(([l]) => l.trim());
  const rand = random(seed);
  return Array.from({ length: count }, () => {
    const [line, i] = candidates[Math.floor(rand() * candidates.length)];
    return { line: i, character: Math.floor(rand() * (line.length + 1)) };
  });
}

const summary = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), n: values.length });

/**
 * p50 and p95 of each round of edits, and the median of those across the rounds: a burst of other
 * work on the shared machine spoils one round's tail, not the figure.
 */
const medianOfRounds = (rounds) => {
  const each = rounds.map(summary);
  return { p50: median(each.map((r) => r.p50)), p95: median(each.map((r) => r.p95)), n: rounds[0].length, rounds: rounds.length };
};

/**
 * For each request kind: type one character at a random position, send the request at once, and
 * time from the keystroke to the answer. The first request after a keystroke pays for parsing the
 * new text, as in an editor. Diagnostics are pulled (LSP 3.17, as VS Code does).
 */
async function pullLatencies(uri, text, edits, rounds) {
  const client = await BenchClient.start({ pull: true });
  try {
    await client.open(uri, text);
    const first = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    const result = { cold: [], diagnostics: [], symbols: [], codeActions: [], folding: [], initialDiagnostics: first.items?.length ?? 0 };
    for (const kind of Object.keys(result).filter((k) => k !== 'cold' && k !== 'initialDiagnostics')) result[kind] = Array.from({ length: rounds }, () => []);
    const requests = {
      diagnostics: () => client.request('textDocument/diagnostic', { textDocument: { uri } }),
      symbols: () => client.request('textDocument/documentSymbol', { textDocument: { uri } }),
      codeActions: (at) => client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } }),
      folding: () => client.request('textDocument/foldingRange', { textDocument: { uri } }),
    };
    // The first keystrokes after the server starts run code V8 has not optimised yet: timed on
    // their own (`cold`), then every kind is timed on the warmed server, as in a long editing
    // session, in `rounds` rounds of the same edits.
    for (const at of edits) {
      const start = performance.now();
      await client.type(uri, at, 'e');
      await requests.diagnostics();
      result.cold.push(performance.now() - start);
    }
    for (let round = 0; round < rounds; round++) {
      for (const [kind, send] of Object.entries(requests)) {
        for (const at of edits) {
          const start = performance.now();
          await client.type(uri, at, 'e');
          await send(at);
          result[kind][round].push(performance.now() - start);
        }
      }
    }
    return result;
  } finally {
    await client.stop();
  }
}

/** Pushed diagnostics (Neovim, Emacs): keystroke to publishDiagnostics, debounce included. */
async function pushLatencies(uri, text, edits) {
  const client = await BenchClient.start({ pull: false });
  try {
    await client.open(uri, text);
    await client.diagnosticsArrived(uri, 1);
    const times = [];
    for (const at of edits) {
      const start = performance.now();
      const version = await client.type(uri, at, 'e');
      times.push((await client.diagnosticsArrived(uri, version)) - start);
    }
    return times;
  } finally {
    await client.stop();
  }
}

/** Latencies on one cable: p50/p95 per request kind (on the warmed server, medians of `rounds` rounds). */
export async function editorLatency(cable, editCount, rounds = 1, seed = 5) {
  const uri = pathToFileURL(`/bench/${cable.name}`).href;
  const edits = editPositions(cable.text, editCount, seed);
  const pull = await pullLatencies(uri, cable.text, edits, rounds);
  const push = await pushLatencies(uri, cable.text, edits);
  return {
    cold: summary(pull.cold),
    diagnostics: medianOfRounds(pull.diagnostics),
    symbols: medianOfRounds(pull.symbols),
    codeActions: medianOfRounds(pull.codeActions),
    folding: medianOfRounds(pull.folding),
    push: summary(push),
    initialDiagnostics: pull.initialDiagnostics,
  };
}

function statusKb(pid, field) {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? +m[1] : NaN;
}

/** Server RSS with `count` cables open and checked (pushed diagnostics received for each). */
export async function serverMemory(cables) {
  const client = await BenchClient.start({ pull: false });
  try {
    const idle = statusKb(client.pid, 'VmRSS');
    const uris = cables.map((c) => pathToFileURL(`/bench/${c.name}`).href);
    for (let i = 0; i < cables.length; i++) await client.open(uris[i], cables[i].text);
    await Promise.all(uris.map((uri) => client.diagnosticsArrived(uri, 1)));
    // Let the server settle (timers, a GC) before reading its memory.
    await new Promise((r) => setTimeout(r, 1500));
    return {
      open: cables.length,
      bytes: cables.reduce((n, c) => n + Buffer.byteLength(c.text), 0),
      idleRssMb: idle / 1024,
      rssMb: statusKb(client.pid, 'VmRSS') / 1024,
      peakRssMb: statusKb(client.pid, 'VmHWM') / 1024,
    };
  } finally {
    await client.stop();
  }
}
