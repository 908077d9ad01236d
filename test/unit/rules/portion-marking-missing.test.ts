import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lintText } from '../../../server/src/service';
import { dedent } from '../../support/annotated';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const RULE = 'portion-marking-missing';
const root = join(__dirname, '..', '..', '..', '..');

const classified = `
      C O N F I D E N T I A L PANAMA 000325

      E.O. 12958: DECL: 02/10/2014
      TAGS: PREL, PM
      SUBJECT: CANAL SECURITY

      Classified By: Ambassador Linda Watt for reasons 1.4 (b) and (d).
`;
const unclassified = `
      UNCLAS GUATEMALA 002904

      E.O. 12958: N/A
      TAGS: PHUM, GT
      SUBJECT: PRESS FREEDOM
`;

describe('portion-marking-missing', () => {
  it('fires as an error on an unmarked numbered paragraph of a classified cable', () => {
    const [finding] = expectRule(
      RULE,
      `${classified}
      1. (C) Summary: The canal matters.

      2.  Given these equities, the Embassy acted.
      ^^ portion-marking-missing
      `,
    );
    assert.equal(finding.severity, 'error');
    assert.equal(finding.message, "Paragraph 2 has no portion mark; expected one such as (C), the cable's level.");
    assert.deepEqual(finding.fixes.map((f) => [f.title, f.safe, f.preferred]), [
      ['Insert (U)', false, false],
      ['Insert (SBU)', false, false],
      ['Insert (C)', true, true],
    ]);
  });

  it('fires as info in an unclassified cable that marks its other paragraphs', () => {
    const [finding] = expectRule(RULE, `${unclassified}\n      1. (U) Reporters marched.\n\n      ¶2. The police watched.\n      ^^^ portion-marking-missing\n      `);
    assert.equal(finding.severity, 'info');
  });

  it('is silent on an unclassified cable that marks nothing', () => {
    expectClean(RULE, `${unclassified}\n      1. Reporters marched.\n\n      2. The police watched.\n      `);
  });

  it('is silent on the pre-1996 forms: an ENTIRE TEXT marking, or no paragraph marked at all', () => {
    expectClean(RULE, `${classified}\n      1.  CONFIDENTIAL - ENTIRE TEXT.\n\n      2.  The canal matters.\n      `);
    // Header text the parser leaves to the body may stand before it (a repeated CLASSIFIED BY).
    const repeated = 'CLASSIFIED BY: Linda Watt, Ambassador, Panama, State.\n      REASON: 1.5 (B)\n';
    expectClean(RULE, `${classified}\n      ${repeated}\n      ${repeated}\n      1.  Confidential - Entire text.\n\n      2.  (C) The canal matters.\n\n      3.  So does the port.\n      `);
    // A dash may stand between the mark and the words (`1. (C) - ENTIRE TEXT.`).
    expectClean(RULE, `${classified}\n      1. (C) - ENTIRE TEXT.\n\n      2.  The canal matters.\n      `);
    expectClean(RULE, `\n      P 082329Z JUL 86\n      FM AMEMBASSY BOGOTA\n${classified}\n      1.  The canal matters.\n\n      2.  So does the port.\n      `);
  });

  it('takes paragraph 1 reading CLASSIFIED CONFIDENTIAL ENTIRE TEXT BY for a whole-text marking', () => {
    const header = classified.replace(/\n\s*Classified By:.*\n/, '\n');
    expectClean(RULE, `${header}\n      1.  CLASSIFIED CONFIDENTIAL ENTIRE TEXT BY:\n      AMBASSADOR, AMEMBASSY PANAMA.  REASON:  1.5 (B)\n\n      2.  The canal matters.\n      `);
  });

  it('does not take list items, redacted paragraphs, quotations or marks split over lines for unmarked paragraphs', () => {
    expectClean(
      RULE,
      `${classified}
      1. (C) The points are:

        1. objective guarantees
        2. peaceful applications

      ¶2. XXXXXXXXXXXX

      ¶3. (S//REL AFGHANISTAN, KYRGYZSTAN,
      TAJIKISTAN) Our partners agree.

      4. BEGIN TEXT:
      The Government of Panama agrees.
      END TEXT.
      `,
    );
  });

  it('takes a lead-in over marked sub-portions for marked, and still reports one over unmarked text', () => {
    expectRule(
      RULE,
      `${classified}
      1. (C) The canal matters.

      2. Security:

      (C) The guards are armed.

      3. Trade:

      A. (C) Ships pass.
      B. (U) Tolls rise.

      4. Ports:
      ^^ portion-marking-missing

      The port grows.
      `,
    );
  });

  it('takes a list item that continues a list inside a paragraph for a list item, not a paragraph', () => {
    expectClean(
      RULE,
      `${classified}
      1. (C) The law changed.

      2. (C) Consent is presumed absent when:
      1. the person is under 18
      2. the person is threatened
      3. the offender abuses a position of power.

      3. (C) Post will report.
      `,
    );
    // A repeated number starts no list: the paragraph after it is still one.
    expectRule(RULE, `${classified}\n      1. (C) The law changed.\n\n      2. (C) It took effect.\n\n      2. It took effect again.\n\n      3. Post will report.\n      ^^ portion-marking-missing\n      `);
  });

  it('takes a mark after the lead word (`Comment. (C)`) for the paragraph mark', () => {
    expectClean(RULE, `${classified}\n      1. Summary and comment. (C) The canal matters.\n\n      2. Comment: (U) So does the port.\n      `);
  });

  it('takes marks with NOCONTRACT or a spelled-out RELEASABLE TO for marks', () => {
    expectClean(RULE, `${classified}\n      1. (C/NF/NC/ORCON) The canal matters.\n\n      2. (C - RELEASABLE TO PANAMA) So does the port.\n      `);
  });

  it('inserts the cable level right after the number, with one space', () => {
    expectFix(
      RULE,
      `${classified}\n      1. (C) Summary.\n\n      2.  Given these equities, the Embassy acted.\n      `,
      `${classified}\n      1. (C) Summary.\n\n      2. (C) Given these equities, the Embassy acted.\n      `,
      (fixes) => fixes.find((f) => f.preferred),
    );
    expectFix(
      RULE,
      `${classified}\n      1. (C) Summary.\n\n      2.\n      Given these equities, the Embassy acted.\n      `,
      `${classified}\n      1. (C) Summary.\n\n      2. (U)\n      Given these equities, the Embassy acted.\n      `,
      (fixes) => fixes.find((f) => f.title === 'Insert (U)'),
    );
  });

  it('in a cable captioned NOFORN, inserts the level with NF (written as the cable writes its marks), so caption-noforn stays quiet', () => {
    const noforn = classified.replace('PANAMA 000325\n', 'PANAMA 000325\n\n      NOFORN\n');
    const [finding] = expectRule(RULE, `${noforn}\n      1. Given these equities, the Embassy acted.\n      ^^ portion-marking-missing\n\n      2. And more.\n      ^^ portion-marking-missing\n      `);
    assert.match(finding.message, /expected one such as \(C\/NF\), the cable's level and its NOFORN caption/);
    assert.deepEqual(finding.fixes.filter((f) => f.safe).map((f) => f.title), ['Insert (C/NF)']);
    assert.ok(finding.fixes.some((f) => f.title === 'Insert (C)' && !f.safe), 'the bare level is still offered');
    expectFix(RULE, `${noforn}\n      1. Given these equities, the Embassy acted.\n      `, `${noforn}\n      1. (C/NF) Given these equities, the Embassy acted.\n      `, (fixes) => fixes.find((f) => f.preferred));
    expectFix(RULE, `${noforn}\n      1. (C//NF) Summary.\n\n      2. Given these equities.\n      `, `${noforn}\n      1. (C//NF) Summary.\n\n      2. (C//NF) Given these equities.\n      `, (fixes) => fixes.find((f) => f.preferred));
    // Fixed by --fix: no new finding of caption-noforn (with a bare (C), "none of its marked portions is NOFORN").
    const text = dedent(`${noforn}\n      1. Given these equities, the Embassy acted.\n      `);
    const fixed = applyEdits(text, lintText(text).diagnostics.find((d) => d.rule === RULE)!.fixes.find((f) => f.safe)!.edits).text;
    assert.ok(!lintText(fixed).diagnostics.some((d) => d.rule === 'caption-noforn'), fixed);
  });

  it('writes out a mark just begun after the number rather than keeping its parenthesis', () => {
    for (const begun of ['(', '(SB ']) {
      expectFix(
        RULE,
        `${classified}\n      1. (C) Summary.\n\n      2. ${begun}\n      `,
        `${classified}\n      1. (C) Summary.\n\n      2. (C)\n      `,
        (fixes) => fixes.find((f) => f.preferred),
      );
    }
    // A parenthesis opening the text is kept.
    expectFix(
      RULE,
      `${classified}\n      1. (C) Summary.\n\n      2. (Rumors) spread.\n      `,
      `${classified}\n      1. (C) Summary.\n\n      2. (C) (Rumors) spread.\n      `,
      (fixes) => fixes.find((f) => f.preferred),
    );
  });

  it('takes a mark missing its closing parenthesis, qualified by "unless otherwise marked", run into NF or swapped into N/F, for a mark', () => {
    expectClean(RULE, `${classified}\n      1. (C ON MAY 2, THE CANAL CLOSED.\n\n      2. (U unless otherwise marked) Biodata follow.\n      `);
    expectClean(RULE, `${classified}\n      1. (CNF) The canal matters.\n      `);
    expectClean(RULE, `${classified}\n      1. (C) The canal matters.\n\n      2. (N/CF) The canal closed.\n      `);
  });

  it('is clean on the seeds', () => {
    for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
      const text = readFileSync(join(root, 'seeds', seed), 'utf8');
      assert.deepEqual(lintText(text, { fileName: `seeds/${seed}` }).diagnostics.filter((d) => d.rule === RULE), []);
    }
  });
});
