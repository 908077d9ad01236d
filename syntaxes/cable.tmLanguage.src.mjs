// Readable source of syntaxes/cable.tmLanguage.json (TextMate grammar for diplomatic cables).
// Regenerate with `node syntaxes/build-grammar.mjs`; `--check` fails when the JSON is stale.
//
// Rules of the road for every regex here (Oniguruma, as VS Code runs it):
// - linear time: no two ways to match the same text inside a repeat, so even without the
//   possessive quantifiers below nothing backtracks super-linearly. Audit with
//   `node syntaxes/check-regex-complexity.mjs` (recheck, a few minutes) after changing a regex;
//   test/grammar/grammar-hang.test.ts tokenizes pathological lines on every test run;
// - never write `{n,m}+`: in Oniguruma's syntax that is a repeat of a repeat, not possessive;
// - `^`-anchored rules for line structure, cheap inline rules for the rest, and no capture with
//   `patterns` in an inline rule: vscode-textmate copies the line up to each such capture.
//
// Colours: each classification level gets a base scope that stock themes already colour, in
// the spirit of the U.S. marking colours (U green, CUI/SBU purple, C blue, S red, TS red+bold),
// plus an innermost `markup.portion.<level>` / `markup.classification.<level>` scope that no
// stock theme colours, so a theme or `editor.tokenColorCustomizations` can target one level.

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
const DTG = `(?<![\\w])\\d{6}Z[ ]++${MONTH}[ ]++(?:\\d{4}|\\d{2})(?![\\w])`;
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
const CITATION_COMPACT = '(?<![\\w])\\d{2}[A-Z]{3,}\\d{1,6}(?![\\w])';
const CITATION_STATE = '(?<![\\w])(?:\\d{2}[ ])?(?:SECSTATE|STATE)[ ]\\d{2,6}(?![\\w/])';
const CITATION_IN_PARENS = '(?<=\\()(?:\\d{2}[ ])?[A-Z]{3,}(?:[ ][A-Z]{3,}){0,3}[ ]\\d{3,6}(?=\\))';
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
const START_MARKER = (words) => `(?<![A-Za-z,;][ \\t])(?<![\\w])${any(...words)}[ \\t]*+[:.]`;

