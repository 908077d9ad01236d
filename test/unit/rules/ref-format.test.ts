import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lintText, safeFixEdits } from '../../../server/src/service';
import { dedent } from '../../support/annotated';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const seeds = join(__dirname, '..', '..', '..', '..', 'seeds');

describe('ref-format', () => {
  it('fires on letters out of order', () => {
    expectRule(
      'ref-format',
      `
      UNCLAS RANGOON 001422

      REF: A. RANGOON 1370
           C. RANGOON 1357
           ^^ ref-format
           B. STATE 12345
           ^^ ref-format
      `,
    );
  });

  it('fires on a repeated letter and an item with no text', () => {
    const findings = expectRule(
      'ref-format',
      `
      UNCLAS KIGALI 000027

      REF: A. 04 KIGALI 1416
      B. 04 KIGALI 322
      B.
      ^^ ref-format
      ^^ ref-format
      `,
    );
    assert.deepEqual(findings.map((f) => f.message).sort(), ['REF B has no text; expected the cable or document it refers to.', 'REF B is used twice; expected C here.']);
  });

  it('fires on a garbled first letter, not on the next items', () => {
    expectRule(
      'ref-format',
      `
      UNCLAS MOGADISHU 000001

      REF: Q ROME 8622; B) ROME 1099
           ^ ref-format
      -    C) ROME 1079
      `,
    );
  });

  it('writes a garbled bare first letter with the next item\'s stop, so it reads back as A', () => {
    // A bare `A` is not read as a letter (it may be the article): written so, the next pass saw
    // `C)` as the first item, lettered it A too and pointed (REFTEL C) at the wrong cable.
    const source = `
      UNCLAS MOGADISHU 000001

      REF: Q ROME 8622; B) ROME 1099
      -    C) ROME 1079

      1. (U) As the minister said (REFTEL C), the talks go on.
      `;
    const fixed = `
      UNCLAS MOGADISHU 000001

      REF: A) ROME 8622; B) ROME 1099
      -    C) ROME 1079

      1. (U) As the minister said (REFTEL C), the talks go on.
      `;
    expectFix('ref-format', source, fixed);
    assert.equal(fixAll(dedent(source)), dedent(fixed));
  });

  it('does not reletter safely when an unlettered item comes first', () => {
    // The unlettered item may hold the references the drafter lettered A and B.
    const source = `
      UNCLAS MOGADISHU 000001

      REF: A ROME 8622; B) ROME 1099
      -    C) ROME 1079
           ^^ ref-format

      1. (U) As the minister said (REFTEL C), the talks go on.
      `;
    const [finding] = expectRule('ref-format', source);
    assert.equal(finding.fixes[0].safe, false);
    const text = dedent(source.replace(/\n\s*\^\^ ref-format/, ''));
    assert.equal(fixAll(text), text);
  });

  it('is clean when the body opens with a lettered paragraph after a blank line', () => {
    expectClean('ref-format', `\n      UNCLAS MADRID 000001\n\n      REF: A)USDA FAS 1234\n\n      A. GENERAL AUTHORIZATION.\n\n      B. EXCHANGE RATE USED IN THE PROJECTION.\n      `);
  });

  it('reletters items and citations together, safely when every citation resolves', () => {
    const source = `
      UNCLAS RANGOON 001422

      REF: A. RANGOON 1370
           C. RANGOON 1357
           B. STATE 12345

      1. (U) The ministers met (ref c) after REF B was sent.
      `;
    const [finding] = expectRule('ref-format', source.replace('C. RANGOON 1357', 'C. RANGOON 1357\n           ^^ ref-format').replace('B. STATE 12345', 'B. STATE 12345\n           ^^ ref-format'));
    assert.equal(finding.fixes[0].safe, true);
    expectFix(
      'ref-format',
      source,
      `
      UNCLAS RANGOON 001422

      REF: A. RANGOON 1370
           B. RANGOON 1357
           C. STATE 12345

      1. (U) The ministers met (ref b) after REF C was sent.
      `,
    );
  });

  it('reletters only the items, as a quick-fix, when a letter is repeated', () => {
    const source = `
      UNCLAS TALLINN 000375

      REF: A) TALLINN 366 B) LEE-GOLDSTEIN EMAIL 05/11/07
      B) TALLINN 347

      1. (C) As reported (ref B), the attacks continued.
      `;
    expectFix(
      'ref-format',
      source,
      `
      UNCLAS TALLINN 000375

      REF: A) TALLINN 366 B) LEE-GOLDSTEIN EMAIL 05/11/07
      C) TALLINN 347

      1. (C) As reported (ref B), the attacks continued.
      `,
      (fixes) => (fixes[0].safe ? undefined : fixes[0]),
    );
  });

  it('is clean on the Rangoon seed and on parenthesised letters', () => {
    expectClean('ref-format', readFileSync(join(seeds, '04RANGOON1422.txt'), 'utf8'));
    expectClean('ref-format', `\n      UNCLAS OTTAWA 001078\n\n      REF: (A) Ottawa 1061\n           (B) Toronto 1075\n      `);
  });
});

/** What `cable-lint --fix` does with this rule's findings: safe fixes, pass after pass, until nothing changes. */
function fixAll(text: string): string {
  for (let pass = 0; pass < 10; pass++) {
    const edits = safeFixEdits(lintText(text).diagnostics.filter((d) => d.rule === 'ref-format'), text);
    if (!edits.length) return text;
    text = applyEdits(text, edits).text;
  }
  assert.fail('fix-all did not settle in 10 passes');
}
