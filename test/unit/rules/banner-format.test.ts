import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lintText, parseCable, safeFixEdits } from '../../../server/src/service';
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

  it('respells a lowercased banner into one that reads the same, so fix-all adds no second banner', () => {
    // `Unclas nairobi 000165` became `UNCLAS nairobi 000165`, which was no banner: banner-missing
    // then inserted another above it. Letter-spaced levels lost their lowercased captions instead.
    const reading = (text: string) => {
      const model = parseCable(text);
      return JSON.stringify([model.banners.map((b) => [b.level, b.post?.text, b.serial?.text, b.section?.number.value]), model.captions.map((c) => c.name), model.classification]);
    };
    for (const level of ['Unclas', 'Unclassified', 'Confidential', 'Secret', 'Top secret', 'Limited official use', 'C o n f i d e n t i a l', 'S e c r e t']) {
      for (const rest of ['nairobi 000165', 'section 01 of 02 nairobi 000165']) {
        const text = `${level} ${rest}\n\nNoforn, sipdis\n\nE.o. 12958: n/a\nTags: prel\nSubject: talks\n\n1. (s) Text.\n`;
        const [finding] = lintText(text).diagnostics.filter((d) => d.rule === RULE);
        assert.ok(finding?.fixes[0].safe, `${level} ${rest}: a safe fix`);
        assert.equal(reading(applyEdits(text, finding.fixes[0].edits).text), reading(text), `${level} ${rest}`);
        let fixed = text;
        for (let edits = safeFixEdits(lintText(fixed).diagnostics, fixed); edits.length; edits = safeFixEdits(lintText(fixed).diagnostics, fixed)) fixed = applyEdits(fixed, edits).text;
        const banners = parseCable(fixed).banners;
        assert.deepEqual(banners.map((b) => b.range.start.line), [0], `${level} ${rest}: one banner, still first, after fix-all:\n${fixed}`);
      }
    }
  });

  it('leaves to review a respelling that would turn lowercased captions into prose', () => {
    // With the post in capitals, `UNCLAS NAIROBI 000165` is a banner in capitals: `Noforn` under it is prose.
    const [finding] = lintText(`Unclas NAIROBI 000165\n\nNoforn, sipdis\n\nE.o. 12958: n/a\nTags: prel\n`).diagnostics.filter((d) => d.rule === RULE);
    assert.equal(finding.fixes[0].safe, false);
    assert.equal(finding.fixes[0].preferred, true);
  });

  it('is clean on the seeds', () => {
    for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
      const text = readFileSync(join(root, 'seeds', seed), 'utf8');
      assert.deepEqual(lintText(text, { fileName: `seeds/${seed}` }).diagnostics.filter((d) => d.rule === RULE), []);
    }
  });
});
