// Derived facts kept with the object they are derived from, so several rules (and editor features)
// compute each once. Safe only where the key captures everything the fact depends on:
// - a CableModel is never changed after parsing, so any fact about it holds as long as it lives;
// - the parser reuses an unchanged Paragraph across edits only when its lines are unchanged, so a
//   fact keyed by a Paragraph may depend on its own fields and the text of its own lines, nothing else.
import { CableModel } from '../model/cable';

/** `compute`, remembered per key object (weakly: the memo goes when the key does). */
export function memoized<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      value = compute(key);
      memo.set(key, value);
    }
    return value as V;
  };
}

/**
 * Every per-model fact of a model in one array, a slot per fact: one weak entry per model rather
 * than one per fact, as a corpus run meets thousands of models, each linted once.
 */
const factsByModel = new WeakMap<CableModel, unknown[]>();
let slots = 0;

/** `compute`, remembered per model. Its value is never undefined, which marks an empty slot. */
export function perModel<V extends NonNullable<unknown>>(compute: (model: CableModel) => V): (model: CableModel) => V {
  const slot = slots++;
  return (model) => {
    let facts = factsByModel.get(model);
    if (!facts) factsByModel.set(model, (facts = []));
    let value = facts[slot] as V | undefined;
    if (value === undefined) facts[slot] = value = compute(model);
    return value;
  };
}
