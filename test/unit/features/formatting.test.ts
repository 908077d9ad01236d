import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/service';
import { formatEdits, formatText } from '../../../server/src/service/features';
import { cable, seed } from './helpers';

const UNORDERED = cable('UNCLAS BANGKOK 003955', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PREL, TH', 'SUBJECT: TEST RENUMBERING', '', '1. (U) First paragraph.', '', '3. (U) Second paragraph.', '', '4. (U) Third paragraph.');

describe('formatting', () => {
  it('renumbers paragraphs with edits of the digits only', () => {
    const edits = formatEdits(UNORDERED);
    assert.deepEqual(edits, [
      { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 1 } }, newText: '2' },
      { range: { start: { line: 12, character: 0 }, end: { line: 12, character: 1 } }, newText: '3' },
    ]);
  });

  it('normalises the banner, portion marks and section numbers', () => {
    const text = cable('CONFIDENTIAL SECTION 01 OF 01 BANGKOK 001234', '', 'E.O. 12958: DECL: 07/05/2016', 'TAGS: PREL, TH', 'SUBJECT: X', '', 'Classified By: A for reasons 1.4 (b).', '', '1. ( C ) One.', '', '2. (c) Two.');
    const formatted = formatText(text);
    assert.match(formatted, /^C O N F I D E N T I A L /);
    assert.ok(formatted.includes('1. (C) One.') && formatted.includes('2. (C) Two.'), formatted);
  });

  it('restores the garbled numbers of 04RANGOON1422 and touches nothing else', () => {
    const { text } = seed('04RANGOON1422.txt');
    const formatted = formatText(text, { fileName: '04RANGOON1422.txt' });
    const numbers = formatted.split('\n').map((l) => /^(?:- )?(\d+)\. \(/.exec(l)?.[1]).filter(Boolean);
    assert.deepEqual(numbers, ['1', '3', '7', '8', '9', '10']);
    assert.equal(formatted.replace(/^(- )?\d+\./gm, ''), text.replace(/^(- )?\d+\./gm, ''));
  });

  it('formats even when the user turned the rules off, and is idempotent', () => {
    const off = { rules: { 'paragraph-numbering': 'off' as const, '*': 'off' as const } };
    const once = formatText(UNORDERED, { config: off });
    assert.notEqual(once, UNORDERED);
    assert.equal(formatText(once), once);
    assert.deepEqual(formatEdits(once), []);
    assert.equal(applyEdits(UNORDERED, formatEdits(UNORDERED)).text, once);
  });
});
