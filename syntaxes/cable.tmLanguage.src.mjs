// Readable source of syntaxes/cable.tmLanguage.json (TextMate grammar for diplomatic cables).
// Regenerate with `node syntaxes/build-grammar.mjs`; `--check` fails when the JSON is stale.
//
// Rules of the road for every regex here (Oniguruma, as VS Code runs it):
// - linear time: no two ways to match the same text inside a repeat, so even without the
//   possessive quantifiers below nothing backtracks super-linearly. A merged pattern is tried
//   like its rules one after the other, plus lookaheads at one position. Checks:
//   test/robustness/regex.safety.test.ts (recheck on every pattern, attack strings replayed);
//   test/grammar/grammar-hang.test.ts tokenizes pathological lines on every test run;
// - never write `{n,m}+`: in Oniguruma's syntax that is a repeat of a repeat, not possessive;
// - `^`-anchored rules for line structure, cheap inline rules for the rest, and no capture with
//   `patterns` in an inline rule: vscode-textmate copies the line up to each such capture;
// - speed: vscode-oniguruma searches a line with all the patterns of the current rule list at
//   once, each costing some setup and a try at every position its first characters allow. So
//   the lists are short (rules merged with `alternation`, line rules in `lineGroup`s, body lines
//   in one region), and each merged pattern opens with a lookahead for its first characters,
//   computed from the rules (`withFirstCharacters`). `npm run bench -- --only grammar` compares
//   the grammar with VS Code's Markdown grammar.
//
// Colours: each classification level gets a base scope that stock themes already colour, in
// the spirit of the U.S. marking colours (U green, CUI/SBU purple, C blue, S red, TS red+bold),
// plus an innermost `markup.portion.<level>` / `markup.classification.<level>` scope that no
// stock theme colours, so a theme or `editor.tokenColorCustomizations` can target one level.

/**
 * The `while` of a region that ends with its line. It never matches; Oniguruma rules out the
 * absent \\uFFFF with one quick search, where a bare (?!) would be tried at every position.
 */
const UNTIL_LINE_END = '\\uFFFF(?!)';

/** Joins alternatives into one non-capturing group. */
const any = (...alternatives) => `(?:${alternatives.join('|')})`;

/** A word as typed in letter-spaced banners: `C O N F I D E N T I A L`, `T O P  S E C R E T`. */
const spaced = (phrase) =>
  phrase
    .split(' ')
    .map((word) => word.split('').join('[ ]?'))
    .join('[ ]{1,3}');

const LEVELS = ['unclassified', 'sbu', 'lou', 'confidential', 'secret', 'topsecret'];

/** Scope names shown for a level; `kind` is `portion` or `classification`. */
function levelScope(level, kind) {
  const base = {
    unclassified: [`markup.inserted.${kind}.cable`],
    sbu: [`keyword.control.${kind}.cable`],
    lou: [`keyword.control.${kind}.cable`],
    confidential: [`markup.changed.${kind}.cable`],
    secret: [`markup.deleted.${kind}.cable`],
    topsecret: [`markup.deleted.${kind}.cable`, `markup.bold.${kind}.cable`],
  }[level];
  return [...base, `markup.${kind}.${level}.cable`].join(' ');
}

// ---------------------------------------------------------------------------------------------
// Portion marks: (U) (SBU) (LOU) (C) (S) (TS), with dissemination suffixes (S//NF) (S N/F)
// (S-NF) (U//FOUO) (SBU/N) (S//REL TO USA, GBR). The level is the first word.

/** Words that open a mark of each level, upper case (the strict form). */
const PORTION_LEVEL_WORDS = {
  unclassified: ['U', 'UNCLAS', 'UNCLASSIFIED'],
  sbu: ['SBU'],
  lou: ['LOU', 'LIMITED OFFICIAL USE'],
  confidential: ['C', 'CONFIDENTIAL'],
  secret: ['S', 'SECRET'],
  topsecret: ['TS', 'TOP SECRET'],
};
// Suffix: separator then one word; words are maximal letter runs, so each text parses one way.
const PORTION_SUFFIX = `(?:${any('[ ]?/{1,2}[ ]?', '-', ',[ ]?', '[ ]')}[A-Z][A-Z0-9]*+)*+`;
const PORTION_SUFFIX_ANY_CASE = `(?:${any('[ ]?/{1,2}[ ]?', '-', ',[ ]?', '[ ]')}[A-Za-z][A-Za-z0-9]*+)*+`;

/** Strict mark, upper case and tight, recognised anywhere in the text. */
const strictPortion = (level) =>
  `(?<![\\w)])\\(${any(...PORTION_LEVEL_WORDS[level].map((w) => w.replace(/ /g, '[ ]')))}${PORTION_SUFFIX}\\)`;

/** Lenient mark: any case, inner spaces: `(c)`, `( C )`. Only used where a paragraph starts. */
const lenientPortion = (levelWords) =>
  `\\([ \\t]?+(?i:${any(...levelWords.map((w) => w.replace(/ /g, '[ ]')))})${PORTION_SUFFIX_ANY_CASE}[ \\t]?+\\)`;
const LENIENT_PORTION_ANY = lenientPortion(Object.values(PORTION_LEVEL_WORDS).flat());

// ---------------------------------------------------------------------------------------------
// Banner: `C O N F I D E N T I A L SECTION 01 OF 04 PANAMA 001700`, `UNCLAS GABORONE 003355`.

