import * as assert from 'node:assert/strict';
import { parseCable, Position } from '../../../server/src/service';
import { CompletionItem, completion } from '../../../server/src/service/features';
import { cable, seed } from './helpers';

const TODAY = { year: 2012, month: 5, day: 1 };

function complete(text: string, position: Position, date?: { year: number; month: number; day: number }): CompletionItem[] {
  return completion(parseCable(text, { date }), position, { today: TODAY, extraTags: ['MYTAG'] }).items;
}

/** The position at the end of line `line`. */
function endOf(text: string, line: number): Position {
  return { line, character: text.split('\n')[line].length };
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe('completion', () => {
  describe('TAGS', () => {
    const text = cable('UNCLAS BANGKOK 003955', '', 'E.O. 12958: N/A', 'TAGS: PREL, PG', 'SUBJECT: X');

    it('offers PGOV after "TAGS: PG", with its meaning, replacing the typed prefix', () => {
      const items = complete(text, endOf(text, 3));
      const pgov = items.find((i) => i.label === 'PGOV');
      assert.ok(pgov);
      assert.equal(pgov.detail, 'Subject: Domestic politics and government');
      assert.deepEqual(pgov.textEdit, { range: { start: { line: 3, character: 12 }, end: { line: 3, character: 14 } }, newText: 'PGOV' });
      assert.ok(items.every((i) => i.label.startsWith('P')), 'only codes starting with the typed letter');
      assert.ok(!labels(items).includes('PREL'), 'a tag already on the line is not offered again');
    });

    it('lists the most used codes first and includes the configured extra tags', () => {
      const line = cable('UNCLAS BANGKOK 003955', '', 'TAGS: ');
      const items = complete(line, endOf(line, 2)).sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
      assert.ok(labels(items).slice(0, 5).includes('PREL'), labels(items).slice(0, 5).join(' '));
      assert.ok(items.some((i) => i.label === 'MYTAG' && /configuration/.test(i.detail ?? '')));
      assert.ok(!items.some((i) => i.label === 'HUMAN RIGHTS'), 'free-text tokens are tolerated, not suggested');
    });

    it('offers no codes after the word TAGS in a subject or a paragraph', () => {
      const prose = cable('UNCLAS STATE 000123', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: NEW TAGS FOR X', '', '1. (U) The TAGS on this cable.');
      assert.deepEqual(complete(prose, { line: 4, character: 18 }), [], 'in the subject');
      assert.deepEqual(complete(prose, { line: 6, character: 16 }), [], 'in a paragraph');
    });

    it('completes a code typed right after the colon, and on a TAGS field later on a header line', () => {
      const tight = cable('UNCLAS STATE 000123', '', 'E.O. 12958: N/A', 'TAGS:PR');
      assert.ok(labels(complete(tight, endOf(tight, 3))).includes('PREL'));
      const runOn = cable('UNCLAS STATE 000123', '', 'E.O. 12958: N/A TAGS: PREL, PG');
      assert.ok(labels(complete(runOn, endOf(runOn, 2))).includes('PGOV'));
    });

    it('completes on a wrapped TAGS line but not after SUBJECT: on the same line', () => {
      const wrapped = cable('UNCLAS BANGKOK 003955', '', 'E.O. 12958: N/A', 'TAGS: PREL, PGOV,', '      ECO', 'SUBJECT: X');
      assert.ok(labels(complete(wrapped, endOf(wrapped, 4))).includes('ECON'));
      const { text: rangoon } = seed('04RANGOON1422.txt');
      assert.deepEqual(complete(rangoon, endOf(rangoon, 10)), []);
    });
  });

  describe('portion marks', () => {
    const text = cable('C O N F I D E N T I A L STATE 000001', '', 'E.O. 13526: DECL: 05/01/2022', 'TAGS: PREL', 'SUBJECT: X', '', '1. (', '', '2. ', '', '(');

    it('offers the marks after a paragraph number, the banner level preselected and higher levels last', () => {
      const items = complete(text, endOf(text, 6));
      assert.deepEqual(labels(items), ['(U)', '(SBU)', '(C)', '(S)', '(TS)', '(C//NF)', '(S//NF)']);
      assert.deepEqual(items.filter((i) => i.preselect).map((i) => i.label), ['(C)']);
      const byOrder = [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
      assert.deepEqual(labels(byOrder).slice(-3), ['(S)', '(TS)', '(S//NF)']);
      assert.deepEqual(items[0].textEdit.range, { start: { line: 6, character: 3 }, end: { line: 6, character: 4 } });
    });

    it('replaces an auto-closed parenthesis, and works at the start of an unnumbered paragraph', () => {
      const closed = cable('UNCLAS STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', '1. ()');
      assert.deepEqual(complete(closed, { line: 5, character: 4 })[0].textEdit.range, { start: { line: 5, character: 3 }, end: { line: 5, character: 5 } });
      assert.ok(complete(text, endOf(text, 8)).length > 0, 'after "2. "');
      assert.ok(complete(text, endOf(text, 10)).length > 0, 'a "(" opening a body line');
    });

    it('offers no marks on a "(" opening a wrapped line of running text', () => {
      const wrapped = cable('UNCLAS STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', '1. (U) The embassy said', '(');
      assert.deepEqual(complete(wrapped, endOf(wrapped, 6)), []);
      const headed = cable('UNCLAS STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', '1. (U) Text.', '', 'Comment', '-------', '(');
      assert.ok(complete(headed, endOf(headed, 9)).length > 0, 'a "(" under a heading');
    });

    it('replaces the mark already written after the cursor instead of adding a second one', () => {
      const marked = cable('UNCLAS STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', '1. (U) Text.', '', '2. (the embassy) text.');
      assert.deepEqual(complete(marked, { line: 5, character: 3 })[0].textEdit.range, { start: { line: 5, character: 3 }, end: { line: 5, character: 6 } });
      assert.deepEqual(complete(marked, { line: 7, character: 3 })[0].textEdit.range, { start: { line: 7, character: 3 }, end: { line: 7, character: 3 } }, 'a parenthesis of prose stays');
    });

    it('never replaces the first word of an unmarked paragraph, and keeps a blank before it', () => {
      const unmarked = cable('UNCLAS STATE 000001', '', 'TAGS: PREL', 'SUBJECT: X', '', '1. The embassy said.', '', '2. (The embassy said.');
      assert.deepEqual(complete(unmarked, { line: 5, character: 3 })[0].textEdit, { range: { start: { line: 5, character: 3 }, end: { line: 5, character: 3 } }, newText: '(U) ' });
      assert.deepEqual(complete(unmarked, { line: 7, character: 4 })[0].textEdit, { range: { start: { line: 7, character: 3 }, end: { line: 7, character: 4 } }, newText: '(U) ' });
    });
  });

  describe('E.O. line', () => {
    it('offers the orders, the one in force on the cable date preselected', () => {
      const text = cable('C O N F I D E N T I A L STATE 000001', '', 'E.O. ');
      const items = complete(text, endOf(text, 2), { year: 2004, month: 11, day: 2 });
      assert.deepEqual(labels(items), ['13526', '12958', '12356', '12065', '11652']);
      assert.deepEqual(items.filter((i) => i.preselect).map((i) => i.label), ['12958']);
      assert.equal(items[1].textEdit.newText, '12958: ');
      assert.deepEqual(complete(text, endOf(text, 2)).filter((i) => i.preselect).map((i) => i.label), ['13526'], 'today when the cable has no date');
    });

    it('offers DECL forms of the order written: a date ten years on, exemptions, N/A', () => {
      const text = cable('C O N F I D E N T I A L STATE 000001', '', 'E.O. 12958: ');
      const items = complete(text, endOf(text, 2), { year: 2004, month: 11, day: 2 });
      assert.equal(items[0].label, 'DECL: 11/02/2014');
      assert.equal(items[0].preselect, true);
      assert.ok(labels(items).includes('DECL: 25X1'));
      assert.ok(labels(items).includes('N/A'));
      const early = complete(text, endOf(text, 2), { year: 1999, month: 1, day: 5 });
      assert.ok(labels(early).includes('DECL: X6') && !labels(early).includes('DECL: 25X1'), labels(early).join(' '));
      const oadr = cable('C O N F I D E N T I A L STATE 000001', '', 'E.O. 12356: DECL: ');
      assert.ok(labels(complete(oadr, endOf(oadr, 2), { year: 1990, month: 1, day: 5 })).includes('OADR'));
    });

    it('does not write a second colon when the cursor is on a keyword that already has one', () => {
      const text = cable('C O N F I D E N T I A L STATE 000001', '', 'E.O. 12958: DECL: 01/01/2015');
      const order = complete(text, { line: 2, character: 5 }).find((i) => i.label === '13526');
      assert.deepEqual(order?.textEdit, { range: { start: { line: 2, character: 5 }, end: { line: 2, character: 10 } }, newText: '13526' });
      assert.deepEqual(complete(text, { line: 2, character: 12 }), [], 'on the DECL keyword: no "DECL: date" to put before its colon');
    });

    it('preselects N/A for an unclassified cable', () => {
      const text = cable('UNCLAS STATE 000001', '', 'E.O. 13526: ');
      assert.deepEqual(complete(text, endOf(text, 2)).filter((i) => i.preselect).map((i) => i.label), ['N/A']);
    });
  });

  describe('REF letters', () => {
    const text = cable('UNCLAS STATE 000001', '', 'E.O. 13526: N/A', 'TAGS: PREL', 'SUBJECT: X', 'REF: A. STATE 1', '     B. STATE 2', '', '1. (U) As ref ', '', '2. (U) See REFS A AND ');

    it('offers the REF letters after a citation keyword, in the keyword\'s case', () => {
      const lower = complete(text, endOf(text, 8));
      assert.deepEqual(lower.map((i) => [i.label, i.detail]), [['a', 'STATE 1'], ['b', 'STATE 2']]);
      assert.deepEqual(labels(complete(text, endOf(text, 10))), ['A', 'B']);
    });

    it('waits for the blank after "and": a letter right after it would read "andA"', () => {
      const typing = cable('UNCLAS STATE 000001', '', 'E.O. 13526: N/A', 'TAGS: PREL', 'SUBJECT: X', 'REF: A. STATE 1', '     B. STATE 2', '', '1. (U) See REFS A and');
      assert.deepEqual(complete(typing, endOf(typing, 8)), []);
      const comma = cable('UNCLAS STATE 000001', '', 'E.O. 13526: N/A', 'TAGS: PREL', 'SUBJECT: X', 'REF: A. STATE 1', '     B. STATE 2', '', '1. (U) See REFS A,');
      assert.deepEqual(labels(complete(comma, endOf(comma, 8))), ['A', 'B'], 'a comma needs no blank');
    });
  });

  describe('header fields', () => {
    it('offers the missing header fields at the start of a header line', () => {
      const text = cable('C O N F I D E N T I A L STATE 000001', '', 'TA', 'SUBJECT: X', '', '1. (C) Text.', '', 'T');
      const items = complete(text, endOf(text, 2));
      assert.deepEqual(labels(items), ['E.O.', 'TAGS:', 'REF:', 'Classified By:']);
      assert.equal(items[0].textEdit.newText, 'E.O. 13526: DECL: 05/01/2022');
      assert.deepEqual(items[1].textEdit.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
      assert.deepEqual(complete(text, endOf(text, 7)), [], 'not in the body');
    });

    it('offers the field names on line 0 after a byte-order mark, keeping the mark', () => {
      const text = cable('\uFEFFTA', '', '1. Text.');
      const items = complete(text, endOf(text, 0));
      assert.ok(labels(items).includes('TAGS:'));
      assert.deepEqual(items.find((i) => i.label === 'TAGS:')!.textEdit.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } });
    });

    it('offers no field names at the start of a line that already holds a field', () => {
      const text = cable('C O N F I D E N T I A L STATE 000001', '', 'E.O. 12958: DECL: 01/01/2015', 'SUBJECT: X', '', '1. (C) Text.');
      assert.deepEqual(complete(text, { line: 2, character: 0 }), [], 'E.O.');
      assert.deepEqual(complete(text, { line: 3, character: 0 }), [], 'SUBJECT');
    });
  });

  it('offers nothing in ordinary prose or past the end', () => {
    const { text } = seed('04RANGOON1422.txt');
    assert.deepEqual(complete(text, { line: 16, character: 30 }), []);
    assert.deepEqual(complete(text, { line: 500, character: 0 }), []);
  });
});
