/**
 * The items of `lists`, in order, in a new array pushed into one literal. V8 gives every array made
 * here, empty or not, the same element kind, where a spread's or a map's depends on what it holds;
 * the rules reading such arrays then compile once instead of again at each new kind.
 */
export function listOf<T>(...lists: ReadonlyArray<readonly T[]>): T[] {
  const all: T[] = [];
  for (const list of lists) for (const item of list) all.push(item);
  return all;
}
