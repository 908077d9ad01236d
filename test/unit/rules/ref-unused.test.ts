import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectClean, expectRule } from '../../support/ruleHarness';

const seeds = join(__dirname, '..', '..', '..', '..', 'seeds');

describe('ref-unused', () => {
  it('fires on each lettered item the text never cites', () => {
    expectRule(
      'ref-unused',
      `
      UNCLAS RANGOON 001422

      REF: A. RANGOON 1370
           B. RANGOON 1357
           ^^ ref-unused
           C. STATE 12345
           ^^ ref-unused

      1. (U) The ministers met (ref a).
      `,
    );
  });

  it('is clean on the Rangoon seed, whose items are cited as (ref b) and (ref a)', () => {
    expectClean('ref-unused', readFileSync(join(seeds, '04RANGOON1422.txt'), 'utf8'));
  });

  it('counts plural refs and ranges as citing every item they cover', () => {
    expectClean('ref-unused', `\n      UNCLAS ROME 001196\n\n      REF: A. STATE 40721 B. ROME 1098\n\n      1. (U) As the reftels report, the press reacted.\n      `);
    expectClean('ref-unused', `\n      UNCLAS ROME 001196\n\n      REF: A. STATE 40721 B. ROME 1098 C. ROME 894\n\n      1. (U) As predicted (REFS A-C), the press reacted.\n      `);
  });

  it('reads a letter list that wraps before or after its separator', () => {
    expectClean(
      'ref-unused',
      `
      UNCLAS ROME 001196

      REF: A. STATE 40721 B. ROME 1098 C. ROME 894 D. ROME 348

      1. (U) The press reacted to the visit (REFS A AND
      B) and to the report (refs C
      and D).
      `,
    );
  });

  it('reads items written REF A: ... REF B: ..., and reports the one never cited', () => {
    expectRule(
      'ref-unused',
      `
      UNCLAS ROME 001196

      REF A: STATE 40721  REF B: ROME 1098
                              ^^ ref-unused
      REF C: ROME 894

      1. (U) As predicted (REF A), the press reacted (REF C).
      `,
    );
  });

  it('reads reftel followed by a post and number as citing the item with that cable', () => {
    expectRule(
      'ref-unused',
      `
      UNCLAS LAGOS 002013

      REF: A. ABUJA 1675
           B. LAGOS 1998
           C. LAGOS 1982
           ^^ ref-unused

      1. (U) The two agreed to a cease-fire. See reftel Abuja 01675. Others disagreed (ref b).
      `,
    );
  });

  it('counts an item cited by its post and number alone, even wrapped across a line', () => {
    expectRule(
      'ref-unused',
      `
      UNCLAS ABU DHABI 001838

      REF: A. STATE 152088
           B. 06 ABU DHABI 3872
           C. HCMC 0789
           D. WELLINGTON 847
           ^^ ref-unused
           E. SECSTATE 79091

      1. (U) Responses follow (see 05 Abu
      Dhabi 03872 and HCMC 789 for more). Wellington 8470 is another cable (ref a).
      2. (U) As State 79091 asked, we met.
      `,
    );
  });

  it('does not take a date for an item dated the same day', () => {
    expectRule(
      'ref-unused',
      `
      UNCLAS LAGOS 000637

      REF: A. EMAIL SMITH/JONES MARCH 22
           ^^ ref-unused
           B. LAGOS 505

      1. (U) On March 22 the governor spoke (ref b).
      `,
    );
  });

  it('stays silent when an ambiguous reftel might cite any item', () => {
    expectClean('ref-unused', `\n      UNCLAS ROME 001196\n\n      REF: A. STATE 40721 B. ROME 1098\n\n      1. (U) We delivered reftel points.\n      `);
  });
});
