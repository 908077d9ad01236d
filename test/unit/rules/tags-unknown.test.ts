import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lintText, safeFixEdits } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const seeds = join(__dirname, '..', '..', '..', '..', 'seeds');

function cable(tags: string): string {
  return `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      ${tags}
      SUBJECT: VITAL VOICES CONFERENCE
      `;
}

describe('tags-unknown', () => {
  it('fires on a misspelt code and suggests the nearest known tags', () => {
    const [finding] = expectRule(
      'tags-unknown',
      `
      UNCLAS BANGKOK 003955

      TAGS: PHUM, PGOV, PERL, TH
                        ^^^^ tags-unknown
      `,
    );
    assert.match(finding.message, /PERL.*PREL/);
    assert.ok(finding.fixes.length >= 1 && finding.fixes.every((f) => !f.safe));
    assert.equal(finding.fixes.filter((f) => f.preferred).length, 1);
  });

  it('suggests first the codes a short token begins (PR: PREL), not near spellings (BR)', () => {
    const [finding] = expectRule(
      'tags-unknown',
      `
      UNCLAS BANGKOK 003955

      TAGS: PHUM, PR
                  ^^ tags-unknown
      `,
    );
    assert.deepEqual(finding.fixes.map((f) => f.title), ['Replace with PREL', 'Replace with PREF', 'Replace with PROP']);
    assert.match(finding.message, /did you mean PREL\?/);
  });

  it('replaces an unknown code with the preferred suggestion', () => {
    expectFix('tags-unknown', cable('TAGS: PHUM, PERL, TH'), cable('TAGS: PHUM, PREL, TH'), (fixes) => fixes.find((f) => f.preferred));
  });

  it('splits merged codes in the line’s own separator style, safely', () => {
    const [finding] = expectRule(
      'tags-unknown',
      `
      UNCLAS BANGKOK 003955

      TAGS: PHUMPGOV, TH
            ^^^^^^^^ tags-unknown
      `,
    );
    assert.equal(finding.fixes[0].safe, true);
    expectFix('tags-unknown', cable('TAGS: PHUMPGOV, TH'), cable('TAGS: PHUM, PGOV, TH'));
    expectFix('tags-unknown', cable('TAGS: PHUMPGOV TH'), cable('TAGS: PHUM PGOV TH'));
  });

  it('only offers to split two run-together country codes, which may be an acronym', () => {
    const [finding] = expectRule(
      'tags-unknown',
      `
      UNCLAS VATICAN 000483

      TAGS: PREL, IT, VTIZ
                      ^^^^ tags-unknown
      `,
    );
    assert.equal(finding.fixes[0].title, 'Replace with VT, IZ');
    assert.equal(finding.fixes[0].safe, false);
  });

  it('never inserts a tag the line lists already: only the missing ones, or the removal when all are', () => {
    const unknown = (tags: string) => lintText(cable(tags).replace(/^ +/gm, '')).diagnostics.filter((d) => d.rule === 'tags-unknown');
    // Both parts of the split listed: the split, and the guesses of one part, become one removal.
    assert.deepEqual(unknown('TAGS: IZ, PREL, VT, VTIZ')[0].fixes.map((f) => [f.title, f.preferred, f.safe]), [
      ['Remove VTIZ: VT and IZ are listed already', true, false],
      ['Replace with KTIA', false, false],
    ]);
    expectFix('tags-unknown', cable('TAGS: IZ, PREL, VT, VTIZ'), cable('TAGS: IZ, PREL, VT'), (fixes) => fixes.find((f) => f.preferred));
    // One part listed: only the other is inserted, and the guess of that part alone is not offered twice.
    assert.deepEqual(unknown('TAGS: PREL, VT, VTIZ')[0].fixes.map((f) => f.title), ['Replace with IZ: VT is listed already', 'Remove VTIZ: VT is listed already', 'Replace with KTIA']);
    expectFix('tags-unknown', cable('TAGS: PREL, VT, VTIZ'), cable('TAGS: PREL, VT, IZ'), (fixes) => fixes.find((f) => f.preferred));
    // A near code listed already, also as a piece (`PGOV PREL`) or with a full stop.
    assert.equal(unknown('TAGS: EFIN, EREL, PGOV, PREL, UP')[0].fixes[0].title, 'Remove EREL: PREL is listed already');
    expectFix('tags-unknown', cable('TAGS: EFIN, EREL, PGOV, PREL, UP'), cable('TAGS: EFIN, PGOV, PREL, UP'), (fixes) => fixes.find((f) => f.preferred));
    assert.equal(unknown('TAGS: EFIN, EREL, PGOV PREL, UP')[0].fixes[0].title, 'Remove EREL: PREL is listed already');
    assert.equal(unknown('TAGS: EFIN, EREL, UP, PREL.')[0].fixes[0].title, 'Remove EREL: PREL is listed already');
  });

  it('lets the fixes of one unknown or merged token written several times, applied together, add its codes once', () => {
    const text = cable('TAGS: PREL, VTIZ, VTIZ, VTIZ').replace(/^ +/gm, '');
    const found = lintText(text).diagnostics.filter((d) => d.rule === 'tags-unknown');
    assert.deepEqual(found.map((d) => d.fixes.find((f) => f.preferred)?.title), ['Replace with VT, IZ', 'Remove the repeated VTIZ', 'Remove the repeated VTIZ']);
    // "Fix all tags-unknown problems": the preferred fix of each.
    const { text: fixed, skipped } = applyEdits(text, found.flatMap((d) => d.fixes.find((f) => f.preferred)?.edits ?? []));
    assert.deepEqual(skipped, []);
    assert.equal(fixed, cable('TAGS: PREL, VT, IZ').replace(/^ +/gm, ''));
    // The safe split of a merged token: this rule's fixes together, and --fix.
    const merged = cable('TAGS: PHUMPGOV, TH, PHUMPGOV').replace(/^ +/gm, '');
    const splits = lintText(merged).diagnostics.filter((d) => d.rule === 'tags-unknown');
    assert.deepEqual(splits.map((d) => d.fixes.map((f) => [f.title, f.safe])), [[['Split into PHUM, PGOV', true]], [['Remove the repeated PHUMPGOV', true]]]);
    assert.equal(applyEdits(merged, safeFixEdits(splits, merged)).text, cable('TAGS: PHUM, PGOV, TH').replace(/^ +/gm, ''));
    assert.equal(applyEdits(merged, safeFixEdits(lintText(merged).diagnostics, merged)).text, cable('TAGS: PHUM, PGOV, TH').replace(/^ +/gm, ''));
    // Person tags with different names are different tokens.
    const people = lintText(cable('TAGS: PREL, XYZZ (DOE, JOHN), XYZZ (ROE, JANE)').replace(/^ +/gm, '')).diagnostics.filter((d) => d.rule === 'tags-unknown');
    assert.ok(people.every((d) => !d.fixes.some((f) => f.title.startsWith('Remove'))));
  });

  it('follows a lowercased line when replacing', () => {
    expectFix('tags-unknown', cable('Tags: phum, perl, th'), cable('Tags: phum, prel, th'), (fixes) => fixes.find((f) => f.preferred));
  });

  it('accepts person tags, free text, pieces of known codes and the Rangoon seed', () => {
    expectClean('tags-unknown', cable('TAGS: OVIP (RICE, CONDOLEEZZA), PREL, PGOV, TH'));
    expectClean('tags-unknown', cable('TAGS: PHUM, HUMAN RIGHTS, Defense Reform (Mil & NATO), TH'));
    expectClean('tags-unknown', cable('TAGS: PHUM HUMAN RIGHTS TH'));
    expectClean('tags-unknown', cable('TAGS: PREL PGOV, TH'));
    expectClean('tags-unknown', readFileSync(join(seeds, '04RANGOON1422.txt'), 'utf8'));
  });

  it('accepts a person tag\'s name wrapped onto the next line, and still judges the codes after it', () => {
    expectClean('tags-unknown', cable('TAGS: CVIS, PTER, (DOE-\n      SMITH, JOHN ET AL)'));
    expectRule(
      'tags-unknown',
      `
      UNCLAS MADRID 002043

      TAGS: CVIS, OVIP (DOE,
      JOHN), PERL, TH
             ^^^^ tags-unknown
      `,
    );
  });

  it('accepts tags the user added in the configuration', () => {
    const source = `
      UNCLAS BANGKOK 003955

      TAGS: PHUM, QQTP, TH
                  ^^^^ tags-unknown
      `;
    expectRule('tags-unknown', source);
    expectClean('tags-unknown', source.replace(/\n\s*\^+ tags-unknown/, ''), { config: { tags: ['QQTP'] } });
  });
});
