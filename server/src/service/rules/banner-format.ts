import { Banner, CableModel } from '../model/cable';
import { BANNER_SPELLING, isClassified } from '../model/levels';
import { Rule } from '../lint/rule';
import { setBannerLevel } from './bannerEdits';

/** What is wrong with a banner's level words, or undefined when they are spelled as they should be. */
function spellingProblem(banner: Banner): string | undefined {
  const written = banner.levelText.text;
  const expected = BANNER_SPELLING[banner.level];
  if (written === expected) return undefined;
  if (/[a-z]/.test(written)) return `Banner level \`${written}\` is in lowercase; expected \`${expected}\`.`;
  if (/^UNCLASSIFIED$/.test(written)) return 'Banner says `UNCLASSIFIED`; cables write `UNCLAS`.';
  const squashed = (text: string) => text.replace(/\s+/g, '');
  const words = written.split(/\s+/);
  if (isClassified(banner.level) && squashed(written) === squashed(expected) && words.every((w) => w.length > 1)) {
    return `Classified banner \`${written}\` is not letter-spaced; expected \`${expected}\`.`;
  }
  return `Banner level \`${written}\` is garbled; expected \`${expected}\`.`;
}

/** A level alone, set off from the margin: the marking of a printed page, not a telegram banner. */
function isPageMarking(banner: Banner): boolean {
  return banner.range.start.character > 0 && !banner.section && !banner.post && banner.captions.length === 0;
}

/**
 * Whether respelling the level would change what the header's captions say: under a lowercased
 * banner, caption lines in lower case count (`Noforn, sipdis`); once the level and post are both in
 * capitals they read as prose, and the caveats would go. Such a fix is left to review.
 */
function changesCaptions(model: CableModel, banner: Banner): boolean {
  if (banner !== model.banners[0] || (banner.post && /[a-z]/.test(banner.post.text))) return false;
  return model.captions.some((caption) => /[a-z]/.test(caption.text));
}

export const bannerFormat: Rule = {
  id: 'banner-format',
  defaultSeverity: 'warning',
  description: 'The banner is misspelled: a classified level not letter-spaced, broken spacing, `UNCLASSIFIED` for `UNCLAS`, or lowercase.',
  fix: 'Respell the level words of the banner',
  check(ctx) {
    for (const banner of ctx.model.banners) {
      if (isPageMarking(banner)) continue;
      const message = spellingProblem(banner);
      if (!message) continue;
      ctx.report({
        range: banner.levelText.range,
        message,
        fixes: [{ title: `Change to \`${BANNER_SPELLING[banner.level]}\``, edits: [setBannerLevel(banner, banner.level)], preferred: true, safe: !changesCaptions(ctx.model, banner) }],
      });
    }
  },
};
