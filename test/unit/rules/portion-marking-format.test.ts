import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const RULE = 'portion-marking-format';
const root = join(__dirname, '..', '..', '..', '..');

const header = `
      S E C R E T SANAA 002335

      E.O. 12958: DECL: 09/24/2013
      TAGS: PREL, PTER, YM
      SUBJECT: CT COOPERATION

      Classified By: Ambassador Edmund J. Hull for reasons 1.5 (a), (d)
`;

describe('portion-marking-format', () => {
  it('fires on lowercase, spaced, spelled-out and run-together marks', () => {
    const findings = expectRule(
      RULE,
      `${header}
      1. (c) Saleh met the Ambassador.
         ^^^ portion-marking-format

      2. ( S ) He described the cell.
         ^^^^^ portion-marking-format

      3. (S N/F) He asked for help.
         ^^^^^^^ portion-marking-format

      4. (SECRET REL INDIA) The talking points follow.
         ^^^^^^^^^^^^^^^^^^ portion-marking-format

      5. (S/RELEASABLE TO THE EU) The EU agrees.
         ^^^^^^^^^^^^^^^^^^^^^^^^ portion-marking-format
      `,
    );
    assert.deepEqual(
      findings.map((d) => d.message),
      [
        'Portion mark `(c)` is not in the standard form; expected `(C)`.',
        'Portion mark `( S )` is not in the standard form; expected `(S)`.',
        'Portion mark `(S N/F)` is not in the standard form; expected `(S/NF)`.',
        'Portion mark `(SECRET REL INDIA)` is not in the standard form; expected `(S/REL INDIA)`.',
        'Portion mark `(S/RELEASABLE TO THE EU)` is not in the standard form; expected `(S/REL TO THE EU)`.',
      ],
    );
  });

  it('accepts both caveat separators and REL TO lists', () => {
    expectClean(RULE, `${header}\n      1. (S/NF) One.\n\n      2. (S//NF) Two.\n\n      3. (C//REL TO USA, GBR) Three.\n\n      4. (SBU/NF//FOUO) Four.\n\n      5. (S/NF/NC/ORCON) Five.\n      `);
  });

  it('leaves the letters of a lettered list alone', () => {
    expectClean(RULE, `${header}\n      1. (S) Post asks:\n\n      (b) Which countries use the system?\n\n      (c) Does it reduce diversion?\n      `);
  });

  it('rewrites the mark, keeping a double-slash separator where the drafter used one', () => {
    expectFix(RULE, `${header}\n      1. (s/nf) Saleh met the Ambassador.\n      `, `${header}\n      1. (S/NF) Saleh met the Ambassador.\n      `);
    expectFix(RULE, `${header}\n      1. (S//REL to USA, ACGU) Points.\n      `, `${header}\n      1. (S//REL TO USA, ACGU) Points.\n      `);
    expectFix(RULE, `${header}\n      1. C) Saleh met the Ambassador.\n      `, `${header}\n      1. (C) Saleh met the Ambassador.\n      `);
  });

  it('reads a mark that lost its closing parenthesis after the number, and closes it', () => {
    const [finding] = expectRule(RULE, `${header}\n      1. (S ON MAY 2, THE MINISTER CALLED.\n         ^^ portion-marking-format\n      `);
    assert.equal(finding.message, 'Portion mark `(S` is not in the standard form; expected `(S)`.');
    expectFix(RULE, `${header}\n      1. (S ON MAY 2, THE MINISTER CALLED.\n      `, `${header}\n      1. (S) ON MAY 2, THE MINISTER CALLED.\n      `);
  });

  it('reads a level qualified by "unless otherwise marked" as that level', () => {
    const [finding] = expectRule(RULE, `${header}\n      1. (U unless otherwise marked) Biodata follow:\n         ^^^^^^^^^^^^^^^^^^^^^^^^^^^ portion-marking-format\n      `);
    assert.equal(finding.message, 'Portion mark `(U unless otherwise marked)` is not in the standard form; expected `(U)`.');
    // The fix would drop the drafter's words: offered, never applied on its own (fix all, --fix).
    assert.deepEqual(finding.fixes?.map((f) => [f.title, f.safe]), [['Change to (U), dropping "unless otherwise marked"', false]]);
  });

  it('reads a level run into NF (`(SNF)`) as the level with NOFORN', () => {
    const [finding] = expectRule(RULE, `${header}\n      1. (SNF) The team did well.\n         ^^^^^ portion-marking-format\n      `);
    assert.equal(finding.message, 'Portion mark `(SNF)` is not in the standard form; expected `(S/NF)`.');
  });

  it('reads the level swapped into N/F (`(N/SF)`) as the level with NOFORN', () => {
    const [finding] = expectRule(RULE, `${header}\n      1. (N/SF) The team did well.\n         ^^^^^^ portion-marking-format\n      `);
    assert.equal(finding.message, 'Portion mark `(N/SF)` is not in the standard form; expected `(S/NF)`.');
  });

  it('leaves an opening parenthesis that is not a mark alone', () => {
    expectClean(RULE, `${header}\n      1. (S AND T) COOPERATION GREW.\n\n      2. (SEE REF A) THE TALKS WENT ON.\n\n      3. (CHAIRMAN OF THE BOARD\n      AND HIS DEPUTY) CALLED.\n      `);
  });

  it('is clean on the seeds', () => {
    for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
      const text = readFileSync(join(root, 'seeds', seed), 'utf8');
      assert.deepEqual(lintText(text, { fileName: `seeds/${seed}` }).diagnostics.filter((d) => d.rule === RULE), []);
    }
  });
});
