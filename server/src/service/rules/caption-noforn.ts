import { CableModel, Span } from '../model/cable';
import { Fix } from '../lint/diagnostic';
import { Rule, RuleContext } from '../lint/rule';
import { headerBanner, insertLineAfter } from './bannerEdits';
import { capitalized, isNoforn, markedPortions } from './portions';

/** The NOFORN caption, on a caption line or on the banner line itself. */
function nofornCaption(model: CableModel): Span | undefined {
  for (const caption of model.captions) if (caption.name === 'NOFORN') return caption;
  for (const banner of model.banners) for (const caption of banner.captions) if (isNofornWord(caption.text)) return caption;
  return undefined;
}

/** Regex `^NOFORN$` with the i flag: ASCII letters either case (c | 32 is the lower case of a letter and of nothing else). */
function isNofornWord(text: string): boolean {
  if (text.length !== 6) return false;
  for (let i = 0; i < 6; i++) if ((text.charCodeAt(i) | 32) !== 'noforn'.charCodeAt(i)) return false;
  return true;
}

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
