// Audits every regex of syntaxes/cable.tmLanguage.json with recheck's automaton checker (exact,
// no fuzzing): exit 1 when one could backtrack super-linearly. Takes a minute or two.
//   node syntaxes/check-regex-complexity.mjs
//
// recheck reads JavaScript regexes, so each Oniguruma regex is rewritten into a form that is at
// least as slow, never faster:
// - possessive quantifiers and atomic groups become ordinary ones (the regex must be linear
//   without them; they stay in the grammar as a second line of defence);
// - `(?i:...)` becomes a plain group and the whole regex gets the `i` flag;
// - a lookbehind is modelled as what it costs Oniguruma: `(?<=Y)` consumes Y, `(?<![...])` consumes
//   a line start or one character outside the class (so "starts only after a non-word character"
//   stays true); any other lookbehind is dropped;
// - lookaheads are dropped, and every lookaround body is audited as a regex of its own: anchored
//   when the regex starts with `^` (it is then reached once per line), else searched at every
//   position, the most often Oniguruma could evaluate it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';

const grammarPath = fileURLToPath(new URL('./cable.tmLanguage.json', import.meta.url));

/** Every [json-path, regex] under match/begin/end/while keys. */
function collectRegexes(node, path = '', out = []) {
  if (Array.isArray(node)) node.forEach((child, i) => collectRegexes(child, `${path}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') out.push([`${path}/${key}`, value]);
      else collectRegexes(value, `${path}/${key}`, out);
    }
  }
  return out;
}

/** Index just past the group that opens at `start` (which points at '('). */
function groupEnd(re, start) {
  let depth = 0;
  for (let i = start; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(re, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced group in ${re}`);
}

/** Index just past the character class that opens at `start` (which points at '['). */
function classEnd(re, start) {
  let i = start + 1;
  if (re[i] === '^') i++;
  if (re[i] === ']') i++;
  for (; i < re.length; i++) {
    if (re[i] === '\\') i++;
    else if (re[i] === ']') return i + 1;
  }
  throw new Error(`unterminated class in ${re}`);
}

/** Bodies of the lookarounds in a regex, nested ones included. */
export function lookaroundBodies(re) {
  const bodies = [];
  for (let i = 0; i < re.length; i++) {
    if (re[i] === '\\') i++;
    else if (re[i] === '[') i = classEnd(re, i) - 1;
    else if (/^\(\?(?:<=|<!|=|!)/.test(re.slice(i, i + 4))) {
      const open = re[i + 2] === '<' ? 4 : 3;
      const body = re.slice(i + open, groupEnd(re, i) - 1);
      bodies.push(body, ...lookaroundBodies(body));
      i = groupEnd(re, i) - 1;
    }
  }
  return bodies;
}

/** Rewrites one Oniguruma regex into the JavaScript form described at the top of the file. */
export function toJavaScript(re) {
  let flags = '';
  let out = '';
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') {
      out += re.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      const end = classEnd(re, i);
      out += re.slice(i, end);
      i = end - 1;
    } else if (re.startsWith('(?<=', i) || re.startsWith('(?<!', i)) {
      const end = groupEnd(re, i);
      const body = re.slice(i + 4, end - 1);
      if (re[i + 3] === '=') out += `(?:${toJavaScript(body).source})`;
      else if (body.startsWith('[') && classEnd(body, 0) === body.length) {
        out += `(?:^|[${body.startsWith('[^') ? body.slice(2) : `^${body.slice(1)}`})`;
      }
      i = end - 1;
    } else if (re.startsWith('(?=', i) || re.startsWith('(?!', i)) {
      i = groupEnd(re, i) - 1;
    } else if (re.startsWith('(?>', i)) {
      out += '(?:';
      i += 2;
    } else if (re.startsWith('(?i:', i)) {
      flags = 'i';
      out += '(?:';
      i += 3;
    } else if ('*+?}'.includes(c) && re[i + 1] === '+') {
      out += c;
      i++;
    } else out += c;
  }
  return { source: out, flags };
}

async function main() {
  const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
  const regexes = collectRegexes(grammar).flatMap(([path, re]) => [
    [path, re],
    ...[...new Set(lookaroundBodies(re))].map((body) => [`${path} lookaround`, re.startsWith('^') ? `^(?:${body})` : body]),
  ]);
  const failures = [];
  const queue = [...regexes];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [path, re] = next;
      const { source, flags } = toJavaScript(re);
      const result = await check(source, flags, { checker: 'automaton', timeout: 120_000 });
      if (result.status !== 'safe') {
        const detail = result.status === 'vulnerable' ? `${result.complexity.type}, e.g. ${result.attack.pattern}` : JSON.stringify(result.error);
        failures.push(`${path}: ${result.status} (${detail})\n    ${source}`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  if (failures.length > 0) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
  console.log(`${regexes.length} regexes: all linear`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