const BANNER_LEVELS = {
  sbu: `UNCLAS(?:SIFIED)?+[ ]{1,3}SENSITIVE`,
  unclassified: `${spaced('UNCLAS')}(?:[ ]?${spaced('SIFIED')})?+`,
  lou: spaced('LIMITED OFFICIAL USE'),
  confidential: spaced('CONFIDENTIAL'),
  topsecret: spaced('TOP SECRET'),
  secret: spaced('SECRET'),
};
const BANNER_LEVEL_ORDER = ['sbu', 'unclassified', 'lou', 'confidential', 'topsecret', 'secret'];
const CAPTION_WORDS = [
  'SIPDIS', 'NOFORN', 'EXDIS', 'NODIS', 'LIMDIS', 'STADIS', 'SENSITIVE', 'NOCONTRACT', 'ORCON',
  'PROPIN', 'NOTAL', 'CHEROKEE', 'FOUO', 'SBU', 'DECAPTIONED',
  'CORRECTED[ ]COPY', 'ROGER[ ]CHANNEL', 'FOR[ ]OFFICIAL[ ]USE[ ]ONLY', 'E[ ]?F[ ]?T[ ]?O',
  'NOT[ ]RELEASABLE[ ]TO[ ]FOREIGN[ ]NATIONALS', 'ENTIRE[ ]TEXT', 'NIACT[ ]IMMEDIATE',
];
const CAPTION = `${any(...CAPTION_WORDS)}(?![\\w])`;
// Captions separated by blanks, commas, slashes or dashes; separators never start a caption.
const CAPTION_RUN = `(?:[ \\t,/-]*+${CAPTION})++`;
// On the banner line itself: one caption, `/NOFORN`, `- ENTIRE TEXT`, `E F T O`.
const BANNER_CAPTION = `${any(
  'NOFORN', 'NOT[ ]RELEASABLE[ ]TO[ ]FOREIGN[ ]NATIONALS', 'ENTIRE[ ]TEXT', 'E[ ]?F[ ]?T[ ]?O', 'SIPDIS',
  'EXDIS', 'NODIS', 'LIMDIS', 'FOR[ ]OFFICIAL[ ]USE[ ]ONLY',
)}(?![\\w])`;
// A post is capitalised words: `RANGOON`, `HO CHI MINH CITY`, `USUN NEW YORK`.
const POST = `[A-Z][A-Z'.-]*+(?:[ ][A-Z][A-Z'.-]*+)*+`;

// The level opens the banner when the rest of the line has a banner's shape: nothing, a caption
// (`/NOFORN`, `- ENTIRE TEXT`), or upper-case words ending in numbers (SECTION, post, serial).
const BANNER_CHARS = "[A-Z \\t/.,'-]";
const BANNER_SHAPE = any(
  '[ \\t.]*+$',
  '[ \\t]*+(?://?|-)',
  `[ \\t]++${BANNER_CAPTION}`,
  `${BANNER_CHARS}*+\\d++(?:${BANNER_CHARS}++\\d++)*+[ \\t.]*+$`,
);
const bannerBegin =
  '^[ \\t]*+' +
  any(...BANNER_LEVEL_ORDER.map((level) => `(${BANNER_LEVELS[level]})`)) + // 1-6
  `(?![A-Za-z])(?=${BANNER_SHAPE})`;
const bannerLevelCaptures = Object.fromEntries(
  BANNER_LEVEL_ORDER.map((level, i) => [String(i + 1), { name: levelScope(level, 'classification') }]),
);

// ---------------------------------------------------------------------------------------------
// Routing header (ACP-127 / ACP-126).

const MONTH = '(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
// Inline patterns that start with a digit say [0-9], not \\d: Oniguruma's \\d also takes other
// scripts' digits, and a pattern that can start with a non-ASCII character gets no first-character
// table, so Oniguruma tries it at every position of every line. (The language server's \\d is
// [0-9] too.)
const DTG = `(?<![\\w])[0-9]{6}Z[ ]++${MONTH}[ ]++(?:[0-9]{4}|[0-9]{2})(?![\\w])`;
const ROUTING_INDICATOR = 'R[A-Z]{3,6}';
const PRECEDENCE_WORDS = '(?<![\\w])(?:FLASH|IMMEDIATE|PRIORITY|ROUTINE|NIACT)(?![\\w])';
// Addressees that can follow TO/INFO; keeps body lines that start with "TO " out.
const ADDRESSEE_START = any(
  `${ROUTING_INDICATOR}/`, 'SECSTATE', 'SECDEF', 'AMEMBASSY', 'AMCONSUL', 'USMISSION', 'USINT',
  'USDEL', 'USEU', 'USNATO', 'USUN', 'NSC', 'CIA', 'DIA', 'JCS', 'DEPT', 'WHITE[ ]HOUSE',
);

// ---------------------------------------------------------------------------------------------
// References: letters, cable ids.

// A letter opens an item at line start or after `:` `;` `,`; with a pilcrow (`¶B.`) anywhere.
const REF_LETTER =
  any('(?:^|(?<=[:;,]))[ \\t]*+(?:(¶)[ ]?+)?', '(?<=[ \\t])(¶)[ ]?+') +
  any('(\\()([A-Z])(\\))', '([A-Z])([.)])') +
  '(?=[ \\t]|$)';
const CITATION_COMPACT = '(?<![\\w])[0-9]{2}[A-Z]{3,}[0-9]{1,6}(?![\\w])';
const CITATION_STATE = '(?<![\\w])(?:[0-9]{2}[ ])?(?:SECSTATE|STATE)[ ][0-9]{2,6}(?![\\w/])';
const CITATION_IN_PARENS = '(?<=\\()(?:[0-9]{2}[ ])?[A-Z]{3,}(?:[ ][A-Z]{3,}){0,3}[ ][0-9]{3,6}(?=\\))';
// In-text citations: `(ref b)`, `REFS A AND B`, `as ref (C) makes clear`.
const REFERENCE_WORD = '(?i:reftels?+|refs?+)';
const REF_LETTER_WORD = "(?:\\((?i:[a-z])\\)|(?i:[a-z])(?![\\w'’]))";
// Bounded blanks: the separator is looked ahead for after each letter.
const REF_LETTER_SEPARATOR = '(?:[ \\t]{0,3},[ \\t]{0,3}|[ \\t]{1,3}(?i:and|&)[ \\t]{1,3})';
// In a REF list any capitalised place + number is a citation: `Montreal 1093 02`, `TEL AVIV 42`.
const CITATION_IN_REF_LIST =
  '(?<![\\w])(?:\\d{2}[ ]++)?[A-Z][A-Za-z]++(?:[ ][A-Z][A-Za-z]++){0,3}[ ]++\\d{1,6}(?![\\w/])(?:[ ]\\d{2}(?![\\w/]))?';

// ---------------------------------------------------------------------------------------------
// Markers inside the body.

const END_MARKER = (word) => `(?<![\\w])(?i:end[ \\t]++(?:of[ \\t]++)?${word})(?![\\w])[ \\t]*+\\.?+`;
// A start word counts when it does not follow another word ("the following comment:").
const START_MARKER = (words) => `(?<![\\w])(?<![A-Za-z,;][ \\t])${any(...words)}[ \\t]*+[:.]`;

// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Merging rules. The scanner tries every pattern of a rule list at each position and keeps the
// earliest match, the first listed on a tie; an alternation of the same patterns in the same order
// matches the same text, in one search instead of one per pattern.

/** Number of capturing groups in a pattern (this grammar has no named groups). */
function groupCount(pattern) {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && pattern[i + 1] !== '?') count++;
  }
  return count;
}

/**
 * One pattern matching what the `match` rules match, in their order, with their scopes as captures:
 * a rule's `name` becomes a group around its pattern, its own captures shift behind it.
 */
