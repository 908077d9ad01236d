// The TAG vocabulary a lint run uses: the built-in codes plus the user's extra tags.
import { lookupTag, nearestTags, normalizeTagToken, splitMergedTag } from '../data/tagLookup';
import { TagInfo } from '../data/tags';

export interface TagVocabulary {
  lookup(code: string): TagInfo | undefined;
  /** Known codes close to an unknown one, best first. */
  nearest(code: string, count?: number): TagInfo[];
  /** `PHUMPGOV` -> [`PHUM`, `PGOV`] when both halves are known. */
  splitMerged(code: string): string[] | undefined;
}

const builtIn: TagVocabulary = {
  lookup: lookupTag,
  nearest: (code, count) => nearestTags(code, count),
  splitMerged: splitMergedTag,
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
