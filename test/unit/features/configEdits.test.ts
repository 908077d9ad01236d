import * as assert from 'node:assert/strict';
import { applyEdits, parseConfig, RULE_IDS } from '../../../server/src/service';
import { addTagEdits, isPlainPath, turnOffRuleEdits } from '../../../server/src/service/features';

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

  it('leaves a comment that ends the last line beside what it is about', () => {
    assert.equal(added('{\n  "tags": [\n    "ABCD" // the desk\'s own\n  ]\n}\n'), '{\n  "tags": [\n    "ABCD", // the desk\'s own\n    "XYZZ"\n  ]\n}\n');
    assert.equal(added('{\r\n  "date": "2004-11-02", /* release */ // CI\r\n}\r\n'), '{\r\n  "date": "2004-11-02", /* release */ // CI\r\n  "tags": ["XYZZ"]\r\n}\r\n');
    assert.equal(added('{\n  "date": "2004-11-02" // CI\n}'), '{\n  "date": "2004-11-02", // CI\n  "tags": ["XYZZ"]\n}');
    const edits = turnOffRuleEdits('{\n  "tags": ["QQTP"] // ours\n}\n', 'eo-era', 'a.txt');
    assert.equal(edits && applyEdits('{\n  "tags": ["QQTP"] // ours\n}\n', edits).text, '{\n  "tags": ["QQTP"], // ours\n  "overrides": [{ "files": ["a.txt"], "rules": { "eo-era": "off" } }]\n}\n');
  });

  it('edits the setting that counts when a key is repeated: the last, as the config is read', () => {
    const twice = '{\n  "tags": ["ABCD"],\n  "tags": ["QQTP"]\n}';
    assert.equal(added(twice), '{\n  "tags": ["ABCD"],\n  "tags": ["QQTP", "XYZZ"]\n}');
    assert.deepEqual(parseConfig(added(twice)!, RULE_IDS).config.tags, ['QQTP', 'XYZZ']);
    assert.deepEqual(addTagEdits('{ "tags": ["XYZZ"], "tags": [] }', 'XYZZ')?.length, 1, 'a TAG only in the list that no longer counts is added');
    const overrides = '{ "overrides": [], "overrides": [{ "files": ["a.txt"], "rules": { "eo-era": "error" } }] }';
    const edits = turnOffRuleEdits(overrides, 'eo-era', 'a.txt');
    assert.equal(edits && applyEdits(overrides, edits).text, '{ "overrides": [], "overrides": [{ "files": ["a.txt"], "rules": { "eo-era": "off" } }] }');
  });

  it('edits a file saved with a BOM (Windows editors), keeping it', () => {
    assert.equal(added('\uFEFF{\r\n  "tags": ["ABCD"]\r\n}\r\n'), '\uFEFF{\r\n  "tags": ["ABCD", "XYZZ"]\r\n}\r\n');
    assert.equal(added('\uFEFF{}'), '\uFEFF{\n  "tags": ["XYZZ"]\n}');
    const edits = turnOffRuleEdits('\uFEFF{ "tags": [] }', 'eo-era', 'a.txt');
    assert.equal(edits && applyEdits('\uFEFF{ "tags": [] }', edits).text, '\uFEFF{ "tags": [], "overrides": [{ "files": ["a.txt"], "rules": { "eo-era": "off" } }] }');
  });

  it('leaves a file it cannot add to alone: not JSON, not an object, tags not a list', () => {
    for (const text of ['{ "tags": ', '[]', '{ "tags": "XYZZ" }', '"tags"']) assert.equal(addTagEdits(text, 'XYZZ'), undefined, text);
  });
});

describe('turnOffRuleEdits (the "turn off for this file" quick fix)', () => {
  const off = (text: string, rule = 'eo-era', file = 'cables/a.txt') => {
    const edits = turnOffRuleEdits(text, rule, file);
    return edits && applyEdits(text, edits).text;
  };

  it('adds an overrides list with an entry for the file', () => {
    assert.equal(off('{\n  "tags": ["QQTP"]\n}\n'), '{\n  "tags": ["QQTP"],\n  "overrides": [{ "files": ["cables/a.txt"], "rules": { "eo-era": "off" } }]\n}\n');
    assert.equal(off(''), '{\n  "overrides": [{ "files": ["cables/a.txt"], "rules": { "eo-era": "off" } }]\n}\n');
  });

  it('adds to the last override when it names only that file, else appends one (later entries win)', () => {
    const own = '{\n  "overrides": [\n    { "files": ["cables/a.txt"], "rules": { "ref-unused": "off" } }\n  ]\n}';
    assert.equal(off(own), '{\n  "overrides": [\n    { "files": ["cables/a.txt"], "rules": { "ref-unused": "off", "eo-era": "off" } }\n  ]\n}');
    assert.equal(off('{ "overrides": [{ "files": ["cables/a.txt"] }] }'), '{ "overrides": [{ "files": ["cables/a.txt"], "rules": { "eo-era": "off" } }] }');
    assert.equal(off('{ "overrides": [{ "files": ["cables/a.txt"], "rules": {} }] }'), '{ "overrides": [{ "files": ["cables/a.txt"], "rules": { "eo-era": "off" } }] }');
    assert.equal(off('{ "overrides": [{ "files": ["cables/a.txt"], "rules": { "eo-era": "info" } }] }'), '{ "overrides": [{ "files": ["cables/a.txt"], "rules": { "eo-era": "off" } }] }');
    const other = '{\n  "overrides": [\n    { "files": ["cables/*.txt"], "rules": { "eo-era": "error" } }\n  ]\n}';
    assert.equal(off(other), '{\n  "overrides": [\n    { "files": ["cables/*.txt"], "rules": { "eo-era": "error" } },\n    { "files": ["cables/a.txt"], "rules": { "eo-era": "off" } }\n  ]\n}');
    assert.equal(off('{ "overrides": [] }'), '{ "overrides": [{ "files": ["cables/a.txt"], "rules": { "eo-era": "off" } }] }');
  });

  it('changes nothing more when applied again, and the result reads as a config turning the rule off for the file', () => {
    for (const text of ['', '{}', '{ "overrides": [{ "files": ["b.txt"] }] }', '{\r\n  "rules": { "eo-era": "error" }\r\n}\r\n']) {
      const once = off(text)!;
      assert.deepEqual(turnOffRuleEdits(once, 'eo-era', 'cables/a.txt'), [], once);
      const { config, problems } = parseConfig(once, RULE_IDS);
      assert.deepEqual(problems, [], once);
      assert.deepEqual(config.overrides?.[config.overrides.length - 1], { files: ['cables/a.txt'], rules: { 'eo-era': 'off' } });
    }
  });

  it('leaves a file it cannot change alone, and names only plain paths', () => {
    for (const text of ['{ "overrides": {} }', '{ "overrides": [{ "files": ["cables/a.txt"], "rules": [] }] }', '{ bad']) assert.equal(turnOffRuleEdits(text, 'eo-era', 'cables/a.txt'), undefined, text);
    assert.deepEqual(['a.txt', 'x/04RANGOON1422.txt', 'a[1].txt', '!a.txt', 'a*.txt', '../a.txt', ''].map(isPlainPath), [true, true, false, false, false, false, false]);
  });
});
