import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../server/src/service';
import { dedent } from '../../support/annotated';
import { confidentialCable } from '../../support/cables';
import { expectClean, expectRule } from '../../support/ruleHarness';

const RULE = 'summary-pairing';
const cable = confidentialCable;

describe('summary-pairing', () => {
  it('fires on an End Summary with no start before it', () => {
    expectRule(
      RULE,
      cable(`
      1. (C) The ministers met in Rangoon and signed the MOU.
      End Summary.
      ^^^^^^^^^^^ summary-pairing

      2. (U) Officials from six governments attended.
      `),
    );
  });

  it('says what is missing', () => {
    const [finding] = lintText(dedent(cable(`
      1. (C) The ministers met.  END SUMMARY.
      `))).diagnostics.filter((d) => d.rule === RULE);
    assert.equal(finding.message, '"END SUMMARY" has no summary start before it; expected "Summary:" or a SUMMARY heading first.');
    assert.deepEqual(finding.fixes, []);
  });

  it('fires on the second of two ends after one start', () => {
    expectRule(
      RULE,
      cable(`
      1. (C) Summary: The ministers met. End Summary.

      2. (U) Officials attended. End Summary.
                                 ^^^^^^^^^^^ summary-pairing
      `),
    );
  });

  for (const [name, start] of [
    ['Summary:', '1. (C) Summary: The ministers met.'],
    ['Summary.', '1. (C) Summary.  The ministers met.'],
    ['BEGIN SUMMARY', '1. (C) BEGIN SUMMARY. The ministers met.'],
    ['SUMMARY AND COMMENT:', '1. (C) SUMMARY AND COMMENT: The ministers met.'],
    ['Summary and Introduction', '1. (C) Summary and Introduction.  The ministers met.'],
    ['Summary/Comment:', '1. (C) Summary/Comment: The ministers met.'],
    ['a numbered SUMMARY line', '1. (C) SUMMARY\nTHE MINISTERS MET.'],
  ]) {
    it(`pairs an end with ${name}`, () => {
      expectClean(RULE, cable(`
      ${start}
      End Summary.

      2. (U) Officials attended.
      `));
    });
  }

  it('pairs an end with a SUMMARY heading, underlined or not', () => {
    expectClean(RULE, cable(`
      Summary
      -------

      1. (C) The ministers met. End Summary.
      `));
    expectClean(RULE, cable(`
      SUMMARY AND INTRODUCTION

      1. (C) The ministers met. END SUMMARY AND INTRODUCTION.
      `));
  });

  it('accepts a start without an end', () => {
    expectClean(RULE, cable(`
      1. (C) Summary: The ministers met.

      2. (U) Officials attended.
      `));
  });

  it('tolerates an end whose start was redacted', () => {
    expectClean(RULE, cable(`
      1. (C) XXXXXXXXXXXX
      met the ministers.  End Summary.
      `));
  });

  it('tolerates a verbatim repeat of the summary in a released text', () => {
    expectClean(RULE, cable(`
      SUMMARY
      -------

      1. (C) The ministers met.  END SUMMARY.

      2. (C) Officials attended.

      1. (C) The ministers met.  END SUMMARY.
      `));
  });

  it('is clean on the seeds', () => {
    for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
      const text = readFileSync(join(__dirname, '..', '..', '..', '..', 'seeds', seed), 'utf8');
      assert.deepEqual(lintText(text, { fileName: `seeds/${seed}` }).diagnostics.filter((d) => d.rule === RULE), []);
    }
  });
});
