// How the tokens of a TAGS field read against the vocabulary, shared by tags-unknown and
// tags-composition.
import { TagInfo } from '../data/tags';
import { EveryKey, Span, TagsField } from '../model/cable';
import { TextEdit } from '../text/types';
import { TagVocabulary } from '../lint/vocabulary';
import { endWithoutTrailingPunctuation } from './scanners';

export interface TagReading {
  token: Span;
  /** The code itself: the token without a person-tag parenthetical (`OVIP (RICE, CONDOLEEZZA)` -> `OVIP`). */
  code: Span;
  /**
   * known: a tag, or a comma-piece of known codes (`PREL PGOV`); merged: codes run together
   * (`PHUMPGOV`); unknown: written like a code but none; free: free text (`Defense Reform`,
   * `Hostages`, `BRUSSELS`), which real TAGS lines carry and the rules tolerate.
   */
  status: 'known' | 'merged' | 'unknown' | 'free';
  /** The known tags the token stands for (for a merged token: its parts). */
  tags: TagInfo[];
  /** The codes a token is made of: sure for `merged`, a guess for an `unknown` pair of country codes (VTIZ). */
  parts?: string[];
}

/** Strips a parenthetical and trailing punctuation; undefined when nothing is left. */
function codeSpan(token: Span): Span | undefined {
  const paren = token.text.indexOf('(');
  // Trailing spaces and punctuation off by a scan from the end: the regex tried every position of a long token.
  const end = endWithoutTrailingPunctuation(token.text, paren >= 0 ? paren : token.text.length);
  const { start } = token.range;
  // Most tokens are their code: the token's own span says the same.
  if (end === token.text.length && token.range.end.line === start.line && token.range.end.character === start.character + end && end > 0) return token;
  const code = token.text.slice(0, end);
  if (!code.trim()) return undefined;
  return { text: code, range: { start, end: { line: start.line, character: start.character + code.length } } };
}

/** A reading with every key (see EveryKey). */
function reading(token: Span, code: Span, status: TagReading['status'], tags: TagInfo[], parts?: string[]): EveryKey<TagReading> {
  return { token, code, status, tags, parts };
}

function readToken(token: Span, vocabulary: TagVocabulary, lowerCaseField: boolean): TagReading | undefined {
  const code = codeSpan(token);
  if (!code) return undefined;
  const whole = vocabulary.lookup(token.text) ?? (code.text === token.text ? undefined : vocabulary.lookup(code.text));
  if (whole) return reading(token, code, 'known', [whole]);
  // A piece holding several codes: `PREL PGOV` on a comma line, `PARM. PREL` with a stray full stop.
  const words = code.text.split(/[\s.]+/).filter(Boolean);
  if (words.length > 1) {
    // Pushed into a literal, not mapped: one element kind for V8 (see portions.ts, paragraphMarks).
    const infos: TagInfo[] = [];
    for (const word of words) {
      const info = vocabulary.lookup(word);
      if (!info) return reading(token, code, 'free', []);
      infos.push(info);
    }
    return reading(token, code, 'known', infos);
  }
  // Only words written like codes (capitals, or a line lowercased throughout) are judged.
  const written = lowerCaseField ? code.text.toUpperCase() : code.text;
  if (/[a-z]/.test(written) || !/^[A-Z0-9][A-Z0-9/&.-]*$/.test(written)) return reading(token, code, 'free', []);
  const parts = vocabulary.splitMerged(written);
  // Country codes alone (VTIZ, ISAF, EIAR) split too easily: a typo or an acronym is as likely.
  if (parts && parts.some((p) => p.length >= 3)) {
    const infos: TagInfo[] = [];
    for (const part of parts) {
      const info = vocabulary.lookup(part);
      if (info) infos.push(info);
    }
    return reading(token, code, 'merged', infos, parts);
  }
  const pair = parts?.length === 2 ? parts : undefined;
  // Codes are 2-4 letters (a few organizations up to 7): a longer word is prose unless it is a near miss.
  const codeShaped = written.length <= 4 || vocabulary.nearest(written, 1).length > 0;
  return reading(token, code, codeShaped && written.length <= 8 ? 'unknown' : 'free', [], pair);
}

/** Whether the field is written in lower case throughout (`Tags: parm, prel`): its codes are still codes. */
export function isLowerCaseField(field: TagsField): boolean {
  for (const token of field.tokens) if (hasCapital(token.text)) return false;
  return true;
}

