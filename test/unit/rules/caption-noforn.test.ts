import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const RULE = 'caption-noforn';
const root = join(__dirname, '..', '..', '..', '..');

const fields = `
      E.O. 12958: DECL: 06/24/2013
      TAGS: PARM, PREL, YM
      SUBJECT: BOLTON VISIT

      Classified By: Charge Alan G. Misenheimer for Reasons 1.5 (B) and (D)
`;

describe('caption-noforn', () => {
  it('fires on the first NOFORN portion when no NOFORN caption is there', () => {
    const [finding] = expectRule(
      RULE,
      `
      S E C R E T SANAA 001454

      SIPDIS
${fields}
      1. (S) Saleh met U/S Bolton.

      2. (S/NF) He described the shipment.
         ^^^^^^ caption-noforn

      3. (S//NF) He asked for help.
      `,
    );
    assert.equal(finding.message, 'Paragraph 2 is marked (S/NF) (NOFORN) but the cable has no NOFORN caption.');
  });

  it('fires on a NOFORN caption when portions are marked and none is NOFORN', () => {
    const [finding] = expectRule(
      RULE,
      `
      S E C R E T BEIRUT 000523

      SIPDIS
      NOFORN
      ^^^^^^ caption-noforn
${fields}
      1. (S) The source reported.
      `,
    );
    assert.equal(finding.message, 'The cable is captioned NOFORN but none of its marked portions is NOFORN (`/NF`).');
    assert.deepEqual(finding.fixes, []);
  });

  it('is clean when caption and portions agree, with the caption on its own line or on the banner', () => {
    expectClean(RULE, `\n      S E C R E T SANAA 001454\n\n      SIPDIS\n      NOFORN\n${fields}\n      1. (S/NF) He described the shipment.\n      `);
    expectClean(RULE, `\n      S E C R E T NOFORN BOGOTA 000243\n${fields}\n      1. (S/NF) He described the shipment.\n      `);
    // Captions may follow the serial on the banner line too.
    expectClean(RULE, `\n      S E C R E T BOGOTA 000243 SIPDIS NOFORN\n${fields}\n      1. (S/NF) He described the shipment.\n      `);
    expectClean(RULE, `\n      S E C R E T SANAA 001454\n\n      NOFORN\n${fields}\n      1. He described the shipment.\n      `);
  });

  it('reads a NOFORN caption after a restated level on its own header line (`SECRET NOFORN`, `SECRET//NOFORN`)', () => {
    expectClean(RULE, `\n      S E C R E T SECTION 01 OF 06 LIMA 000219\n\n      SIPDIS\n      SECRET NOFORN\n${fields}\n      1. (S//NF) He described the shipment.\n      `);
    expectClean(RULE, `\n      C O N F I D E N T I A L OTTAWA 003285\n\n      CONFIDENTIAL//NOFORN\n${fields}\n      1. (C/NF) The party is split.\n      `);
  });

  it('adds the caption under SIPDIS, or under the banner when there is no SIPDIS', () => {
    expectFix(
      RULE,
      `\n      S E C R E T SANAA 001454\n\n      SIPDIS\n${fields}\n      1. (S/NF) He described the shipment.\n      `,
      `\n      S E C R E T SANAA 001454\n\n      SIPDIS\n      NOFORN\n${fields}\n      1. (S/NF) He described the shipment.\n      `,
    );
    expectFix(
      RULE,
      `\n      C O N F I D E N T I A L OTTAWA 002251\n${fields}\n      1. (C/NF) The party is split.\n      `,
      `\n      C O N F I D E N T I A L OTTAWA 002251\n      NOFORN\n${fields}\n      1. (C/NF) The party is split.\n      `,
    );
  });

  it('is clean on the seeds', () => {
    for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
      const text = readFileSync(join(root, 'seeds', seed), 'utf8');
      assert.deepEqual(lintText(text, { fileName: `seeds/${seed}` }).diagnostics.filter((d) => d.rule === RULE), []);
    }
  });
});