// ---------------------------------------------------------------------------------------------

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
    captures: {
      1: { name: 'keyword.other.section.cable' },
      2: { name: 'constant.numeric.section.cable' },
      3: { name: 'keyword.other.section.cable' },
      4: { name: 'constant.numeric.section.cable' },
    },
  },
  'section-marker-inline': {
    comment: 'Outside the banner only zero-padded markers, so "SECTION 2 OF THE ACT" stays text',
    name: 'meta.section-marker.cable',
    match: '(?<![\\w])(SECTION)[ ]++(\\d{2})[ ]++(OF)[ ]++(\\d{2})(?![\\w])',
    captures: {
      1: { name: 'keyword.other.section.cable' },
      2: { name: 'constant.numeric.section.cable' },
      3: { name: 'keyword.other.section.cable' },
      4: { name: 'constant.numeric.section.cable' },
    },
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
  'subject-content': {
    patterns: [{ include: '#portion-mark-strict' }, { include: '#redaction' }, { include: '#citation' }],
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
  'numbered-paragraph': {
    comment: '1. (C) / ¶2. (U) / garbled pilcrow "- 11." -- the mark may be lower case or spaced',
    match:
      '^[ \\t]*+' +
      any('(¶)[ ]?+', '(-)[ ](?=\\d)') +
      `?(\\d{1,3}\\.)(?=[ \\t]|$)(?:[ \\t]++(${LENIENT_PORTION_ANY}))?`,
    captures: {
      1: { name: 'punctuation.definition.pilcrow.cable' },
      2: { name: 'punctuation.definition.pilcrow.garbled.cable' },
      3: { name: 'constant.numeric.paragraph.cable' },
      4: { patterns: [{ include: '#portion-mark-lenient' }] },
    },
  },
  bullet: {
    match: `^[ \\t]*+(--?+|[–—])(?=[ \\t])(?:[ \\t]++(${LENIENT_PORTION_ANY}))?`,
    captures: {
      1: { name: 'punctuation.definition.list.begin.cable' },
      2: { patterns: [{ include: '#portion-mark-lenient' }] },
    },
  },
  'lettered-paragraph': {
    comment: 'A. (C) text -- a subparagraph letter counts only when a portion mark follows',
    match: `^[ \\t]*+(?:(¶)[ ]?+)?([A-Z]\\.)[ \\t]++(${LENIENT_PORTION_ANY})`,
    captures: {
      1: { name: 'punctuation.definition.pilcrow.cable' },
      2: { name: 'constant.character.subparagraph.cable' },
      3: { patterns: [{ include: '#portion-mark-lenient' }] },
    },
  },
  'line-start-portion': {
    match: `^[ \\t]*+(?:(¶)[ ]?+)?(${LENIENT_PORTION_ANY})`,
    captures: {
      1: { name: 'punctuation.definition.pilcrow.cable' },
      2: { patterns: [{ include: '#portion-mark-lenient' }] },
    },
  },
  'portion-mark-strict': {
    patterns: LEVELS.map((level) => ({ name: levelScope(level, 'portion'), match: strictPortion(level) })),
  },
  'portion-mark-lenient': {
    patterns: LEVELS.map((level) => ({ name: levelScope(level, 'portion'), match: lenientPortion(PORTION_LEVEL_WORDS[level]) })),
  },

  markers: {
    patterns: [
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
    ],
  },
  citation: {
    patterns: [
      {
        comment:
          'In-text: (ref b), REF A AND B, Ref. C, REFTELS A, B. A region rather than a capture with ' +
          'patterns: vscode-textmate copies the line for each such capture, quadratic on long lines',
        name: 'meta.citation.cable',
        begin: `(?<![\\w])(${REFERENCE_WORD})(?![\\w])(\\.?+)(?=[ \\t]{1,3}${REF_LETTER_WORD})`,
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
      { name: 'keyword.other.reference.cable', match: `(?<![\\w])(?:${REFERENCE_WORD}|(?i:septels?+))(?![\\w])` },
      { name: 'markup.underline.link.cable-id.cable', match: CITATION_COMPACT },
      { name: 'markup.underline.link.cable-id.cable', match: CITATION_STATE },
      { name: 'markup.underline.link.cable-id.cable', match: CITATION_IN_PARENS },
    ],
  },
  redaction: { name: 'comment.other.redaction.cable', match: '(?<![A-Za-z])(?>X{4,})(?![A-Za-z])' },

  inline: {
    patterns: [
      { include: '#markers' },
      { include: '#portion-mark-strict' },
      { include: '#citation' },
      { include: '#dtg' },
      { include: '#redaction' },
      { include: '#section-marker-inline' },
      { include: '#caption-inline' },
    ],
  },
};

export const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Cable',
  scopeName: 'text.cable',
  fileTypes: [],
  comment: 'Generated from cable.tmLanguage.src.mjs by build-grammar.mjs -- edit the source, not this file.',
  // Line rules come first: at the same position the earlier rule wins.
  patterns: [
    { include: '#preamble' },
    { include: '#routing-header' },
    { include: '#page-header' },
    { include: '#banner' },
    { include: '#caption-line' },
    { include: '#eo-line' },
    { include: '#tags' },
    { include: '#subject' },
    { include: '#ref-block' },
    { include: '#classified-by' },
    { include: '#reason-line' },
    { include: '#heading-underline' },
    { include: '#marker-heading' },
    { include: '#numbered-paragraph' },
    { include: '#bullet' },
    { include: '#lettered-paragraph' },
    { include: '#line-start-portion' },
    { include: '#inline' },
  ],
  repository,
};