function alternation(rules) {
  const parts = [];
  const captures = {};
  let groups = 0;
  for (const { name, match, captures: own = {} } of rules) {
    if (name) captures[++groups] = { name };
    for (const [group, capture] of Object.entries(own)) captures[groups + Number(group)] = capture;
    parts.push(name ? `(${match})` : `(?:${match})`);
    groups += groupCount(match);
  }
  return { pattern: parts.join('|'), captures };
}

// Markers inside the body, in text.
const MARKERS = [
  { name: 'keyword.control.summary.end.cable', match: END_MARKER('summary(?:[ \\t]++and[ \\t]++comment)?+') },
  { name: 'keyword.control.comment.end.cable', match: END_MARKER('comment') },
  { name: 'keyword.control.note.end.cable', match: END_MARKER('note') },
  { name: 'keyword.control.quote.end.cable', match: '(?<![\\w])(?i:end[ \\t]++(?:(?:unofficial|informal)[ \\t]++)?(?:text|quote|translation))(?![\\w])[ \\t]*+\\.?+' },
  { name: 'keyword.control.quote.begin.cable', match: '(?<![\\w])(?i:begin[ \\t]++(?:(?:unofficial|informal)[ \\t]++)?(?:text|quote|translation))(?![\\w])[ \\t]*+[:.]?+' },
  { name: 'keyword.control.summary.begin.cable', match: '(?<![\\w])BEGIN[ ]SUMMARY(?![\\w])[ \\t]*+[:.]?+' },
  { name: 'keyword.control.summary.begin.cable', match: START_MARKER(['Summary(?:[ ]and[ ]Comment)?+', 'SUMMARY(?:[ ]AND[ ]COMMENT)?+']) },
  { name: 'keyword.control.comment.begin.cable', match: START_MARKER(['Comment', 'COMMENT']) },
  { name: 'keyword.control.note.begin.cable', match: START_MARKER(['Note', 'NOTE']) },
  { name: 'keyword.control.comment.begin.cable', match: '(?<=\\()(?i:comment)[ \\t]*+[:.]' },
  { name: 'keyword.control.note.begin.cable', match: '(?<=\\()(?i:note)[ \\t]*+[:.]' },
];

// `SECTION nn OF mm`: the words, the section's number and the count.
const SECTION_MARKER_CAPTURES = {
  1: { name: 'keyword.other.section.cable' },
  2: { name: 'constant.numeric.section.cable' },
  3: { name: 'keyword.other.section.cable' },
  4: { name: 'constant.numeric.section.cable' },
};

const SECTION_MARKER_INLINE = {
  comment: 'Outside the banner only zero-padded markers, so "SECTION 2 OF THE ACT" stays text',
  name: 'meta.section-marker.cable',
  match: '(?<![\\w])(SECTION)[ ]++(\\d{2})[ ]++(OF)[ ]++(\\d{2})(?![\\w])',
  captures: SECTION_MARKER_CAPTURES,
};

const CITATION_MATCHES = [
  { name: 'keyword.other.reference.cable', match: `(?<![\\w])(?:${REFERENCE_WORD}|(?i:septels?+))(?![\\w])` },
  { name: 'markup.underline.link.cable-id.cable', match: CITATION_COMPACT },
  { name: 'markup.underline.link.cable-id.cable', match: CITATION_STATE },
  { name: 'markup.underline.link.cable-id.cable', match: CITATION_IN_PARENS },
];

/**
 * Characters a case-insensitive pattern may match where it has an ASCII letter: both cases, and
 * the characters whose case mapping starts with that letter (ſ for s, K for k, ß for ss...).
 */
const CASE_VARIANTS = new Map();
for (let code = 0; code <= 0xffff; code++) {
  const c = String.fromCharCode(code);
  for (const mapped of [c, c.toLowerCase(), c.toUpperCase()]) {
    const letter = mapped[0].toLowerCase();
    if (/[a-z]/.test(letter)) {
      if (!CASE_VARIANTS.has(letter)) CASE_VARIANTS.set(letter, new Set());
      CASE_VARIANTS.get(letter).add(c);
    }
  }
}
const caseVariants = (letter) => CASE_VARIANTS.get(letter.toLowerCase());

/**
 * The characters that can stand where a match of `pattern` starts, for the constructs this grammar
 * uses (lookbehinds and negative lookaheads are skipped: the set may be larger than needed, never
 * smaller). Throws when that character is unbounded (\\d, \\w, `.`, a negated class, or nothing
 * required at all).
 */
