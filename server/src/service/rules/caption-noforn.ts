import { Fix } from '../lint/diagnostic';
import { Rule, RuleContext } from '../lint/rule';
import { headerBanner, insertLineAfter } from './bannerEdits';
import { capitalized, isNoforn, markedPortions, nofornCaption } from './portions';

/** NOFORN goes under the header's SIPDIS line, or right under the banner. */
function addCaption(ctx: RuleContext): Fix | undefined {
  const { model } = ctx;
  const sipdis = model.captions.find((c) => c.name === 'SIPDIS' && c.range.start.line < model.bodyStart);
  const line = sipdis?.range.start.line ?? headerBanner(model)?.range.start.line;
  if (line === undefined) return undefined;
  return { title: 'Add a NOFORN caption', edits: [insertLineAfter(ctx, line, 'NOFORN')], preferred: true, safe: true };
}

export const captionNoforn: Rule = {
  id: 'caption-noforn',
  defaultSeverity: 'warning',
  description: 'A NOFORN portion (`/NF`) without a NOFORN caption line, or a NOFORN caption with no NOFORN portion.',
  fix: 'Add the NOFORN caption under SIPDIS or the banner',
  check(ctx) {
    const { model } = ctx;
    const portions = markedPortions(model);
    const noforn = portions.find(isNoforn);
    // Without portions there is nothing to compare a caption with.
    if (!portions.length) return;
    const caption = nofornCaption(model);
    if (noforn && !caption) {
      const fix = addCaption(ctx);
      ctx.report({
        range: noforn.range,
        message: `${capitalized(noforn.where)} is marked ${noforn.raw} (NOFORN) but the cable has no NOFORN caption.`,
        fixes: fix ? [fix] : [],
      });
    } else if (caption && !noforn) {
      ctx.report({
        range: caption.range,
        message: 'The cable is captioned NOFORN but none of its marked portions is NOFORN (`/NF`).',
      });
    }
  },
};
