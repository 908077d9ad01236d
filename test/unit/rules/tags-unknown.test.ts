import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

      TAGS: PREL, VT, VTIZ
                      ^^^^ tags-unknown
      `,
    );
    assert.equal(finding.fixes[0].title, 'Replace with VT, IZ');
    assert.equal(finding.fixes[0].safe, false);
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
