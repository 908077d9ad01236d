// Counts paragraph ends that run onto structure that is not the paragraph's text, over a corpus of
// real cables, from the built service (out/): a heading's line, underline or a title line above it
// (framed by a rule, or after a blank line following a finished sentence), a line between two rules
// that frame a title across blank lines, a rule, the signature's line, a printed page break, or a
// line of a later paragraph. Exit status 1 when any is found.
//
// Usage: node scripts/paragraph-ends.mjs [CORPUS_DIR] [--list]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const corpus = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'corpus', 'dev');
if (!existsSync(corpus)) {
  console.error(`paragraph-ends: no corpus at ${corpus}`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { parseCable } = require(join(root, 'out', 'server', 'src', 'service', 'index.js'));
const { isPageBreakLine, isUnderline, matchParagraphStart } = require(join(root, 'out', 'server', 'src', 'service', 'model', 'parse', 'lineKinds.js'));

const blank = (text) => !text.trim();

/** As the parser's isTitleLike: most longer words capitalised. */
function titleLike(text) {
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  if (!words.length) return /[A-Z]/.test(text);
  return words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}

/**
 * Whether line `e`, the end of a paragraph starting at `s`, is one of the title lines right above the
 * heading at `e + 1`: up to four under a rule, or after blank lines under a rule, up to two after
 * blank lines following a finished sentence (as the parser's titleStart).
 */
function isTitleLine(lines, s, e, headingLines) {
  if (!headingLines.has(e + 1)) return false;
  const mayBeTitle = (t) => !blank(t) && t.trim().length <= 80 && !/\.\s*$/.test(t) && !isUnderline(t) && !isPageBreakLine(t);
  let b = e + 1;
  while (b - 1 > s && e + 1 - b < 4 && mayBeTitle(lines[b - 1])) b--;
  if (b === e + 1) return false;
  if (isUnderline(lines[b - 1])) return true;
  if (!blank(lines[b - 1])) return false;
  let t = b - 1;
  while (t > s && blank(lines[t])) t--;
  const ruled = isUnderline(lines[t]);
  if (!ruled && e + 1 - b > 2) return false;
  return (ruled || /[.:?!"')\]\u201d]\s*$/.test(lines[t])) && titleLike(lines.slice(b, e + 1).join(' '));
}

/** Lines a framed title, the blank lines around it and a page break may take between its two rules. */
const MAX_FRAME_LINES = 12;

/**
 * The rule nearest line `e` going by `step` (-1 up, +1 down), crossing only blank lines and short
 * lines that are no paragraph start, or -1.
 */
function ruleFrom(lines, e, step) {
  for (let i = e + step, n = 0; i >= 0 && i < lines.length && n < MAX_FRAME_LINES; i += step, n++) {
    const t = lines[i];
    if (isUnderline(t)) return i;
    if (!blank(t) && (t.trim().length > 80 || matchParagraphStart(t))) return -1;
  }
  return -1;
}

/**
 * Whether line `e`, the end of a paragraph starting at `s`, lies between two rules that frame a
 * title, the top one inside the paragraph (`-----` / blank / `TITLE` / blank / `-----`): the paragraph
 * ran across the top rule onto the title (or a page header beside it). The text between the rules
 * is up to five lines that read as a title.
 */
function isFramedTitleLine(lines, s, e) {
  if (isUnderline(lines[e]) || blank(lines[e]) || matchParagraphStart(lines[e])) return false;
  const top = ruleFrom(lines, e, -1);
  if (top <= s) return false;
  const bottom = ruleFrom(lines, e, 1);
  if (bottom < 0) return false;
  const text = lines.slice(top + 1, bottom).filter((t) => !blank(t) && !isPageBreakLine(t));
  return text.length > 0 && text.length <= 5 && titleLike(text.join(' '));
}

const kinds = { heading: [], rule: [], signature: [], 'page break': [], 'later paragraph': [] };
let cables = 0, paragraphs = 0;
for (const name of readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort()) {
  const text = readFileSync(join(corpus, name), 'utf8');
  const model = parseCable(text, { fileName: name });
  const lines = model.lines.lines;
  const headingLines = new Set(model.headings.map((h) => h.range.start.line));
  const underlines = new Set(model.headings.filter((h) => h.underline).map((h) => h.underline.start.line));
  cables++;
  model.paragraphs.forEach((p, i) => {
    paragraphs++;
    const s = p.range.start.line;
    const e = p.range.end.line;
    const where = `${name}:${s + 1}-${e + 1}`;
    if (headingLines.has(e) || underlines.has(e) || isTitleLine(lines, s, e, headingLines) || isFramedTitleLine(lines, s, e)) kinds.heading.push(where);
    if (e > s && isUnderline(lines[e])) kinds.rule.push(where);
    if (model.signature?.range.start.line === e) kinds.signature.push(where);
    if (isPageBreakLine(lines[e]) || blank(lines[e])) kinds['page break'].push(where);
    const next = model.paragraphs[i + 1];
    if (next && e >= next.range.start.line) kinds['later paragraph'].push(where);
  });
}
let total = 0;
console.log(`${cables} cables, ${paragraphs} paragraphs; ends on:`);
for (const [kind, found] of Object.entries(kinds)) {
  total += found.length;
  console.log(`  ${kind}: ${found.length}`);
  if (list) for (const where of found) console.log(`    ${where}`);
}
process.exit(total ? 1 : 0);
