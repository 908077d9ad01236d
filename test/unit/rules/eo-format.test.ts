import * as assert from 'node:assert/strict';
import { Fix } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const cable = (eo: string) => `
      C O N F I D E N T I A L RANGOON 001422

      ${eo}
      TAGS: PHUM, PGOV, BM
      SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION
      `;

describe('eo-format', () => {
  it('fires on EO without dots and colon, from keyword to order number', () => {
    expectRule(
      'eo-format',
      `
      C O N F I D E N T I A L RANGOON 001422

      EO 12958 DECL: 11/02/2014
      ^^^^^^^^ eo-format
      TAGS: PHUM, PGOV, BM
      `,
    );
  });

  it('fires on a number that is no executive order, at the number', () => {
    expectRule(
      'eo-format',
      `
      UNCLAS YEREVAN 001002

      E.O. 12598: N/A
           ^^^^^ eo-format
      TAGS: PREL, AM
      `,
    );
  });

  it('fires when the order number is left out, at the keyword', () => {
    expectRule(
      'eo-format',
      `
      C O N F I D E N T I A L KHARTOUM 002625

      E.O. DECL.: 05/29/2000
      ^^^^ eo-format
      TAGS: PREL, SU
      `,
    );
  });

  it('reports a half-typed order number as incomplete, at the number', () => {
    const [finding] = expectRule(
      'eo-format',
      `
      UNCLAS YEREVAN 001002

      E.O. 129
           ^^^ eo-format
      TAGS: PREL, AM
      `,
    );
    assert.match(finding.message, /129 is incomplete; expected five digits, such as 12958/);
  });

  it('completes a half-typed order number only on review, the order in force first', () => {
    expectFix(
      'eo-format',
      cable('E.O. 1'),
      cable('E.O. 13526'),
      (fixes) => {
        assert.deepEqual(fixes.map((f) => [f.title, f.safe]).slice(0, 2), [['Complete as 13526', false], ['Complete as 11652', false]]);
        return fixes[0];
      },
      { config: { date: '2011-03-15' } },
    );
  });

  it('is clean on well-formed E.O. lines of each era', () => {
    expectClean('eo-format', cable('E.O. 12958: DECL: 11/02/2014'));
    expectClean('eo-format', cable('E.O. 13526: DECL: 11/02/2020'));
    expectClean('eo-format', cable('E.O. 12356: DECL: OADR'));
  });

  it('normalises EO 12958 to E.O. 12958:', () => {
    expectFix('eo-format', cable('EO 12958 DECL: 11/02/2014'), cable('E.O. 12958: DECL: 11/02/2014'));
  });

  it('normalises E.O.12958:, E. O. 12958: and E.0. 12958:', () => {
    expectFix('eo-format', cable('E.O.12958: DECL: 11/02/2014'), cable('E.O. 12958: DECL: 11/02/2014'));
    expectFix('eo-format', cable('E. O. 12958: DECL: 11/02/2014'), cable('E.O. 12958: DECL: 11/02/2014'));
    expectFix('eo-format', cable('E.0. 12958: DECL: 11/02/2014'), cable('E.O. 12958: DECL: 11/02/2014'));
  });

  it('adds only the colon when it is missing', () => {
    expectFix('eo-format', cable('E.O. 12958 N/A'), cable('E.O. 12958: N/A'));
  });

  it('turns a semicolon after the order number into the colon rather than adding one beside it', () => {
    const [finding] = expectRule(
      'eo-format',
      `
      UNCLAS YEREVAN 000516

      E.O. 12958; N/A
      ^^^^^^^^^^^ eo-format
      TAGS: PREL, AM
      `,
    );
    assert.equal(finding.message, 'E.O. line written "E.O. 12958;"; expected "E.O. 12958:".');
    expectFix('eo-format', cable('E.O. 12958; N/A'), cable('E.O. 12958: N/A'));
    expectFix('eo-format', cable('EO 12958; DECL: 4/29/2013;'), cable('E.O. 12958: DECL: 4/29/2013;'));
  });

  it('replaces a transposed order number, safely when one order fits', () => {
    const pickSafe = (fixes: Fix[]) => fixes.find((f) => f.safe);
    expectFix('eo-format', cable('E.O. 12598: DECL: 11/02/2014'), cable('E.O. 12958: DECL: 11/02/2014'), pickSafe);
    expectFix('eo-format', cable('E.O. 12985: DECL: 11/02/2014'), cable('E.O. 12958: DECL: 11/02/2014'), pickSafe);
  });

  it('lets the date settle a tie between two orders one edit away', () => {
    // 12956 is one edit from both 12958 and 12356.
    const unsafeBoth = (fixes: Fix[]) => {
      assert.deepEqual(fixes.map((f) => [f.title, f.safe]), [['Replace 12956 with 12958', false], ['Replace 12956 with 12356', false]]);
      return fixes[0];
    };
    expectFix('eo-format', cable('E.O. 12956: DECL: 11/02/2014'), cable('E.O. 12958: DECL: 11/02/2014'), unsafeBoth);
    const pickSafe = (fixes: Fix[]) => fixes.find((f) => f.safe);
    expectFix('eo-format', cable('E.O. 12956: DECL: 11/02/2014'), cable('E.O. 12958: DECL: 11/02/2014'), pickSafe, { config: { date: '2004-11-02' } });
    expectFix('eo-format', cable('E.O. 12956: DECL: OADR'), cable('E.O. 12356: DECL: OADR'), pickSafe, { config: { date: '1990-05-01' } });
  });

  it('offers the nearest order only as an unsafe fix when it was not in force on the date', () => {
    expectFix(
      'eo-format',
      cable('E.O. 12598: DECL: 03/15/2021'),
      cable('E.O. 12958: DECL: 03/15/2021'),
      (fixes) => {
        assert.deepEqual(fixes.map((f) => f.safe), [false]);
        return fixes[0];
      },
      { config: { date: '2011-03-15' } },
    );
  });

  it('fixes spelling and number together without clashing', () => {
    expectFix('eo-format', cable('EO 12598 DECL: 11/02/2014'), cable('E.O. 12598: DECL: 11/02/2014'));
  });
});
