// A REF item cited by its cable's post and number, with no REF keyword: `(see HCMC 789 for more)`,
// `post reported in Wellington 847`, a post wrapped across lines (`see 05 Abu` / `Dhabi 4592`).
// ref-unused asks only about items no letter cites, so the body is read for few cables. The same
// matching tells which item a bare `reftel Abuja 1675` names (citationTargets in refLetters.ts),
// and where go-to-definition, find-references and hover find such mentions (features/).
import { CableModel, RefItem } from '../model/cable';
import { isKnownPost, normalizePost } from '../data/posts';
import { isDigitCode, isLetterCode, isSpaceCode, trimmedEnd } from '../text/chars';
import { containsPosition, Position, Range } from '../text/types';

/** A cable as a REF item writes it: its post's words (upper case, nearest the number first) and number without leading zeros. */
interface NamedCable {
  words: string[];
  number: string;
}

/** A word of letters before a number, upper-cased, and where it starts. */
interface PostWord {
  word: string;
  line: number;
  character: number;
}

/** A post name may run to four words (`HO CHI MINH CITY`). */
const MAX_POST_WORDS = 4;

/** Words before a number that make it a date, a paragraph or a page, not a cable (`EMAIL MARCH 22`, `PARA 4`). */
const NOT_A_POST = new Set(['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER', 'JAN', 'FEB', 'MAR', 'APR', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV', 'DEC', 'PARA', 'PARAS', 'PARAGRAPH', 'PAGE', 'NO', 'NUMBER', 'SECTION']);

/** Whether the body names one of the cables `item` lists by post and number. */
export function isNamedInText(model: CableModel, item: RefItem): boolean {
  const cables = namedCables(item.text);
  if (!cables.length) return false;
  const lines = model.lines.lines;
  for (let line = model.bodyStart; line < lines.length; line++) {
    if (!mayMention(model, line)) continue;
    for (const cable of cables) if (lineNames(lines, line, cable)) return true;
  }
  return false;
}

/** Where the body names `item` by post and number, each from the post's first word to the number's end. */
export function mentionsOfItem(model: CableModel, item: RefItem): Range[] {
  return mentionsIn(model, item, model.bodyStart, model.lines.lines.length - 1);
}

/** The post-and-number mention under `position` and the items it names, if any. */
export function mentionAt(model: CableModel, position: Position): { range: Range; items: RefItem[] } | undefined {
  let range: Range | undefined;
  const items: RefItem[] = [];
  for (const item of model.refs?.items ?? []) {
    // A wrapped post starts a line above its number: the cursor's line and the next are enough.
    const found = mentionsIn(model, item, position.line, position.line + 1).find((r) => containsPosition(r, position));
    if (!found) continue;
    range ??= found;
    items.push(item);
  }
  return range && { range, items };
}

/** The mentions of `item` whose number stands on a line from `first` to `last`. */
function mentionsIn(model: CableModel, item: RefItem, first: number, last: number): Range[] {
  const cables = namedCables(item.text);
  const lines = model.lines.lines;
  const found: Range[] = [];
  for (let line = Math.max(first, model.bodyStart); line <= last && line < lines.length; line++) {
    if (!mayMention(model, line)) continue;
    for (const cable of cables) found.push(...lineMentions(lines, line, cable));
  }
  return found;
}

/** A REF list repeated in the body names its cables without citing them. */
function mayMention(model: CableModel, line: number): boolean {
  const refs = model.refs?.range;
  return !refs || line < refs.start.line || line > refs.end.line;
}

/**
 * Whether `item` lists the cable `named` writes by post and number (`Abuja 1675`, as a bare
 * `reftel Abuja 1675` names it): the same matching as a mention in the body.
 */
export function holdsNamedCable(item: RefItem, named: string): boolean {
  const [cable] = namedCables(named);
  return cable !== undefined && namedCables(item.text).some((listed) => listed.number === cable.number && postWordsNamed(cable.words, listed.words) > 0);
}

/** The cables an item's text names: each number of up to six digits after a blank and a word. */
function namedCables(text: string): NamedCable[] {
  const cables: NamedCable[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i)) || (i > 0 && isDigitCode(text.charCodeAt(i - 1)))) continue;
    const number = numberAt(text, i);
    if (!number) continue;
    const words = wordsBefore([text], 0, i, MAX_POST_WORDS).map((w) => w.word);
    if (words.length && !NOT_A_POST.has(words[0])) cables.push({ words, number });
  }
  return cables;
}

