import * as assert from 'node:assert/strict';
import { lintText } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const on = (date: string) => ({ config: { date } });
const cable = (eo: string, classifiedBy: string) => `
      C O N F I D E N T I A L RANGOON 001422

      ${eo}
      TAGS: PHUM, PGOV, BM
      SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION

      ${classifiedBy}

      1. (C) The ministers met.
      `;

describe('classified-by-reason', () => {
  it('fires on a reason letter the section does not have', () => {
    expectRule(
      'classified-by-reason',
      `
      C O N F I D E N T I A L RANGOON 001422

      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM

      Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b) and (i)
                                                                  ^ classified-by-reason

      1. (C) The ministers met.
      `,
    );
  });

  it('fires on 1.5 (h): section 1.5 ends at (g)', () => {
    expectRule(
      'classified-by-reason',
      `
      C O N F I D E N T I A L SANAA 002769

      E.O. 12958: DECL: 11/02/2013
      TAGS: PTER, YM

      Classified By: Charge Alan G. Misenheimer for reasons 1.5 (b), (d) and (h).
                                                                              ^ classified-by-reason

      1. (C) The minister met.
      `,
    );
  });

  it('warns about 1.5 cited from 2005 on', () => {
    const [finding] = expectRule(
      'classified-by-reason',
      `
      C O N F I D E N T I A L MOSCOW 001442

      E.O. 12958: DECL: 04/02/2017
      TAGS: PREL, RS

      Classified By: Ambassador William J. Burns for reasons 1.5 (b/d)
                                                             ^^^ classified-by-reason

      1. (C) The minister met.
      `,
      on('2007-04-02'),
    );
    assert.equal(finding.severity, 'warning');
  });

  it('renumbers the section for the date: safe when the date is the cable\'s own, offered when assumed', () => {
    const moscow = (section: string) => cable('E.O. 12958: DECL: 04/02/2017', `Classified By: Ambassador William J. Burns for reasons ${section} (b/d)`);
    expectFix('classified-by-reason', moscow('1.5'), moscow('1.4'), undefined, on('2007-04-02'));
    const assumed = lintText(moscow('1.5'), on('2007-04-02')).diagnostics.find((d) => d.rule === 'classified-by-reason');
    assert.deepEqual(assumed?.fixes.map((f) => [f.title, f.safe]), [['Replace with 1.4', false]]);
    const dated = lintText(`R 021030Z APR 07\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC 1234\n${moscow('1.5')}`).diagnostics.find((d) => d.rule === 'classified-by-reason');
    assert.deepEqual(dated?.fixes.map((f) => [f.title, f.safe]), [['Replace with 1.4', true]]);
  });

  it('fires on a section the named order does not use', () => {
    expectRule(
      'classified-by-reason',
      `
      C O N F I D E N T I A L STATE 012345

      E.O. 13526: DECL: 11/02/2020
      TAGS: PREL

      Classified By: EAP A/S Kurt Campbell for reasons 1.5 (b) and (d)
                                                       ^^^ classified-by-reason

      1. (C) The minister met.
      `,
    );
  });

  it('renumbers by the digit alone, keeping a section written with spaces or wrapped', () => {
    const paris = (section: string) => cable('E.O. 12958: DECL: 12/11/2017', `Classified By: Ambassador Craig R. Stapleton, for reasons ${section} (b) and (d)`);
    expectFix('classified-by-reason', paris('1 . 5'), paris('1 . 4'), undefined, on('2007-12-11'));
    expectFix('classified-by-reason', paris('1\n      .5'), paris('1\n      .4'), undefined, on('2007-12-11'));
  });

  it('is safe only for the renumbering of the same reasons (1.5 <-> 1.4) with letters the new section has', () => {
    const dtg = (date: string, section: string) => `R 021030Z ${date}\nFM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC 1234\n${cable('E.O. 12958: DECL: 04/02/2012', `Classified By: Ambassador Burns for reasons ${section}`)}`;
    const fixOf = (text: string) => lintText(text).diagnostics.find((d) => d.rule === 'classified-by-reason')?.fixes.map((f) => [f.title, f.safe]);
    assert.deepEqual(fixOf(dtg('APR 07', '1.5 (b)')), [['Replace with 1.4', true]]);
    assert.deepEqual(fixOf(dtg('APR 01', '1.4 (b) and (d)')), [['Replace with 1.5', true]]);
    // 1.3 (E.O. 12356) and 1.6 (duration) are other sections, not a renumbering: a typo or another order.
    assert.deepEqual(fixOf(dtg('APR 07', '1.3 (b)')), [['Replace with 1.4', false]]);
    assert.deepEqual(fixOf(dtg('APR 07', '1.6 (b)')), [['Replace with 1.4', false]]);
    assert.deepEqual(fixOf(dtg('APR 90', '1.5 (b)')), [['Replace with 1.3', false]]);
    // (h) came with E.O. 13292: section 1.5 has no (h).
    assert.deepEqual(fixOf(dtg('APR 01', '1.4 (h)')), [['Replace with 1.5', false]]);
  });

  it('accepts 1.5 and 1.4 mixed through 2004, and each in its own era', () => {
    expectClean('classified-by-reason', cable('E.O. 12958: DECL: 06/01/2014', 'Classified By: DCM Roger Pierce, Reason 1.5 (C) and (D)'), on('2004-06-01'));
    expectClean('classified-by-reason', cable('E.O. 12958: DECL: 06/01/2014', 'Classified By: DCM Roger Pierce, Reason 1.4 (C) and (D)'), on('2004-06-01'));
    expectClean('classified-by-reason', cable('E.O. 12958: DECL: 06/01/2012', 'Classified By: DCM Roger Pierce, Reason 1.5 (C) and (D)'), on('2002-06-01'));
    expectClean('classified-by-reason', cable('E.O. 13526: DECL: 06/01/2021', 'Classified By: DCM Roger Pierce, Reason 1.4 (C) and (D)'), on('2011-06-01'));
  });

  it('reads reason letters in every separator style the corpus uses', () => {
    for (const reasons of [
      'for Reasons 1.4 (b,d)',
      'for reasons 1.4 (b/d)',
      'reasons 1.4 b and d',
      'REASONS 1.4 (B), (D).',
      'for reasons 1.4 (B & D).',
      'reason 1.4(b)(d)',
      'for reasons 1.4 (b) a\n      nd (d)',
      'for reasons 1.4 (\n      B) AND (D)',
      'reasons 1.4 (b), (d) 1. (C) Summary: glued on.',
      'per E.O. 12958, reasons 1.4 (b) and (d)',
    ]) {
      expectClean('classified-by-reason', cable('E.O. 12958: DECL: 11/02/2014', `Classified By: COM CARMEN MARTINEZ ${reasons}`));
    }
  });
});
