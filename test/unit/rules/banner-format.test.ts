import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const RULE = 'banner-format';
const root = join(__dirname, '..', '..', '..', '..');

const header = `

      E.O. 12958: DECL: 05/12/2018
      TAGS: EFIN, KU
      SUBJECT: TERRORISM FINANCE

      Classified By: Ambassador Richard LeBaron, reasons 1.4 (b) and (d)

      1. (C) Officials met.
`;

describe('banner-format', () => {
  it('fires on a classified level that is not letter-spaced', () => {
    const [finding] = expectRule(RULE, `\n      CONFIDENTIAL KUWAIT 000560\n      ^^^^^^^^^^^^ banner-format${header}`);
    assert.equal(finding.message, 'Classified banner `CONFIDENTIAL` is not letter-spaced; expected `C O N F I D E N T I A L`.');
  });

  it('fires on broken spacing and doubled letters', () => {
    expectRule(RULE, `\n      SS E C R E T TUNIS 000679\n      ^^^^^^^^^^^^ banner-format${header}`);
    const [finding] = expectRule(RULE, `\n      CO N F I D E N T I A L SECTION 01 OF 06 PARIS 001501\n      ^^^^^^^^^^^^^^^^^^^^^^ banner-format${header}`);
    assert.equal(finding.message, 'Banner level `CO N F I D E N T I A L` is garbled; expected `C O N F I D E N T I A L`.');
  });

  it('fires on UNCLASSIFIED and on a lowercase level', () => {
    const [unclassified] = expectRule(RULE, `\n      UNCLASSIFIED ZAGREB 001187\n      ^^^^^^^^^^^^ banner-format${header}`);
    assert.equal(unclassified.message, 'Banner says `UNCLASSIFIED`; cables write `UNCLAS`.');
    const [lower] = expectRule(RULE, `\n      S e c r e t NAIROBI 001829\n      ^^^^^^^^^^^ banner-format${header}`);
    assert.equal(lower.message, 'Banner level `S e c r e t` is in lowercase; expected `S E C R E T`.');
  });

  it('checks section banners too', () => {
    expectRule(
      RULE,
      `
      C O N F I D E N T I A L SECTION 01 OF 02 KUWAIT 000560
${header}
      CONFIDENTIAL SECTION 02 OF 02 KUWAIT 000560
      ^^^^^^^^^^^^ banner-format

      2. (C) They agreed.
      `,
    );
  });

  it('is clean on well-spelled banners and on a centred page marking of a printed copy', () => {
    expectClean(RULE, `\n      C O N F I D E N T I A L SECTION 01 OF 02 KUWAIT 000560${header}`);
    expectClean(RULE, `\n      UNCLAS SECTION 01 OF 02 GABORONE 003355${header}`);
    expectClean(RULE, `\n                             CONFIDENTIAL${header}`);
  });

  it('respells only the level words', () => {
    expectFix(RULE, `\n      SS E C R E T SECTION 01 OF 02 PARIS 000381${header}`, `\n      S E C R E T SECTION 01 OF 02 PARIS 000381${header}`);
    expectFix(RULE, `\n      UNCLASSIFIED TEHRAN 4789${header}`, `\n      UNCLAS TEHRAN 4789${header}`);
    expectFix(RULE, `\n      CONFIDENTIAL KUWAIT 000560${header}`, `\n      C O N F I D E N T I A L KUWAIT 000560${header}`);
  });

  it('is clean on the seeds', () => {
    for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
      const text = readFileSync(join(root, 'seeds', seed), 'utf8');
      assert.deepEqual(lintText(text, { fileName: `seeds/${seed}` }).diagnostics.filter((d) => d.rule === RULE), []);
    }
  });
});
