import * as assert from 'node:assert/strict';
import { comparePositions, parseCable, Range } from '../../../server/src/service';
import { DocumentSymbol, documentSymbols, shortLead, SymbolKind } from '../../../server/src/service/features';
import { cable, seed, SMALL } from './helpers';

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

function within(inner: Range, outer: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** What editors require of a symbol tree: selection inside range, children inside their parent. */
function assertWellFormed(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    assert.ok(s.name.trim(), 'empty name');
    assert.ok(within(s.selectionRange, s.range), `${s.name}: selectionRange outside range`);
    if (parent) assert.ok(within(s.range, parent.range), `${s.name} outside its parent ${parent.name}`);
    assertWellFormed(s.children, s);
  }
}

describe('documentSymbols', () => {
  it('outlines 04RANGOON1422: header fields, then paragraphs under their headings', () => {
    const symbols = documentSymbols(seed('04RANGOON1422.txt').model);
    assertWellFormed(symbols);
    const [header, ...body] = symbols;
    assert.equal(header.name, 'Header');
    assert.equal(header.kind, SymbolKind.Namespace);
    assert.deepEqual(
      header.children.map((c) => [c.name, c.detail]),
      [
        ['C O N F I D E N T I A L', 'SECTION 01 OF 02 RANGOON 001422'],
        ['E.O. 12958', 'DECL: 11/02/2014'],
        ['TAGS', 'PHUM, ELAB, PGOV, EAID, BM'],
        ['SUBJECT', 'MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION'],
        ['REF A', 'RANGOON 1370'],
        ['REF B', 'RANGOON 1357'],
        ['Classified By', '1.4 (b) (d)'],
      ],
    );
    assert.deepEqual(body.map((s) => s.name), [
      '¶1 (C) Summary: The Coordinated...',
      '¶ (U) Cabinet-level and other...',
      '¶3 (U) Cambodia, Laos, and...',
      'New Burmese Prime Minister Opens Ministerial Conference',
      'Comprehensive Memorandum of Understanding (MOU)',
      'Action Plan Linked to MOU',
      'Atmospherics: Chinese and Thai are Most Important Players',
      'Comment: And the Burmese Government Also Benefits',
    ]);
    const comment = body[body.length - 1];
    assert.deepEqual(comment.children.map((c) => c.name), ['¶9 (C) Prime Minister Soe Win...', '¶10 (C) More importantly...']);
  });

  it('names garbled numbers by what they mean and says how they are written', () => {
    const paragraphs = flatten(documentSymbols(seed('04RANGOON1422.txt').model)).filter((s) => s.name.startsWith('¶'));
    assert.equal(paragraphs[0].detail, '(C) · written 11.');
    assert.equal(paragraphs[1].detail, '(U)');
  });

  it('says how a number is written only where the reading differs from it', () => {
    const text = cable('C O N F I D E N T I A L STATE 000123', '', 'E.O. 12958: DECL: 01/01/2015', 'TAGS: PREL', 'SUBJECT: (U) X', '', '¶1. (C) One.', '', '¶2. (C) Two.', '', '13. (C) Three.');
    const paragraphs = flatten(documentSymbols(parseCable(text))).filter((s) => s.name.startsWith('¶'));
    assert.deepEqual(paragraphs.map((p) => p.detail), ['(C)', '(C)', '(C) · written 13.']);
  });

  it('shows numbers as written when the numbering is not garbled, and unmarked paragraphs as such', () => {
    const symbols = documentSymbols(seed('06BANGKOK3955.txt').model);
    assertWellFormed(symbols);
    const paragraphs = flatten(symbols).filter((s) => s.name.startsWith('¶'));
    assert.deepEqual(paragraphs.map((p) => p.name.split(' ')[0]), ['¶1', '¶2', '¶3', '¶4', '¶5', '¶6', '¶7', '¶8', '¶9', '¶10', '¶11', '¶12', '¶13']);
    assert.ok(paragraphs.every((p) => p.detail === 'unmarked'));
    assert.equal(symbols[0].name, 'Header');
    assert.deepEqual(symbols[0].children.map((c) => c.name), ['E.O. 12958']);
  });

  it('groups quoted paragraphs under their quotation', () => {
    const text = cable('UNCLAS STATE 000123', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: A QUOTATION', '', '1. (U) The text follows.', '', 'BEGIN TEXT:', '', '1. Quoted first.', '', '2. Quoted second.', '', 'END TEXT.', '', '2. (U) After the quotation.');
    const symbols = documentSymbols(parseCable(text));
    assertWellFormed(symbols);
    assert.deepEqual(symbols.slice(1).map((s) => s.name), ['¶1 (U) The text follows.', 'BEGIN TEXT', '¶2 (U) After the quotation.']);
    assert.deepEqual(symbols[2].children.map((s) => s.name), ['¶1 Quoted first.', '¶2 Quoted second.']);
  });

  it('keeps a quotation that runs across headings inside each heading that shows it', () => {
    const text = cable('UNCLAS STATE 000123', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: X', '', '1. (U) The text follows.', '', 'BEGIN TEXT:', '', 'First Part', '', '1. Quoted first.', '', 'Second Part', '', '2. Quoted second.', '', 'END TEXT.', '', 'Third Part', '', '2. (U) After.');
    const symbols = documentSymbols(parseCable(text));
    assertWellFormed(symbols);
    const first = symbols.find((s) => s.name === 'First Part')!;
    assert.deepEqual(first.children.map((c) => c.name), ['BEGIN TEXT']);
    assert.deepEqual(first.range, { start: { line: 10, character: 0 }, end: { line: 13, character: 0 } }, 'up to the next heading');
    const second = symbols.find((s) => s.name === 'Second Part')!;
    assert.deepEqual(second.children[0].range, { start: { line: 14, character: 0 }, end: { line: 18, character: 9 } }, 'from its heading to END TEXT');
  });

  it('puts the body of a multi-section cable under its sections', () => {
    const text = cable(
      'UNCLAS SECTION 01 OF 02 BANGKOK 000123',
      '',
      'E.O. 12958: N/A',
      'TAGS: PREL, TH',
      'SUBJECT: TWO SECTIONS',
      '',
      '1. (U) First.',
      '',
      'UNCLAS SECTION 02 OF 02 BANGKOK 000123',
      '',
      '2. (U) Second.',
    );
    const symbols = documentSymbols(parseCable(text));
    assertWellFormed(symbols);
    assert.deepEqual(symbols.map((s) => s.name), ['Header', 'Section 01 of 02', 'Section 02 of 02']);
    assert.deepEqual(symbols[1].children.map((s) => s.name), ['¶1 (U) First.']);
    assert.deepEqual(symbols[2].children.map((s) => s.name), ['¶2 (U) Second.']);
  });

  it('lists REF items and the Classified By reasons of a small cable', () => {
    const header = documentSymbols(parseCable(SMALL))[0];
    assert.deepEqual(header.children.map((c) => c.name), ['C O N F I D E N T I A L', 'E.O. 12958', 'TAGS', 'SUBJECT', 'REF A', 'REF B', 'Classified By']);
  });

  it('keeps the selection inside a paragraph just started, with only its number or mark typed', () => {
    // `3. ` and `(C) `: the start marker takes the blank after it, the paragraph's range does not.
    const text = cable('SECRET STATE 000123', '', 'E.O. 12958: DECL: 01/01/2015', 'TAGS: PREL', 'SUBJECT: (U) X', '', '1. (S) First.', '', '3. ', '', '(C) ');
    assertWellFormed(documentSymbols(parseCable(text)));
  });

  it('has no header symbol for text without one', () => {
    assert.deepEqual(documentSymbols(parseCable('')), []);
  });
});

describe('shortLead', () => {
  it('cuts at a word boundary and marks the cut', () => {
    assert.equal(shortLead('Cambodia, Laos, and Burma sent Cabinet-level officials'), 'Cambodia, Laos, and...');
    assert.equal(shortLead('Short text.'), 'Short text.');
    assert.equal(shortLead('Supercalifragilisticexpialidocious words'), 'Supercalifragilisticexpi...');
    assert.equal(shortLead('  spaced    out   '), 'spaced out');
  });
});
