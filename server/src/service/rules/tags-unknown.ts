import { Fix } from '../lint/diagnostic';
import { Rule } from '../lint/rule';
import { TagVocabulary } from '../lint/vocabulary';
import { normalizeTagToken } from '../data/tagLookup';
import { Span, TagsField } from '../model/cable';
import { FieldStyle, fieldStyle, readTags, TagReading, tokenPositions, withoutToken, writeCodes } from './tagReading';

export const tagsUnknown: Rule = {
  id: 'tags-unknown',
  defaultSeverity: 'warning',
  description: 'A TAGS token is no known subject, program, geographic, organization or person tag, or merges two codes.',
  fix: 'Split merged codes; replace with the nearest known tag; remove a code listed already',
  check(ctx) {
    for (const field of ctx.model.tags) {
      const readings = readTags(field, ctx.lines, ctx.vocabulary);
      // Most fields hold known tags and free text only: nothing to word a fix for.
      if (!needsFix(readings)) continue;
      // Fixes follow the field's own style: commas when it uses them, lower case when it does.
      const style = fieldStyle(field, ctx.lines);
      // Built once per field: looking it up per token made a long TAGS line quadratic.
      const listed = listedCodes(field, readings);
      const position = tokenPositions(field);
      // The merged and unknown codes met so far: fixes for each copy, applied together, must not add the same codes again.
      const met = new Set<string>();
      for (const reading of readings) {
        if (!reading) continue;
        const { code, parts } = reading;
        if ((reading.status !== 'merged' || !parts) && reading.status !== 'unknown') continue;
        // The whole token: `XYZZ (DOE)` and `XYZZ (ROE)` name different people.
        const key = normalizeTagToken(reading.token.text);
        const repeated = met.has(key);
        met.add(key);
        if (reading.status === 'merged' && parts) {
          const message = `${code.text} runs ${parts.length} tags together; expected ${writeCodes(style, parts)}.`;
          if (repeated) {
            ctx.report({ range: code.range, message, fixes: repeatRemoval(field, reading, position, ctx.lines) });
            continue;
          }
          // Codes the field lists already are not added again (`VT, VTOPDC` -> `VT, OPDC`, not `VT, VT, OPDC`).
          // A merged token is never one of its own parts, so it need not be left out of `listed`.
          const missing = partition(parts, listed, false);
          const edit = missing.length ? { range: code.range, newText: writeCodes(style, missing) } : withoutToken(field.tokens, position.get(reading.token) ?? -1, ctx.lines);
          ctx.report({
            range: code.range,
            message,
            fixes: edit ? [{ title: missing.length ? `Split into ${writeCodes(style, missing)}` : `Remove ${code.text}: ${listedAlready(parts)}`, edits: [edit], preferred: true, safe: true }] : [],
          });
        } else {
          const guesses = guessesFor(code.text, parts, ctx.vocabulary);
          const hint = guesses.length ? `; did you mean ${writeCodes(style, guesses[0])}?` : '.';
          // A later copy of the token: the first copy's fix stands for it.
          const fixes = repeated ? (guesses.length ? repeatRemoval(field, reading, position, ctx.lines) : []) : replacements(field, reading, guesses, listed, position, style, ctx.lines);
          ctx.report({ range: code.range, message: `Unknown tag ${code.text}${hint}`, fixes });
        }
      }
    }
  },
};

/** The codes a field lists: its tokens as written, and the known codes of each (`PREL.` and the pieces of `PREL PGOV` too). */
function listedCodes(field: TagsField, readings: ReadonlyArray<TagReading | undefined>): Set<string> {
  const listed = new Set<string>();
  for (const token of field.tokens) listed.add(token.text.toUpperCase());
  for (const reading of readings) if (reading?.status === 'known') for (const tag of reading.tags) listed.add(tag.code);
  return listed;
}

/**
 * One fix per guess, never inserting a code the field lists already: only the missing codes, or,
 * when the field lists them all, the token's removal (once, however many guesses it stands for).
 */
function replacements(field: TagsField, reading: TagReading, guesses: readonly string[][], listed: ReadonlySet<string>, position: ReadonlyMap<Span, number>, style: FieldStyle, lines: readonly string[]): Fix[] {
  const { code } = reading;
  const fixes: Fix[] = [];
  const written: string[] = [];
  let removal = false;
  for (const codes of guesses) {
    const missing = partition(codes, listed, false);
    const text = writeCodes(style, missing);
    if (missing.length === 0) {
      if (removal) continue;
      removal = true;
      const edit = withoutToken(field.tokens, position.get(reading.token) ?? -1, lines);
      if (edit) fixes.push({ title: `Remove ${code.text}: ${listedAlready(codes)}`, edits: [edit], preferred: fixes.length === 0, safe: false });
      continue;
    }
    // Two guesses may leave the same codes to add (`VT, IZ` and `IZ` when VT is listed).
    if (written.includes(text)) continue;
    written.push(text);
    const title = missing.length === codes.length ? `Replace with ${text}` : `Replace with ${text}: ${listedAlready(partition(codes, listed, true))}`;
    fixes.push({ title, edits: [{ range: code.range, newText: text }], preferred: fixes.length === 0, safe: false });
  }
  return fixes;
}

/** A later copy of a merged or unknown token goes: the first copy's fix adds its codes once. */
function repeatRemoval(field: TagsField, reading: TagReading, position: ReadonlyMap<Span, number>, lines: readonly string[]): Fix[] {
  const edit = withoutToken(field.tokens, position.get(reading.token) ?? -1, lines);
  return edit ? [{ title: `Remove the repeated ${reading.code.text}`, edits: [edit], preferred: true, safe: true }] : [];
}

/** The codes that are (`inList`) or are not in `listed`; a loop, not a filter's closure made per token. */
function partition(codes: readonly string[], listed: ReadonlySet<string>, inList: boolean): string[] {
  const found: string[] = [];
  for (const c of codes) if (listed.has(c) === inList) found.push(c);
  return found;
}

function listedAlready(codes: readonly string[]): string {
  return `${codes.join(' and ')} ${codes.length === 1 ? 'is' : 'are'} listed already`;
}

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
