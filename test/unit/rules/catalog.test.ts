import * as assert from 'node:assert/strict';
import { RULES } from '../../../server/src/service';

describe('rule catalog', () => {
  it('rule ids are lower-case ASCII letters, digits and dashes, which lintModel orders by code unit', () => {
    for (const rule of RULES) assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, rule.id);
  });

  it('code-unit order of the ids is their localeCompare order, the order diagnostics on one position had', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual([...ids].sort(), [...ids].sort((a, b) => a.localeCompare(b)));
  });
});
