import * as assert from 'node:assert/strict';
import { applyEdits, parseConfig, RULE_IDS } from '../../../server/src/service';
import { addTagEdits } from '../../../server/src/service/features';

/** The config text after adding `tag`, or undefined when no edit can be made. */
function added(text: string, tag = 'XYZZ'): string | undefined {
  const edits = addTagEdits(text, tag);
  return edits && applyEdits(text, edits).text;
}

describe('addTagEdits (the "add to the known tags" quick fix)', () => {
  it('appends to the tags list, keeping comments and layout', () => {
    assert.equal(added('{\n    "tags": ["ABCD"] // ours\n}'), '{\n    "tags": ["ABCD", "XYZZ"] // ours\n}');
    assert.equal(added('{\n\t"tags": []\n}'), '{\n\t"tags": ["XYZZ"]\n}');
  });

  it('adds a tags list after the last setting, in its indentation and line ends', () => {
    assert.equal(added('{\n  "rules": { "tags-unknown": "warning" }\n}\n'), '{\n  "rules": { "tags-unknown": "warning" },\n  "tags": ["XYZZ"]\n}\n');
    assert.equal(added('{\r\n    "date": "2004-11-02",\r\n}\r\n'), '{\r\n    "date": "2004-11-02",\r\n    "tags": ["XYZZ"],\r\n}\r\n');
    assert.equal(added('{ "date": "2004-11-02" }'), '{ "date": "2004-11-02", "tags": ["XYZZ"] }');
    assert.equal(added('{}'), '{\n  "tags": ["XYZZ"]\n}');
    assert.equal(added(''), '{\n  "tags": ["XYZZ"]\n}\n');
  });

  it('changes nothing more when applied again, and nothing when the file lists the TAG in any case', () => {
    for (const text of ['{}', '{ "rules": {} }', '{\n  "tags": ["ABCD"]\n}', '']) {
      const once = added(text)!;
      assert.deepEqual(addTagEdits(once, 'XYZZ'), [], once);
      assert.deepEqual(parseConfig(once, RULE_IDS), { config: { ...parseConfig(text, RULE_IDS).config, tags: [...(parseConfig(text, RULE_IDS).config.tags ?? []), 'XYZZ'] }, problems: [] });
    }
    assert.deepEqual(addTagEdits('{ "tags": [" xyzz "] }', 'XYZZ'), []);
  });

  it('leaves a file it cannot add to alone: not JSON, not an object, tags not a list', () => {
    for (const text of ['{ "tags": ', '[]', '{ "tags": "XYZZ" }', '"tags"']) assert.equal(addTagEdits(text, 'XYZZ'), undefined, text);
  });
});
