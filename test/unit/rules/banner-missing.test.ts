import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lintText } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const RULE = 'banner-missing';
const root = join(__dirname, '..', '..', '..', '..');

describe('banner-missing', () => {
  it('fires on the E.O. line when nothing stands above the header fields', () => {
    expectRule(
      RULE,
      `
      E.O. 12958: N/A
      ^^^^^^^^^^^^^^^ banner-missing
      TAGS: PHUM, KCRM, TH
      SUBJECT: VITAL VOICES CONFERENCE

      1. The conference met in Bangkok.
      `,
    );
  });

  it('fires on the first caption line when captions open the header', () => {
    expectRule(
      RULE,
      `
      O 181434Z NOV 09
      FM AMEMBASSY TEL AVIV
      TO SECSTATE WASHDC IMMEDIATE 4262

      SIPDIS
      ^^^^^^ banner-missing

      E.O. 12958: DECL: 11/18/2019
      TAGS: PREL, PGOV, IS
      SUBJECT: NEA REGIONAL DISCUSSION

      Classified By: A/DCM Marc Sievers, reasons 1.4 (b),(d)

      1. (S) Officials discussed security issues.
      `,
    );
  });

  it('is clean when the banner is there, and on body text with no header at all', () => {
    expectClean(
      RULE,
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      TAGS: PHUM, KCRM, TH
      SUBJECT: VITAL VOICES CONFERENCE

      1. The conference met in Bangkok.
      `,
    );
    expectClean(RULE, `\n      1. The conference met in Bangkok.\n      `);
  });

  it('inserts UNCLAS when nothing is classified', () => {
    expectFix(
      RULE,
      `
      E.O. 12958: N/A
      TAGS: PHUM, KCRM, TH
      SUBJECT: VITAL VOICES CONFERENCE

      1. (U) The conference met in Bangkok.
      `,
      `
      UNCLAS

      E.O. 12958: N/A
      TAGS: PHUM, KCRM, TH
      SUBJECT: VITAL VOICES CONFERENCE

      1. (U) The conference met in Bangkok.
      `,
    );
  });

  it('inserts the highest level the portions show, letter-spaced, and names where it was found', () => {
    const source = `
      R 021338Z NOV 04
      FM AMEMBASSY RANGOON
      TO SECSTATE WASHDC 1234

      SIPDIS

      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM
      SUBJECT: TIP COOPERATION

      Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)

      1. (U) The ministers met.

      2. (C) They signed an MOU.
      `;
    const [finding] = expectRule(RULE, source.replace('      SIPDIS\n', '      SIPDIS\n      ^^^^^^ banner-missing\n'));
    assert.match(finding.message, /expected `C O N F I D E N T I A L` \(paragraph 2 is marked \(C\)\)/);
    expectFix(RULE, source, source.replace('      SIPDIS', '      C O N F I D E N T I A L\n\n      SIPDIS'));
  });

  it('adds a SENSITIVE caption under an SBU banner', () => {
    expectFix(
      RULE,
      `
      E.O. 12958: N/A
      TAGS: PHUM, TH
      SUBJECT: TRAFFICKING

      1. (SBU) The police raided a brothel.
      `,
      `
      UNCLAS

      SENSITIVE

      E.O. 12958: N/A
      TAGS: PHUM, TH
      SUBJECT: TRAFFICKING

      1. (SBU) The police raided a brothel.
      `,
    );
  });

  it('offers no banner when the cable is classified but no mark says at what level', () => {
    const [finding] = expectRule(
      RULE,
      `
      E.O. 12958: DECL: 11/02/2014
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ banner-missing
      TAGS: PHUM, PGOV, BM
      SUBJECT: TIP COOPERATION

      Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)

      1. The ministers met.
      `,
    );
    assert.match(finding.message, /it needs a classified one \(it has a Classified By line\)/);
    assert.deepEqual(finding.fixes, []);
  });

  it('fires on the Bangkok seed, whose extract has an E.O. line but no banner, and its fix adds UNCLAS', () => {
    const text = readFileSync(join(root, 'seeds', '06BANGKOK3955.txt'), 'utf8');
    const found = lintText(text, { fileName: 'seeds/06BANGKOK3955.txt' }).diagnostics.filter((d) => d.rule === RULE);
    assert.equal(found.length, 1);
    const line = text.split('\n')[found[0].range.start.line];
    assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character), 'E.O. 12958: N/A');
    assert.match(found[0].message, /expected `UNCLAS` \(the release metadata says UNCLASSIFIED\)/);
    const fixed = applyEdits(text, found[0].fixes[0].edits).text;
    assert.deepEqual(lintText(fixed, { fileName: 'seeds/06BANGKOK3955.txt' }).diagnostics.filter((d) => d.rule === RULE), []);
  });

  it('is clean on the Rangoon seed', () => {
    const text = readFileSync(join(root, 'seeds', '04RANGOON1422.txt'), 'utf8');
    assert.deepEqual(lintText(text, { fileName: 'seeds/04RANGOON1422.txt' }).diagnostics.filter((d) => d.rule === RULE), []);
  });
});
