import { Fix } from '../lint/diagnostic';
import { Rule } from '../lint/rule';
import { TagVocabulary } from '../lint/vocabulary';
import { fieldStyle, readTags, TagReading, tokenPositions, withoutToken, writeCodes } from './tagReading';

export const tagsUnknown: Rule = {
  id: 'tags-unknown',
  defaultSeverity: 'warning',
  description: 'A TAGS token is no known subject, program, geographic, organization or person tag, or merges two codes.',
  fix: 'Split merged codes; replace with the nearest known tag',
  check(ctx) {
    for (const field of ctx.model.tags) {
      const readings = readTags(field, ctx.lines, ctx.vocabulary);
      // Most fields hold known tags and free text only: nothing to word a fix for.
      if (!needsFix(readings)) continue;
      // Fixes follow the field's own style: commas when it uses them, lower case when it does.
      const style = fieldStyle(field, ctx.lines);
      // Built once per field: looking it up per token made a long TAGS line quadratic.
      const listed = new Set<string>();
      for (const token of field.tokens) listed.add(token.text.toUpperCase());
      const position = tokenPositions(field);
      for (const reading of readings) {
        if (!reading) continue;
        const { code, parts } = reading;
        if (reading.status === 'merged' && parts) {
          // Codes the field lists already are not added again (`VT, VTOPDC` -> `VT, OPDC`, not `VT, VT, OPDC`).
          // A merged token is never one of its own parts, so it need not be left out of `listed`.
          const missing = parts.filter((p) => !listed.has(p));
          const edit = missing.length ? { range: code.range, newText: writeCodes(style, missing) } : withoutToken(field.tokens, position.get(reading.token) ?? -1, ctx.lines);
          ctx.report({
            range: code.range,
            message: `${code.text} runs ${parts.length} tags together; expected ${writeCodes(style, parts)}.`,
            fixes: edit ? [{ title: missing.length ? `Split into ${writeCodes(style, missing)}` : `Remove ${code.text}: ${parts.join(' and ')} are listed already`, edits: [edit], preferred: true, safe: true }] : [],
          });
        } else if (reading.status === 'unknown') {
          const guesses: string[] = [];
          const fixes: Fix[] = [];
          for (const codes of guessesFor(code.text, parts, ctx.vocabulary)) {
            const guess = writeCodes(style, codes);
            guesses.push(guess);
            fixes.push({ title: `Replace with ${guess}`, edits: [{ range: code.range, newText: guess }], preferred: fixes.length === 0, safe: false });
          }
          const hint = guesses.length ? `; did you mean ${guesses[0]}?` : '.';
          ctx.report({ range: code.range, message: `Unknown tag ${code.text}${hint}`, fixes });
        }
      }
    }
  },
};

function needsFix(readings: ReadonlyArray<TagReading | undefined>): boolean {
  for (const r of readings) if (r && ((r.status === 'merged' && r.parts) || r.status === 'unknown')) return true;
  return false;
}

/**
 * Replacements for an unknown code, best first, each as a list of codes: the near known codes, and
 * for a pair of country codes (VTIZ) the split, which goes first unless a one-letter slip explains
 * the token better (EIAR -> EAIR).
 */
function guessesFor(code: string, parts: string[] | undefined, vocabulary: TagVocabulary): string[][] {
  const near = vocabulary.nearest(code, 3);
  // Pushed into a literal, not mapped or spread: one element kind for V8 (see listOf).
  const guesses: string[][] = [];
  const slip = near.length > 0 && isOneSlip(code.toUpperCase(), near[0].code);
  if (parts && !slip) guesses.push(parts);
  for (let i = 0; i < near.length; i++) {
    guesses.push([near[i].code]);
    if (i === 0 && parts && slip) guesses.push(parts);
  }
  return guesses;
}

/** One letter changed, added, dropped, or two neighbours swapped. */
function isOneSlip(a: string, b: string): boolean {
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
