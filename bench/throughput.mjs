// Lint throughput of the pure service over a corpus held in memory, against the floor: the same
// texts merely split into lines (LF, CRLF and CR, as the service splits them), in the same process.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';
import { random } from './generate.mjs';
import { median, timeMs } from './stats.mjs';

const require = createRequire(import.meta.url);

export function loadService() {
  return require(join(ROOT, 'out', 'server', 'src', 'service', 'index.js'));
}

/** Two steps inside the parse, timed alone to show where its time goes (not the public API). */
function loadParseSteps() {
  const service = join(ROOT, 'out', 'server', 'src', 'service');
  return { LineIndex: require(join(service, 'text', 'lines.js')).LineIndex, lineKeywords: require(join(service, 'model', 'parse', 'keywords.js')).lineKeywords };
}

/**
 * Rounds of: split floor, parse only, parse + lint, and three parts of the parse's cost: the
 * service cutting lines, finding the keywords, and (for scale) a JavaScript loop that only reads
 * each character once. Each round's times are divided by that round's floor, so a busy machine
 * slows numerator and denominator alike; the medians are reported.
 */
export function lintThroughput(corpus, rounds) {
  const service = loadService();
  const vocabulary = service.createVocabulary();
  const bytes = corpus.reduce((n, c) => n + Buffer.byteLength(c.text), 0);
  const split = () => {
    for (const c of corpus) c.text.split(/\r\n|\r|\n/);
  };
  const parse = () => {
    for (const c of corpus) service.parseCable(c.text, { fileName: c.name });
  };
  const lint = () => {
    for (const c of corpus) service.lintText(c.text, { fileName: c.name, vocabulary });
  };
  const { LineIndex, lineKeywords } = loadParseSteps();
  const cut = () => {
    for (const c of corpus) new LineIndex(c.text);
  };
  const keywords = () => {
    for (const c of corpus) lineKeywords(new LineIndex(c.text));
  };
  // Folded into a variable the closure keeps, so the loop cannot be optimised away.
  let sink = 0;
  const readEveryCharacter = () => {
    for (const c of corpus) for (let i = 0; i < c.text.length; i++) sink ^= c.text.charCodeAt(i);
  };
  // Warm up: let the JIT settle before anything is timed.
  for (let i = 0; i < 2; i++) {
    split();
    lint();
    keywords();
    readEveryCharacter();
  }
  const floorMs = [];
  const parseMs = [];
  const lintMs = [];
  const cutMs = [];
  const keywordsMs = [];
  const readMs = [];
  for (let r = 0; r < rounds; r++) {
    floorMs.push(timeMs(split));
    parseMs.push(timeMs(parse));
    lintMs.push(timeMs(lint));
    cutMs.push(timeMs(cut));
    keywordsMs.push(timeMs(keywords));
    readMs.push(timeMs(readEveryCharacter));
  }
  const ratio = (times) => median(times.map((t, i) => t / floorMs[i]));
  const mbps = (times) => bytes / 1e6 / (median(times) / 1000);
  return {
    cables: corpus.length,
    bytes,
    floorMBps: mbps(floorMs),
    lintMBps: mbps(lintMs),
    parseMBps: mbps(parseMs),
    ratio: ratio(lintMs),
    parseRatio: ratio(parseMs),
    rulesRatio: ratio(lintMs.map((t, i) => t - parseMs[i])),
    cutRatio: ratio(cutMs),
    keywordsRatio: ratio(keywordsMs.map((t, i) => t - cutMs[i])),
    readRatio: ratio(readMs),
  };
}

/**
 * The work under an edit, in this process: a whole parse and the rules (the fastest of `runs`),
 * and the editor's re-parse after a one-character edit at a random position (the median of `edits`).
 */
export function serviceWork(cable, runs = 10, edits = 50) {
  const service = loadService();
  const vocabulary = service.createVocabulary();
  let parseMs = Infinity;
  let lintMs = Infinity;
  for (let i = 0; i < runs; i++) {
    let model;
    parseMs = Math.min(parseMs, timeMs(() => (model = service.parseCable(cable.text, { fileName: cable.name }))));
    lintMs = Math.min(lintMs, timeMs(() => service.lintModel(model, { vocabulary })));
  }
  const options = { fileName: cable.name };
  let model = service.parseCableForEditing(cable.text, options);
  let text = cable.text;
  const rand = random(17);
  const reparse = [];
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * text.length);
    text = text.slice(0, at) + 'e' + text.slice(at);
    reparse.push(timeMs(() => (model = service.reparseCable(model, text, options))));
  }
  return { parseMs, lintMs, reparseMs: median(reparse) };
}
