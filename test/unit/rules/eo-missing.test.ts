import * as assert from 'node:assert/strict';
import { lintText } from '../../../server/src/service';
import { dedent } from '../../support/annotated';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

describe('eo-missing', () => {
  it('fires on TAGS when the E.O. line is missing', () => {
    expectRule(
      'eo-missing',
      `
      C O N F I D E N T I A L RANGOON 001422

      TAGS: PHUM, PGOV, BM
      ^^^^^ eo-missing
      SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION

      Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)

      1. (C) The ministers met.
      `,
    );
  });

  it('fires on the banner when there is no TAGS or SUBJECT either', () => {
    expectRule(
      'eo-missing',
      `
      UNCLAS BANGKOK 003955
      ^^^^^^^^^^^^^^^^^^^^^ eo-missing

      1. The conference met in Bangkok.
      `,
    );
  });

  it('is clean when the cable has an E.O. line, in any spelling', () => {
    expectClean(
      'eo-missing',
      `
      UNCLAS BANGKOK 003955

      EO 12958 N/A
      TAGS: PHUM, KCRM, TH
      SUBJECT: VITAL VOICES CONFERENCE

      1. The conference met in Bangkok.
      `,
    );
  });

  it('takes a half-typed E.O. line for the E.O. line and inserts no second one', () => {
    for (const eo of ['E.O. 129', 'E.O.', 'E. O. 1295 ']) {
      expectClean('eo-missing', `
      UNCLAS BANGKOK 003955

      ${eo}
      TAGS: PHUM, KCRM, TH
      SUBJECT: VITAL VOICES CONFERENCE
      `);
    }
  });

  it('stays silent on a fragment with no header to place the line in', () => {
    expectClean('eo-missing', `\n      1. The conference met in Bangkok.\n      `);
  });

  it('inserts E.O. 12958: N/A before TAGS in an unclassified cable', () => {
    expectFix(
      'eo-missing',
      `
      UNCLAS BANGKOK 003955

      TAGS: PHUM, KCRM, TH
      SUBJECT: VITAL VOICES CONFERENCE
      `,
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      TAGS: PHUM, KCRM, TH
      SUBJECT: VITAL VOICES CONFERENCE
      `,
    );
  });

  it('inserts a DECL line ten years after the cable date in a classified cable', () => {
    expectFix(
      'eo-missing',
      `
      C O N F I D E N T I A L RANGOON 001422

      TAGS: PHUM, PGOV, BM
      `,
      `
      C O N F I D E N T I A L RANGOON 001422

      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM
      `,
      undefined,
      { config: { date: '2004-11-02' } },
    );
  });

  it('names the order in force on the cable date', () => {
    expectFix(
      'eo-missing',
      `
      S E C R E T STATE 012345

      TAGS: PREL
      `,
      `
      S E C R E T STATE 012345

      E.O. 13526: DECL: 03/15/2021
      TAGS: PREL
      `,
      undefined,
      { config: { date: '2011-03-15' } },
    );
  });

  it('inserts after the banner and captions when there is no TAGS line', () => {
    expectFix(
      'eo-missing',
      `
      UNCLAS BANGKOK 003955

      SIPDIS

      1. The conference met in Bangkok.
      `,
      `
      UNCLAS BANGKOK 003955

      SIPDIS

      E.O. 12958: N/A

      1. The conference met in Bangkok.
      `,
    );
  });

  it('sets the line off with blank lines when text follows the banner directly', () => {
    expectFix(
      'eo-missing',
      `
      UNCLAS BANGKOK 003955
      1. The conference met in Bangkok.
      `,
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A

      1. The conference met in Bangkok.
      `,
    );
  });

  it('applies only the N/A line on its own (--fix, fix all): a declassification date is the classifier to choose', () => {
    const safety = (text: string) => lintText(dedent(text)).diagnostics.find((d) => d.rule === 'eo-missing')?.fixes.map((f) => f.safe);
    assert.deepEqual(safety(`
      UNCLAS BANGKOK 003955

      TAGS: PHUM, KCRM, TH
      `), [true]);
    assert.deepEqual(safety(`
      C O N F I D E N T I A L RANGOON 001422

      TAGS: PHUM, PGOV, BM
      `), [false]);
  });

  it('offers both lines, unsafe, when the classification is unknown', () => {
    const { diagnostics } = lintText(dedent(`
      TAGS: PREL
      SUBJECT: TALKS
      `));
    const finding = diagnostics.find((d) => d.rule === 'eo-missing');
    assert.ok(finding);
    assert.deepEqual(
      finding.fixes.map((f) => [f.title, f.safe]),
      [
        ['Insert "E.O. 12958: N/A"', false],
        ['Insert "E.O. 12958: DECL: MM/DD/YYYY"', false],
      ],
    );
  });
});
