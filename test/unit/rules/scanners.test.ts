// The hand-written scans the rules use in hot loops must say exactly what the regexes they replace say.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { digitRun, endWithoutTrailingPunctuation, isParenthesisedWord, listLetterCode, singleLetterCode } from '../../../server/src/service/rules/scanners';

const RUNS = 3000;

/** Strings over `units`, where the scanned shapes (and near misses) turn up often. */
const over = (units: string[], maxLength = 14) => fc.string({ unit: fc.constantFrom(...units), maxLength });

const SPACES = [' ', '\t', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u180e', '\u200b'];
const LETTERS = ['a', 'b', 'c', 's', 'u', 'z', 'A', 'B', 'C', 'S', 'U', 'Z', '@', '[', '`', '{', '\u00e9'];

describe('rule scanners', () => {
  it('listLetterCode reads list letters as ^\\s*(?:-+\\s*)?(?:\\d{1,3}\\.\\s+)?\\(?([A-Za-z])\\)\\s does', () => {
    const regex = /^\s*(?:-+\s*)?(?:\d{1,3}\.\s+)?\(?([A-Za-z])\)\s/;
    fc.assert(
      fc.property(over([...SPACES, '-', '1', '2', '0', '.', '(', ')', ...LETTERS, 'x']), (text) => {
        const letter = regex.exec(text)?.[1];
        assert.equal(listLetterCode(text), letter === undefined ? -1 : letter.charCodeAt(0));
      }),
      { numRuns: RUNS },
    );
    assert.equal(listLetterCode('4.  D)  text'), 68);
    assert.equal(listLetterCode(' - (b) text'), 98);
    assert.equal(listLetterCode('1234. (b) text'), -1);
  });

  it('isParenthesisedWord is ^\\([a-z]{4,}\\)$', () => {
    fc.assert(
      fc.property(over(['(', ')', 'a', 'e', 'z', 'A', '`', '{', ' '], 9), (text) => {
        assert.equal(isParenthesisedWord(text), /^\([a-z]{4,}\)$/.test(text));
      }),
      { numRuns: RUNS },
    );
    assert.ok(isParenthesisedWord('(secret)'));
  });

  it('singleLetterCode reads marks as ^\\(?([A-Za-z])\\)$ does', () => {
    fc.assert(
      fc.property(over(['(', ')', ...LETTERS, ' '], 4), (text) => {
        const letter = /^\(?([A-Za-z])\)$/.exec(text)?.[1];
        assert.equal(singleLetterCode(text), letter === undefined ? -1 : letter.charCodeAt(0));
      }),
      { numRuns: RUNS },
    );
  });

  it('digitRun finds what \\d+ finds', () => {
    fc.assert(
      fc.property(over(['1', '0', '9', '\u00b6', '.', ' ', 'a', '\u0661']), (text) => {
        const m = /\d+/.exec(text);
        assert.deepEqual(digitRun(text), m ? [m.index, m.index + m[0].length] : [text.length, text.length]);
      }),
      { numRuns: RUNS },
    );
  });

  it('endWithoutTrailingPunctuation cuts what [\\s.,;:]+$ removes', () => {
    fc.assert(
      fc.property(over([...SPACES, '.', ',', ';', ':', 'P', 'R', '-', '/']), fc.nat(), (text, cut) => {
        const end = cut % (text.length + 1);
        assert.equal(text.slice(0, endWithoutTrailingPunctuation(text, end)), text.slice(0, end).replace(/[\s.,;:]+$/, ''));
      }),
      { numRuns: RUNS },
    );
  });
});
