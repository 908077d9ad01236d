import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectClean, expectRule } from '../../support/ruleHarness';

const seeds = join(__dirname, '..', '..', '..', '..', 'seeds');

describe('ref-undefined', () => {
  it('fires on a cited letter the REF list does not have', () => {
    expectRule(
      'ref-undefined',
      `
      UNCLAS RANGOON 001422

      REF: A. RANGOON 1370
           B. RANGOON 1357

      1. (U) The ministers met (ref c) and signed (REFS A AND D).
                                    ^ ref-undefined
                                                              ^ ref-undefined
      `,
    );
  });

  it('fires on a bare reftel when the REF list has several letters', () => {
    expectRule(
      'ref-undefined',
      `
      UNCLAS RANGOON 001422

      REF: A. RANGOON 1370 B. RANGOON 1357

      1. (U) Poloff delivered reftel points on October 27.
                              ^^^^^^ ref-undefined
      `,
    );
  });

  it('reads reftel followed by a post and number as citing the item with that cable, not as ambiguous', () => {
    expectClean('ref-undefined', `\n      UNCLAS LAGOS 002013\n\n      REF: A. ABUJA 1675\n           B. 03 LAGOS 1998\n\n      1. (U) See reftel Abuja 1675 and (REFTEL LAGOS 01998).\n      `);
    // A cable the list does not hold leaves the reftel as ambiguous as before.
    expectRule(
      'ref-undefined',
      `
      UNCLAS LAGOS 002013

      REF: A. ABUJA 1675
           B. LAGOS 1998

      1. (U) See reftel Abuja 1676.
                 ^^^^^^ ref-undefined
      `,
    );
  });

  it('fires on citations in a cable with no REF list', () => {
    expectRule(
      'ref-undefined',
      `
      UNCLAS RANGOON 001422

      1. (U) As reported (ref b), and in reftel, the ministers met.
                              ^ ref-undefined
                                         ^^^^^^ ref-undefined
      `,
    );
  });

  it('resolves citations of a REF list written without its keyword right under the SUBJECT', () => {
    expectClean('ref-undefined', `\n      UNCLAS TAIPEI 003242\n\n      E.O. 12958: N/A\n      TAGS: ECON, TW\n      SUBJECT: PACKAGING RULE\n\n      A) TAIPEI 03145 B) TAIPEI 02673\n\n      1. As reported in Refs A and B, and in reftel B, TEPA waits.\n      `);
  });

  it('resolves the Rangoon seed’s (ref b) and (ref a)', () => {
    expectClean('ref-undefined', readFileSync(join(seeds, '04RANGOON1422.txt'), 'utf8'));
  });

  it('accepts letters of a REF list that goes on past a page break', () => {
    expectClean(
      'ref-undefined',
      `
      CONFIDENTIAL ROME 000001

      REF: A. STATE 1234
           B. ROME 567
                            CONFIDENTIAL

      PAGE 02        ROME  00001  01 OF 02  131649Z
           C. PARIS 89

      1. (C) We met (ref a), agreed (ref b) and signed (ref c).
      `,
    );
  });

  it('accepts a lone reftel, plural refs, ranges, wrapped and parenthesised letters', () => {
    expectClean('ref-undefined', `\n      UNCLAS ROME 001196\n\n      REF: STATE 40721\n\n      1. (U) We delivered reftel points.\n      `);
    expectClean(
      'ref-undefined',
      `
      UNCLAS ROME 001196

      REF: A. STATE 40721 B. ROME 1098 C. ROME 894 D. ROME 348

      1. (U) As predicted (REFS B-D), the press reported the refs in full. Per ref (a), the
      points went out (ref
      b).
      `,
    );
  });

  it('reads a possessive as a citation of its letter, not a bare ref', () => {
    expectClean('ref-undefined', `\n      UNCLAS RANGOON 000433\n\n      REF: A. STATE 81067\n           B. TOKYO 1194\n\n      1. (U) We welcome Ref A's elaboration and REF B’S points.\n      `);
  });

  it('reads an unlettered list separated by semicolons as A, B in order', () => {
    expectClean('ref-undefined', `\n      UNCLAS BELGRADE 000025\n\n      REF: BELGRADE 19; STATE 9661\n\n      1. (U) As noted (Ref B), the visit went ahead.\n      `);
  });

  it('reads a list lettered only at A, its other references after semicolons, as A, B, C in order', () => {
    expectRule(
      'ref-undefined',
      `
      CONFIDENTIAL VATICAN 000083

      REF: A) 05 VATICAN 475 ET AL.; WARSAW 799 ET AL.; SMITH - JONES
      TELCONS

      1. (C) As reported (ref a), the visit went ahead (ref c), but not as planned (ref d).
                                                                                        ^ ref-undefined
      `,
    );
  });

  it('does not take ad ref. or a REF label for a citation', () => {
    expectClean(
      'ref-undefined',
      `
      UNCLAS GUATEMALA 000967

      REF: A. STATE 1 B. STATE 2

      1. (U) The text was agreed ad ref. during the inspection, ref: ISP-I-02-26.
      `,
    );
  });
});
