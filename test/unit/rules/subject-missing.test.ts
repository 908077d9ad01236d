import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lintText } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const seeds = join(__dirname, '..', '..', '..', '..', 'seeds');

describe('subject-missing', () => {
  it('fires on the TAGS line when no SUBJECT follows', () => {
    expectRule(
      'subject-missing',
      `
      C O N F I D E N T I A L BRASILIA 000953

      E.O. 12958: DECL: 07/31/2019
      TAGS: PREL, MASS, BR
      ^^^^^^^^^^^^^^^^^^^^ subject-missing
      Classified By: Ambassador Clifford Sobel. Reasons: 1.4 (B and D).

      1. (S) In a July 27 farewell call.
      `,
    );
  });

  it('fires on the E.O. line when TAGS is missing too, as in the Bangkok seed', () => {
    expectRule(
      'subject-missing',
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      ^^^^^^^^^^^^^^^ subject-missing

      1. The conference met in Bangkok.
      `,
    );
    const { diagnostics } = lintText(readFileSync(join(seeds, '06BANGKOK3955.txt'), 'utf8'), { fileName: '06BANGKOK3955.txt' });
    assert.equal(diagnostics.filter((d) => d.rule === 'subject-missing').length, 1);
  });

  it('accepts SUBJ: and a SUBJECT sharing the TAGS line', () => {
    expectClean(
      'subject-missing',
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      TAGS: PHUM, KCRM, TH
      SUBJ: VITAL VOICES CONFERENCE
      `,
    );
    expectClean('subject-missing', readFileSync(join(seeds, '04RANGOON1422.txt'), 'utf8'));
  });

  it('fires on an empty SUBJECT line, a portion mark alone included: --fix never makes a missing SUBJECT pass', () => {
    for (const subject of ['SUBJECT: ', 'SUBJ:', 'SUBJECT: (U)']) {
      const [finding] = expectRule(
        'subject-missing',
        `
      UNCLAS BANGKOK 003955

      TAGS: PHUM, TH
      ${subject}
      ${'^'.repeat(subject.indexOf(':') + 1)} subject-missing
      `,
      );
      assert.match(finding.message, /empty/);
      assert.equal(finding.fixes.length, 0, 'only the drafter knows the subject');
    }
    const text = 'UNCLAS BANGKOK 003955\n\nTAGS: PHUM, TH\n\n1. The conference met.\n';
    const inserted = lintText(text).diagnostics.find((d) => d.rule === 'subject-missing')!.fixes[0];
    const fixed = applyEdits(text, inserted.edits).text;
    assert.ok(lintText(fixed).diagnostics.some((d) => d.rule === 'subject-missing' && d.severity === 'error'), fixed);
  });

  it('stays silent on a SUBJECT with text: marked, wrapped, or after a doubled keyword', () => {
    for (const subject of ['SUBJECT: (U) VITAL VOICES', 'SUBJECT: (U)\n        VITAL VOICES CONFERENCE', 'SUBJECT: SUBJECT: VITAL VOICES']) {
      expectClean('subject-missing', `\n      UNCLAS BANGKOK 003955\n\n      TAGS: PHUM, TH\n      ${subject}\n      `);
    }
  });

  it('stays silent on a fragment with no header', () => {
    expectClean('subject-missing', `\n      1. The conference met in Bangkok.\n      `);
  });

  it('inserts an empty SUBJECT line after TAGS', () => {
    expectFix(
      'subject-missing',
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      TAGS: PHUM, KCRM,
            TH

      1. The conference met in Bangkok.
      `,
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      TAGS: PHUM, KCRM,
            TH
      SUBJECT: 

      1. The conference met in Bangkok.
      `,
    );
  });

  it('offers to label a capitals title standing after TAGS, as a quick-fix only', () => {
    const source = `
      UNCLAS SAO PAULO 000910

      E.O. 12958: N/A
      TAGS: KIPR ETRD ECON KJUS BR

      BRAZIL'S NATIONAL PLAN TO COMBAT PIRACY
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ subject-missing

      1. Summary. The plan is moving.
      `;
    const [finding] = expectRule('subject-missing', source);
    assert.equal(finding.fixes[0].safe, false);
    expectFix(
      'subject-missing',
      `
      UNCLAS SAO PAULO 000910

      E.O. 12958: N/A
      TAGS: KIPR ETRD ECON KJUS BR

      BRAZIL'S NATIONAL PLAN TO COMBAT PIRACY
      `,
      `
      UNCLAS SAO PAULO 000910

      E.O. 12958: N/A
      TAGS: KIPR ETRD ECON KJUS BR

      SUBJECT: BRAZIL'S NATIONAL PLAN TO COMBAT PIRACY
      `,
    );
  });
});
