import * as assert from 'node:assert/strict';
import { lintText } from '../../../server/src/service';
import { dedent } from '../../support/annotated';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const on = (date: string) => ({ config: { date } });

describe('classified-by-missing', () => {
  it('fires on the banner of a classified cable with no Classified By line', () => {
    expectRule(
      'classified-by-missing',
      `
      C O N F I D E N T I A L RANGOON 001422
      ^^^^^^^^^^^^^^^^^^^^^^^ classified-by-missing

      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM
      SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION

      1. (C) The ministers met.
      `,
    );
  });

  it('fires when Classified By only comes after paragraph 1', () => {
    expectRule(
      'classified-by-missing',
      `
      C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422

      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM
      SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION

      1. (C) The ministers met.

      C O N F I D E N T I A L SECTION 02 OF 02 RANGOON 001422

      Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)
      ^^^^^^^^^^^^^^ classified-by-missing

      2. (C) They signed.
      `,
    );
  });

  it('is clean with a Classified By line in any of its spellings', () => {
    for (const line of ['Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)', 'CLASSIFIED BY AMBASSADOR LINDA WATT FOR REASONS 1.5 (B) AND (D).']) {
      expectClean(
        'classified-by-missing',
        `
        C O N F I D E N T I A L RANGOON 001422

        E.O. 12958: DECL: 11/02/2014
        TAGS: PHUM, PGOV, BM
        SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION

        ${line}

        1. (C) The ministers met.
        `,
      );
    }
  });

  it('accepts a derivative classification line (DERIVED FROM: in the header, DRV FROM: closing a DoD report)', () => {
    const cable = (header: string, trailer: string) => `
        C O N F I D E N T I A L RANGOON 001422

        E.O. 12958: DECL: 11/02/2014
        TAGS: PHUM, PGOV, BM
        SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION
        ${header}

        1. (C) The ministers met.

        ${trailer}
        `;
    expectClean('classified-by-missing', cable('DERIVED FROM: DSCG 05-1 B, D', ''));
    expectClean('classified-by-missing', cable('', 'DRV FROM:  DO HUMINT SCG SEPTEMBER 2003'));
    // Derived from in running text is no such line.
    expectRule('classified-by-missing', `
      C O N F I D E N T I A L RANGOON 001422
      ^^^^^^^^^^^^^^^^^^^^^^^ classified-by-missing

      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM
      SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION

      1. (C) The ministers met. Funds
      derived from: the sale of assets.
      `);
  });

  it('accepts the older ENTIRE TEXT marking, in the header or as paragraph 1', () => {
    expectClean(
      'classified-by-missing',
      `
      C O N F I D E N T I A L KHARTOUM 002625

      E.O. 12958: DECL: 05/29/2005
      TAGS: PREL, SU

      CONFIDENTIAL - ENTIRE TEXT

      1. The ministers met.
      `,
    );
    expectClean(
      'classified-by-missing',
      `
      C O N F I D E N T I A L KHARTOUM 002625

      E.O. 12958: DECL: 05/29/2005
      TAGS: PREL, SU

      1. (C - ENTIRE TEXT).

      2. The ministers met.
      `,
    );
  });

  it('leaves cables before E.O. 12958 and unclassified cables alone', () => {
    const old = `
      C O N F I D E N T I A L TUNIS 011327

      E.O. 12356: DECL: OADR
      TAGS: PGOV, PINR

      1. (C) The minister met.
      `;
    expectClean('classified-by-missing', old);
    expectClean('classified-by-missing', old.replace('E.O. 12356', 'E.O. 12958'), on('1990-05-01'));
    expectClean(
      'classified-by-missing',
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      TAGS: PHUM, TH

      1. The conference met.
      `,
    );
  });

  it('inserts a skeleton after the header fields, with the reason section of the date', () => {
    const before = `
      C O N F I D E N T I A L RANGOON 001422

      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM
      SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION

      REF: A. RANGOON 1370
           B. RANGOON 1357

      1. (C) The ministers met (ref a, ref b).
      `;
    const after = (section: string) => `
      C O N F I D E N T I A L RANGOON 001422

      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM
      SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION

      REF: A. RANGOON 1370
           B. RANGOON 1357

      Classified By: <name>, <title>, for reasons ${section} (b) and (d).

      1. (C) The ministers met (ref a, ref b).
      `;
    expectFix('classified-by-missing', before, after('1.4'));
    expectFix('classified-by-missing', before, after('1.4'), undefined, on('2004-11-02'));
    expectFix('classified-by-missing', before, after('1.5'), undefined, on('2002-11-02'));
    // A skeleton to fill in, with reasons the drafter has not given: offered, never applied on its own.
    const finding = lintText(dedent(before)).diagnostics.find((d) => d.rule === 'classified-by-missing');
    assert.deepEqual(finding?.fixes.map((f) => [f.title, f.safe]), [['Insert a Classified By line to fill in', false]]);
  });
});
