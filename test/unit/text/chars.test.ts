// The character tests the parser and the rules read lines with must say what the regexes and trims they replace say.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { firstNonSpace, isDigitCode, isLetterCode, isSpaceCode, trimmedEnd, upperLetterCode } from '../../../server/src/service/text/chars';

const UNITS = [' ', '\t', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b', 'a', 'Z', '1', '-'];
const text = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 12 });

describe('text/chars', () => {
  it('isSpaceCode is regex \\s for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    assert.equal(isSpaceCode('x'.charCodeAt(1)), false, 'a read past the end');
  });

  it('isDigitCode is \\d, isLetterCode is [A-Za-z] and upperLetterCode upper-cases those letters, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      assert.equal(isDigitCode(c), /\d/.test(unit), `U+${c.toString(16)}`);
      assert.equal(isLetterCode(c), /[A-Za-z]/.test(unit), `U+${c.toString(16)}`);
      if (isLetterCode(c)) assert.equal(upperLetterCode(c), unit.toUpperCase().charCodeAt(0));
    }
  });

  it('firstNonSpace and trimmedEnd find what trimStart and trimEnd cut', () => {
    fc.assert(
      fc.property(text, fc.nat(14), fc.nat(14), (s, a, b) => {
        assert.equal(firstNonSpace(s), s.length - s.trimStart().length);
        assert.equal(trimmedEnd(s), s.trimEnd().length);
        const [from, to] = [Math.min(a, b, s.length), Math.min(Math.max(a, b), s.length)];
        assert.equal(trimmedEnd(s, from, to), from + s.slice(from, to).trimEnd().length);
      }),
      { numRuns: 3000 },
    );
  });
});