/** The number starting at `at` without its leading zeros, if it is a whole number of up to six digits. */
function numberAt(text: string, at: number): string | undefined {
  let end = at;
  while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
  if (end - at > 6 || (end < text.length && isLetterCode(text.charCodeAt(end)))) return undefined;
  let start = at;
  while (start < end - 1 && text.charCodeAt(start) === 48) start++;
  return text.slice(start, end);
}

/** Whether `line` writes `cable`'s number after its post: the post's last word alone when that word is a known post. */
function lineNames(lines: readonly string[], line: number, cable: NamedCable): boolean {
  const text = lines[line];
  for (let at = text.indexOf(cable.number); at >= 0; at = text.indexOf(cable.number, at + 1)) {
    if (mentionOfNumber(lines, line, at, cable)) return true;
  }
  return false;
}

/** Every place `line` writes `cable`'s number after its post, as `lineNames` reads it. */
function lineMentions(lines: readonly string[], line: number, cable: NamedCable): Range[] {
  const text = lines[line];
  const found: Range[] = [];
  for (let at = text.indexOf(cable.number); at >= 0; at = text.indexOf(cable.number, at + 1)) {
    const mention = mentionOfNumber(lines, line, at, cable);
    if (mention) found.push(mention);
  }
  return found;
}

/** The mention of `cable` whose number `at` finds (after any leading zeros): from its post's first word to its last digit. */
function mentionOfNumber(lines: readonly string[], line: number, at: number, cable: NamedCable): Range | undefined {
  const text = lines[line];
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) === 48) start--;
  if (start > 0 && isDigitCode(text.charCodeAt(start - 1))) return undefined;
  if (numberAt(text, start) !== cable.number) return undefined;
  const words = wordsBefore(lines, line, start, cable.words.length);
  const named = postWordsNamed(words.map((w) => w.word), cable.words);
  if (!named) return undefined;
  const first = words[named - 1];
  let end = start;
  while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
  return { start: { line: first.line, character: first.character }, end: { line, character: end } };
}

/**
 * How many of the words before a number name the item's post (0: they do not): all the item's
 * words, or fewer when those already spell a known post (`Abu Dhabi 4592` for `05 ABU DHABI 4592`,
 * `State 79091` for `SECSTATE 79091`).
 */
function postWordsNamed(found: string[], wanted: string[]): number {
  for (let k = 1; k <= wanted.length && k <= found.length; k++) {
    if (found[k - 1] !== wanted[k - 1] && !(k === 1 && isState(found[0]) && isState(wanted[0]))) return 0;
    if (k === wanted.length || isKnownPost(postOf(wanted, k))) return k;
  }
  return 0;
}

function isState(word: string): boolean {
  return word === 'STATE' || word === 'SECSTATE';
}

/** The post spelled by the first `k` words (nearest the number first), as ids write it. */
function postOf(words: string[], k: number): string {
  return normalizePost(words.slice(0, k).reverse().join(''));
}

/**
 * Up to `max` words of letters standing before `at`, each after a blank, nearest first, upper-cased;
 * a word at the start of its line may go on at the end of the line before (a wrapped post).
 */
function wordsBefore(lines: readonly string[], line: number, at: number, max: number): PostWord[] {
  const words: PostWord[] = [];
  let text = lines[line];
  let wrapped = false;
  while (words.length < max) {
    let end = at;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end === 0) {
      if (wrapped || line === 0) break;
      text = lines[--line];
      at = end = trimmedEnd(text);
      wrapped = true;
    } else if (end === at) break; // no blank before `at`: `HCMC-789`, `(see`
    let start = end;
    while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (start === end || (start > 0 && !isSpaceCode(text.charCodeAt(start - 1)))) break;
    words.push({ word: text.slice(start, end).toUpperCase(), line, character: start });
    at = start;
  }
  return words;
}
