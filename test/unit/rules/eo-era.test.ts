import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const on = (date: string) => ({ config: { date } });
const cable = (eo: string) => `
      C O N F I D E N T I A L RANGOON 001422

      ${eo}
      TAGS: PHUM, PGOV, BM
      `;

describe('eo-era', () => {
  it('fires on an order that was superseded before the cable date', () => {
    expectRule(
      'eo-era',
      `
      C O N F I D E N T I A L RANGOON 001422

      E.O. 12356: DECL: 11/02/2014
           ^^^^^ eo-era
      TAGS: PHUM, PGOV, BM
      `,
      on('2004-11-02'),
    );
  });

  it('fires on E.O. 12958 after E.O. 13526 took effect, dated by the routing header', () => {
    expectRule(
      'eo-era',
      `
      R 150750Z OCT 10
      FM AMEMBASSY GABORONE
      TO SECSTATE WASHDC 7233

      C O N F I D E N T I A L GABORONE 000755

      E.O. 12958: DECL: 10/15/2020
           ^^^^^ eo-era
      TAGS: PREL, BC
      `,
    );
  });

  it('is clean on the order in force, including 12958 as amended through June 2010', () => {
    expectClean('eo-era', cable('E.O. 12958: DECL: 11/02/2014'), on('2004-11-02'));
    expectClean('eo-era', cable('E.O. 12958: DECL: 06/26/2020'), on('2010-06-26'));
    expectClean('eo-era', cable('E.O. 13292: DECL: 11/02/2014'), on('2004-11-02'));
    expectClean('eo-era', cable('E.O. 13526: DECL: 06/27/2020'), on('2010-06-27'));
    expectClean('eo-era', cable('E.O. 12356: DECL: OADR'), on('1995-10-13'));
  });

  it('stays silent without a cable date, on unknown numbers and on release notes', () => {
    expectClean('eo-era', cable('E.O. 12356: DECL: OADR'));
    expectClean('eo-era', cable('E.O. 12598: DECL: 11/02/2014'), on('2004-11-02'));
    expectClean('eo-era', cable('E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006'), on('1972-08-10'));
  });

  it('replaces the order with the one in force', () => {
    expectFix('eo-era', cable('E.O. 12356: DECL: 11/30/2005'), cable('E.O. 12958: DECL: 11/30/2005'), undefined, on('1995-11-30'));
    expectFix('eo-era', cable('E.O. 12958: DECL: 03/15/2021'), cable('E.O. 13526: DECL: 03/15/2021'), undefined, on('2011-03-15'));
  });
});
