// Facts about a model that several rules (and editor features) need, computed once per model. A
// model is never changed after parsing, so a fact about it holds as long as the model is the same.
//
// Only the latest model's facts are kept, under a plain reference: a lint run asks about one model
// many times and then moves on to the next. Weak maps keyed by the model (or by its paragraphs)
// were measured slower than no memo at all over a corpus: every model of the run left an entry
// that the garbage collector had to trace.
import { CableModel } from '../model/cable';

let latest: CableModel | undefined;
/** The latest model's facts, a slot per fact. */
let facts: unknown[] = [];
let slots = 0;

/** `compute`, remembered for the latest model asked about. Its value is never undefined, which marks an empty slot. */
export function perModel<V extends NonNullable<unknown>>(compute: (model: CableModel) => V): (model: CableModel) => V {
  const slot = slots++;
  return (model) => {
    if (model !== latest) {
      latest = model;
      facts = [];
    }
    let value = facts[slot] as V | undefined;
    if (value === undefined) facts[slot] = value = compute(model);
    return value;
  };
}
