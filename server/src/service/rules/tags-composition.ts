import { CableModel, Span, TagsField } from '../model/cable';
import { TextEdit } from '../text/types';
import { Fix } from '../lint/diagnostic';
import { Rule, RuleContext } from '../lint/rule';
import { postCountryTag } from '../data/postCountries';
import { normalizeTagToken } from '../data/tagLookup';
import { TagInfo } from '../data/tags';
import { TagVocabulary } from '../lint/vocabulary';
import { fieldStyle, readTags, TagReading, tokenPositions, withoutTokens, writeCodes } from './tagReading';

export const tagsComposition: Rule = {
  id: 'tags-composition',
  defaultSeverity: 'info',
  description: 'The TAGS line lacks a subject tag or a geographic tag, or repeats a tag.',
  fix: "Remove a repeated tag's later occurrences; add the post's country tag",
  check(ctx) {
    // The header's TAGS only: later sections repeat it and would repeat the finding.
    const field = ctx.model.tags[0];
    // An empty line is tags-missing's.
    if (!field?.tokens.length) return;
    const readings = readTags(field, ctx.lines, ctx.vocabulary).filter((r): r is TagReading => !!r);
    reportRepeats(field, readings, ctx);
    // An unknown token may be the misspelt subject or country: tags-unknown speaks first.
    if (readings.some((r) => r.status === 'unknown')) return;
    if (!readings.some((r) => r.tags.some(isSubject))) {
      ctx.report({ range: field.keyword.range, message: 'TAGS has no subject tag (like PREL or ECON); expected at least one.' });
    }
    if (!isPlaced(readings) && !mayGoWithoutCountry(ctx.model, readings)) {
      ctx.report({ range: field.keyword.range, message: 'TAGS has no country tag (like BM or TH); expected at least one.', fixes: postCountryFix(ctx.model, field, ctx.lines, ctx.vocabulary) });
    }
  },
};

/**
 * The tag of the country the cable was sent from, added at the end of the line: a cable from
 * Embassy Rangoon is about Burma (BM) unless it says otherwise. Offered, never applied unreviewed:
 * the cable may be about another country.
 */
function postCountryFix(model: CableModel, field: TagsField, lines: readonly string[], vocabulary: TagVocabulary): Fix[] {
  const post = model.banners[0]?.post?.text;
  const code = post === undefined ? undefined : postCountryTag(post);
  const last = field.tokens[field.tokens.length - 1];
  // The finding is on the keyword: a line that wraps would put the edit on another line.
  if (!code || !last || last.range.end.line !== field.keyword.range.start.line) return [];
  const style = fieldStyle(field, lines);
  const written = writeCodes(style, [code]);
  // Before a full stop or comma closing the line (`TAGS: PREL, PGOV.`), not after it.
  const { start, end } = last.range;
  const trailing = start.line === end.line ? (/[.,;:]+$/.exec(last.text)?.[0].length ?? 0) : 0;
  const at = { line: end.line, character: end.character - trailing };
  // Missions to organizations (USNATO, USUN NEW YORK) have the organization's tag, not a country's.
  const what = vocabulary.lookup(code)?.kind === 'organization' ? 'organization' : 'country';
  return [{ title: `Add ${written}, the ${what} of the post (${post})`, edits: [{ range: { start: at, end: at }, newText: style.separator + written }], preferred: true, safe: false }];
}

/**
 * One finding per repeated tag, on its second occurrence, with the fix removing every occurrence but
 * the first, which keeps its place: removing fewer leaves the same finding behind.
 */
