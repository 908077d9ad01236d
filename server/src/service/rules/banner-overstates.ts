import { CableModel } from '../model/cable';
import { isClassified, Level, LEVEL_NAMES, rank } from '../model/levels';
import { Rule } from '../lint/rule';
import { headerBanner, insertLineAfter, setBannerLevel } from './bannerEdits';
import { allPortions, highestPortion } from './portions';

/** Sections announced by the banners but absent from the text: their paragraphs may be the classified ones. */
function missingSections(model: CableModel): boolean {
  // One pass, no lists: most cables have no section markers at all.
  let present: Set<number> | undefined;
  let highestTotal = -Infinity;
  for (const banner of model.banners) {
    const section = banner.section;
    if (!section) continue;
    (present ??= new Set()).add(section.number.value);
    if (section.total.value > highestTotal) highestTotal = section.total.value;
  }
  return present !== undefined && (highestTotal > present.size || !present.has(1));
}

export const bannerOverstates: Rule = {
  id: 'banner-overstates',
  defaultSeverity: 'warning',
  description: 'The banner is classified but every portion is marked lower.',
  fix: 'Lower the banner to the highest portion level (offered, never applied automatically)',
  check(ctx) {
    const { model } = ctx;
    const banner = headerBanner(model);
    const stated = model.classification;
    if (!banner || !stated || !isClassified(stated.level)) return;
    // Every numbered paragraph must carry a mark: an unmarked one may be the classified portion.
    const paragraphs = model.paragraphs;
    if (!paragraphs.some((p) => !p.quoted && p.mark) || paragraphs.some((p) => !p.quoted && p.number && !p.mark) || missingSections(model)) return;
    const highest = highestPortion(allPortions(model));
    if (!highest || rank(highest.level) >= rank(stated.level)) return;
    const level: Level = highest.level;
    const edits = model.banners.filter((b) => rank(b.level) > rank(level)).map((b) => setBannerLevel(b, level));
    // An SBU cable is `UNCLAS` with a SENSITIVE caption.
    if (level === 'SBU' && !model.captions.some((c) => c.name === 'SENSITIVE')) edits.push(insertLineAfter(ctx, banner.range.start.line, 'SENSITIVE'));
    ctx.report({
      range: banner.levelText.range,
      message: `The banner says ${LEVEL_NAMES[stated.level]} but no portion is marked above ${LEVEL_NAMES[level]} (highest: ${highest.raw} in ${highest.where}).`,
      fixes: [{ title: `Lower the banner to ${LEVEL_NAMES[level]}`, edits, safe: false }],
    });
  },
};
