// Property-based tests of how cable-lint reads bytes: a UTF-8 BOM, UTF-16 (LE/BE, with a BOM) and
// the line-break style change nothing about the text or what is reported on it.
import * as fc from 'fast-check';
import { lintText } from '../../server/src/service';
import { decode } from '../../server/src/cli/files';
import { anyText, sampleCables, TextCase } from '../support/arbitraries';
import { diagnosticKey } from './checks';
import { utf16 } from './hostileInputs';
import { property } from './property';

const { cables } = sampleCables(200);
/** A text that does not itself start with a BOM (the decoder would rightly take that for one). */
const text = anyText(cables).filter((c) => !c.text.startsWith('\ufeff'));
const report = (t: string) => lintText(t, { fileName: 'cable.txt' }).diagnostics.map(diagnosticKey);

function readsTheSame(c: TextCase): string[] {
  const plain = decode('cable.txt', Buffer.from(c.text, 'utf8'));
  const withBom = decode('cable.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(c.text, 'utf8')]));
  if (!plain.ok || !withBom.ok) return plain.ok === withBom.ok ? [] : ['a BOM changed whether the file is read'];
  const problems: string[] = [];
  if (withBom.file.text !== plain.file.text) problems.push('a UTF-8 BOM changed the decoded text');
  if (!withBom.file.bom || plain.file.bom) problems.push('the BOM is not remembered for writing back');
  if (JSON.stringify(report(withBom.file.text)) !== JSON.stringify(report(plain.file.text))) problems.push('a UTF-8 BOM changed the diagnostics');
  return problems;
}

function utf16RoundTrip(c: TextCase): string[] {
  return (['le', 'be'] as const).flatMap((order) => {
    const read = decode('cable.txt', utf16(c.text, order, true));
    if (!read.ok) return [`UTF-16 ${order} with a BOM was refused: ${read.problem.message}`];
    return read.file.text === c.text && read.file.encoding === `utf16${order}` && !read.file.lossy ? [] : [`UTF-16 ${order} did not decode to the same text`];
  });
}

describe('encoding properties (how cable-lint reads files)', function () {
  this.timeout(120000);
  property('a UTF-8 BOM changes neither the text nor the diagnostics', text, 300, readsTheSame);
  property('UTF-16 LE and BE with a BOM decode to the same text', anyText(cables), 300, utf16RoundTrip);
  property('invalid UTF-8 is read, marked lossy, never refused', fc.tuple(text, fc.uint8Array({ minLength: 1, maxLength: 8, min: 0x80, max: 0xff }).map((b) => Buffer.from(b).fill(0xff, 0, 1))), 200, ([c, junk]) => {
    const read = decode('cable.txt', Buffer.concat([Buffer.from(c.text.replace(/\0/g, ''), 'utf8'), junk]));
    return read.ok && read.file.lossy ? [] : [read.ok ? 'invalid bytes were not noticed: --fix could rewrite them' : `refused: ${read.problem.message}`];
  });
});
