// Synthetic cables for the benchmarks: deterministic (seeded), shaped like released cables
// (65-column lines with a trailing space, letter-spaced banners, numbered and portion-marked
// paragraphs, summaries, comments, REF citations, redactions, quotations, headings).
// Used when the real corpus is absent and for the 2 MB editor cable and the --csv input.

/** Mulberry32: a small seeded PRNG, so every run benchmarks the same text. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the government ministry officials said that would will has have been embassy ambassador meeting ' +
  'president minister foreign policy political economic security cooperation regional support ' +
  'election parliament opposition party leader program assistance trade investment agreement ' +
  'talks negotiations border military police human rights press conference local national ' +
  'international development budget plan week month year recent new further however also said ' +
  'told poloff econoff contact source according to in of on for with by from and but or not as ' +
  'at its their his her this these those which who while during after before against between ' +
  'under over about into since through including despite'
).split(' ');
// Words holding the parser's keywords (comment, note, ref, end, text) without being markers or
// citations: as rare as in real cables, so the benchmark meets them at a realistic rate.
const LOOKALIKES = 'committee commission recommended noted reform refer spend extended context endorse'.split(' ');
const POSTS = ['PANAMA', 'RANGOON', 'BANGKOK', 'ROME', 'LAGOS', 'ACCRA', 'MANILA', 'QUITO', 'STATE'];
const TAGS = ['PREL', 'PGOV', 'ECON', 'ETRD', 'PHUM', 'ELAB', 'EAID', 'PTER', 'KDEM', 'SNAR'];
const LEVELS = [
  ['C O N F I D E N T I A L', '(C)'],
  ['S E C R E T', '(S)'],
  ['UNCLAS', '(U)'],
  ['UNCLAS', '(SBU)'],
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** Words wrapped at 65 columns, each line ending with a space as in the released texts. */
function wrap(words, width = 65) {
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line + ' ');
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line + ' ');
  return lines;
}

function sentence(rand, extras) {
  const n = 8 + Math.floor(rand() * 14);
  const words = [];
  for (let i = 0; i < n; i++) words.push(pick(rand, rand() < 0.02 ? LOOKALIKES : WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  if (extras && rand() < 0.08) words.splice(1 + Math.floor(rand() * (n - 1)), 0, `(ref ${pick(rand, ['a', 'b'])})`);
  if (extras && rand() < 0.03) words.splice(1 + Math.floor(rand() * (n - 1)), 0, 'XXXXXXXXXXXX');
  return words.join(' ') + '.';
}

function paragraphWords(rand, sentences, extras = true) {
  const out = [];
  for (let i = 0; i < sentences; i++) out.push(...sentence(rand, extras).split(' '));
  return out;
}

/**
 * One cable. `paragraphs` and `sentences` set its size; `sections` repeats the banner.
 * `subitems` adds lettered subparagraphs to each paragraph; a share `unnumbered` (0-1) of the paragraphs
 * after the first are unnumbered, marked ones (`(C) text`), as in long cables. Returns the text with LF line breaks.
 */
export function generateCable({ seed = 1, sections = 1, paragraphs = 8, sentences = 5, subitems = 0, unnumbered = 0 } = {}) {
  const rand = random(seed);
  const [banner, mark] = LEVELS[Math.floor(rand() * LEVELS.length)];
  const post = pick(rand, POSTS.slice(0, -1));
  const serial = String(100 + Math.floor(rand() * 9000)).padStart(6, '0');
  const year = 2000 + Math.floor(rand() * 9);
  const yy = String(year % 100).padStart(2, '0');
  const total = String(sections).padStart(2, '0');
  const sectionLine = (n) => (sections > 1 ? `${banner} SECTION ${String(n).padStart(2, '0')} OF ${total} ${post} ${serial} ` : `${banner} ${post} ${serial} `);
  const lines = [
    'This record is a partial extract of the original cable. The full text of the original cable is not available.',
    '',
    sectionLine(1),
    '',
    'SIPDIS ',
    '',
    `DEPARTMENT FOR WHA/CEN, EAP/MLS `,
    '',
    `E.O. 12958: DECL: 0${1 + Math.floor(rand() * 9)}/1${Math.floor(rand() * 9)}/${year + 10} `,
    `TAGS: ${TAGS.slice(0, 3 + Math.floor(rand() * 4)).join(', ')} `,
    `SUBJECT: ${paragraphWords(rand, 1, false).slice(0, 8).join(' ').toUpperCase()} `,
    '',
    `REF: A. ${post} ${1000 + Math.floor(rand() * 999)} `,
    `     B. STATE ${10000 + Math.floor(rand() * 89999)} `,
    '',
    `Classified By: Ambassador John Smith for reasons 1.4 (b) and (d) `,
    '',
  ];
  const perSection = Math.ceil(paragraphs / sections);
  let number = 1;
  let written = 0;
  for (let s = 1; s <= sections; s++) {
    if (s > 1) lines.push(sectionLine(s), '', 'SIPDIS ', '');
    for (let p = 0; p < perSection && written < paragraphs; p++, written++) {
      if (p > 0 && rand() < 0.08) lines.push(paragraphWords(rand, 1, false).slice(0, 5).join(' ').toUpperCase(), '-'.repeat(20), '');
      const words = paragraphWords(rand, sentences);
      if (number === 1) words.unshift('Summary:');
      if (number === 1) words.push('End Summary.');
      if (p > 0 && rand() < 0.05) words.unshift('Comment:'), words.push('End Comment.');
      if (written > 0 && rand() < unnumbered) lines.push(...wrap([mark, ...words]));
      else lines.push(...wrap([`${number++}.`, mark, ...words]));
      if (rand() < 0.1) lines.push('', '-- ' + paragraphWords(rand, 1).join(' '));
      for (let i = 0; i < subitems; i++) lines.push('', ...wrap([`${String.fromCharCode(65 + i)}.`, ...paragraphWords(rand, 1)]));
      if (rand() < 0.03) lines.push('', 'BEGIN TEXT: ', ...wrap(paragraphWords(rand, 2)), 'END TEXT. ');
      lines.push('');
    }
  }
  lines.push('SMITH ');
  return lines.join('\n');
}

/** The editor benchmark's large cable: about 2 MB, 40,000 lines, 1,500 paragraphs, 20 sections. */
export function generateLargeCable() {
  // Paragraph numbers stop at 999 in the format: half the paragraphs go unnumbered.
  return generateCable({ seed: 2028, sections: 20, paragraphs: 1500, sentences: 9, subitems: 3, unnumbered: 0.5 });
}

/** A corpus of `count` cables of realistic sizes (1-40 KB), for machines without the real one. */
export function generateCorpus(count = 2000, seed = 7) {
  const rand = random(seed);
  const cables = [];
  for (let i = 0; i < count; i++) {
    const paragraphs = 3 + Math.floor(rand() * rand() * 40);
    const sections = 1 + Math.floor(paragraphs / 12);
    cables.push({ name: `GEN${String(i).padStart(5, '0')}.txt`, text: generateCable({ seed: seed * 100000 + i, sections, paragraphs, sentences: 3 + Math.floor(rand() * 5) }) });
  }
  return cables;
}
