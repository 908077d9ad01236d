import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../server/src/service';
import { dedent } from '../../support/annotated';
import { confidentialCable } from '../../support/cables';
import { expectClean, expectRule } from '../../support/ruleHarness';

const RULE = 'comment-pairing';
const cable = confidentialCable;

describe('comment-pairing', () => {
  it('fires on an End Comment with no start before it', () => {
    expectRule(
      RULE,
      cable(`
      1. (C) The ministers met in Rangoon.

      2. (C) The regime got the endorsement it sought.  End Comment.
                                                        ^^^^^^^^^^^ comment-pairing
      `),
    );
  });

  it('fires on an End Note with no start, naming the start it expects', () => {
    expectRule(
      RULE,
      cable(`
      1. (C) The minister was absent (he was in Bangkok. End note).
                                                         ^^^^^^^^ comment-pairing
      `),
    );
    const [finding] = lintText(dedent(cable(`
      1. (C) The minister was absent (he was in Bangkok. End note).
      `))).diagnostics.filter((d) => d.rule === RULE);
    assert.equal(finding.message, '"End note" has no start before it; expected "Note:" earlier.');
  });

  it('pairs an inline comment and an inline note', () => {
    expectClean(RULE, cable(`
      1. (C) The minister was absent (Note: he was in Bangkok. End Note).
      The talks went well (Comment: better than expected. End comment.)
      `));
  });

  it('pairs a Comment heading, a numbered COMMENT line and SUMMARY AND COMMENT with their ends', () => {
    expectClean(RULE, cable(`
      Comment
      -------

      5. (C) The regime benefits.  End Comment.
      `));
    expectClean(RULE, cable(`
      5. (C) COMMENT
      THE REGIME BENEFITS.  END COMMENT.
      `));
    expectClean(RULE, cable(`
      1. (C) SUMMARY AND COMMENT: The regime benefits.  END SUMMARY AND COMMENT.
      `));
  });

  it('lets End Note close a Note inside a comment', () => {
    expectClean(RULE, cable(`
      Comment: And the Burmese Government Also Benefits

      9. (C) The minister spoke (Note: in Rangoon. End note). The regime benefits. End comment.
      `));
  });

  it('accepts a start without an end', () => {
    expectClean(RULE, cable(`
      1. (C) Comment: The regime benefits.
      `));
  });

  it('tolerates an end whose start was redacted', () => {
    expectClean(RULE, cable(`
      1. (C) Officials met XXXXXXXXXXXX END NOTE.) The talks went well.
      `));
  });

  it('reads COMMENT spelled with a zero (an OCR artifact) as COMMENT', () => {
    expectClean(RULE, cable(`
      -------------------
      SUMMARY AND C0MMENT
      -------------------

      1. (C) The regime benefits.  END SUMMARY AND COMMENT.
      `));
    expectClean(RULE, cable(`
      1. (C) C0MMENT: The regime benefits.  END COMMENT.
      `));
  });

  it('takes END COMMENTS ON a titled section for no comment end, and COMMENTS ON opening a line for no start', () => {
    expectClean(RULE, cable(`
      3. (C) SPECIFIC COMMENTS ON THE DRAFT:

      A. THE TEXT IS TOO LONG.

      END COMMENTS ON THE DRAFT.
      `));
    expectRule(
      RULE,
      cable(`
      1. (C) The Embassy will send its
      COMMENTS ON THE DRAFT WITHIN A WEEK.

      2. (C) The regime benefits.  End Comment.
                                   ^^^^^^^^^^^ comment-pairing
      `),
    );
  });

  it('is clean on the seeds', () => {
    for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
      const text = readFileSync(join(__dirname, '..', '..', '..', '..', 'seeds', seed), 'utf8');
      assert.deepEqual(lintText(text, { fileName: `seeds/${seed}` }).diagnostics.filter((d) => d.rule === RULE), []);
    }
  });
});
