import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const RULE = 'banner-understates';
const root = join(__dirname, '..', '..', '..', '..');

const fields = `
      E.O. 12958: DECL: 06/24/2014
      TAGS: PREL, PINS, RW
      SUBJECT: KAGAME DISAPPOINTED

      Classified By: Eric Wong, Political Officer. Reason: 1.4 (d).
`;

/** A CONFIDENTIAL banner under a `ZNY SSSSS` routing line; `above`: routing lines before the DE line. */
const underSecretRouting = (above = '') => `
${above}      DE RUEHTV #2502/01 3221434
      ZNY SSSSS ZZH
      O 181434Z NOV 09

      C O N F I D E N T I A L TEL AVIV 002502
      ^^^^^^^^^^^^^^^^^^^^^^^ banner-understates
${fields}
      1. (C) Officials met.
      `;

describe('banner-understates', () => {
  it('fires on the banner when a paragraph is marked higher, naming the paragraph', () => {
    const [finding] = expectRule(
      RULE,
      `
      C O N F I D E N T I A L KIGALI 000877
      ^^^^^^^^^^^^^^^^^^^^^^^ banner-understates
${fields}
      1. (C) Kagame met the Ambassador.

      2. (S) He described troop movements.
      `,
    );
    assert.equal(finding.message, 'Paragraph 2 is marked (S) but the banner says CONFIDENTIAL; the cable must be SECRET.');
  });

  it('fires on an UNCLAS banner over a classified SUBJECT or routing security line', () => {
    const [subject] = expectRule(
      RULE,
      `
      UNCLAS BRUSSELS 003057
      ^^^^^^ banner-understates

      E.O. 12958: N/A
      TAGS: PREL, EUN
      SUBJECT: (C) DARFUR DEMARCHE

      1. (U) The EC answered.
      `,
    );
    assert.match(subject.message, /^The SUBJECT line is marked \(C\)/);
    const [routing] = expectRule(RULE, underSecretRouting());
    assert.match(routing.message, /^The routing line is marked SSSSS/);
  });

  it('reads the routing security line below routing indicators that wrap onto a second line', () => {
    const wrapped = '      PP RUEHAG RUEHAST RUEHDA RUEHDF RUEHFL RUEHIK RUEHKW RUEHLA RUEHLN\n      RUEHLZ RUEHPOD RUEHROV RUEHSR RUEHVK RUEHYG\n';
    const [routing] = expectRule(RULE, underSecretRouting(wrapped));
    assert.match(routing.message, /^The routing line is marked SSSSS/);
  });

  it('is clean when SBU paragraphs stand under an UNCLAS banner, or when the higher mark is quoted or a list letter', () => {
    expectClean(RULE, `\n      UNCLAS PRETORIA 005359\n\n      E.O. 12958: N/A\n      TAGS: SF, PGOV\n      SUBJECT: INFIGHTING\n\n      1. (SBU) Summary: Disagreements.\n      `);
    expectClean(
      RULE,
      `
      UNCLAS MADRID 002801

      E.O. 12958: N/A
      TAGS: ETTC, SP
      SUBJECT: TRACKER QUESTIONS

      1. (U) Post asks:

      (b) Which countries use the Tracker system?

      (c) Does the system reduce the risk of diversion?

      2. (U) BEGIN TEXT:
      (C) The ministry's own marking, quoted.
      END TEXT.
      `,
    );
  });

  it('raises the header banner and the section banners below the highest level', () => {
    expectFix(
      RULE,
      `
      C O N F I D E N T I A L SECTION 01 OF 02 KINSHASA 000419
${fields}
      1. (C) Officials met.

      C O N F I D E N T I A L SECTION 02 OF 02 KINSHASA 000419

      2. (S/NF) A source reported troop movements.
      `,
      `
      S E C R E T SECTION 01 OF 02 KINSHASA 000419
${fields}
      1. (C) Officials met.

      S E C R E T SECTION 02 OF 02 KINSHASA 000419

      2. (S/NF) A source reported troop movements.
      `,
    );
  });

  it('is clean on the seeds', () => {
    for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
      const text = readFileSync(join(root, 'seeds', seed), 'utf8');
      assert.deepEqual(lintText(text, { fileName: `seeds/${seed}` }).diagnostics.filter((d) => d.rule === RULE), []);
    }
  });
});
