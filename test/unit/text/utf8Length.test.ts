// The size check of the language server (cable.maxValidatedSize) counts UTF-8 bytes without
// Buffer, which a browser worker lacks: it must count exactly as Buffer.byteLength does.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { utf8Length } from '../../../server/src/lsp/analysis';

describe('utf8Length', () => {
  it('counts one to four bytes per character, a lone surrogate as three (U+FFFD)', () => {
    for (const text of ['', 'A', 'é', '¶', '€', '😀', '\ud83d', '\ude00', 'a\ud83dz', '\ude00\ud83d', '😀\ud83d']) {
      assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text));
    }
  });

  it('agrees with Buffer.byteLength on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === Buffer.byteLength(text, 'utf8')), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }), (text) => utf8Length(text) === Buffer.byteLength(text, 'utf8')), { numRuns: 2000 });
  });
});
