// Declaring a property test: fast-check over a generator, or every cable of a fixed sample, with
// the number of cases in the test title and in the output, and every problem listed on failure.
import * as fc from 'fast-check';
import { CableSource, runParameters } from '../support/arbitraries';

function fail(problems: readonly string[]): void {
  if (problems.length) throw new Error(problems.slice(0, 20).join('\n') + (problems.length > 20 ? `\n... and ${problems.length - 20} more` : ''));
}

/** A fast-check property: `check` returns what is wrong with one generated value. */
export function property<T>(title: string, arbitrary: fc.Arbitrary<T>, runs: number, check: (value: T) => string[]): void {
  it(`${title} (${runs} generated cases)`, () => {
    let ran = 0;
    fc.assert(
      fc.property(arbitrary, (value) => {
        ran++;
        fail(check(value));
      }),
      runParameters(runs),
    );
    console.log(`      ${ran} cases run`);
  });
}

/** The same check on every cable of a fixed sample, reporting all failing cables at once. */
export function everyCable(title: string, cables: readonly CableSource[], check: (cable: CableSource) => string[]): void {
  it(`${title} (${cables.length} real cables)`, () => {
    const problems = cables.flatMap((cable) => check(cable).map((p) => `${cable.name}: ${p}`));
    console.log(`      ${cables.length} cases run`);
    fail(problems);
  });
}
