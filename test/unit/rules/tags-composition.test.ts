import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lintText, safeFixEdits } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const seeds = join(__dirname, '..', '..', '..', '..', 'seeds');

describe('tags-composition', () => {
  it('fires once per repeated tag, on its second occurrence', () => {
    const findings = expectRule(
      'tags-composition',
      `
      UNCLAS ZAGREB 000127

      TAGS: PREL, PARM, HR, PREL, PARM, PREL
                            ^^^^ tags-composition
                                  ^^^^ tags-composition
      `,
    );
    assert.deepEqual(findings.map((f) => f.message), ['PREL appears 3 times on the TAGS line; once is enough.', 'PARM appears twice on the TAGS line; once is enough.']);
  });

  it('removes a repeated tag with its separator, as a safe fix', () => {
    const cable = (tags: string) => `
      UNCLAS ZAGREB 000127

      TAGS: ${tags}
      `;
    expectFix('tags-composition', cable('PREL, PARM, HR, PREL'), cable('PREL, PARM, HR'));
    expectFix('tags-composition', cable('PREL PARM PREL HR'), cable('PREL PARM HR'));
    // The later occurrence, also between two copies of another repeated tag: HR's own fix removes the second.
    expectFix('tags-composition', cable('PREL, PGOV, HR, PGOV, HR, IZ'), cable('PREL, PGOV, HR, HR, IZ'), (fixes) => fixes[0]);
    const [finding] = expectRule('tags-composition', `${cable('PREL, HR, PREL')}                ^^^^ tags-composition
`);
    assert.equal(finding.fixes[0].safe, true);
    // A space-separated line splits free text into words: removing a repeated word would cut a phrase.
    const phrase = lintText(cable('PHUM PREL HUMAN RIGHTS WORKERS RIGHTS').replace(/^ +/gm, '')).diagnostics.find((d) => d.rule === 'tags-composition');
    assert.ok(phrase, 'the repeat is still reported');
    assert.deepEqual(phrase.fixes, []);
  });

  it('removes every later occurrence in one fix, keeping the first where it is', () => {
    const cable = (tags: string) => `UNCLAS ZAGREB 000127\n\nE.O. 12958: N/A\nTAGS: ${tags}\nSUBJECT: X\n`;
    const repeat = (text: string, code: string) => lintText(text).diagnostics.find((d) => d.rule === 'tags-composition' && d.message.startsWith(`${code} appears`));
    const fixed = (text: string, code: string) => applyEdits(text, repeat(text, code)?.fixes[0]?.edits ?? []).text;
    const runs = cable('PGOV, PINR, PINR, PINR, PINR, VT');
    assert.deepEqual(repeat(runs, 'PINR')?.fixes.map((f) => [f.title, f.safe, f.preferred]), [['Remove the 3 repeated PINR', true, true]]);
    assert.equal(fixed(runs, 'PINR'), cable('PGOV, PINR, VT'));
    assert.equal(repeat(cable('PREL, HR, PREL'), 'PREL')?.fixes[0].title, 'Remove the repeated PREL');
    // Not the first PHUM: that would move PHUM behind MZ.
    assert.equal(fixed(cable('EAID, PHUM, MZ, PHUM, MZ, VT'), 'PHUM'), cable('EAID, PHUM, MZ, MZ, VT'));
    // Interleaved repeats: each fix removes its tag's copies; fix-all repairs the line in one pass.
    const interleaved = cable('PGOV, PHUM, PREL, PHUM, PREL, PHUM, PREL, War Crimes');
    assert.equal(fixed(interleaved, 'PREL'), cable('PGOV, PHUM, PREL, PHUM, PHUM, War Crimes'));
    const once = applyEdits(interleaved, safeFixEdits(lintText(interleaved).diagnostics, interleaved)).text;
    assert.equal(once, cable('PGOV, PHUM, PREL, War Crimes'));
    assert.equal(fixed(once, 'PREL'), once, 'applying it again changes nothing');
    // A space-separated line, and one lower-cased throughout.
    assert.equal(fixed(cable('PREL PARM PREL HR PREL'), 'PREL'), cable('PREL PARM HR'));
    assert.equal(fixed(cable('prel, parm, PREL, hr, Prel'), 'prel'), cable('prel, parm, hr'));
  });

  it('removes the occurrences on the lines a wrapped TAGS line continues on, or none when one is alone on its line', () => {
    const cable = (...tags: string[]) => ['UNCLAS ZAGREB 000127', '', 'E.O. 12958: N/A', `TAGS: ${tags[0]}`, ...tags.slice(1), 'SUBJECT: X', ''].join('\n');
    const repeat = (text: string) => lintText(text).diagnostics.find((d) => d.rule === 'tags-composition' && /appears/.test(d.message));
    const fixed = (text: string) => applyEdits(text, repeat(text)?.fixes[0]?.edits ?? []).text;
    // Two on the next line, beginning it: deleted with the separator after them, no line break touched.
    assert.equal(fixed(cable('PREL, PINR, PHUM,', 'PINR, PINR, HR')), cable('PREL, PINR, PHUM,', 'HR'));
    // One on the finding's line and one on the next.
    assert.equal(fixed(cable('PREL, PINR, PHUM, PINR,', 'HR, PINR')), cable('PREL, PINR, PHUM,', 'HR'));
    // A copy alone on its line could only go with its line break: no fix rather than half a repair.
    assert.deepEqual(repeat(cable('PREL, PINR, PHUM, PINR,', 'PINR'))?.fixes, []);
  });

  it('offers the post\'s country tag, in the line\'s style, before a closing full stop; not as a safe fix', () => {
    const cable = (tags: string) => `
      C O N F I D E N T I A L DUBLIN 001222

      TAGS: ${tags}
      `;
    expectFix('tags-composition', cable('PHUM, PREL'), cable('PHUM, PREL, EI'));
    expectFix('tags-composition', cable('phum prel.'), cable('phum prel ei.'));
    expectFix('tags-composition', cable('PHUM; PREL'), cable('PHUM; PREL; EI'));
    expectFix('tags-composition', cable('PREL, OVIP (RICE, CONDOLEEZZA)'), cable('PREL, OVIP (RICE, CONDOLEEZZA), EI'));
    // A wrapped line: the edit would land off the finding's line (the keyword's).
    const wrapped = lintText(['C O N F I D E N T I A L DUBLIN 001222', '', 'TAGS: PHUM, PREL,', 'OVIP (RICE, CONDOLEEZZA)', ''].join('\n')).diagnostics.find((d) => d.rule === 'tags-composition');
    assert.deepEqual(wrapped?.fixes, []);
    const [finding] = expectRule('tags-composition', `${cable('PHUM, PREL')}^^^^^ tags-composition
`);
    assert.deepEqual(finding.fixes.map((f) => [f.title, f.safe]), [['Add EI, the country of the post (DUBLIN)', false]]);
    // A mission to an organization: its tag names no country.
    const nato = lintText('C O N F I D E N T I A L USNATO 000123\n\nTAGS: PREL, MARR\n').diagnostics.find((d) => d.rule === 'tags-composition');
    assert.deepEqual(nato?.fixes.map((f) => f.title), ['Add NATO, the organization of the post (USNATO)']);
  });

  it('fires on the keyword when no subject tag is given', () => {
    expectRule(
      'tags-composition',
      `
      UNCLAS RANGOON 001422

      TAGS: BM, TH
      ^^^^^ tags-composition
      `,
    );
  });

  it('fires on the keyword when a post’s cable has no country tag', () => {
    expectRule(
      'tags-composition',
      `
      C O N F I D E N T I A L DUBLIN 001222

      TAGS: PHUM, PREL
      ^^^^^ tags-composition
      `,
    );
  });

  it('leaves an empty TAGS line to tags-missing', () => {
    expectClean('tags-composition', `\n      UNCLAS BANGKOK 003955\n\n      TAGS: \n      `);
  });

  it('lets organizations, regions and free text stand for the place', () => {
    expectClean('tags-composition', `\n      UNCLAS BRUSSELS 004181\n\n      TAGS: PREL, EAID, EUN, USEU BRUSSELS\n      `);
    expectClean('tags-composition', `\n      UNCLAS NAIROBI 000165\n\n      TAGS: PGOV, PREL, XA\n      `);
    expectClean('tags-composition', `\n      UNCLAS TAIPEI 000061\n\n      TAGS: PREL, AORC, China\n      `);
  });

  it('does not ask Department cables or post-administration cables for a country', () => {
    expectClean('tags-composition', `\n      UNCLAS STATE 228765\n\n      TAGS: PREL, PTER\n      `);
    expectClean('tags-composition', `\n      UNCLAS PRAGUE 000028\n\n      TAGS: ASIG, AMGT\n      `);
  });

  it('leaves a line with an unknown token to tags-unknown', () => {
    expectClean('tags-composition', `\n      UNCLAS BANGKOK 003955\n\n      TAGS: PERL, TH\n      `);
  });

  it('is clean on the Rangoon seed', () => {
    expectClean('tags-composition', readFileSync(join(seeds, '04RANGOON1422.txt'), 'utf8'));
  });
});
