import * as assert from 'node:assert/strict';
import { applyEdits, parseCable, TextEdit } from '../../../server/src/service';
import { definition, prepareRename, references, rename, renameEdits } from '../../../server/src/service/features';
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
