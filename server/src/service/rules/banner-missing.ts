import { CableModel } from '../model/cable';
import { BANNER_SPELLING, Level, rank } from '../model/levels';
import { Rule } from '../lint/rule';
import { headerBanner, insertLinesBefore, trimmedLine } from './bannerEdits';
import { allPortions, highestPortion } from './portions';

/** The first line of the header block (captions, addressees, fields), else of the body. */
function firstHeaderLine(model: CableModel): number {
  const header = [
    ...model.captions,
    ...model.addressees,
    ...model.eoLines,
    ...model.tags,
    ...model.subjects,
    ...(model.refs ? [model.refs] : []),
    ...(model.classifiedBy ? [model.classifiedBy] : []),
    ...(model.entireText ? [model.entireText] : []),
  ].map((part) => part.range.start.line);
  const inHeader = header.filter((line) => line < model.bodyStart);
  if (inHeader.length) return Math.min(...inHeader);
  const body = model.lines.lines.findIndex((text, line) => line >= model.bodyStart && text.trim() !== '');
  return body >= 0 ? body : model.bodyStart;
}

/** The level the missing banner should state and why; no level when the cable is classified at a level nothing states. */
function levelToState(model: CableModel): { level?: Level; reason: string } {
  const portion = highestPortion(allPortions(model));
  const row = model.preamble?.metadata?.classification;
  if (row && (!portion || rank(row.level) > rank(portion.level))) {
    return { level: row.level, reason: `the release metadata says ${row.text}` };
  }
  if (portion && rank(portion.level) > 0) return { level: portion.level, reason: `${portion.where} is marked ${portion.raw}` };
  if (model.classifiedBy) return { reason: 'it has a Classified By line' };
  if (model.eoLines.some((eo) => eo.decl)) return { reason: 'its E.O. line gives a declassification instruction' };
  return { level: 'U', reason: 'nothing in it is marked above unclassified' };
}

export const bannerMissing: Rule = {
  id: 'banner-missing',
  defaultSeverity: 'error',
  description: 'No classification line (banner) stands before the E.O./TAGS block.',
  fix: 'Insert a banner at the highest level the cable shows (`UNCLAS` when nothing is classified)',
  check(ctx) {
    const { model } = ctx;
    if (headerBanner(model)) return;
    // Without any header field, a fragment of body text cannot be told from a cable missing its banner.
    if (!model.eoLines.length && !model.tags.length && !model.subjects.length) return;
    const line = firstHeaderLine(model);
    const { level, reason } = levelToState(model);
    const range = trimmedLine(ctx.lines, line);
    if (!level) {
      ctx.report({ range, message: `The cable has no classification banner above its header; it needs a classified one (${reason}).` });
      return;
    }
    const banner = BANNER_SPELLING[level];
    // An SBU banner is `UNCLAS` plus a SENSITIVE caption line.
    const sensitive = level === 'SBU' && !model.captions.some((c) => c.name === 'SENSITIVE');
    const lines = sensitive ? [banner, '', 'SENSITIVE', ''] : [banner, ''];
    ctx.report({
      range,
      message: `The cable has no classification banner above its header; expected \`${banner}\` (${reason}).`,
      fixes: [{ title: `Insert the banner \`${banner}\``, edits: [insertLinesBefore(ctx, line, lines)], preferred: true, safe: true }],
    });
  },
};
