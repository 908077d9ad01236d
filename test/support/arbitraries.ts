// fast-check generators for the robustness suite: real cables (the shared corpus when present,
// else the project's seeds and fixtures), mutated line by line, and random text built from cable
// fragments and arbitrary code units. Every generated case prints as a short recipe, so a failing
// counterexample can be replayed by hand.
import * as fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
/** The shared corpus next to the checkout (CI), or wherever CABLE_CORPUS_DIR says (a scratch worktree). */
export const CORPUS_DIR = process.env.CABLE_CORPUS_DIR ?? join(REPO_ROOT, '..', 'shared', 'corpus', 'dev');

export interface CableSource {
  name: string;
  text: string;
}

function cableFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...cableFilesUnder(path));
    else if (/\.(txt|cable)$/i.test(name)) found.push(path);
  }
  return found;
}

/**
 * `count` real cables picked evenly from the sorted corpus (the same ones on every run), or the
 * project's seeds and test fixtures when the corpus is not there.
 */
export function sampleCables(count: number): { origin: string; cables: CableSource[] } {
  const corpus = cableFilesUnder(CORPUS_DIR);
  if (corpus.length) {
    const step = Math.max(1, corpus.length / count);
    const picked: string[] = [];
    for (let i = 0; i < count && Math.floor(i * step) < corpus.length; i++) picked.push(corpus[Math.floor(i * step)]);
    return { origin: `${picked.length} of ${corpus.length} corpus cables`, cables: picked.map(read) };
  }
  const local = [...cableFilesUnder(join(REPO_ROOT, 'seeds')), ...cableFilesUnder(join(REPO_ROOT, 'test', 'fixtures'))];
  return { origin: `${local.length} seed and fixture cables (no corpus at ${CORPUS_DIR})`, cables: local.map(read) };
}

function read(path: string): CableSource {
  return { name: relative(REPO_ROOT, path), text: readFileSync(path, 'utf8') };
}

/** Lines that drive the parser and the rules into their interesting states, good and bad. */
export const CABLE_FRAGMENTS: readonly string[] = [
  'This record is a partial extract of the original cable. The full text of the original cable is not available.',
  '"70254","7/5/2006 10:07","06BANGKOK3955","Embassy Bangkok","SECRET//NOFORN","",',
  'VZCZCXRO1234',
  'PP RUEHC',
  'DE RUEHBK #3955/01 1860710',
  'ZNY CCCCC ZZH',
  'ZNY SSSSS ZZH',
  'ZNR UUUUU ZZH',
  'P 051007Z JUL 06',
  'R 321299Z FOO 06',
  'FM AMEMBASSY BANGKOK',
  'TO SECSTATE WASHDC 7233',
  'C O N F I D E N T I A L SECTION 01 OF 04 PANAMA 001700',
  'C O N F I D E N T I A L SECTION 03 OF 02 PANAMA 001700',
  'S E C R E T STATE 012345',
  'SS E C R E T SECTION 01 OF 01 STATE 012345',
  'UNCLAS SECTION 01 OF 02 GABORONE 003355',
  'UNCLASSIFIED GABORONE 003355',
  'CONFIDENTIAL',
  'confidential rangoon 001422',
  'T O P  S E C R E T STATE 000001',
  'SIPDIS',
  'NOFORN',
  'SENSITIVE',
  'EXDIS',
  'DEPARTMENT FOR WHA/CEN WHA/AND',
  'E.O. 12958: DECL: 06/28/2014',
  'E.O. 12958: N/A',
  'EO 12958 DECL 13/45/2014',
  'E.O.12598: DECL: OADR',
  'E.O. 13526: DECL: 2O13',
  'E. O. 12356: DECL: X1',
  'TAGS: PREL, PGOV, ECON, ETRD, PM',
  'TAGS PHUMPGOV PREL PREL',
  'TAGS: OVIP (RICE, CONDOLEEZZA), KPAO',
  'TAGS:',
  'SUBJECT: WHERE IS PANAMA\'S NEW GOVERNMENT HEADING?',
  'SUBJ: (S) A SECRET SUBJECT',
  'SUBJECT:',
  'REF: A. PANAMA 1537',
  '     B. PANAMA 1116',
  '     B. PANAMA 1117',
  'REF: (A) Montreal 1093 02, (B) STATE 12',
  'Classified By: AMBASSADOR LINDA WATT FOR REASONS 1.5 (B) AND (D).',
  'CLASSIFIED BY: POLOFF FOR REASONS 1.4 (h) and (z)',
  'CONFIDENTIAL - ENTIRE TEXT',
  '1. (C) Summary: The minister met the delegation (ref b). End Summary.',
  '1. (U) First paragraph, per REF A and REFTEL C.',
  '2. (SBU) Second paragraph.',
  '\u00b62. (S//NF) Pilcrow paragraph.',
  '11. (U) Garbled pilcrow.',
  '3. ( C ) Spaced mark.',
  '4. C) Half mark.',
  '5. (CONFIDENTIAL) Spelled-out mark.',
  '7. No mark at all.',
  '99. (TS) Far jump.',
  '(C) Unnumbered marked paragraph.',
  'A. A lettered subparagraph.',
  '-- A dashed bullet.',
  'BEGIN TEXT:',
  'END TEXT.',
  'Summary: A summary starts here.',
  'End Summary.',
  'END SUMMARY',
  'SUMMARY',
  '-------',
  '=======',
  'Comment: Our view.',
  'End Comment.',
  '(Comment: inline. End comment.)',
  'End Note.',
  'XXXXXXXXXXXX',
  'PAGE 02 HARARE 06677 01 OF 03 291400Z',
  'RAGSDALE',
  '',
  ' ',
];