function firstChars(pattern) {
  let i = 0;
  const fail = (why) => {
    throw new Error(`firstChars: ${why} at ${i} in ${pattern}`);
  };
  const ANY = null;
  const letterOrSelf = (c, ci) => (ci && /[A-Za-z]/.test(c) ? caseVariants(c) : new Set([c]));
  const escaped = () => {
    const c = pattern[i++];
    if ('bBGAzZ'.includes(c)) return { chars: new Set(), nullable: true };
    if ('dDwWsShHR'.includes(c)) return { chars: ANY, nullable: false };
    if (c === 't') return { chars: new Set(['\t']), nullable: false };
    if (c === 'n') return { chars: new Set(['\n']), nullable: false };
    if (c === 'u') return { chars: new Set([String.fromCharCode(parseInt(pattern.slice(i, (i += 4)), 16))]), nullable: false };
    if (/[A-Za-z0-9]/.test(c)) fail(`escape \\${c}`);
    return { chars: new Set([c]), nullable: false };
  };
  const charClass = (ci) => {
    if (pattern[i] === '^') return { chars: ANY, nullable: false, end: pattern.indexOf(']', i + 2) + 1 };
    const chars = new Set();
    while (pattern[i] !== ']') {
      let c = pattern[i++];
      if (c === '[') fail('nested class');
      if (c === '\\') {
        const item = escaped();
        if (item.chars === ANY) return { chars: ANY, nullable: false, end: pattern.indexOf(']', i) + 1 };
        c = [...item.chars][0];
      }
      if (pattern[i] === '-' && pattern[i + 1] !== ']') {
        const last = pattern[i + 1] === '\\' ? pattern[i + 2] : pattern[i + 1];
        i += pattern[i + 1] === '\\' ? 3 : 2;
        for (let code = c.charCodeAt(0); code <= last.charCodeAt(0); code++) letterOrSelf(String.fromCharCode(code), ci).forEach((x) => chars.add(x));
      } else letterOrSelf(c, ci).forEach((x) => chars.add(x));
    }
    i++;
    return { chars, nullable: false };
  };
  const quantifierAllowsNone = () => {
    let none = false;
    if ('?*'.includes(pattern[i])) (none = true), i++;
    else if (pattern[i] === '+') i++;
    else if (pattern[i] === '{') {
      const close = pattern.indexOf('}', i);
      none = /^\{(0|,)/.test(pattern.slice(i, close + 1));
      i = close + 1;
    } else return false;
    if ('?+'.includes(pattern[i])) i++;
    return none;
  };
  const atom = (ci) => {
    const c = pattern[i++];
    if (c === '(') {
      let zeroWidth = false;
      let ahead = false;
      let inner = ci;
      if (pattern[i] === '?') {
        const kind = pattern.slice(i, i + 3);
        if (kind.startsWith('?<=') || kind.startsWith('?<!')) (zeroWidth = true), (i += 3);
        else if (kind.startsWith('?=')) (ahead = true), (i += 2);
        else if (kind.startsWith('?!')) (zeroWidth = true), (i += 2);
        else if (kind.startsWith('?:') || kind.startsWith('?>')) i += 2;
        else if (kind === '?i:') (inner = true), (i += 3);
        else fail('group kind');
      }
      const result = alternatives(inner);
      if (pattern[i++] !== ')') fail('unclosed group');
      // A lookahead bounds the character at the start even of an empty match.
      if (ahead) return { chars: result.nullable ? new Set() : result.chars, nullable: true, bounds: !result.nullable };
      return zeroWidth ? { chars: new Set(), nullable: true } : result;
    }
    if (c === '[') return charClass(ci);
    if (c === '\\') return escaped();
    if (c === '^' || c === '$') return { chars: new Set(), nullable: true };
    if (c === '.') return { chars: ANY, nullable: false };
    return { chars: letterOrSelf(c, ci), nullable: false };
  };
  const sequence = (ci) => {
    let chars = new Set();
    let nullable = true;
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      const item = atom(ci);
      if (item.end) i = item.end;
      const optional = quantifierAllowsNone();
      if (nullable) {
        chars = chars === ANY || item.chars === ANY ? ANY : new Set([...chars, ...item.chars]);
        nullable = (item.nullable || optional) && !item.bounds;
      }
    }
    return { chars, nullable };
  };
  const alternatives = (ci) => {
    let { chars, nullable } = sequence(ci);
    while (pattern[i] === '|') {
      i++;
      const next = sequence(ci);
      chars = chars === ANY || next.chars === ANY ? ANY : new Set([...chars, ...next.chars]);
      nullable ||= next.nullable;
    }
    return { chars, nullable };
  };
  const { chars, nullable } = alternatives(false);
  if (i !== pattern.length) fail('unbalanced )');
  if (chars === ANY || nullable) fail('unbounded first character');
  return chars;
}

/**
 * A lookahead for one of `chars`. Oniguruma builds a first-byte table from it and skips the other
 * positions quickly; the ASCII characters go in a class, the others in alternatives of their own,
 * since one multibyte character in the class spoils the table.
 */
function aheadOneOf(chars) {
  const codes = [...chars].map((c) => c.charCodeAt(0)).sort((x, y) => x - y);
  const ascii = codes.filter((code) => code < 0x80);
  const text = (code) => {
    const c = String.fromCharCode(code);
    return '\\]^-['.includes(c) ? `\\${c}` : c === '\t' ? '\\t' : c;
  };
  let set = '';
  for (let k = 0; k < ascii.length; k++) {
    let end = k;
    while (ascii[end + 1] === ascii[end] + 1) end++;
    set += end - k >= 2 ? `${text(ascii[k])}-${text(ascii[end])}` : ascii.slice(k, end + 1).map(text).join('');
    k = end;
  }
  const others = codes.filter((code) => code >= 0x80).map((code) => String.fromCharCode(code));
  return `(?=${[...(set ? [`[${set}]`] : []), ...others].join('|')})`;
}

/** The pattern behind a lookahead for the characters it can start with (see `aheadOneOf`). */
const withFirstCharacters = (pattern) => `${aheadOneOf(firstChars(pattern))}${pattern}`;

/** Rules whose patterns all start with `lookbehind`, as one rule that tests it once. */
function sharing(lookbehind, rules) {
  const merged = alternation(
    rules.map((rule) => {
      if (!rule.match.startsWith(lookbehind)) throw new Error(`does not start with ${lookbehind}: ${rule.match}`);
      return { ...rule, match: rule.match.slice(lookbehind.length) };
    }),
  );
  return { match: `${lookbehind}(?:${merged.pattern})`, captures: merged.captures };
}

/** The pattern with its capturing groups made non-capturing, to test it inside a lookaround. */
function nonCapturing(pattern) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') out += c + pattern[++i];
    else {
      if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      out += c === '(' && !inClass && pattern[i + 1] !== '?' ? '(?:' : c;
    }
  }
  return out;
}

const AFTER_PAREN = '(?<=\\()';

/**
 * A rule written to start right after "(" rewritten to take the "(" in, unscoped, so that Oniguruma
 * finds it through the rare "(" rather than trying every letter or digit. It then starts one
 * character earlier than before, where only rules that begin with "(" can start; the rules listed
 * before it that can start on one of its first characters must still win right after the "(", so
 * they are ruled out there.
 */
function takingParen({ name, match }, earlier) {
  if (!match.startsWith(AFTER_PAREN)) throw new Error(`does not start after "(": ${match}`);
  const first = firstChars(match);
  const rivals = earlier.map((rule) => rule.begin ?? rule.match).filter((pattern) => [...firstChars(pattern)].some((c) => first.has(c)));
  return { match: `\\((?!${rivals.map(nonCapturing).join('|')})(${match.slice(AFTER_PAREN.length)})`, captures: { 1: { name } } };
}

