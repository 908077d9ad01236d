// byteLayout decides how every reader (cable-lint, the desktop server, the web extension) reads a
// file's bytes, so a file reads the same everywhere.
import * as assert from 'node:assert/strict';
import { byteLayout } from '../../../server/src/service/text/encoding';

const ascii = (text: string) => Buffer.from(text, 'latin1');
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
};
const CABLE = 'CONFIDENTIAL\nSUBJECT: TEST\n1. (C) TEXT.\n';

describe('byteLayout', () => {
  it('reads a BOM: UTF-8, UTF-16 LE and BE', () => {
    assert.deepEqual(byteLayout(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ascii(CABLE)])), { encoding: 'utf8', bomLength: 3 });
    assert.deepEqual(byteLayout(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(CABLE, 'le')])), { encoding: 'utf16le', bomLength: 2 });
    assert.deepEqual(byteLayout(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(CABLE, 'be')])), { encoding: 'utf16be', bomLength: 2 });
  });

  it('takes UTF-16 without a BOM by its zero high bytes, in either byte order', () => {
    assert.deepEqual(byteLayout(utf16(CABLE, 'le')), { encoding: 'utf16le', bomLength: 0 });
    assert.deepEqual(byteLayout(utf16(CABLE, 'be')), { encoding: 'utf16be', bomLength: 0 });
  });

  it('reads text without NUL bytes as UTF-8, empty files included', () => {
    assert.deepEqual(byteLayout(new Uint8Array(0)), { encoding: 'utf8', bomLength: 0 });
    assert.deepEqual(byteLayout(Buffer.from('Ünïcode “quotes”\n', 'utf8')), { encoding: 'utf8', bomLength: 0 });
  });

  it('calls other bytes with NUL binary, a UTF-8 BOM in front or not', () => {
    const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x41, 0x42]);
    assert.equal(byteLayout(binary), 'binary');
    assert.equal(byteLayout(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), binary])), 'binary');
    // Too short to tell UTF-16 from binary.
    assert.equal(byteLayout(Buffer.from([0x41, 0x00])), 'binary');
    // Mostly zero high bytes, but a zero low byte too: not text.
    assert.equal(byteLayout(Buffer.concat([utf16(CABLE, 'le'), Buffer.from([0x00, 0x00])])), 'binary');
  });

  it('looks for NUL bytes in the first 8 KB only, as a text editor does', () => {
    assert.deepEqual(byteLayout(Buffer.concat([Buffer.alloc(8192, 0x41), Buffer.from([0])])), { encoding: 'utf8', bomLength: 0 });
    assert.equal(byteLayout(Buffer.concat([Buffer.alloc(8191, 0x41), Buffer.from([0])])), 'binary');
  });
});