function reportRepeats(field: TagsField, readings: TagReading[], ctx: RuleContext): void {
  const keys = readings.map((r) => repeatKey(r.token.text));
  // Most TAGS lines repeat nothing: no groups to build.
  if (allDistinct(keys)) return;
  const counts = new Map<string, TagReading[]>();
  for (let i = 0; i < readings.length; i++) {
    // Appended in place: copying the list for each repeat made a long TAGS line quadratic.
    const same = counts.get(keys[i]);
    if (same) same.push(readings[i]);
    else counts.set(keys[i], [readings[i]]);
  }
  // Built once, on the first repeat: indexOf per repeat made a long TAGS line quadratic.
  let position: Map<Span, number> | undefined;
  let spaced: boolean | undefined;
  for (const same of counts.values()) {
    if (same.length < 2) continue;
    const times = same.length === 2 ? 'twice' : `${same.length} times`;
    position ??= tokenPositions(field);
    spaced ??= fieldStyle(field, ctx.lines).separator === ' ';
    const edits = repeatRemoval(field, same, position, spaced, ctx.lines);
    const copies = same.length - 1;
    const title = copies === 1 ? `Remove the repeated ${same[1].token.text}` : `Remove the ${copies} repeated ${same[1].token.text}`;
    const fixes: Fix[] = edits ? [{ title, edits, preferred: true, safe: true }] : [];
    ctx.report({ range: same[1].token.range, message: `${same[0].code.text} appears ${times} on the TAGS line; once is enough.`, fixes });
  }
}

/**
 * The edits removing every occurrence of a repeated tag but the first, also those on the lines a
 * wrapped TAGS field continues on; none when one of them cannot go (a word of free text on a
 * space-separated line, a tag alone on its line), since a fix removing only some would leave the
 * finding in place. Copies of another repeated tag may end up side by side (`HR, PGOV, HR` ->
 * `HR, HR`): keeping a later occurrence instead would reorder the tags, and that tag's own fix,
 * applied with this one by fix-all, removes the second.
 */
function repeatRemoval(field: TagsField, same: TagReading[], position: ReadonlyMap<Span, number>, spaced: boolean, lines: readonly string[]): TextEdit[] | undefined {
  const indices: number[] = [];
  for (let k = 1; k < same.length; k++) {
    // Free text split into words at spaces (`HUMAN RIGHTS ... WORKERS RIGHTS`): removing a word would cut a phrase.
    if (spaced && same[k].status === 'free') return undefined;
    const i = position.get(same[k].token);
    if (i === undefined) return undefined;
    indices.push(i);
  }
  return withoutTokens(field.tokens, indices, lines);
}

/** Whether no key repeats; a TAGS line holds a handful, compared pairwise without building a set. */
function allDistinct(keys: readonly string[]): boolean {
  if (keys.length > 16) return new Set(keys).size === keys.length;
  for (let i = 1; i < keys.length; i++) for (let j = 0; j < i; j++) if (keys[i] === keys[j]) return false;
  return true;
}

/** The token as normalizeTagToken writes it; a token of printable ASCII without spaces or lower case is that already. */
function repeatKey(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127 || (c >= 97 && c <= 122)) return normalizeTagToken(text);
  }
  return text;
}

/** A country or region tag; an organization (EUN, NATO, UNSC) or free text (`China`) names the place well enough. */
function isPlaced(readings: TagReading[]): boolean {
  return readings.some((r) => r.status === 'free' || r.tags.some((t) => t.kind === 'geo' || t.kind === 'organization' || t.kind === 'other'));
}

/**
 * Department cables (STATE ...) go to many posts at once, and post-administration cables (AMGT,
 * APER, ABUD: the A... subject tags) concern no country: in the corpus both routinely carry none.
 */
function mayGoWithoutCountry(model: CableModel, readings: TagReading[]): boolean {
  const post = model.banners[0]?.post?.text;
  // Upper-casing never shortens a text (it may lengthen one: a ligature), so a longer post is not STATE.
  if (post !== undefined && post.length <= 5 && post.toUpperCase() === 'STATE') return true;
  // Loops rather than a flatMap and a filter of the tags: every cable whose TAGS name no country comes here.
  let subjects = 0;
  for (const reading of readings) {
    for (const tag of reading.tags) {
      if (!isSubject(tag)) continue;
      if (!tag.code.startsWith('A')) return false;
      subjects++;
    }
  }
  return subjects > 0;
}

function isSubject(tag: TagInfo): boolean {
  return tag.kind === 'subject' || tag.kind === 'program';
}