// Line prefixes of body text; the rest of the line is inline markup (see `body-line`).
const BODY_LINE_PREFIXES = [
  {
    comment: '1. (C) / ¶2. (U) / garbled pilcrow "- 11." -- the mark may be lower case or spaced',
    match:
      '[ \\t]*+' +
      any('(¶)[ ]?+', '(-)[ ](?=\\d)') +
      `?(\\d{1,3}\\.)(?=[ \\t]|$)(?:[ \\t]++(${LENIENT_PORTION_ANY}))?`,
    captures: {
      1: { name: 'punctuation.definition.pilcrow.cable' },
      2: { name: 'punctuation.definition.pilcrow.garbled.cable' },
      3: { name: 'constant.numeric.paragraph.cable' },
      4: { patterns: [{ include: '#portion-mark-lenient' }] },
    },
  },
  {
    match: `[ \\t]*+(--?+|[–—])(?=[ \\t])(?:[ \\t]++(${LENIENT_PORTION_ANY}))?`,
    captures: {
      1: { name: 'punctuation.definition.list.begin.cable' },
      2: { patterns: [{ include: '#portion-mark-lenient' }] },
    },
  },
  {
    comment: 'A. (C) text -- a subparagraph letter counts only when a portion mark follows',
    match: `[ \\t]*+(?:(¶)[ ]?+)?([A-Z]\\.)[ \\t]++(${LENIENT_PORTION_ANY})`,
    captures: {
      1: { name: 'punctuation.definition.pilcrow.cable' },
      2: { name: 'constant.character.subparagraph.cable' },
      3: { patterns: [{ include: '#portion-mark-lenient' }] },
    },
  },
  {
    match: `[ \\t]*+(?:(¶)[ ]?+)?(${LENIENT_PORTION_ANY})`,
    captures: {
      1: { name: 'punctuation.definition.pilcrow.cable' },
      2: { patterns: [{ include: '#portion-mark-lenient' }] },
    },
  },
];
const BODY_LINE = alternation(BODY_LINE_PREFIXES);

