import * as assert from 'node:assert/strict';
import { parseCable } from '../../../server/src/service';
import { memoized, perModel } from '../../../server/src/service/rules/memo';

describe('rule memos', () => {
  it('perModel computes a fact once per model, and separately for each model', () => {
    const seen: unknown[] = [];
    const lineCount = perModel((model) => {
      seen.push(model);
      return { lines: model.lines.lineCount };
    });
    const other = perModel((model) => ({ paragraphs: model.paragraphs.length }));
    const a = parseCable('UNCLAS\n\n1. (U) One.\n');
    const b = parseCable('UNCLAS\n');
    const first = lineCount(a);
    assert.equal(lineCount(a), first);
    assert.deepEqual(other(a), { paragraphs: 1 });
    assert.deepEqual(lineCount(b), { lines: b.lines.lineCount });
    assert.notEqual(lineCount(b), first);
    assert.deepEqual(seen, [a, b]);
  });

  it('memoized keeps an undefined answer too', () => {
    let calls = 0;
    const nothing = memoized((key: object): string | undefined => {
      calls++;
      return Object.keys(key)[0];
    });
    const key = {};
    assert.equal(nothing(key), undefined);
    assert.equal(nothing(key), undefined);
    assert.equal(calls, 1);
  });
});
