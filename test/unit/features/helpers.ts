// Shared by the feature tests: the seed cables and small cables written inline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CableModel, parseCable, Position } from '../../../server/src/service';

const ROOT = join(__dirname, '..', '..', '..', '..');

export function seed(name: '04RANGOON1422.txt' | '06BANGKOK3955.txt'): { text: string; model: CableModel } {
  const text = readFileSync(join(ROOT, 'seeds', name), 'utf8');
  return { text, model: parseCable(text, { fileName: name }) };
}

/** A cable from lines, joined with LF and ending with one. */
export function cable(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/**
 * The position of `marker` (its first character, or `offset` characters into it) in `text`;
 * with `occurrence`, the n-th time it appears.
 */
export function at(text: string, marker: string, offset = 0, occurrence = 1): Position {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(marker, index + 1);
    if (index < 0) throw new Error(`"${marker}" occurs fewer than ${occurrence} times`);
  }
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** The short classified cable most tests use. */
export const SMALL = cable(
  'C O N F I D E N T I A L BANGKOK 001234',
  '',
  'SIPDIS',
  '',
  'E.O. 12958: DECL: 07/05/2016',
  'TAGS: PHUM, PGOV, TH',
  'SUBJECT: (U) A SMALL CABLE',
  '',
  'REF: A. BANGKOK 1111',
  '     B. STATE 22222',
  '',
  'Classified By: Ambassador Ralph L. Boyce for reasons 1.4 (b) and (d).',
  '',
  '1. (C) Summary: Both refs matter (ref a, ref b). End Summary.',
  '',
  '2. (U) The second paragraph cites REF B again',
  'and runs onto a second line.',
  '',
  'Comment',
  '-------',
  '',
  '3. (C) Comment: A comment block (Note: with a note inside. End note.)',
  'that ends here. End Comment.',
  '',
  'BOYCE',
);
