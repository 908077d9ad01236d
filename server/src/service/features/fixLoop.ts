// Applying fixes until nothing is left to fix, as ESLint's --fix does: one fix may only become
// possible after another (renumbering after a garbled number is restored), and fixes that touch
// the same text wait for the next pass.
import { CableDiagnostic, Fix } from '../lint/diagnostic';
import { applyEdits, safeFixEdits } from '../lint/fixes';

export const MAX_FIX_PASSES = 10;

export interface FixLoopOptions {
  /** Lints a text (with the document's own configuration). */
  lint: (text: string) => readonly CableDiagnostic[];
  /** Which diagnostics to fix; all by default. */
  select?: (d: CableDiagnostic) => boolean;
  /** The fix to apply for a diagnostic; its safe fix by default. */
  choose?: (d: CableDiagnostic) => Fix | undefined;
  maxPasses?: number;
}

export interface FixLoopResult {
  text: string;
  /** Passes that changed the text. */
  passes: number;
}

const safeFix = (d: CableDiagnostic): Fix | undefined => d.fixes.find((f) => f.safe);

/** The fix "fix all of this rule" applies: the safe one, else the one marked preferred, else the only one. */
export function unattendedFix(d: CableDiagnostic): Fix | undefined {
  return safeFix(d) ?? d.fixes.find((f) => f.preferred) ?? (d.fixes.length === 1 ? d.fixes[0] : undefined);
}

/** One pass: the chosen fix of each diagnostic whose edits do not clash with an earlier one. */
export function passEdits(diagnostics: readonly CableDiagnostic[], text: string, choose: (d: CableDiagnostic) => Fix | undefined = safeFix) {
  // safeFixEdits already picks whole, non-clashing fixes; present the chosen fix to it as the safe one.
  const chosen = diagnostics.map((d) => {
    const fix = choose(d);
    return { ...d, fixes: fix ? [{ ...fix, safe: true }] : [] };
  });
  return safeFixEdits(chosen, text);
}

export function fixToFixedPoint(text: string, options: FixLoopOptions): FixLoopResult {
  const select = options.select ?? (() => true);
  const choose = options.choose ?? safeFix;
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  let passes = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const diagnostics = options.lint(text).filter(select);
    const edits = passEdits(diagnostics, text, choose);
    if (!edits.length) break;
    const next = applyEdits(text, edits).text;
    if (next === text) break;
    text = next;
    passes++;
  }
  return { text, passes };
}