export type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';

/** One edit of a cable, as data so a counterexample reads as a recipe. */
export type Mutation =
  | { op: 'deleteLine'; at: number }
  | { op: 'duplicateLine'; at: number }
  | { op: 'swapLines'; at: number; with: number }
  | { op: 'insertLine'; at: number; text: string }
  | { op: 'replaceLine'; at: number; text: string }
  | { op: 'insertText'; at: number; column: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'longLine'; at: number; length: number; unit: string }
  | { op: 'nul'; at: number; column: number }
  | { op: 'lowercaseLine'; at: number }
  | { op: 'eol'; style: Eol }
  | { op: 'bom' };

/** Any UTF-16 code unit, lone surrogates included: editors hand such text over too. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: codeUnit, maxLength: 6 }),
  fc.constantFrom('\u00b6', '\u2014', '\u201c', '\ufeff', '\u0000', '\t', '\r', '\n', '\u2028', '\u00a0', 'e\u0301', '\ud83d\ude00', '\ud800'),
);
const fragment = fc.constantFrom(...CABLE_FRAGMENTS);
/** Positions are fractions of the document, so one recipe fits any cable. */
const where = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: where.map((at) => ({ op: 'deleteLine' as const, at })) },
  { weight: 2, arbitrary: where.map((at) => ({ op: 'duplicateLine' as const, at })) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('swapLines' as const), at: where, with: where }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insertLine' as const), at: where, text: fragment }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('replaceLine' as const), at: where, text: fragment }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insertText' as const), at: where, column: where, text: oddText }) },
  { weight: 1, arbitrary: where.map((at) => ({ op: 'truncate' as const, at })) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('longLine' as const), at: where, length: fc.integer({ min: 1000, max: 20000 }), unit: fc.constantFrom('A', 'X', ' ', 'A ', '(C) ', 'REF A ', '\u00b6') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('nul' as const), at: where, column: where }) },
  { weight: 1, arbitrary: where.map((at) => ({ op: 'lowercaseLine' as const, at })) },
  { weight: 1, arbitrary: fc.constantFrom<Eol>('crlf', 'cr', 'mixed').map((style) => ({ op: 'eol' as const, style })) },
  { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
);

const EOLS: Record<Exclude<Eol, 'mixed'>, string> = { lf: '\n', crlf: '\r\n', cr: '\r' };

