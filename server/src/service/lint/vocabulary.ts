// The TAG vocabulary a lint run uses: the built-in codes plus the user's extra tags.
import { lookupTag, nearestTags, normalizeTagToken, splitMergedTag } from '../data/tagLookup';
import { TAGS, TagInfo } from '../data/tags';
import { listOf } from '../text/lists';

export interface TagVocabulary {
  lookup(code: string): TagInfo | undefined;
  /** Known codes close to an unknown one, best first. */
  nearest(code: string, count?: number): TagInfo[];
  /** `PHUMPGOV` -> [`PHUM`, `PGOV`] when both halves are known. */
  splitMerged(code: string): string[] | undefined;
}

/** How many answers each memo keeps; it starts over when full, so memory stays bounded. */
const MEMO_LIMIT = 20_000;

/**
 * The built-in vocabulary never changes and the same tokens come back cable after cable (and
 * keystroke after keystroke): the costly answers (an edit-distance scan, a segmentation) are kept.
 */
function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}

/**
 * Whether normalizeTagToken would return `code` unchanged: no lower-case or non-ASCII letter, no
 * white space but single inner spaces. Then a miss in the table is final: free text such as
 * `Human Rights` is normalized and looked up again, a code such as `VTPREL` need not be.
 */
function isNormalized(code: string): boolean {
  const last = code.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = code.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 127) return false;
    if (c === 32 ? i === 0 || i === last || code.charCodeAt(i - 1) === 32 : c < 32) return false;
  }
  return true;
}

const nearestAnswers = new Map<number, (code: string) => TagInfo[]>();
const mergedAnswers = remembered(splitMergedTag);

const builtIn: TagVocabulary = {
  lookup: (code) => (isNormalized(code) ? TAGS.get(code) : lookupTag(code)),
  nearest: (code, count = 3) => {
    let answers = nearestAnswers.get(count);
    if (!answers) nearestAnswers.set(count, (answers = remembered((c) => nearestTags(c, count))));
    // A copy the caller may change.
    return listOf(answers(code));
  },
  splitMerged: (code) => {
    const parts = mergedAnswers(code);
    return parts && listOf(parts);
  },
};

export function createVocabulary(extra: readonly string[] = []): TagVocabulary {
  if (!extra.length) return builtIn;
  const own = new Map<string, TagInfo>(
    extra.map((code) => {
      const normal = normalizeTagToken(code);
      return [normal, { code: normal, kind: 'other', meaning: 'Added by your configuration', seen: 0 }];
    }),
  );
  return {
    lookup: (code) => builtIn.lookup(code) ?? own.get(normalizeTagToken(code)),
    nearest: builtIn.nearest,
    splitMerged: builtIn.splitMerged,
  };
}
