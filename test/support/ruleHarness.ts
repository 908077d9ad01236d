// Shared checks for rule tests: exact ranges from annotated fixtures, and fixes that repair
// exactly what they claim, once.
import * as assert from 'node:assert/strict';
import { applyEdits, CableDiagnostic, CableLintConfig, Fix, lintText } from '../../server/src/service';
import { dedent, parseAnnotated } from './annotated';

export interface HarnessOptions {
  config?: CableLintConfig;
  fileName?: string;
}

function format(d: { rule: string; line: number; start: number; end: number }): string {
  return `${d.rule} ${d.line + 1}:${d.start + 1}-${d.end + 1}`;
}

/** Lints the annotated fixture and asserts `rule` fires exactly where the carets say, and nowhere else. */
export function expectRule(rule: string, source: string, options: HarnessOptions = {}): CableDiagnostic[] {
  const { text, expected } = parseAnnotated(dedent(source));
  const { diagnostics } = lintText(text, { config: options.config, fileName: options.fileName });
  const mine = diagnostics.filter((d) => d.rule === rule);
  const actual = mine.map((d) => {
    assert.equal(d.range.start.line, d.range.end.line, `${rule} range should stay on one line: ${JSON.stringify(d.range)}`);
    return format({ rule, line: d.range.start.line, start: d.range.start.character, end: d.range.end.character });
  });
  assert.deepEqual(actual.sort(), expected.filter((e) => e.rule === rule).map(format).sort(), `diagnostics of ${rule}:\n${mine.map((d) => d.message).join('\n')}`);
  return mine;
}

/** Asserts `rule` does not fire at all on the (annotation-free) cable. */
export function expectClean(rule: string, source: string, options: HarnessOptions = {}): void {
  const text = dedent(source);
  const { diagnostics } = lintText(text, { config: options.config, fileName: options.fileName });
  const mine = diagnostics.filter((d) => d.rule === rule);
  assert.deepEqual(mine.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`), [], `${rule} should not fire`);
}

/**
 * Applies the chosen fix of the first `rule` diagnostic and checks: the text becomes `expected`,
 * that diagnostic is gone, no other rule's findings changed except those the fix resolves, and
 * fixing again changes nothing more.
 */
export function expectFix(rule: string, source: string, expected: string, pick: (fixes: Fix[]) => Fix | undefined = (f) => f[0], options: HarnessOptions = {}): void {
  const text = dedent(source);
  const lint = (t: string) => lintText(t, { config: options.config, fileName: options.fileName }).diagnostics;
  const before = lint(text);
  const target = before.find((d) => d.rule === rule);
  assert.ok(target, `${rule} should fire before the fix`);
  const fix = pick(target.fixes);
  assert.ok(fix, `${rule} should offer the fix`);
  const fixed = applyEdits(text, fix.edits).text;
  assert.equal(fixed, dedent(expected));
  const after = lint(fixed);
  assert.ok(
    !after.some((d) => d.rule === rule && d.range.start.line === target.range.start.line && d.message === target.message),
    `${rule} should be gone after the fix: ${after.filter((d) => d.rule === rule).map((d) => d.message).join('; ')}`,
  );
  const again = after.find((d) => d.rule === rule && d.message === target.message);
  const reapplied = again ? applyEdits(fixed, (pick(again.fixes) ?? { edits: [] }).edits).text : fixed;
  assert.equal(reapplied, fixed, 'applying the fix again must change nothing');
}
