import * as assert from 'node:assert/strict';
import { applyEdits, lintText, parseCable, Position, Range, TextEdit } from '../../../server/src/service';
import { citedCableAt, citedCables, citedCableSummary, definition, prepareRename, references, rename, renameEdits } from '../../../server/src/service/features';
import { at, cable, seed, SMALL } from './helpers';

const URI = 'file:///small.cable';

describe('REF navigation', () => {
  const model = parseCable(SMALL);

  it('goes from a citation letter, or its keyword, to the REF item', () => {
    const item = model.refs!.items[1];
    assert.deepEqual(definition(model, URI, at(SMALL, 'ref b', 4)), [{ uri: URI, range: item.range }]);
    assert.deepEqual(definition(model, URI, at(SMALL, 'ref b', 1)), [{ uri: URI, range: item.range }]);
    assert.deepEqual(definition(model, URI, at(SMALL, 'REF B again', 4)), [{ uri: URI, range: item.range }]);
    assert.deepEqual(definition(model, URI, at(SMALL, 'ref a', 4)), [{ uri: URI, range: model.refs!.items[0].range }]);
  });

  it('finds nothing from ordinary text, and every item from a bare plural "refs"', () => {
    assert.deepEqual(definition(model, URI, at(SMALL, 'Both')), []);
    assert.deepEqual(definition(model, URI, at(SMALL, 'refs matter', 1)), model.refs!.items.map((i) => ({ uri: URI, range: i.range })));
  });

  it('goes from "(ref b)" to REF B in 04RANGOON1422', () => {
    const { text, model: rangoon } = seed('04RANGOON1422.txt');
    const [location] = definition(rangoon, URI, at(text, '(ref b)', 5));
    assert.equal(text.split('\n')[location.range.start.line].slice(location.range.start.character, location.range.end.character), 'B. RANGOON 1357');
  });

  it('follows a bare "reftel" to the only REF there is', () => {
    const text = cable('UNCLAS STATE 000001', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: ONE REF', 'REF: STATE 12345', '', '1. (U) As reftel says.', '', '2. (U) More.');
    const one = parseCable(text);
    assert.deepEqual(definition(one, URI, at(text, 'reftel', 2)), [{ uri: URI, range: one.refs!.items[0].range }]);
  });

  it('finds the citations of an item, with or without the declaration', () => {
    const onItem = at(SMALL, 'B. STATE', 0);
    const citations = references(model, URI, onItem, false).map((l) => l.range.start);
    // The bare "refs" cites every item as a whole; the letters cite B itself.
    assert.deepEqual(citations, [at(SMALL, 'refs matter'), at(SMALL, 'ref b', 4), at(SMALL, 'REF B again', 4)]);
    const withItem = references(model, URI, at(SMALL, 'STATE 22222', 2), true);
    assert.deepEqual(withItem[0].range.start, onItem);
    assert.equal(withItem.length, 4);
    assert.deepEqual(references(model, URI, at(SMALL, 'ref b', 4), false).length, 3, 'from a citation too');
  });

  it('renames a letter in the list and every citation, keeping each one\'s case', () => {
    const edit = rename(model, URI, at(SMALL, 'ref b', 4), 'c');
    assert.ok(!('error' in edit));
    const renamed = applyEdits(SMALL, edit.changes![URI]).text;
    assert.match(renamed, /^ {5}C\. STATE 22222$/m);
    assert.match(renamed, /\(ref a, ref c\)/);
    assert.match(renamed, /cites REF C again/);
  });

  it('returns versioned edits when given a version', () => {
    const edit = rename(model, URI, at(SMALL, 'ref b', 4), 'C', 7);
    assert.ok(!('error' in edit));
    assert.deepEqual(edit.documentChanges?.[0].textDocument, { uri: URI, version: 7 });
  });

  it('prepares a rename on the letter, wherever it starts', () => {
    assert.deepEqual(prepareRename(model, at(SMALL, 'STATE 22222', 3)), { range: { start: at(SMALL, 'B. STATE'), end: at(SMALL, 'B. STATE', 1) }, placeholder: 'B' });
    assert.deepEqual(prepareRename(model, at(SMALL, 'Both')), { error: 'Only a REF letter can be renamed here.' });
  });

  it('refuses letters that clash, are not letters, or are not in the list', () => {
    assert.deepEqual(renameEdits(model, at(SMALL, 'ref b', 4), 'A'), { error: 'REF A already exists.' });
    assert.deepEqual(renameEdits(model, at(SMALL, 'ref b', 4), '12'), { error: 'A REF letter is a single letter, A to Z.' });
    assert.deepEqual(renameEdits(model, at(SMALL, 'ref b', 4), 'B') as TextEdit[], []);
    const dangling = cable('UNCLAS STATE 000001', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: X', 'REF: A. STATE 1', '', '1. (U) See ref c.', '', '2. (U) More.');
    assert.deepEqual(prepareRename(parseCable(dangling), at(dangling, 'ref c', 4)), { error: 'REF C is not in the REF list.' });
  });
});

/** REF items the body names by post and number only, as ref-unused reads them. */
const MENTIONS = cable(
  'UNCLAS WELLINGTON 000900',
  '',
  'E.O. 12958: N/A',
  'TAGS: PREL',
  'SUBJECT: MENTIONS',
  'REF: A. STATE 12345',
  '     B. 05 WELLINGTON 847',
  '     C. 06 ABU DHABI 3872',
  '     D. SECSTATE 79091',
  '     E. ABUJA 1675',
  '',
  '1. (U) As ref a says, post reported in Wellington 847 that talks',
  'stalled. See also 05 Abu',
  'Dhabi 03872 and Wellington 8470, another cable.',
  '',
  '2. (U) As State 79091 asked, Wellington 847 again (ref b).',
  '',
  '3. (U) See reftel Abuja 1675.',
);

/** The range of `length` characters from `marker` in MENTIONS. */
function span(marker: string, length: number, occurrence = 1): Range {
  const start = at(MENTIONS, marker, 0, occurrence);
  return { start, end: { line: start.line, character: start.character + length } };
}

describe('REF navigation: items named by post and number', () => {
  const model = parseCable(MENTIONS);
  const [, b, c, d] = model.refs!.items;
  const targetOf = (position: Position) => definition(model, URI, position).map((l) => l.range);

  it('goes from anywhere on "Wellington 847" to REF B', () => {
    for (const offset of [0, 5, 11, 14]) assert.deepEqual(targetOf(at(MENTIONS, 'Wellington 847 that', offset)), [b.range], `offset ${offset}`);
    assert.deepEqual(targetOf(at(MENTIONS, 'Wellington 847 again', 2)), [b.range]);
  });

  it('follows a post wrapped across lines, STATE for SECSTATE, and not a longer number', () => {
    assert.deepEqual(targetOf(at(MENTIONS, 'Abu\n', 1)), [c.range]);
    assert.deepEqual(targetOf(at(MENTIONS, '03872', 3)), [c.range]);
    assert.deepEqual(targetOf(at(MENTIONS, 'State 79091', 7)), [d.range]);
    assert.deepEqual(targetOf(at(MENTIONS, 'Wellington 8470', 12)), []);
    assert.deepEqual(targetOf(at(MENTIONS, 'post reported')), []);
  });

  it('finds the mentions of an item among its citations, in text order', () => {
    const mentions = [span('Wellington 847 that', 14), span('Wellington 847 again', 14), span('b).', 1)];
    assert.deepEqual(references(model, URI, at(MENTIONS, 'B. 05'), false).map((l) => l.range), mentions);
    assert.deepEqual(references(model, URI, at(MENTIONS, 'Wellington 847 that', 3), false).map((l) => l.range), mentions, 'from a mention too');
    assert.deepEqual(references(model, URI, at(MENTIONS, 'Wellington 847 that', 3), true)[0].range, span('B. 05', 1));
    // The REF list's own line is not a mention; a wrapped one runs from its first word to its number.
    assert.deepEqual(references(model, URI, at(MENTIONS, 'C. 06'), false).map((l) => l.range), [{ start: at(MENTIONS, 'Abu\n'), end: at(MENTIONS, '03872', 5) }]);
  });

  it('lists "reftel Abuja 1675" once, as its citation', () => {
    assert.deepEqual(references(model, URI, at(MENTIONS, 'E. ABUJA'), false).map((l) => l.range.start), [at(MENTIONS, 'reftel Abuja')]);
  });

  it('agrees with ref-unused: the items it finds mentions for are not reported', () => {
    const unused = lintText(MENTIONS).diagnostics.filter((f) => f.rule === 'ref-unused');
    assert.deepEqual(unused, []);
    assert.ok([b, c, d].every((item) => references(model, URI, item.range.start, false).length > 0));
  });

  it('renames a letter without touching the mentions, and will not rename from one', () => {
    const edits = renameEdits(model, at(MENTIONS, 'B. 05'), 'F');
    assert.ok(!('error' in edits));
    assert.deepEqual(edits.map((edit) => edit.range), [span('B. 05', 1), span('b).', 1)]);
    const renamed = applyEdits(MENTIONS, edits).text;
    assert.equal(renamed.split('Wellington 847 ').length - 1, 2);
    assert.match(renamed, /\(ref f\)/);
    assert.deepEqual(prepareRename(model, at(MENTIONS, 'Wellington 847 that', 3)), { error: 'Only a REF letter can be renamed here.' });
  });
});

describe('cited cables (REF items that name a cable)', () => {
  const slice = (text: string, range: Range) => text.split('\n')[range.start.line].slice(range.start.character, range.end.character);

  it('gives each item naming a cable its id and the range of its text, letter left out', () => {
    const { text, model: rangoon } = seed('04RANGOON1422.txt');
    assert.deepEqual(citedCables(rangoon).map((c) => [c.id, slice(text, c.range)]), [['04RANGOON1370', 'RANGOON 1370'], ['04RANGOON1357', 'RANGOON 1357']]);
    const line = text.split('\n').findIndex((l) => l.startsWith('REF: A.'));
    assert.equal(citedCableAt(rangoon, { line, character: 5 }), '04RANGOON1370', 'on the letter');
    assert.equal(citedCableAt(rangoon, { line, character: 1 }), undefined, 'on the keyword');
  });

  it('sums up a cited cable for the hover: classification, date, subject', () => {
    const rangoon = parseCable(seed('04RANGOON1422.txt').text, { date: { year: 2004, month: 11, day: 2 } });
    assert.equal(citedCableSummary(rangoon, '04RANGOON1422.txt'), '04RANGOON1422.txt: CONFIDENTIAL, 2004-11-02  \nSUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION');
    assert.equal(citedCableSummary(parseCable('no header at all'), 'x.txt'), 'x.txt');
  });

  it('skips items that name no cable, and covers an unlettered item whole', () => {
    const text = cable('UNCLAS ROME 000123', '', 'E.O. 12958: N/A', 'TAGS: PREL, IT', 'SUBJECT: REFS', 'REF: ROME 12 (04)', '', '1. (U) Text.');
    assert.deepEqual(citedCables(parseCable(text)).map((c) => [c.id, slice(text, c.range)]), [['04ROME12', 'ROME 12 (04)']]);
    const letters = cable('UNCLAS ROME 000123', '', 'E.O. 12958: N/A', 'TAGS: PREL, IT', 'SUBJECT: REFS', 'REF: A. YOUR EMAIL OF MAY 3', '     B. ROME 12 (04)', '', '1. (U) Text.');
    assert.deepEqual(citedCables(parseCable(letters)).map((c) => [c.id, slice(letters, c.range)]), [['04ROME12', 'ROME 12 (04)']]);
  });
});