/** Regex `[A-Z]`, as a scan. */
function hasCapital(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * The readings made for the latest lines and vocabulary, by field: tags-unknown and tags-composition
 * read the same fields of one model. A plain reference to the latest only, as in ./memo.
 */
let made: { lines: readonly string[]; vocabulary: TagVocabulary; readings: Map<TagsField, ReadonlyArray<TagReading | undefined>> } | undefined;

/** Readings of every token; undefined for tokens with nothing to read (a lone parenthetical). */
export function readTags(field: TagsField, lines: readonly string[], vocabulary: TagVocabulary): ReadonlyArray<TagReading | undefined> {
  if (made?.lines !== lines || made.vocabulary !== vocabulary) made = { lines, vocabulary, readings: new Map() };
  let readings = made.readings.get(field);
  if (!readings) made.readings.set(field, (readings = readFreshly(field, lines, vocabulary)));
  return readings;
}

function readFreshly(field: TagsField, lines: readonly string[], vocabulary: TagVocabulary): Array<TagReading | undefined> {
  const lower = isLowerCaseField(field);
  const readings: Array<TagReading | undefined> = [];
  for (const token of field.tokens) readings.push(readToken(token, vocabulary, lower));
  // Space-separated lines split free text like HUMAN RIGHTS into words: rejoin known pairs.
  for (let i = 0; i + 1 < readings.length; i++) {
    const [a, b] = [field.tokens[i], field.tokens[i + 1]];
    if (readings[i]?.status === 'known' || a.range.end.line !== b.range.start.line) continue;
    if (lines[a.range.end.line].slice(a.range.end.character, b.range.start.character).trim()) continue;
    const joined = vocabulary.lookup(`${a.text} ${b.text}`);
    if (!joined) continue;
    for (const j of [i, i + 1]) readings[j] = reading(field.tokens[j], field.tokens[j], 'known', j === i ? [joined] : []);
  }
  return readings;
}

/** How a TAGS field writes its codes: commas between them when it uses any (semicolons when only those, else spaces), lower case when it is. */
export interface FieldStyle {
  separator: string;
  lower: boolean;
}

export function fieldStyle(field: TagsField, lines: readonly string[]): FieldStyle {
  const text = lines.slice(field.range.start.line, field.range.end.line + 1).join(' ');
  const listed = text.slice(field.keyword.range.end.character);
  const separator = listed.includes(',') ? ', ' : listed.includes(';') ? '; ' : ' ';
  return { separator, lower: isLowerCaseField(field) };
}

/** Codes written in the field's style, for fixes that add some. */
export function writeCodes(style: FieldStyle, codes: readonly string[]): string {
  let text = '';
  for (let i = 0; i < codes.length; i++) text += (i ? style.separator : '') + (style.lower ? codes[i].toLowerCase() : codes[i]);
  return text;
}

/** Each token's index in the field, for edits that need its neighbours. */
export function tokenPositions(field: TagsField): Map<Span, number> {
  const positions = new Map<Span, number>();
  for (let i = 0; i < field.tokens.length; i++) positions.set(field.tokens[i], i);
  return positions;
}

/**
 * Edits deleting the tokens at `indices` (ascending), each with the separator before it (after it, for
 * one beginning its line); none across lines.
 * Neighbours on one line go as one edit, so the edits never overlap. Undefined when one of them cannot
 * go: it spans lines, or it is all its line holds (deleting it would leave a blank line in the header).
 */
export function withoutTokens(tokens: readonly Span[], indices: readonly number[], lines: readonly string[]): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  let k = 0;
  while (k < indices.length) {
    const first = indices[k];
    let last = first;
    const line = tokens[first]?.range.start.line;
    // A run: the next indices that are the next tokens of the same line.
    while (k + 1 < indices.length && indices[k + 1] === last + 1 && tokens[last + 1].range.start.line === line) last = indices[++k];
    k++;
    for (let i = first; i <= last; i++) if (!tokens[i] || tokens[i].range.end.line !== line) return undefined;
    const [before, after] = [tokens[first - 1], tokens[last + 1]];
    const [start, end] = [tokens[first].range.start, tokens[last].range.end];
    if (before && before.range.end.line === line) edits.push({ range: { start: before.range.end, end }, newText: '' });
    else if (after && after.range.start.line === line) edits.push({ range: { start, end: after.range.start }, newText: '' });
    else if (lines[line].trim() === lines[line].slice(start.character, end.character)) return undefined;
    else edits.push({ range: { start, end }, newText: '' });
  }
  return edits;
}

/** An edit deleting `token` and the separator before it (after it, for the first token); none across lines. */
export function withoutToken(tokens: readonly Span[], i: number, lines: readonly string[]): TextEdit | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  const { start, end } = token.range;
  if (before && before.range.end.line === start.line) return { range: { start: before.range.end, end }, newText: '' };
  if (after && after.range.start.line === end.line) return { range: { start, end: after.range.start }, newText: '' };
  return lines[start.line].trim() === token.text ? undefined : { range: token.range, newText: '' };
}
