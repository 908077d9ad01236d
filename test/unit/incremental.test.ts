// The editor's incremental re-parse (reparseCable) must give exactly the model a whole parse of
// the new text gives, never change the earlier model, and really re-parse only around an edit.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { CableModel, parseCable, parseCableForEditing, reparseCable } from '../../server/src/service';
import { CABLE_FRAGMENTS, runParameters, sampleCables } from '../support/arbitraries';

/** Everything a model says, ranges and line index included (keys sorted: their order is no part of it). */
function snapshot(model: CableModel): string {
  return JSON.stringify(model, (key, value) => {
    if (key === 'lines' && !Array.isArray(value)) return { lines: value.lines, starts: value.starts };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]]));
  });
}

/** A cable of many numbered paragraphs: most edits land far from the header. */
function longCable(paragraphs: number): string {
  const header = ['C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422', '', 'E.O. 12958: DECL: 11/02/2014', 'TAGS: PHUM PGOV BM', 'SUBJECT: A LONG CABLE', '', 'REF: A. RANGOON 1370 B. RANGOON 1357', '', 'Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)', ''];
  const body: string[] = [];
  for (let n = 1; n <= paragraphs; n++) {
    body.push(`${n}. (C) Paragraph ${n} cites ref a and reports what the embassy heard this week.`, 'It goes on over a second line, as cables do,', 'and ends on a third.', '');
    if (n % 40 === 0) body.push('BEGIN TEXT:', 'Quoted words, not ours. SUMMARY: none.', 'END TEXT', '');
    // Later sections repeat the banner and some header fields.
    if (n % 60 === 0) body.push(`C O N F I D E N T I A L SECTION 0${n / 60 + 1} OF 09 RANGOON 001422`, '', 'E.O. 12958: DECL: 11/02/2014', 'TAGS: PHUM PGOV BM', 'SUBJECT: A LONG CABLE', '');
  }
  return [...header, ...body, 'MARTINEZ'].join('\n');
}

const INSERTS = ['e', ' ', '.', '\n', '\r\n', '\r', '1. ', '(C) ', '(U) ', 'BEGIN TEXT', 'END TEXT', 'SUMMARY: ', 'END SUMMARY', 'REF A ', 'xxxxx', '-----', ...CABLE_FRAGMENTS.slice(0, 40)];

// Positions spread evenly (fast-check otherwise favours the edges: the text's first characters).
const edit = fc.record({ at: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000), remove: fc.nat(6), insert: fc.constantFrom(...INSERTS) });

/** Edits re-parsed, and those of them re-parsed around the edit only (the earlier paragraphs kept). */
const tally = { edits: 0, local: 0 };

/** Applies the edits one after another, re-parsing each time; returns what differs from a whole parse. */
function editingProblems(text: string, fileName: string, edits: Array<{ at: number; remove: number; insert: string }>): string[] {
  let model = parseCableForEditing(text, { fileName });
  const problems: string[] = [];
  for (const [i, e] of edits.entries()) {
    // Most of a cable's lines are body lines, but short cables are mostly header: lean to the end.
    const at = Math.floor(Math.sqrt(e.at) * text.length);
    text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
    const before = snapshot(model);
    const next = reparseCable(model, text, { fileName });
    if (snapshot(model) !== before) problems.push(`edit ${i} changed the earlier model`);
    tally.edits++;
    if (next.paragraphs.length && next.paragraphs[0] === model.paragraphs[0]) tally.local++;
    if (snapshot(next) !== snapshot(parseCable(text, { fileName }))) problems.push(`edit ${i} (${JSON.stringify(e.insert)} at ${at}, ${e.remove} removed) differs from a whole parse`);
    model = next;
  }
  return problems;
}

describe('incremental re-parse', () => {
  const { origin, cables } = sampleCables(120);

  it(`equals a whole parse after every edit of real cables (${origin}, 6 edits each)`, () => {
    fc.assert(
      fc.property(fc.nat(cables.length - 1), fc.array(edit, { minLength: 6, maxLength: 6 }), (index, edits) => {
        assert.deepEqual(editingProblems(cables[index].text, cables[index].name, edits), [], cables[index].name);
      }),
      runParameters(cables.length * 2),
    );
    console.log(`      ${tally.edits} edits, ${tally.local} re-parsed around the edit only`);
    // Otherwise this would only prove that whole parses equal whole parses.
    assert.ok(tally.local > tally.edits / 5, `only ${tally.local} of ${tally.edits} edits were re-parsed locally`);
  });

  it('equals a whole parse after 150 edits of one long cable', () => {
    const edits = fc.sample(edit, { numRuns: 150, seed: 5 });
    assert.deepEqual(editingProblems(longCable(250), 'LONG.txt', edits), []);
  });

  it('re-parses a body edit locally: the paragraphs before and after it are the earlier ones', () => {
    const text = longCable(400);
    const model = parseCableForEditing(text);
    const paragraph = model.paragraphs[200];
    const line = paragraph.range.start.line + 1;
    const at = model.lines.offsetAt({ line, character: 5 });
    const next = reparseCable(model, text.slice(0, at) + 'e' + text.slice(at));
    assert.equal(next.paragraphs.length, model.paragraphs.length);
    assert.equal(next.paragraphs[150], model.paragraphs[150]);
    assert.equal(next.paragraphs[250], model.paragraphs[250]);
    assert.notEqual(next.paragraphs[200], model.paragraphs[200]);
    assert.equal(next.paragraphs[200].range.end.line, paragraph.range.end.line);
    assert.equal(next.lines.lines[line].length, model.lines.lines[line].length + 1);
  });

  it('re-parses a new line in the body locally: what follows moves down a line', () => {
    const text = longCable(400);
    const model = parseCableForEditing(text);
    const at = model.lines.offsetAt({ line: model.paragraphs[200].range.start.line + 1, character: 5 });
    const next = reparseCable(model, text.slice(0, at) + '\n' + text.slice(at));
    assert.equal(next.paragraphs[150], model.paragraphs[150]);
    assert.equal(next.paragraphs[250].range.start.line, model.paragraphs[250].range.start.line + 1);
    assert.equal(next.paragraphs[250].lead, model.paragraphs[250].lead);
    assert.equal(next.signature?.range.start.line, model.signature!.range.start.line + 1);
  });

  it('parses again from scratch after an edit in the header or with other options', () => {
    const text = longCable(50);
    const model = parseCableForEditing(text, { fileName: 'A.txt' });
    const inHeader = reparseCable(model, text.replace('TAGS: PHUM', 'TAGS: PREL PHUM'), { fileName: 'A.txt' });
    assert.notEqual(inHeader.paragraphs[40], model.paragraphs[40]);
    assert.equal(inHeader.tags[0].tokens.length, 4);
    const renamed = reparseCable(model, text + ' ', { fileName: 'B.txt' });
    assert.notEqual(renamed.paragraphs[10], model.paragraphs[10]);
    assert.equal(reparseCable(model, text, { fileName: 'A.txt' }), model);
  });
});
