import * as assert from 'node:assert/strict';
import { parseCable } from '../../../server/src/service';
import { perModel } from '../../../server/src/service/rules/memo';

describe('rule memo', () => {
  it('perModel computes a fact once for a model and anew for another, going back and forth', () => {
    const asked: unknown[] = [];
    const lineCount = perModel((model) => {
      asked.push(model);
      return { lines: model.lines.lineCount };
    });
    const paragraphCount = perModel((model) => ({ paragraphs: model.paragraphs.length }));
    const a = parseCable('UNCLAS\n\n1. (U) One.\n');
    const b = parseCable('UNCLAS\n');
    const first = lineCount(a);
    assert.equal(lineCount(a), first);
    assert.deepEqual(paragraphCount(a), { paragraphs: 1 });
    assert.equal(lineCount(a), first, 'another fact of the same model keeps this one');
    assert.deepEqual(lineCount(b), { lines: b.lines.lineCount });
    assert.deepEqual(paragraphCount(b), { paragraphs: 0 });
    assert.deepEqual(lineCount(a), first);
    assert.deepEqual(asked, [a, b, a]);
  });
});
