import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { applyEdits, comparePositions, lintText } from '../../../server/src/service';
import { diffEdits, fixToFixedPoint, unattendedFix } from '../../../server/src/service/features';
import { cable } from './helpers';

// Texts built from a few distinct lines and line breaks, so that two texts share lines often.
const line = fc.constantFrom('1. (U) One.', '2. (U) Two.', '', 'TAGS: PREL', 'abc', 'abd', ' x');
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
const text = fc.array(fc.tuple(line, lineBreak), { maxLength: 12 }).chain((lines) =>
  fc.boolean().map((trailing) => {
    const joined = lines.map(([l, b]) => l + b).join('');
    return trailing || !lines.length ? joined : joined.slice(0, -lines[lines.length - 1][1].length);
  }),
);

describe('diffEdits', () => {
  it('turns one text into the other with ordered, non-overlapping edits (1000 generated pairs)', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = diffEdits(before, after);
        for (let i = 1; i < edits.length; i++) assert.ok(comparePositions(edits[i - 1].range.end, edits[i].range.start) <= 0, 'edits overlap or are out of order');
        assert.equal(applyEdits(before, edits).text, after);
      }),
      { numRuns: 1000, seed: 20261123 },
    );
  });

  it('edits only what changed', () => {
    assert.deepEqual(diffEdits('a\n13. x\nb\n', 'a\n3. x\nb\n'), [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, newText: '' }]);
    assert.deepEqual(diffEdits('same', 'same'), []);
    assert.deepEqual(diffEdits('a\nb\n', 'UNCLAS\n\na\nb\n'), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'UNCLAS\n\n' }]);
  });
});

describe('fixToFixedPoint', () => {
  const lint = (t: string) => lintText(t).diagnostics;

  it('stops when nothing is left to fix and counts the passes that changed the text', () => {
    const text = cable('UNCLAS BANGKOK 003955', '', 'E.O. 12958: N/A', 'TAGS: PREL, TH', 'SUBJECT: X', '', '1. (U) One.', '', '3. (U) Two.');
    const result = fixToFixedPoint(text, { lint });
    assert.equal(result.passes, 1);
    assert.ok(result.text.includes('2. (U) Two.'));
    assert.deepEqual(fixToFixedPoint(result.text, { lint }), { text: result.text, passes: 0 });
  });

  it('respects the pass limit and the selection of diagnostics', () => {
    const text = cable('UNCLAS BANGKOK 003955', '', 'E.O. 12958: N/A', 'TAGS: PREL, TH', 'SUBJECT: X', '', '1. (U) One.', '', '3. ( U ) Two.');
    assert.equal(fixToFixedPoint(text, { lint, maxPasses: 0 }).text, text);
    const marksOnly = fixToFixedPoint(text, { lint, select: (d) => d.rule === 'portion-marking-format' }).text;
    assert.ok(marksOnly.includes('3. (U) Two.'), marksOnly);
  });

  it('applies a preferred fix that is not safe when asked to (fix all of one rule)', () => {
    const unsafe = { rule: 'r', severity: 'warning' as const, message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    const edit = { range: unsafe.range, newText: 'x' };
    assert.equal(unattendedFix({ ...unsafe, fixes: [{ title: 'a', edits: [edit], safe: false, preferred: true }, { title: 'b', edits: [], safe: false }] })?.title, 'a');
    assert.equal(unattendedFix({ ...unsafe, fixes: [{ title: 'a', edits: [edit], safe: false }, { title: 'b', edits: [], safe: false }] }), undefined, 'a choice is left to the user');
    assert.equal(unattendedFix({ ...unsafe, fixes: [{ title: 'only', edits: [edit], safe: false }] })?.title, 'only');
  });
});
