import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lintText } from '../../../server/src/service';
import { expectClean, expectFix, expectRule } from '../../support/ruleHarness';

const seeds = join(__dirname, '..', '..', '..', '..', 'seeds');

describe('tags-missing', () => {
  it('fires on the E.O. line when no TAGS line follows it', () => {
    expectRule(
      'tags-missing',
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      ^^^^^^^^^^^^^^^ tags-missing
      SUBJECT: VITAL VOICES CONFERENCE

      1. The conference met in Bangkok.
      `,
    );
  });

  it('fires on the banner when there is no E.O. line either', () => {
    expectRule(
      'tags-missing',
      `
      UNCLAS BANGKOK 003955
      ^^^^^^^^^^^^^^^^^^^^^ tags-missing

      1. The conference met in Bangkok.
      `,
    );
  });

  it('fires on the Bangkok seed, which lost its TAGS line', () => {
    const { diagnostics } = lintText(readFileSync(join(seeds, '06BANGKOK3955.txt'), 'utf8'), { fileName: '06BANGKOK3955.txt' });
    assert.equal(diagnostics.filter((d) => d.rule === 'tags-missing').length, 1);
  });

  it('is clean when TAGS shares a line with SUBJECT, as in the Rangoon seed', () => {
    expectClean('tags-missing', readFileSync(join(seeds, '04RANGOON1422.txt'), 'utf8'));
  });

  it('is clean with TAGS written without a colon or in lower case', () => {
    expectClean(
      'tags-missing',
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      Tags prel, pgov, th
      SUBJECT: VITAL VOICES CONFERENCE
      `,
    );
  });

  it('fires on an empty TAGS line, as on the line its fix inserts: --fix never makes a missing TAGS pass', () => {
    const [finding] = expectRule(
      'tags-missing',
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      TAGS: 
      ^^^^^ tags-missing
      SUBJECT: VITAL VOICES CONFERENCE
      `,
    );
    assert.match(finding.message, /empty/);
    assert.equal(finding.fixes.length, 0, 'only the drafter knows the tags');
    const text = 'UNCLAS BANGKOK 003955\n\nE.O. 12958: N/A\nSUBJECT: VITAL VOICES CONFERENCE\n';
    const inserted = lintText(text).diagnostics.find((d) => d.rule === 'tags-missing')!.fixes[0];
    const fixed = applyEdits(text, inserted.edits).text;
    assert.ok(lintText(fixed).diagnostics.some((d) => d.rule === 'tags-missing' && d.severity === 'error'), fixed);
  });

  it('stays silent on a TAGS line whose tags wrap onto the next line', () => {
    expectClean('tags-missing', `\n      UNCLAS BANGKOK 003955\n\n      E.O. 12958: N/A\n      TAGS:\n         PHUM, TH\n      `);
  });

  it('stays silent on a fragment with no header', () => {
    expectClean('tags-missing', `\n      1. The conference met in Bangkok.\n      `);
  });

  it('inserts an empty TAGS line right after the E.O. line', () => {
    expectFix(
      'tags-missing',
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A

      1. The conference met in Bangkok.
      `,
      `
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      TAGS: 

      1. The conference met in Bangkok.
      `,
    );
  });

  it('inserts with the cable’s own line breaks, and the fix is safe', () => {
    const text = 'UNCLAS BANGKOK 003955\r\n\r\nE.O. 12958: N/A\r\nSUBJECT: VITAL VOICES\r\n';
    const finding = lintText(text).diagnostics.find((d) => d.rule === 'tags-missing')!;
    assert.equal(finding.fixes[0].safe, true);
    assert.equal(applyEdits(text, finding.fixes[0].edits).text, 'UNCLAS BANGKOK 003955\r\n\r\nE.O. 12958: N/A\r\nTAGS: \r\nSUBJECT: VITAL VOICES\r\n');
  });

  it('reports a TAG keyword and corrects it to TAGS', () => {
    expectRule(
      'tags-missing',
      `
      UNCLAS BOGOTA 000243

      E.O. 12958: DECL: 2035/02/12
      TAG: PTER, MOPS, CO
      ^^^ tags-missing
      SUBJECT: ATTACK IN CAUCA
      `,
    );
    expectFix(
      'tags-missing',
      `
      UNCLAS STOCKHOLM 000194

      E.O. 12958: DECL: 03/20/2019 TAG PTER, PGOV, SW
      SUBJECT: TERRORIST FINANCING
      `,
      `
      UNCLAS STOCKHOLM 000194

      E.O. 12958: DECL: 03/20/2019 TAGS PTER, PGOV, SW
      SUBJECT: TERRORIST FINANCING
      `,
    );
  });
});
