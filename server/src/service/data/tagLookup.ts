/**
 * Questions the TAGS rules and features ask of the vocabulary. lookupTag and the kind helpers are
 * called per token per keystroke: they are map look-ups. nearestTags scans a few length buckets and
 * runs only for tokens already found unknown.
 */
import { TAGS, type TagInfo, type TagKind } from './tags';

/** Upper case, trimmed, inner whitespace runs collapsed to one space: `Human  rights` -> `HUMAN RIGHTS`. */
export function normalizeTagToken(token: string): string {
  return token.trim().replace(/\s+/g, ' ').toUpperCase();
}

export function lookupTag(code: string): TagInfo | undefined {
  return TAGS.get(code) ?? TAGS.get(normalizeTagToken(code));
}

export function isKnownTag(code: string): boolean {
  return lookupTag(code) !== undefined;
}

/** Subject tags proper and the K... program tags: what `tags-composition` counts as a subject. */
export function isSubjectTag(code: string): boolean {
  const kind = lookupTag(code)?.kind;
  return kind === 'subject' || kind === 'program';
}

export function isGeoTag(code: string): boolean {
  return lookupTag(code)?.kind === 'geo';
}

export function isOrganizationTag(code: string): boolean {
  return lookupTag(code)?.kind === 'organization';
}

// Only standard codes are offered as corrections: free-text tokens (kind other) are tolerated, not suggested.
const SUGGESTIBLE_KINDS: ReadonlySet<TagKind> = new Set(['subject', 'program', 'geo', 'organization']);
const STANDARD_TAGS: readonly TagInfo[] = [...TAGS.values()].filter((tag) => SUGGESTIBLE_KINDS.has(tag.kind));

const STANDARD_BY_LENGTH: ReadonlyMap<number, readonly TagInfo[]> = groupByLength(STANDARD_TAGS);
const STANDARD_BY_CODE: ReadonlyMap<string, TagInfo> = new Map(STANDARD_TAGS.map((tag) => [tag.code, tag]));
const LONGEST_STANDARD_CODE = Math.max(...STANDARD_TAGS.map((tag) => tag.code.length));

function groupByLength(tags: readonly TagInfo[]): ReadonlyMap<number, readonly TagInfo[]> {
  const groups = new Map<number, TagInfo[]>();
  for (const tag of tags) {
    const group = groups.get(tag.code.length);
    if (group) group.push(tag);
    else groups.set(tag.code.length, [tag]);
  }
  return groups;
}

/** Standard codes by first letter, most used first: the codes a short token may be the start of. */
const STANDARD_BY_FIRST_LETTER: ReadonlyMap<string, readonly TagInfo[]> = groupByFirstLetter(STANDARD_TAGS);

function groupByFirstLetter(tags: readonly TagInfo[]): ReadonlyMap<string, readonly TagInfo[]> {
  const groups = new Map<string, TagInfo[]>();
  for (const tag of tags) {
    const group = groups.get(tag.code[0]);
    if (group) group.push(tag);
    else groups.set(tag.code[0], [tag]);
  }
  for (const group of groups.values()) group.sort(byUse);
  return groups;
}

function byUse(a: TagInfo, b: TagInfo): number {
  return b.seen - a.seen || (a.code < b.code ? -1 : 1);
}

/** The longest token read as possibly half-typed: `PR` is more likely PREL begun than BR mistyped. */
const MAX_BEGUN_LENGTH = 3;

/** Standard codes longer than `token` that start with it, most used first, at most n. */
function codesStartingWith(token: string, n: number): TagInfo[] {
  const found: TagInfo[] = [];
  for (const tag of STANDARD_BY_FIRST_LETTER.get(token[0]) ?? []) {
    if (found.length >= n) break;
    if (tag.code.length > token.length && tag.code.startsWith(token)) found.push(tag);
  }
  return found;
}

/**
 * Standard codes close to an unknown token, best first: by edit distance (a swap of two neighbouring
 * letters counts as one edit, so PERL -> PREL is 1), then by how often cables use them. The distance
 * allowed is 2, but 1 for tokens of 2-3 letters (otherwise every 2-letter country code would match)
 * and none for a single letter. A token of 2-3 letters may be a code half typed: the codes it starts
 * (PR -> PREL, PREF) come first. The token itself is never returned.
 */
export function nearestTags(code: string, n = 3): TagInfo[] {
  const token = normalizeTagToken(code);
  const maxDistance = token.length >= 4 ? 2 : token.length >= 2 ? 1 : 0;
  if (maxDistance === 0 || n <= 0) return [];
  const begun = token.length <= MAX_BEGUN_LENGTH ? codesStartingWith(token, n) : [];
  const found: { tag: TagInfo; distance: number }[] = [];
  for (let length = token.length - maxDistance; length <= token.length + maxDistance; length++) {
    for (const tag of STANDARD_BY_LENGTH.get(length) ?? []) {
      if (tag.code === token || begun.includes(tag)) continue;
      const distance = boundedEditDistance(token, tag.code, maxDistance);
      if (distance <= maxDistance) found.push({ tag, distance });
    }
  }
  found.sort((a, b) => a.distance - b.distance || byUse(a.tag, b.tag));
  return [...begun, ...found.map((entry) => entry.tag)].slice(0, n);
}

/**
 * Optimal-string-alignment distance between a and b, or max + 1 as soon as it must exceed max.
 */
function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2] + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

const MAX_MERGED_PARTS = 4;

/**
 * The standard codes an unknown token is made of: `PHUMPGOV` -> [PHUM, PGOV], `ITPHUM` -> [IT, PHUM],
 * `PGOV/PREL` -> [PGOV, PREL]. Undefined when the token is itself known or no split into 2-4 known
 * codes exists. Among several splits the one with fewest parts wins, then the one whose codes cables
 * use most.
 */
export function splitMergedTag(code: string): string[] | undefined {
  const token = normalizeTagToken(code);
  if (TAGS.has(token)) return undefined;
  const parts: string[] = [];
  for (const piece of token.split(/[\s/;.]+/)) {
    if (piece === '') continue;
    const pieceParts = STANDARD_BY_CODE.has(piece) ? [piece] : splitConcatenated(piece);
    if (!pieceParts) return undefined;
    parts.push(...pieceParts);
  }
  return parts.length >= 2 && parts.length <= MAX_MERGED_PARTS ? parts : undefined;
}

interface Segmentation {
  readonly parts: readonly string[];
  readonly seen: number;
}

/** Dynamic programming over prefixes: best[i] is the best segmentation of token[0, i). */
function splitConcatenated(token: string): string[] | undefined {
  if (token.length > LONGEST_STANDARD_CODE * MAX_MERGED_PARTS) return undefined;
  const best: (Segmentation | undefined)[] = [{ parts: [], seen: 0 }];
  for (let end = 1; end <= token.length; end++) {
    for (let start = Math.max(0, end - LONGEST_STANDARD_CODE); start < end; start++) {
      const before = best[start];
      const tag = before && STANDARD_BY_CODE.get(token.slice(start, end));
      if (!before || !tag || before.parts.length >= MAX_MERGED_PARTS) continue;
      const candidate = { parts: [...before.parts, tag.code], seen: before.seen + tag.seen };
      if (isBetter(candidate, best[end])) best[end] = candidate;
    }
  }
  const whole = best[token.length];
  return whole && whole.parts.length >= 2 ? [...whole.parts] : undefined;
}

function isBetter(candidate: Segmentation, current: Segmentation | undefined): boolean {
  if (!current) return true;
  if (candidate.parts.length !== current.parts.length) return candidate.parts.length < current.parts.length;
  return candidate.seen > current.seen;
}
