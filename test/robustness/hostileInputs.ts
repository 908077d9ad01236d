// Hostile documents shared by the CLI and language-server suites: huge, degenerate or nested.

/** A small cable every suite lints as the "other file" that must still be reported. */
export const GOOD_CABLE = `UNCLAS GABORONE 003355

SIPDIS

E.O. 12958: N/A
TAGS: PHUM, PGOV, BC
SUBJECT: A SHORT AND CLEAN CABLE

1. (U) The first paragraph says what happened.

2. (U) The second paragraph says what it means.

HUGGINS
`;

/** ASCII only (so UTF-16 without a BOM is recognisable), with problems that have safe fixes. */
export const FIXABLE_CABLE = `UNCLASSIFIED GABORONE 003355

SIPDIS

EO 12958 N/A
TAGS: PHUM, PGOV, BC
SUBJECT: A CABLE WITH SAFE FIXES

1. (U) The first paragraph.

3. (U) The second paragraph, misnumbered.

HUGGINS
`;

const HEADER = `C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422

SIPDIS

E.O. 12958: DECL: 11/02/2014
TAGS: PHUM, ELAB, PGOV, BM
SUBJECT: A HOSTILE CABLE

Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)
`;

export function hugeCable(bytes: number): string {
  const parts = [HEADER];
  let size = HEADER.length;
  for (let n = 1; size < bytes; n++) {
    const paragraph = `${n}. (C) The minister met the delegation on October 29 and said the plan would go ahead. `.repeat(3) + '\n\n';
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join('');
}

export const oneLongLine = (chars: number) => 'C O N F I D E N T I A L ' + '(C) REF A XXXXXXXXXXXX '.repeat(Math.ceil(chars / 23)).slice(0, chars);

export const blankLines = (count: number) => HEADER + '\n'.repeat(count) + '1. (C) After the blank lines.\n';

export function manyRefItems(count: number): string {
  const letter = (i: number) => String.fromCharCode(65 + (i % 26)).repeat(1 + Math.floor(i / 26) % 3);
  const items = Array.from({ length: count }, (_, i) => `${i === 0 ? 'REF: ' : '     '}${letter(i)}. RANGOON ${1000 + i}`);
  return HEADER.replace('Classified By', `${items.join('\n')}\n\nClassified By`) + '1. (C) Text citing REF A and (ref zz).\n';
}

export const nestedBeginText = (depth: number) => HEADER + '1. (C) Quoting:\n' + 'BEGIN TEXT:\n'.repeat(depth) + '2. (S) Inside.\n' + 'END TEXT.\n'.repeat(depth) + '3. (C) After.\n';

/** Random bytes with NUL among them: not text at all. */
export function binaryBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  bytes[10] = 0;
  return bytes;
}

export function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
}
