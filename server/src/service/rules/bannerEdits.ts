// Finding the banners and editing them, for the banner, section and caption rules.
import { Banner, CableModel } from '../model/cable';
import { BANNER_SPELLING, Level } from '../model/levels';
import { RuleContext } from '../lint/rule';
import { lineRange, Range, TextEdit } from '../text/types';

/** The banner above the header fields; later banners open sections and are not it. */
export function headerBanner(model: CableModel): Banner | undefined {
  return model.sections[0]?.banner;
}

/** Rewrites a banner's level words, leaving the section, post and serial as written. */
export function setBannerLevel(banner: Banner, level: Level): TextEdit {
  return { range: banner.levelText.range, newText: BANNER_SPELLING[level] };
}

/** The text of `line` from its first to its last non-blank character. */
export function trimmedLine(lines: readonly string[], line: number): Range {
  const text = lines[line];
  return lineRange(line, text.length - text.trimStart().length, text.trimEnd().length);
}

export function insertLinesBefore(ctx: RuleContext, line: number, texts: readonly string[]): TextEdit {
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: texts.map((t) => t + ctx.eol).join('') };
}

/** Adds a line after `line`, at its end, so it works on a last line without a line break too. */
export function insertLineAfter(ctx: RuleContext, line: number, text: string): TextEdit {
  const at = { line, character: ctx.lines[line].length };
  return { range: { start: at, end: at }, newText: ctx.eol + text };
}
