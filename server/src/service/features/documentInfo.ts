// What the client's status item and paragraph navigation need: the cable's overall
// classification, its highest portion mark, whether the banner understates, and paragraph starts.
import { CableModel } from '../model/cable';
import { isClassified, LEVEL_NAMES, rank } from '../model/levels';
import { allPortions, highestPortion, markedPortions, Portion } from '../rules/portions';

export interface DocumentInfo {
  /** `CONFIDENTIAL`, `UNCLASSIFIED`, ...: the banner's level (or the metadata row's); null when neither exists. */
  classification: string | null;
  /** The highest portion mark in canonical spelling, e.g. `(C)` or `(S//NF)`; null when nothing is marked. */
  highestPortion: string | null;
  /** A portion, the SUBJECT mark or the routing line is classified higher than the banner. */
  understates: boolean;
  /**
   * When the banner understates: the highest marking and where it is (`¶3`, `the SUBJECT line`,
   * `the routing line`), which need not be a paragraph's, so `highestPortion` cannot name it.
   */
  outranking: { mark: string; where: string } | null;
  /** Paragraph starts outside quotations, in order; `number` is null for unnumbered paragraphs. */
  paragraphs: Array<{ number: number | null; line: number }>;
}

export function documentInfo(model: CableModel): DocumentInfo {
  const stated = model.classification?.level;
  const highestMark = highestPortion(markedPortions(model));
  const highestAny = highestPortion(allPortions(model));
  // Same test as banner-understates, so the status item and the diagnostic agree.
  const understates = stated !== undefined && !!highestAny && isClassified(highestAny.level) && rank(highestAny.level) > rank(stated);
  return {
    classification: stated ? LEVEL_NAMES[stated] : null,
    highestPortion: highestMark ? canonicalMark(highestMark) : null,
    understates,
    outranking: understates && highestAny ? { mark: canonicalMark(highestAny), where: highestAny.where } : null,
    paragraphs: model.paragraphs.filter((p) => !p.quoted).map((p) => ({ number: p.number?.value ?? null, line: p.range.start.line })),
  };
}

/** `(C)`, `(S//NF)`: a marking in its standard spelling. */
function canonicalMark(portion: Portion): string {
  return `(${[portion.level, ...portion.caveats].join('//')})`;
}
