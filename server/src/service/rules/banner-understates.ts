import { isClassified, LEVEL_NAMES, rank } from '../model/levels';
import { Rule } from '../lint/rule';
import { headerBanner, setBannerLevel } from './bannerEdits';
import { allPortions, capitalized, highestPortion } from './portions';

export const bannerUnderstates: Rule = {
  id: 'banner-understates',
  defaultSeverity: 'error',
  description: 'A portion, the SUBJECT mark or the routing security line is classified higher than the banner: the cable would go out under-classified.',
  fix: 'Raise the banner (and section banners) to the highest level found',
  check(ctx) {
    const { model } = ctx;
    const banner = headerBanner(model);
    const stated = model.classification;
    if (!banner || !stated) return;
    const highest = highestPortion(allPortions(model));
    // SBU paragraphs under an UNCLAS banner are a handling matter, not under-classification.
    if (!highest || !isClassified(highest.level) || rank(highest.level) <= rank(stated.level)) return;
    const level = highest.level;
    const low = model.banners.filter((b) => rank(b.level) < rank(level));
    ctx.report({
      range: banner.levelText.range,
      message: `${capitalized(highest.where)} is marked ${highest.raw} but the banner says ${LEVEL_NAMES[stated.level]}; the cable must be ${LEVEL_NAMES[level]}.`,
      fixes: [
        { title: `Raise the banner to ${LEVEL_NAMES[level]}`, edits: low.map((b) => setBannerLevel(b, level)), preferred: true, safe: true },
      ],
    });
  },
};
