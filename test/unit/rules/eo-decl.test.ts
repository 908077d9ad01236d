import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../server/src/service';
import { parseDeclInstruction } from '../../../server/src/service/rules/executiveOrders';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const on = (date: string) => ({ config: { date } });
const classified = (eo: string) => `
      C O N F I D E N T I A L RANGOON 001422

      ${eo}
      TAGS: PHUM, PGOV, BM
      `;

describe('eo-decl', () => {
  it('fires on N/A in a classified cable', () => {
    expectRule(
      'eo-decl',
      `
      C O N F I D E N T I A L GABORONE 002026

      E.O. 12958: N/A
                  ^^^ eo-decl
      TAGS: PREL, PGOV, BC
      `,
    );
  });

  it('offers a date ten years after the cable\'s for N/A, a date before the cable or one too far out; never as a safe fix', () => {
    expectFix('eo-decl', classified('E.O. 12958: N/A'), classified('E.O. 12958: DECL: 11/02/2014'), undefined, on('2004-11-02'));
    expectFix('eo-decl', classified('E.O. 12958: DECL: N/A'), classified('E.O. 12958: DECL: 11/02/2014'), undefined, on('2004-11-02'));
    expectFix('eo-decl', classified('E.O. 12958: DECL: 12/27/2001'), classified('E.O. 12958: DECL: 11/02/2014'), undefined, on('2004-11-02'));
    expectFix('eo-decl', classified('E.O. 12958: DECL: 11/02/2044'), classified('E.O. 12958: DECL: 11/02/2014'), undefined, on('2004-11-02'));
    const [finding] = lintText(classified('E.O. 12958: N/A'), on('2004-11-02')).diagnostics.filter((d) => d.rule === 'eo-decl');
    assert.deepEqual(finding.fixes.map((f) => [f.title, f.safe]), [["Replace with DECL: 11/02/2014 (ten years after the cable's date)", false]]);
    // No date, no guess.
    assert.deepEqual(lintText(classified('E.O. 12958: N/A')).diagnostics.find((d) => d.rule === 'eo-decl')?.fixes, []);
  });

  it('replaces only the N/A, keeping a remark after it, and adds DECL: only where the line has none', () => {
    expectFix('eo-decl', classified('E.O. 12958: DECL: N/A (see para 2)'), classified('E.O. 12958: DECL: 11/02/2014 (see para 2)'), undefined, on('2004-11-02'));
    expectFix('eo-decl', classified('E.O. 12958: N/A (see para 2)'), classified('E.O. 12958: DECL: 11/02/2014 (see para 2)'), undefined, on('2004-11-02'));
    // `N.A.` is read as the instruction itself (no `N/A` field): the line still has no DECL keyword.
    expectFix('eo-decl', classified('E.O. 12356: N.A.'), classified('E.O. 12356: DECL: 11/02/2014.'), undefined, on('2004-11-02'));
    expectFix('eo-decl', classified('E.O. 12958: DECL N.A.'), classified('E.O. 12958: DECL 11/02/2014.'), undefined, on('2004-11-02'));
    expectFix('eo-decl', classified('E.O. 12958: N/A DECL: N/A'), classified('E.O. 12958: DECL: 11/02/2014'), undefined, on('2004-11-02'));
  });

  it('fires on a classified E.O. line with no instruction at all', () => {
    expectRule(
      'eo-decl',
      `
      S E C R E T TUNIS 011489

      E.O. 12356:
      ^^^^^^^^^^^ eo-decl
      TAGS: PGOV, PINR
      `,
    );
  });

  it('fires on an impossible or mistyped date, at the date', () => {
    expectRule(
      'eo-decl',
      `
      C O N F I D E N T I A L RANGOON 001422

      E.O. 12958: DECL: 13/45/2014
                        ^^^^^^^^^^ eo-decl
      TAGS: PHUM, PGOV, BM
      `,
    );
    expectRule(
      'eo-decl',
      `
      C O N F I D E N T I A L RANGOON 001422

      E.O. 12958: DECL: 11/02/2O14
                        ^^^^^^^^^^ eo-decl
      TAGS: PHUM, PGOV, BM
      `,
    );
    expectRule(
      'eo-decl',
      `
      C O N F I D E N T I A L SOFIA 000074

      E.O. 12958: DECL: (##)
                         ^^ eo-decl
      TAGS: PREL, BU
      `,
    );
  });

  it('fires on a date before the cable date and on a plain date more than 25 years out', () => {
    expectRule(
      'eo-decl',
      `
      C O N F I D E N T I A L LAGOS 002588

      E.O. 12958: DECL: 12/27/2004
                        ^^^^^^^^^^ eo-decl
      TAGS: PGOV, NI
      `,
      on('2004-12-30'),
    );
    expectRule(
      'eo-decl',
      `
      C O N F I D E N T I A L BUENOS AIRES 001017

      E.O. 12958: DECL: 09/10/2039
                        ^^^^^^^^^^ eo-decl
      TAGS: PREL, AR
      `,
      on('2009-09-10'),
    );
  });

  it('fires on instructions the order does not allow', () => {
    expectRule(
      'eo-decl',
      `
      C O N F I D E N T I A L VATICAN 006036

      E.O. 12958: DECL: OADR 11/23/11
                        ^^^^ eo-decl
      TAGS: PREL, VT
      `,
    );
    expectRule(
      'eo-decl',
      `
      S E C R E T STATE 012345

      E.O. 13526: DECL: 1.6X1
                        ^^^^^ eo-decl
      TAGS: PREL
      `,
    );
    expectRule(
      'eo-decl',
      `
      S E C R E T STATE 012345

      E.O. 13526: DECL: MR
                        ^^ eo-decl
      TAGS: PREL
      `,
    );
  });

  it('warns about a DECL instruction on an unclassified cable', () => {
    const [finding] = expectRule(
      'eo-decl',
      `
      UNCLAS LILONGWE 000488

      E.O. 12958: DECL: 06/03/2014
                        ^^^^^^^^^^ eo-decl
      TAGS: PGOV, KDEM, MI
      `,
    );
    assert.equal(finding.severity, 'warning');
  });

  it('accepts the DECL forms real cables use', () => {
    for (const decl of [
      'DECL: 11/02/2014',
      'DECL: 11/02/14',
      'DECL: 4/26/10',
      'DECL: 2014/11/02',
      'DECL:  5/23/2014',
      'DECL: 1.6X6',
      'DECL: 1.6 (X1, X6)',
      'DECL: X1, X5, X6',
      'DECL: 1.6X6 5 YEARS AFTER CLOSURE OF ICTY',
      'DECL: TEN YEARS AFTER KOREAN UNIFICATION',
      'DECL: MR',
      'DECL: DNG: CO 04/22/15',
      'DECL: 25X1',
    ]) {
      expectClean('eo-decl', classified(`E.O. 12958: ${decl}`), on('2004-11-02'));
    }
    expectClean('eo-decl', classified('E.O. 12356: DECL: OADR'), on('1990-05-01'));
    expectClean('eo-decl', classified('E.O. 13526: DECL: 25X1, 11/02/2045'), on('2011-11-02'));
    expectClean('eo-decl', classified('E.O. 13526: DECL: 50X1-HUM'), on('2011-11-02'));
    expectClean('eo-decl', classified('E.O. 12958: DECL: 11/02/2029'), on('2004-11-02'));
  });

  it('leaves date checks to cables with a known date', () => {
    expectClean('eo-decl', classified('E.O. 12958: DECL: 12/27/1990'));
    expectClean('eo-decl', classified('E.O. 12958: DECL: 09/10/2099'));
  });

  it('leaves an order not in force on the date to eo-era', () => {
    expectClean('eo-decl', classified('E.O. 12958: DECL: OADR'), on('1994-11-03'));
  });

  it('is clean on both seed cables', () => {
    for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
      const text = readFileSync(join(__dirname, '..', '..', '..', '..', 'seeds', seed), 'utf8');
      const mine = lintText(text, { fileName: seed }).diagnostics.filter((d) => /^(eo-|classified-by-|dtg-)/.test(d.rule));
      assert.deepEqual(mine.map((d) => `${d.rule}: ${d.message}`), [], seed);
    }
  });
});

describe('parseDeclInstruction', () => {
  it('reads dates, exemptions and downgrades into their parts', () => {
    const parsed = parseDeclInstruction('1.6 (X1, X6)');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.instruction.exemptions.map((e) => e.code), ['X1', 'X6']);
    const dng = parseDeclInstruction('DNG: CO 04/22/15');
    assert.ok(dng.ok);
    assert.deepEqual([dng.instruction.downgrade?.level, dng.instruction.downgrade?.date, dng.instruction.date], ['CO', { year: 2015, month: 4, day: 22 }, undefined]);
    const hum = parseDeclInstruction('50X1-HUM');
    assert.ok(hum.ok);
    assert.deepEqual(hum.instruction.exemptions.map((e) => e.code), ['50X1-HUM']);
    const ymd = parseDeclInstruction('2019/12/24');
    assert.ok(ymd.ok);
    assert.deepEqual(ymd.instruction.date?.value, { year: 2019, month: 12, day: 24 });
  });

  it('reports where the problem is', () => {
    const parsed = parseDeclInstruction('  I2/20/09');
    assert.ok(!parsed.ok);
    assert.deepEqual([parsed.problem.start, parsed.problem.end], [2, 10]);
  });
});
