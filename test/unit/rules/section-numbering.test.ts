import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const RULE = 'section-numbering';
const root = join(__dirname, '..', '..', '..', '..');

const fields = `
      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM
      SUBJECT: TIP COOPERATION

      Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)

      1. (C) The ministers met.
`;
const section = (n: string, total: string, body: string) => `\n      C O N F I D E N T I A L SECTION ${n} OF ${total} RANGOON 001422\n\n      ${body}\n`;

describe('section-numbering', () => {
  it('fires on SECTION 01 OF 01', () => {
    const [finding] = expectRule(
      RULE,
      `
      C O N F I D E N T I A L SECTION 01 OF 01 TEHRAN 011319
                              ^^^^^^^^^^^^^^^^ section-numbering
${fields}`,
    );
    assert.match(finding.message, /^`SECTION 01 OF 01` is not used/);
  });

  it('fires on a section out of sequence, naming the one expected', () => {
    const [finding] = expectRule(
      RULE,
      `
      C O N F I D E N T I A L SECTION 01 OF 03 RANGOON 001422
${fields}
      C O N F I D E N T I A L SECTION 03 OF 03 RANGOON 001422
                                      ^^ section-numbering

      2. (C) They signed.
      `,
    );
    assert.equal(finding.message, 'Section 03 follows section 01; expected section 02.');
  });

  it('fires on a total that disagrees with the other sections, and on a number above the total', () => {
    const [total] = expectRule(
      RULE,
      `
      C O N F I D E N T I A L SECTION 01 OF 03 RANGOON 001422
${fields}
      C O N F I D E N T I A L SECTION 02 OF 02 RANGOON 001422
                                            ^^ section-numbering

      2. (C) They signed.

      C O N F I D E N T I A L SECTION 03 OF 03 RANGOON 001422

      3. (C) They left.
      `,
    );
    assert.equal(total.message, 'Section total 02 is wrong: the other sections say 03.');
    const [above] = expectRule(
      RULE,
      `
      C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422
                                            ^^ section-numbering
${fields}
      C O N F I D E N T I A L SECTION 02 OF 02 RANGOON 001422
                                            ^^ section-numbering

      2. (C) They signed.

      C O N F I D E N T I A L SECTION 03 OF 02 RANGOON 001422
                                            ^^ section-numbering

      3. (C) They left.
      `,
    );
    assert.equal(above.message, 'Section total 02 is wrong: the section numbers run to 03.');
  });

  it('is clean on an extract holding only the first sections, and on a file holding the cable twice', () => {
    expectClean(RULE, `\n      C O N F I D E N T I A L SECTION 01 OF 04 RANGOON 001422\n${fields}`);
    expectClean(RULE, `\n      C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422\n${fields}${section('02', '02', '2. (C) End.')}${section('01', '02', '1. (C) Again.')}${section('02', '02', '2. (C) End.')}`);
    expectClean(RULE, `\n      C O N F I D E N T I A L RANGOON 001422\n${fields}`);
  });

  it('renumbers a section, keeping the width written', () => {
    expectFix(
      RULE,
      `\n      C O N F I D E N T I A L SECTION 01 OF 03 RANGOON 001422\n${fields}${section('03', '03', '2. (C) Signed.')}${section('03', '03', '3. (C) Left.')}`,
      `\n      C O N F I D E N T I A L SECTION 01 OF 03 RANGOON 001422\n${fields}${section('02', '03', '2. (C) Signed.')}${section('03', '03', '3. (C) Left.')}`,
    );
  });

  it('corrects a disagreeing total and removes SECTION 01 OF 01', () => {
    expectFix(
      RULE,
      `\n      C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422\n${fields}${section('02', '03', '2. (C) Signed.')}`,
      `\n      C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422\n${fields}${section('02', '02', '2. (C) Signed.')}`,
    );
    expectFix(RULE, `\n      C O N F I D E N T I A L SECTION 01 OF 01 TEHRAN 011319\n${fields}`, `\n      C O N F I D E N T I A L TEHRAN 011319\n${fields}`);
  });

  it('is clean on the Rangoon seed, an extract of section 01 of 02', () => {
    const text = readFileSync(join(root, 'seeds', '04RANGOON1422.txt'), 'utf8');
    assert.deepEqual(lintText(text, { fileName: 'seeds/04RANGOON1422.txt' }).diagnostics.filter((d) => d.rule === RULE), []);
  });
});