/** Splits on any line break, keeping nothing of the breaks. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function withEol(text: string, style: Eol): string {
  const lines = splitLines(text);
  if (style !== 'mixed') return lines.join(EOLS[style]);
  return lines.reduce((out, line, i) => (i === 0 ? line : out + ['\n', '\r\n', '\r'][i % 3] + line), '');
}

export function applyMutation(text: string, m: Mutation): string {
  const lines = splitLines(text);
  const pick = (f: number) => Math.min(lines.length - 1, Math.floor(f * lines.length));
  const join = (ls: string[]) => ls.join('\n');
  switch (m.op) {
    case 'deleteLine':
      if (lines.length > 1) lines.splice(pick(m.at), 1);
      return join(lines);
    case 'duplicateLine':
      lines.splice(pick(m.at), 0, lines[pick(m.at)]);
      return join(lines);
    case 'swapLines': {
      const [a, b] = [pick(m.at), pick(m.with)];
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return join(lines);
    }
    case 'insertLine':
      lines.splice(pick(m.at), 0, m.text);
      return join(lines);
    case 'replaceLine':
      lines[pick(m.at)] = m.text;
      return join(lines);
    case 'insertText': {
      const i = pick(m.at);
      const col = Math.floor(m.column * (lines[i].length + 1));
      lines[i] = lines[i].slice(0, col) + m.text + lines[i].slice(col);
      return join(lines);
    }
    case 'truncate':
      return text.slice(0, Math.floor(m.at * text.length));
    case 'longLine':
      lines.splice(pick(m.at), 0, m.unit.repeat(Math.ceil(m.length / m.unit.length)));
      return join(lines);
    case 'nul': {
      const i = pick(m.at);
      const col = Math.floor(m.column * (lines[i].length + 1));
      lines[i] = lines[i].slice(0, col) + '\0' + lines[i].slice(col);
      return join(lines);
    }
    case 'lowercaseLine':
      lines[pick(m.at)] = lines[pick(m.at)].toLowerCase();
      return join(lines);
    case 'eol':
      return withEol(text, m.style);
    case 'bom':
      return '\ufeff' + text;
  }
}

function describeMutation(m: Mutation): string {
  const pct = (f: number) => `${Math.floor(f * 100)}%`;
  switch (m.op) {
    case 'eol':
      return `eol(${m.style})`;
    case 'bom':
      return 'bom';
    case 'swapLines':
      return `swapLines(${pct(m.at)}, ${pct(m.with)})`;
    case 'insertLine':
    case 'replaceLine':
      return `${m.op}(${pct(m.at)}, ${JSON.stringify(m.text)})`;
    case 'insertText':
      return `insertText(${pct(m.at)}, col ${pct(m.column)}, ${JSON.stringify(m.text)})`;
    case 'longLine':
      return `longLine(${pct(m.at)}, ${JSON.stringify(m.unit)} x ${m.length})`;
    case 'nul':
      return `nul(${pct(m.at)}, col ${pct(m.column)})`;
    default:
      return `${m.op}(${pct(m.at)})`;
  }
}

/** A generated document and how it was made. */
export interface TextCase {
  recipe: string;
  text: string;
}

function textCase(recipe: string, text: string): TextCase {
  // fast-check prints counterexamples with this method: the recipe, not 10 KB of text.
  return { recipe, text, [fc.toStringMethod]: () => `${recipe} (${text.length} chars)` } as TextCase;
}

/** A real cable, untouched or after up to `maxMutations` mutations. */
export function mutatedCable(cables: readonly CableSource[], maxMutations = 6): fc.Arbitrary<TextCase> {
  return fc
    .record({ cable: fc.constantFrom(...cables), mutations: fc.array(mutationArb, { maxLength: maxMutations }) })
    .map(({ cable, mutations }) =>
      textCase([cable.name, ...mutations.map(describeMutation)].join(' | '), mutations.reduce(applyMutation, cable.text)),
    );
}

/** Text with no cable behind it: fragments, random code units and random line breaks. */
export const randomText: fc.Arbitrary<TextCase> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 3000 }).map((t) => textCase('random unicode', t)),
  fc.string({ unit: codeUnit, maxLength: 1000 }).map((t) => textCase('random code units', t)),
  fc
    .array(fc.oneof({ weight: 4, arbitrary: fragment }, { weight: 1, arbitrary: oddText }), { maxLength: 80 })
    .chain((lines) => fc.constantFrom<Eol>('lf', 'crlf', 'cr', 'mixed').map((eol) => textCase(`${lines.length} fragment lines, ${eol}`, withEol(lines.join('\n'), eol)))),
);

/** Mutated real cables, mostly, and random text. */
export function anyText(cables: readonly CableSource[]): fc.Arbitrary<TextCase> {
  return fc.oneof({ weight: 3, arbitrary: mutatedCable(cables) }, { weight: 1, arbitrary: randomText });
}

/** fast-check parameters: a fixed seed so CI is reproducible; FC_SEED=... explores other cases. */
export function runParameters(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20061004;
  return { numRuns, seed, endOnFailure: false };
}
