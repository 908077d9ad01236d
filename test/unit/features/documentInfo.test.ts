import * as assert from 'node:assert/strict';
import { parseCable } from '../../../server/src/service';
import { documentInfo } from '../../../server/src/service/features';
import { cable, seed } from './helpers';

describe('documentInfo', () => {
  it('summarises 04RANGOON1422: banner level, highest mark, paragraph starts', () => {
    assert.deepEqual(documentInfo(seed('04RANGOON1422.txt').model), {
      classification: 'CONFIDENTIAL',
      highestPortion: '(C)',
      understates: false,
      outranking: null,
      paragraphs: [
        { number: 11, line: 16 },
        { number: null, line: 17 },
        { number: 13, line: 18 },
        { number: null, line: 25 },
        { number: null, line: 29 },
        { number: 17, line: 33 },
        { number: 18, line: 37 },
        { number: 19, line: 41 },
        { number: 110, line: 42 },
      ],
    });
  });

  it('takes the classification of a cable without banner from its metadata row', () => {
    const info = documentInfo(seed('06BANGKOK3955.txt').model);
    assert.equal(info.classification, 'UNCLASSIFIED');
    assert.equal(info.highestPortion, null);
    assert.equal(info.paragraphs.length, 13);
  });

  it('flags a portion marked above the banner, and keeps controls in the highest mark', () => {
    const text = cable('UNCLAS BANGKOK 003955', '', 'E.O. 12958: N/A', 'TAGS: PREL, TH', 'SUBJECT: X', '', '1. (C//NF) Above the banner.', '', '2. (U) Fine.');
    assert.deepEqual(documentInfo(parseCable(text)), {
      classification: 'UNCLASSIFIED',
      highestPortion: '(C//NF)',
      understates: true,
      outranking: { mark: '(C//NF)', where: 'paragraph 1' },
      paragraphs: [{ number: 1, line: 6 }, { number: 2, line: 8 }],
    });
  });

  it('does not call SBU under an UNCLAS banner understated, and has null for a text without classification', () => {
    const sbu = cable('UNCLAS BANGKOK 003955', '', 'E.O. 12958: N/A', 'TAGS: PREL, TH', 'SUBJECT: X', '', '1. (SBU) Sensitive.', '', '2. (U) Fine.');
    assert.equal(documentInfo(parseCable(sbu)).understates, false);
    assert.deepEqual(documentInfo(parseCable('just words\n')), { classification: null, highestPortion: null, understates: false, outranking: null, paragraphs: [{ number: null, line: 0 }] });
  });

  it('names the routing line when its security group outranks the banner and every portion', () => {
    const text = cable('VZCZCXYZ0008', 'PP RUEHWEB', 'DE RUEHMD #4314/01 3571155', 'ZNY CCCCC ZZH', 'P 231155Z DEC 05', 'FM AMEMBASSY MADRID', 'TO RUEHC/SECSTATE WASHDC PRIORITY 8478', '',
      'UNCLAS MADRID 004314', '', 'E.O. 12958: N/A', 'TAGS: PREL, SP', 'SUBJECT: X', '', '1. (U) Fine.', '', '2. (U) Fine too.');
    const info = documentInfo(parseCable(text));
    assert.equal(info.understates, true);
    assert.equal(info.highestPortion, '(U)');
    assert.deepEqual(info.outranking, { mark: '(C)', where: 'the routing line' });
  });
});