const repository = {
  // Header ------------------------------------------------------------------------------------
  preamble: {
    name: 'comment.line.preamble.cable',
    match: '^[ \\t]*+This record is a partial extract of the original cable\\..*+$',
  },
  'page-header': {
    comment: 'Page headers of teletype-era cables: PAGE 02 HARARE 06677 01 OF 03 291400Z',
    name: 'comment.line.page-header.cable',
    match: '^[ \\t]*+PAGE[ ]++\\d{2,3}[ ]++[A-Z][A-Z ]*?[ ]\\d{2,6}(?:[ ]++\\d{2}[ ]++OF[ ]++\\d{2})?(?:[ ]++\\d{6}Z)?',
  },
  'routing-header': {
    patterns: [
      {
        name: 'meta.routing.start.cable',
        match: '^[ \\t]*+(VZCZC)([A-Z0-9]*+)[ \\t]*+$',
        captures: { 1: { name: 'keyword.other.acp127.cable' }, 2: { name: 'constant.other.channel.cable' } },
      },
      {
        comment: 'PP RUEHC',
        name: 'meta.routing.precedence.cable',
        match: `^[ \\t]*+(ZZ|OO|PP|RR|Z|O|P|R)[ ]++(${ROUTING_INDICATOR}(?:[ ]++${ROUTING_INDICATOR})*+)[ \\t]*+$`,
        captures: { 1: { name: 'keyword.other.precedence.cable' }, 2: { name: 'variable.other.routing-indicator.cable' } },
      },
      {
        comment: 'DE RUEHBK #3955/01 1860710',
        name: 'meta.routing.origin.cable',
        match: `^[ \\t]*+(DE)[ ]++(${ROUTING_INDICATOR})[ ]++(#)(\\d{1,5})(?:(/)(\\d{2}))?(?:[ ]++(\\d{7}))?[ \\t]*+$`,
        captures: {
          1: { name: 'keyword.other.acp127.cable' },
          2: { name: 'variable.other.routing-indicator.cable' },
          3: { name: 'punctuation.definition.serial.cable' },
          4: { name: 'constant.numeric.serial.cable' },
          5: { name: 'punctuation.separator.section.cable' },
          6: { name: 'constant.numeric.section.cable' },
          7: { name: 'constant.numeric.dtg.cable' },
        },
      },
      {
        comment: 'ZNY CCCCC ZZH: the transmission security level',
        name: 'meta.routing.security.cable',
        match: '^[ \\t]*+(ZNY|ZNR)[ ]++(?:(UUUUU|EEEEE)|(CCCCC)|(SSSSS)|(TTTTT))(?:[ ]++(ZZH))?[ \\t]*+$',
        captures: {
          1: { name: 'keyword.other.acp127.cable' },
          2: { name: levelScope('unclassified', 'classification') },
          3: { name: levelScope('confidential', 'classification') },
          4: { name: levelScope('secret', 'classification') },
          5: { name: levelScope('topsecret', 'classification') },
          6: { name: 'keyword.other.acp127.cable' },
        },
      },
      {
        comment: 'P 051007Z JUL 06',
        name: 'meta.routing.dtg.cable',
        begin: `^[ \\t]*+(ZZ|OO|PP|RR|Z|O|P|R|M)[ ]++(?=\\d{6}Z[ ])`,
        beginCaptures: { 1: { name: 'keyword.other.precedence.cable' } },
        end: '$',
        patterns: [{ include: '#dtg' }],
      },
      {
        comment: 'FM AMEMBASSY MADRID / TO RUEHC/SECSTATE WASHDC PRIORITY 8478 / INFO ...',
        name: 'meta.routing.address.cable',
        begin: `^[ \\t]*+` + any(`(FM)[ ]++(?=[A-Z]{2})`, `(TO|INFO|XMT)[ ]++(?=${ADDRESSEE_START})`),
        beginCaptures: { 1: { name: 'keyword.other.routing.cable' }, 2: { name: 'keyword.other.routing.cable' } },
        end: '$',
        patterns: [{ include: '#routing-address-parts' }],
      },
      {
        comment: 'Continuation: RUEHBO/AMEMBASSY BOGOTA PRIORITY 4871',
        name: 'meta.routing.address.cable',
        begin: `^[ \\t]*+(?=${ROUTING_INDICATOR}/)`,
        end: '$',
        patterns: [{ include: '#routing-address-parts' }],
      },
      {
        name: 'meta.routing.break.cable',
        match: '^[ \\t]*+(BT|NNNN)[ \\t]*+$',
        captures: { 1: { name: 'keyword.other.acp127.cable' } },
      },
    ],
  },
  'routing-address-parts': {
    patterns: [
      {
        match: `(?<![\\w])(${ROUTING_INDICATOR})(/)`,
        captures: { 1: { name: 'variable.other.routing-indicator.cable' }, 2: { name: 'punctuation.separator.routing.cable' } },
      },
      { name: 'keyword.other.precedence.cable', match: PRECEDENCE_WORDS },
      {
        comment: 'The serial ends the line; trailing blanks are consumed, a lookahead would rescan them',
        match: '(?<![\\w])(\\d{1,5})[ \\t]*+$',
        captures: { 1: { name: 'constant.numeric.serial.cable' } },
      },
    ],
  },
  dtg: { name: 'constant.numeric.dtg.cable', match: DTG },

  banner: {
    comment: 'C O N F I D E N T I A L SECTION 01 OF 04 PANAMA 001700 | UNCLAS DUBAI 00181 | CONFIDENTIAL - ENTIRE TEXT',
    name: 'meta.banner.cable',
    begin: bannerBegin,
    beginCaptures: bannerLevelCaptures,
    end: '$',
    patterns: [
      { include: '#section-marker' },
      { name: 'storage.modifier.caption.cable', match: `(?<![\\w])${BANNER_CAPTION}` },
      { name: 'constant.other.page-code.cable', match: '(?<![\\w])PT[A-Z]\\d{1,6}(?![\\w])' },
      // Section marker and captions are matched first, so the remaining words are the post.
      { name: 'entity.name.type.post.cable', match: `(?<![\\w])${POST}` },
      { name: 'constant.numeric.serial.cable', match: '(?<![\\w])\\d{1,6}(?![\\w])' },
    ],
  },
  'section-marker': {
    name: 'meta.section-marker.cable',
    match: '(?<![\\w])(SECTION)[ \\t]++(\\d{1,3})[ \\t]++(OF)[ \\t]++(\\d{1,3})(?![\\w])',
    captures: SECTION_MARKER_CAPTURES,
  },
  'caption-line': {
    comment: 'A line made only of captions: SIPDIS, NOFORN, CORRECTED COPY, E F T O ...',
    name: 'meta.captions.cable',
    begin: `^(?=${CAPTION_RUN}[ \\t.]*+$)`,
    end: '$',
    patterns: [{ include: '#caption-word' }],
  },
  'caption-word': { name: 'storage.modifier.caption.cable', match: `(?<![\\w])${CAPTION}` },
  'caption-inline': {
    comment: 'Captions that also show up mid-text: SIPDIS as an artifact, CORRECTED COPY - SUPERSEDES ...',
    name: 'storage.modifier.caption.cable',
    match: '(?<![\\w])(?:SIPDIS|NOFORN|EXDIS|NODIS|LIMDIS|STADIS|CORRECTED[ ]COPY)(?![\\w])',
  },

  'eo-line': {
    comment: 'E.O. 12958: DECL: 11/02/2014 | EO 12958 DECL: OADR | E.O. 12958: N/A | DECL ON: X1',
    name: 'meta.eo-line.cable',
    begin:
      '^[ \\t]*+' +
      any('(E\\.[ ]?+O\\.?+|EO)(?=[ \\t]*+[\\d:])[ \\t]*+(\\d{4,6})?+[ \\t]*+([:;])?+', '(?=DECL(?:[ ]ON)?[ \\t]*+:)'),
    beginCaptures: {
      1: { name: 'keyword.other.eo.cable' },
      2: { name: 'constant.numeric.eo-number.cable' },
      3: { name: 'punctuation.separator.key-value.cable' },
    },
    end: '$',
    patterns: [
      {
        match: '(?<![\\w])(DECL(?:[ ]ON)?|DNG)(?![\\w])[ \\t]*+(:)?',
        captures: { 1: { name: 'keyword.other.decl.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
      },
      { name: 'constant.language.not-applicable.cable', match: '(?<![\\w])N/A(?![\\w])' },
      { name: 'constant.numeric.decl-date.cable', match: '(?<![\\w/])\\d{1,4}/\\d{1,2}/\\d{2,4}(?![\\w/])' },
      {
        name: 'constant.language.decl-instruction.cable',
        match:
          '(?<![\\w.])' +
          any('OADR', 'MR', 'GDS', 'XGDS(?:-[1-4])?', 'RDS(?:-[1-3])?', 'XDS(?:-[1-4])?', '(?:1\\.6[ ]?)?(?:25|50)?X[1-9](?:-(?:HUM|WMD))?') +
          '(?![\\w])',
      },
    ],
  },

  tags: {
    comment: 'TAGS: PREL, PGOV, ECON -- may wrap; the seeds put SUBJECT on the same line',
    name: 'meta.tags.cable',
    begin: '^[ \\t]*+(TAGS?)(?![\\w])[ \\t]*+(:)?',
    beginCaptures: { 1: { name: 'keyword.other.tags.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
    while: '^(?=[ \\t]*+(?!SUBJ)(?:[A-Z][A-Z0-9/]{1,9}[ \\t]*+,|\\([A-Z]|[A-Z]{2,6}[ \\t]*+$))',
    patterns: [
      { include: '#subject-inline' },
      { name: 'string.unquoted.tag-person.cable', match: '\\([^()\\n]*+\\)' },
      { name: 'entity.name.tag.code.cable', match: '(?<![\\w/])[A-Za-z][A-Za-z0-9]*+(?:/[A-Za-z0-9]++)*+' },
      { name: 'punctuation.separator.comma.cable', match: ',' },
    ],
  },
  'subject-inline': {
    name: 'meta.subject.cable',
    begin: '(?<![\\w])(SUBJECT|SUBJ)(:)',
    beginCaptures: { 1: { name: 'keyword.other.subject.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
    end: '$',
    contentName: 'string.unquoted.subject.cable',
    patterns: [{ include: '#subject-content' }],
  },
  subject: {
    comment: 'SUBJECT: text, continued on following lines until a blank line or the next block',
    name: 'meta.subject.cable',
    begin: `^[ \\t]*+(SUBJECT|SUBJ|Subject)[ \\t]*+(:)?(?:[ \\t]++(${LENIENT_PORTION_ANY}))?`,
    beginCaptures: {
      1: { name: 'keyword.other.subject.cable' },
      2: { name: 'punctuation.separator.key-value.cable' },
      3: { patterns: [{ include: '#portion-mark-lenient' }] },
    },
    while:
      '^(?=[ \\t]*+\\S)(?![ \\t]*+' +
      any('REF', 'Ref', 'Classified', 'CLASSIFIED', 'E\\.[ ]?O\\.', 'EO[ ]\\d', 'TAGS', '(?:¶[ ]?)?\\d{1,3}\\.', '\\(', '-{2}', '={2}', 'Summary', 'SUMMARY', 'PAGE[ ]\\d', 'C[ ]O[ ]N', 'S[ ]E[ ]C', 'UNCLAS', 'CONFIDENTIAL') +
      ')',
    contentName: 'string.unquoted.subject.cable',
    patterns: [{ include: '#subject-content' }],
  },

  'ref-block': {
    comment: 'REF: A. RANGOON 1370 / B. RANGOON 1357 -- continued on lettered or indented lines',
    name: 'meta.ref-block.cable',
    begin:
      '^[ \\t]*+(REF(?:TELS?|S|ERENCES?)?+|Refs?+|Reftels?+|References?+)' +
      any('[ \\t]*+(:)', '(?=[ \\t]++(?:[A-Z][.)]|\\([A-Z]\\))[ \\t])'),
    beginCaptures: { 1: { name: 'keyword.other.ref.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
    while:
      '^(?![ \\t]*+(?:Classified|CLASSIFIED|(?:¶[ ]?)?\\d{1,3}\\.))' +
      any('(?=[ \\t]++\\S)', `(?=[ \\t]*+(?:¶[ ]?+)?(?:[A-Z][.)]|\\([A-Z]\\))[ \\t])`),
    patterns: [
      {
        name: 'meta.ref-letter.cable',
        match: REF_LETTER,
        captures: {
          1: { name: 'punctuation.definition.pilcrow.cable' },
          2: { name: 'punctuation.definition.pilcrow.cable' },
          3: { name: 'punctuation.definition.ref-letter.cable' },
          4: { name: 'variable.other.ref-letter.cable' },
          5: { name: 'punctuation.definition.ref-letter.cable' },
          6: { name: 'variable.other.ref-letter.cable' },
          7: { name: 'punctuation.definition.ref-letter.cable' },
        },
      },
      { include: '#caption-inline' },
      { include: '#redaction' },
      { name: 'markup.underline.link.cable-id.cable', match: CITATION_COMPACT },
      { name: 'markup.underline.link.cable-id.cable', match: CITATION_IN_REF_LIST },
    ],
  },

  'classified-by': {
    comment: 'Classified By: NAME for Reasons 1.4 (b,d) -- reasons may wrap to the next line',
    name: 'meta.classified-by.cable',
    begin: '^[ \\t]*+((?:Classified|CLASSIFIED)[ ]++(?:By|BY|by))(?![\\w])[ \\t]*+(:)?',
    beginCaptures: { 1: { name: 'keyword.other.classified-by.cable' }, 2: { name: 'punctuation.separator.key-value.cable' } },
    while:
      '^(?=[ \\t]*+' +
      any('\\(?[a-hA-H]\\)[ \\t.]*+(?:(?i:and)(?![\\w])|,|$)', '\\([a-hA-H][ ,/]', '(?i:reasons?)(?![\\w])', '1\\.[3-6](?!\\d)', '(?i:and)[ ]++\\(?[a-hA-H](?![\\w])') +
      ')',
    patterns: [{ include: '#classification-reason' }],
  },
  'reason-line': {
    comment: 'A Reason: line on its own (some cables split it from Classified By)',
    name: 'meta.classified-by.cable',
    begin: '^(?=[ \\t]*+(?i:reasons?)[ \\t]*+(?::[ \\t]*+)?1\\.[3-6](?!\\d))',
    end: '$',
    patterns: [{ include: '#classification-reason' }],
  },
  'classification-reason': {
    patterns: [
      { name: 'keyword.other.reason.cable', match: '(?<![\\w])(?i:reasons?)(?![\\w])' },
      {
        name: 'meta.reason.cable',
        begin: '(?<![\\d.])(1\\.[3-6])(?![\\d])',
        beginCaptures: { 1: { name: 'constant.numeric.reason-section.cable' } },
        end: '$',
        patterns: [{ name: 'constant.character.reason-letter.cable', match: '(?<![A-Za-z])[a-hA-H](?![A-Za-z])' }],
      },
      {
        match: '\\(([a-hA-H])\\)',
        captures: { 1: { name: 'constant.character.reason-letter.cable' } },
      },
      { include: '#redaction' },
    ],
  },

  // Body --------------------------------------------------------------------------------------
  'heading-underline': {
    comment: 'TextMate sees one line at a time: the underline is scoped, the text above cannot be',
    name: 'markup.heading.underline.cable',
    match: '^[ \\t]*+(?:-{3,}|={3,}|_{3,})[ \\t]*+$',
  },
  'marker-heading': {
    comment: 'SUMMARY / COMMENT alone on a line (often underlined) opens that block',
    match: '^[ \\t]*+(?:(SUMMARY|Summary)|(COMMENT|Comment))[ \\t]*+(?::[ \\t]*+)?$',
    captures: { 1: { name: 'keyword.control.summary.begin.cable' }, 2: { name: 'keyword.control.comment.begin.cable' } },
  },
  'portion-mark-strict': {
    patterns: LEVELS.map((level) => ({ name: levelScope(level, 'portion'), match: strictPortion(level) })),
  },
  'portion-mark-lenient': {
    patterns: LEVELS.map((level) => ({ name: levelScope(level, 'portion'), match: lenientPortion(PORTION_LEVEL_WORDS[level]) })),
  },

  'citation-region': {
    comment:
      'In-text: (ref b), REF A AND B, Ref. C, REFTELS A, B. A region rather than a capture with ' +
      'patterns: vscode-textmate copies the line for each such capture, quadratic on long lines',
    name: 'meta.citation.cable',
    begin: withFirstCharacters(`(?<![\\w])(${REFERENCE_WORD})(?![\\w])(\\.?+)(?=[ \\t]{1,3}${REF_LETTER_WORD})`),
    beginCaptures: { 1: { name: 'keyword.other.reference.cable' } },
    // Closes right after a letter that no further letter follows; the lookahead in `begin`
    // guarantees such a letter on the same line.
    end: `(?:(?<=[ \\t,&][A-Za-z])|(?<=\\([A-Za-z]\\)))(?![\\w'’])(?!${REF_LETTER_SEPARATOR}${REF_LETTER_WORD})`,
    patterns: [
      {
        match: '(?<![\\w])(\\()([A-Za-z])(\\))',
        captures: {
          1: { name: 'punctuation.definition.ref-letter.cable' },
          2: { name: 'variable.other.ref-letter.cable' },
          3: { name: 'punctuation.definition.ref-letter.cable' },
        },
      },
      { name: 'variable.other.ref-letter.cable', match: "(?<![\\w(])[A-Za-z](?![\\w'’])" },
    ],
  },
  redaction: { name: 'comment.other.redaction.cable', match: '(?<![A-Za-z])(?>X{4,})(?![A-Za-z])' },
};

const WORD_START = '(?<![\\w])';
const PORTION_START = '(?<![\\w)])';
const patternOf = (rule) => rule.begin ?? rule.match;
const CITATION_REGION = repository['citation-region'];

/** Whether a pattern of `one` can start on a character a pattern of `other` can start on. */
function startTogether(one, other) {
  const first = new Set(other.flatMap((pattern) => [...firstChars(pattern)]));
  return one.some((pattern) => [...firstChars(pattern)].some((c) => first.has(c)));
}

/**
 * The patterns for inline rules given in the order they were written. The scanner gets up to
 * three: the citation region, which starts at a "ref" word, where none of the rules written before
 * it can start; the rules that start a word; and those that start at "(" or X. Rules that start on
 * different characters never match at the same position, so only the order of the rules within
 * each pattern matters, kept as written, except that the portion marks go before the rules taken
 * from "(". Two patterns rather than one: each try costs in proportion to the captures of the
 * pattern, and the second one is tried at few positions.
 */
function inlinePatterns(rules) {
  const writtenBefore = (rule) => rules.slice(0, rules.indexOf(rule));
  const startingWith = (start) => rules.filter((rule) => rule !== CITATION_REGION && patternOf(rule).startsWith(start));
  const grouped = [WORD_START, PORTION_START, AFTER_PAREN].flatMap(startingWith);
  const parenRules = [
    ...(startingWith(PORTION_START).length ? [sharing(PORTION_START, startingWith(PORTION_START))] : []),
    ...startingWith(AFTER_PAREN).map((rule) => takingParen(rule, writtenBefore(rule))),
  ];
  const ungrouped = rules.filter((rule) => rule !== CITATION_REGION && !grouped.includes(rule));
  const words = sharing(WORD_START, startingWith(WORD_START));
  const others = alternation([...parenRules, ...ungrouped]);
  const region = rules.includes(CITATION_REGION);
  if (
    (region && startTogether([patternOf(CITATION_REGION)], writtenBefore(CITATION_REGION).map(patternOf))) ||
    startTogether(ungrouped.map(patternOf), parenRules.map(patternOf)) ||
    startTogether([words.match], [others.pattern])
  ) {
    throw new Error('inline patterns that can start on the same character are out of order');
  }
  return [
    ...(region ? [{ include: '#citation-region' }] : []),
    { match: withFirstCharacters(words.match), captures: words.captures },
    { match: withFirstCharacters(`(?:${others.pattern})`), captures: others.captures },
  ];
}

// Inline markup, in the order the rules were written: markers, portion marks, the citation
// region, citations, DTGs, redactions, section markers, captions.
repository.inline = {
  patterns: inlinePatterns([
    ...MARKERS,
    ...repository['portion-mark-strict'].patterns,
    CITATION_REGION,
    ...CITATION_MATCHES,
    repository.dtg,
    repository.redaction,
    SECTION_MARKER_INLINE,
    repository['caption-inline'],
  ]),
};
// On a SUBJECT line: portion marks, redactions, citations.
repository['subject-content'] = {
  patterns: inlinePatterns([...repository['portion-mark-strict'].patterns, repository.redaction, CITATION_REGION, ...CITATION_MATCHES]),
};

/** The begin or match patterns of the rules, through includes and pattern lists. */
const patternsOf = (rules) =>
  rules.flatMap((rule) => {
    const target = rule.include ? repository[rule.include.slice(1)] : rule;
    return target.begin ?? target.match ?? patternsOf(target.patterns);
  });

/**
 * What any of the rules matches at the start of a line, for a lookahead there (their patterns
 * all start with ^). After the blanks a line may open with, one of a few characters must follow:
 * that is looked for first, so most lines are ruled out at once.
 */
function anyOfLineRules(rules) {
  const BLANKS = '[ \\t]*+';
  const afterBlanks = patternsOf(rules).map((pattern) => {
    const body = nonCapturing(pattern.slice(1));
    if (!pattern.startsWith('^')) throw new Error(`a line rule starts elsewhere: ${pattern}`);
    if (body.startsWith(BLANKS)) return body.slice(BLANKS.length);
    // A lookahead over blanks and more, possessive, finds the same after the blanks alone.
    if (/^\(\?=(?:\(\?:)?\[ \\t[^\]]*\]\*\+/.test(body)) return body;
    throw new Error(`a line rule does not start with blanks: ${pattern}`);
  });
  return BLANKS + withFirstCharacters(`(?:${afterBlanks.join('|')})`);
}

const include = (name) => ({ include: `#${name}` });

/**
 * Line rules that end with their line, as one rule in the line list: vscode-oniguruma searches
 * with all the patterns of a list at once (an Oniguruma regset, for lines under 1,000 bytes), and
 * each pattern costs some setup even when an earlier one matches at the start. The group starts
 * on a line where one of its rules matches, and ends with the line.
 */
function lineGroup(name, members) {
  const rules = members.map(include);
  // After a page header the rest of the line is body text.
  repository[name] = { begin: `^(?=${anyOfLineRules(rules)})`, while: UNTIL_LINE_END, patterns: [...rules, include('inline')] };
  return include(name);
}

// Rules for whole lines, tried at the start of each line: at the same position the earlier rule
// wins. The blocks that go on over several lines (TAGS, SUBJECT, REF, Classified By) stay apart;
// the single lines are grouped. That moves a Reason line, an underline and a SUMMARY or COMMENT
// heading before the blocks, which is safe: no line starts like both (TAG, SUBJ, Subject, REF,
// Ref, Classified, CLASSIFIED against reason, ---, ===, ___, SUMMARY, Summary, COMMENT, Comment).
const SINGLE_LINES = [
  ...['preamble', 'routing-header', 'page-header', 'banner', 'caption-line', 'eo-line'],
  ...['reason-line', 'heading-underline', 'marker-heading'],
];
const BLOCKS = ['tags', 'subject', 'ref-block', 'classified-by'];
const LINE_RULES = [lineGroup('single-line', SINGLE_LINES), ...BLOCKS.map(include), include('body-line')];

const BODY_LINE_START = `(?:${BODY_LINE.pattern}|(?=.))`;
repository['body-line'] = {
  comment:
    'Any other line, most of them: a paragraph number, bullet, letter or portion mark, then inline ' +
    'markup. A region, so that the rest of the line is scanned with the inline rules alone, which ' +
    'goes on over the next lines as long as they are body lines too: their start is found by one ' +
    'search instead of one with every line rule',
  begin: `^${BODY_LINE_START}`,
  beginCaptures: BODY_LINE.captures,
  while: `^(?!${anyOfLineRules([...SINGLE_LINES, ...BLOCKS].map(include))})${BODY_LINE_START}`,
  whileCaptures: BODY_LINE.captures,
  patterns: [{ include: '#inline' }],
};

export const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Cable',
  scopeName: 'text.cable',
  fileTypes: [],
  comment: 'Generated from cable.tmLanguage.src.mjs by build-grammar.mjs -- edit the source, not this file.',
  patterns: LINE_RULES,
  repository,
};
