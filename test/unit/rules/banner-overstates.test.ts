import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const RULE = 'banner-overstates';
const root = join(__dirname, '..', '..', '..', '..');

const fields = `
      E.O. 12958: DECL: 04/14/2014
      TAGS: PARM, PREL, BA
      SUBJECT: EXPORTS TO LIBYA DEMARCHE DELIVERED

      Classified By: Charge d'Affaires Robert S. Ford for reasons 1.4 (b) and (d)
`;

describe('banner-overstates', () => {
  it('fires on a classified banner when every portion is marked lower', () => {
    const [finding] = expectRule(
      RULE,
      `
      S E C R E T MANAMA 000403
      ^^^^^^^^^^^ banner-overstates
${fields}
      1. (C) The CDA delivered the demarche.

      2. (U) The Minister agreed.
      `,
    );
    assert.equal(finding.message, 'The banner says SECRET but no portion is marked above CONFIDENTIAL (highest: (C) in paragraph 1).');
    assert.equal(finding.fixes.length, 1);
    assert.equal(finding.fixes[0].safe, false);
  });

  it('is clean when a paragraph is unmarked, when sections are missing from the text, or when the routing line agrees', () => {
    expectClean(RULE, `\n      S E C R E T MANAMA 000403\n${fields}\n      1. (C) The CDA delivered the demarche.\n\n      2. The Minister agreed.\n      `);
    expectClean(RULE, `\n      S E C R E T SECTION 01 OF 02 MANAMA 000403\n${fields}\n      1. (C) The CDA delivered the demarche.\n      `);
    expectClean(RULE, `\n      ZNY SSSSS ZZH\n      O 130854Z APR 04\n\n      S E C R E T MANAMA 000403\n${fields}\n      1. (C) The CDA delivered the demarche.\n      `);
  });

  it('is clean on an unclassified banner and on a cable that marks nothing', () => {
    expectClean(RULE, `\n      UNCLAS MANAMA 000403\n\n      E.O. 12958: N/A\n      TAGS: PREL, BA\n      SUBJECT: DEMARCHE\n\n      1. (U) The Minister agreed.\n      `);
    expectClean(RULE, `\n      S E C R E T MANAMA 000403\n${fields}\n      1. The CDA delivered the demarche.\n      `);
  });

  it('offers to lower the banner to the highest portion level', () => {
    expectFix(
      RULE,
      `\n      S E C R E T MANAMA 000530\n${fields}\n      1. (C) The CDA delivered the demarche.\n      `,
      `\n      C O N F I D E N T I A L MANAMA 000530\n${fields}\n      1. (C) The CDA delivered the demarche.\n      `,
    );
  });

  it('adds the SENSITIVE caption when lowering to SBU', () => {
    expectFix(
      RULE,
      `\n      C O N F I D E N T I A L SANAA 001250\n${fields}\n      1. (SBU) The Minister agreed.\n      `,
      `\n      UNCLAS SANAA 001250\n      SENSITIVE\n${fields}\n      1. (SBU) The Minister agreed.\n      `,
    );
  });

  it('is clean on the seeds', () => {
    for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
      const text = readFileSync(join(root, 'seeds', seed), 'utf8');
      assert.deepEqual(lintText(text, { fileName: `seeds/${seed}` }).diagnostics.filter((d) => d.rule === RULE), []);
    }
  });
});
