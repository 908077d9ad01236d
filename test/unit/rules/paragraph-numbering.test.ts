import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lintText, parseCable, safeFixEdits } from '../../../server/src/service';
import { paragraphRenumberEdits } from '../../../server/src/service/rules/paragraphSequence';
import { dedent } from '../../support/annotated';
import { confidentialCable } from '../../support/cables';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const root = join(__dirname, '..', '..', '..', '..');
const RULE = 'paragraph-numbering';

const cable = confidentialCable;

describe('paragraph-numbering', () => {
  describe('garbled pilcrows', () => {
    const seedPath = join(root, 'seeds', '04RANGOON1422.txt');

    it('reports each garbled number of the Rangoon seed with its own message and a fix restoring it', () => {
      const text = readFileSync(seedPath, 'utf8');
      const found = lintText(text, { fileName: 'seeds/04RANGOON1422.txt' }).diagnostics.filter((d) => d.rule === RULE);
      assert.deepEqual(
        found.map((d) => d.message),
        [11, 13, 17, 18, 19, 110].map((n) => `Paragraph number ${n} looks like a garbled ¶${String(n).slice(1)}; expected ${String(n).slice(1)}.`),
      );
      const lines = text.split('\n');
      for (const d of found) {
        assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), d.message.split(' ')[2] + '.');
        assert.equal(d.fixes.length, 1);
        assert.ok(d.fixes[0].safe && d.fixes[0].preferred);
        assert.equal(d.fixes[0].edits.length, 1);
      }
      const fixed = applyEdits(text, safeFixEdits(found, text)).text;
      const numbers = parseCable(fixed).paragraphs.filter((p) => p.number).map((p) => p.number!.text);
      assert.deepEqual(numbers, ['1.', '3.', '7.', '8.', '9.', '10.']);
      assert.deepEqual(lintText(fixed, { fileName: 'seeds/04RANGOON1422.txt' }).diagnostics.filter((d) => d.rule === RULE), []);
    });

    it('points at the number and replaces only its digits', () => {
      expectRule(
        RULE,
        cable(`
      17. (C) The officials met on October 27.
      ^^^ paragraph-numbering

      18. (C) They signed the MOU.
      ^^^ paragraph-numbering

      19. (C) The Thai minister did not attend.
      ^^^ paragraph-numbering

      110. (C) The effort has momentum.
      ^^^^ paragraph-numbering
      `),
      );
      expectFix(
        RULE,
        cable(`
      17. (C) The officials met on October 27.

      18. (C) They signed the MOU.

      19. (C) The Thai minister did not attend.

      110. (C) The effort has momentum.
      `),
        cable(`
      7. (C) The officials met on October 27.

      18. (C) They signed the MOU.

      19. (C) The Thai minister did not attend.

      110. (C) The effort has momentum.
      `),
      );
    });

    it('restores a pilcrow when the cable writes its other numbers with one', () => {
      expectFix(
        RULE,
        cable(`
      18. (C) They signed the MOU. The text reads: BEGIN TEXT:

      ¶1. The parties agree to cooperate.

      END TEXT.

      19. (C) The Thai minister did not attend.

      110. (C) The effort has momentum.
      `),
        cable(`
      ¶8. (C) They signed the MOU. The text reads: BEGIN TEXT:

      ¶1. The parties agree to cooperate.

      END TEXT.

      19. (C) The Thai minister did not attend.

      110. (C) The effort has momentum.
      `),
      );
    });

    it('leaves a cable legitimately numbered 10, 11, 12 alone, and an excerpt starting at 11', () => {
      expectClean(RULE, cable(`
      10. (C) The ministers met.

      11. (C) They signed the MOU.

      12. (C) The effort has momentum.
      `));
      expectClean(RULE, cable(`
      11. (C) The ministers met.

      12. (C) They signed the MOU.

      13. (C) The effort has momentum.
      `));
    });
  });

  describe('sequence problems', () => {
    it('flags a skip, a repeat and a step back, each on its number', () => {
      expectRule(
        RULE,
        cable(`
      1. (C) Summary: The ministers met. End Summary.

      2. (C) They signed the MOU.

      4. (C) The Thai minister did not attend.
      ^^ paragraph-numbering

      5. (C) The Chinese delegation was large.

      5. (C) Observers attended.
      ^^ paragraph-numbering

      6. (C) The UN hosted the secretariat.

      7. (C) Comment: The effort has momentum.

      3. (C) The regime benefits.
      ^^ paragraph-numbering

      8. (C) We will follow up.
      `),
      );
    });

    it('a repeated number before the same subsection: 2. (1) twice is no statute sequence', () => {
      expectRule(
        RULE,
        cable(`
      1. (C) The ministers met.

      2. (1) The first point of the plan.

      2. (1) The second point of the plan.
      ^^ paragraph-numbering

      3. (C) The effort has momentum.
      `),
      );
    });

    it('names what was found and what is expected', () => {
      const messages = lintText(dedent(cable(`
      1. (C) The ministers met.

      3. (C) They signed the MOU.

      3. (C) Observers attended.

      4. (C) The Chinese delegation was large.

      2. (C) We will follow up.
      `))).diagnostics.filter((d) => d.rule === RULE).map((d) => d.message);
      assert.deepEqual(messages, [
        'Paragraph number 3 skips ahead after 1; expected 2.',
        'Paragraph number 3 repeats the number before it; expected 4.',
        'Paragraph number 2 goes back after 4; expected 5.',
      ]);
    });

    it('renumbers the paragraphs in order, editing only the numbers that change', () => {
      const source = cable(`
      1. (C) The ministers met.

      2. (C) They signed the MOU.

      4. (C) The Thai minister did not attend.

      5. (C) The effort has momentum.
      `);
      expectFix(
        RULE,
        source,
        cable(`
      1. (C) The ministers met.

      2. (C) They signed the MOU.

      3. (C) The Thai minister did not attend.

      4. (C) The effort has momentum.
      `),
        (fixes) => fixes.find((f) => f.title === 'Renumber paragraphs' && f.safe && f.preferred),
      );
      assert.equal(paragraphRenumberEdits(parseCable(dedent(source))).length, 2);
    });

    it('renumbers past a list and a redaction without touching them', () => {
      const source = dedent(cable(`
      1. (C) The ministers met.

      3. (C) The plan covers the following:
      1. policy and cooperation;
      2. law enforcement.

      4. (C) XXXXXXXXXXXX told us more.

      7. (C) The effort has momentum.
      `));
      const fixed = applyEdits(source, paragraphRenumberEdits(parseCable(source))).text;
      assert.equal(fixed, source.replace('3. (C) The plan', '2. (C) The plan').replace('4. (C) XXX', '3. (C) XXX').replace('7. (C) The effort', '6. (C) The effort'));
    });
  });

  describe('what is not a numbering problem', () => {
    it('a gap after a redaction', () => {
      expectClean(RULE, cable(`
      1. (C) The ministers met.

      2. (C) They signed the MOU with XXXXXXXXXXXX.

      5. (C) The effort has momentum.
      `));
    });

    it('a number whose dot was left out or typed as a comma: 2, (C) ... 3 (C)', () => {
      expectClean(RULE, cable(`
      1. (C) The ministers met.

      2, (C) Officials from six governments attended.

      3 (C) The effort has momentum.

      4. (C) We will follow up.
      `));
    });

    it('a gap where unnumbered paragraphs stand between (numbers lost in the extract)', () => {
      expectClean(RULE, cable(`
      1. (C) The ministers met.

      (U) Officials from six governments attended.

      3. (C) The effort has momentum.
      `));
    });

    it('an embedded list restarting at 1 before the outer numbers resume', () => {
      expectClean(RULE, cable(`
      4. (C) The ministers met.

      5. (C) The action plan lists the following:

      1. policy and cooperation;

      2. legal frameworks and law enforcement;

      3. protection and reintegration of victims.

      6. (C) The effort has momentum.
      `));
    });

    it('a list after a colon that runs to the end', () => {
      expectClean(RULE, cable(`
      1. (C) The ministers met.

      2. (U) Begin updated text:

      1. Claimant A

      2. Claimant B
      `));
    });

    it('numbering inside a quotation', () => {
      expectClean(RULE, cable(`
      1. (C) The ministers met.

      2. (U) The MOU reads: BEGIN TEXT:

      1. The parties agree to cooperate.

      2. The parties will meet yearly.

      END TEXT.

      3. (C) The effort has momentum.
      `));
    });

    it('a media-redacted excerpt starting mid-sequence', () => {
      expectClean(RULE, cable(`
      ¶23. (C) The ministers met.

      ¶24. (C) The effort has momentum.
      `));
    });

    it('a new part under a heading that numbers afresh', () => {
      expectClean(RULE, cable(`
      1. Mideast

      2. Iraq

      Mideast
      -------

      1. All media reported the cabinet vote.

      2. Leading papers criticized it.
      `));
    });

    it('a new part under a label that numbers afresh: TEXT: 1. ... COMMENTS: 1.', () => {
      expectClean(RULE, cable(`
      TEXT:  1. (C) The cabinet approved the extension.

      2. (U) The group has worked well.

      COMMENTS: 1. (C) Field comments. The group was a success.

      2. (C) The challenge will be to keep it going.
      `));
    });

    it('a new part under a roman numeral that numbers afresh', () => {
      expectClean(RULE, cable(`
      I.  COMPLETED ACTIONS.

      1. (C) The team met the customs service.

      2. (C) The team trained border guards.

      III. RED FLAG ISSUES.

      1. (C) The office moves next month.
      `));
    });

    it('a new part under a title in capitals with no letter before it, standing alone', () => {
      expectClean(RULE, cable(`
      B.  TRAINING CONDUCTED DURING THE REPORTING PERIOD.

      1. (C) Shield America training was held in Ljubljana.

      EQUIPMENT DELIVERED DURING THE REPORTING PERIOD.

      1. (U) None.

      IMMINENT TRAINING OR EQUIPMENT STATUS UPDATE.

      1. (U) None.
      `));
    });

    it('a repeated copy of a paragraph in a released text', () => {
      expectClean(RULE, cable(`
      1. (C) The ministers met.

      2. (C) They signed the MOU.

      2. (C) They signed the MOU.

      3. (C) The effort has momentum.
      `));
    });

    it('a quoted statute whose section number repeats before each subsection: 118. (1) ... 118. (2) ...', () => {
      expectClean(RULE, cable(`
      Paragraph 18. Prosecution: the act states:

      118.  (1) No person shall organize the entry of persons
      by means of fraud.
      118.  (2) For the purpose of subsection (1), organize
      includes recruitment.
      119.  A person shall not disembark persons at sea.
      `));
    });

    it('the Bangkok seed, numbered 1 to 13', () => {
      const text = readFileSync(join(root, 'seeds', '06BANGKOK3955.txt'), 'utf8');
      assert.deepEqual(lintText(text, { fileName: 'seeds/06BANGKOK3955.txt' }).diagnostics.filter((d) => d.rule === RULE), []);
    });
  });

  describe('a lone paragraph numbered 1.', () => {
    it('fires on the number', () => {
      expectRule(
        RULE,
        cable(`
      1. (C) The ministers met in Rangoon and signed the MOU.
      ^^ paragraph-numbering
      `),
      );
    });

    it('says what to do either way: drop the number, or number the paragraphs that follow', () => {
      // Cables that number an introduction `1.` and run on in unnumbered answers get this finding too.
      const [finding] = lintText(cable(`
      1. (C) The ministers met in Rangoon and signed the MOU.
      `)).diagnostics.filter((d) => d.rule === RULE);
      assert.match(finding.message, /leaves it unnumbered.*number each/);
    });

    it('offers to remove the number, as a quick-fix only', () => {
      expectFix(
        RULE,
        cable(`
      1. (C) The ministers met in Rangoon and signed the MOU.
      `),
        cable(`
      (C) The ministers met in Rangoon and signed the MOU.
      `),
        (fixes) => fixes.find((f) => f.title === 'Remove the paragraph number' && !f.safe),
      );
    });

    it('is clean when other paragraphs follow, numbered or not', () => {
      expectClean(RULE, cable(`
      1. (C) The ministers met.

      (C) They signed the MOU.
      `));
    });
  });
});
