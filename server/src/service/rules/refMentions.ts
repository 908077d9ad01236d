// A REF item cited by its cable's post and number, with no REF keyword: `(see HCMC 789 for more)`,
// `post reported in Wellington 847`, a post wrapped across lines (`see 05 Abu` / `Dhabi 4592`).
// ref-unused asks only about items no letter cites, so the body is read for few cables. The same
// matching tells which item a bare `reftel Abuja 1675` names (citationTargets in refLetters.ts).
import { CableModel, RefItem } from '../model/cable';
import { isKnownPost, normalizePost } from '../data/posts';
import { isDigitCode, isLetterCode, isSpaceCode, trimmedEnd } from '../text/chars';

/** A cable as a REF item writes it: its post's words (upper case, nearest the number first) and number without leading zeros. */
interface NamedCable {
  words: string[];
  number: string;
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
  const refs = model.refs?.range;
  for (let line = model.bodyStart; line < lines.length; line++) {
    // A REF list repeated in the body names its cables without citing them.
    if (refs && line >= refs.start.line && line <= refs.end.line) continue;
    for (const cable of cables) if (lineNames(lines, line, cable)) return true;
  }
  return false;
}

/**
 * Whether `item` lists the cable `named` writes by post and number (`Abuja 1675`, as a bare
 * `reftel Abuja 1675` names it): the same matching as a mention in the body.
 */
export function holdsNamedCable(item: RefItem, named: string): boolean {
  const [cable] = namedCables(named);
  return cable !== undefined && namedCables(item.text).some((listed) => listed.number === cable.number && samePost(cable.words, listed.words));
}

/** The cables an item's text names: each number of up to six digits after a blank and a word. */
function namedCables(text: string): NamedCable[] {
  const cables: NamedCable[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i)) || (i > 0 && isDigitCode(text.charCodeAt(i - 1)))) continue;
    const number = numberAt(text, i);
    if (!number) continue;
    const words = wordsBefore([text], 0, i, MAX_POST_WORDS);
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
    let start = at;
    while (start > 0 && text.charCodeAt(start - 1) === 48) start--;
    if (start > 0 && isDigitCode(text.charCodeAt(start - 1))) continue;
    if (numberAt(text, start) !== cable.number) continue;
    if (samePost(wordsBefore(lines, line, start, cable.words.length), cable.words)) return true;
  }
  return false;
}

/**
 * Whether the words before a number in the text name the item's post: all the item's words, or
 * fewer when those already spell a known post (`Abu Dhabi 4592` for `05 ABU DHABI 4592`,
 * `State 79091` for `SECSTATE 79091`).
 */
function samePost(found: string[], wanted: string[]): boolean {
  for (let k = 1; k <= wanted.length && k <= found.length; k++) {
    if (found[k - 1] !== wanted[k - 1] && !(k === 1 && isState(found[0]) && isState(wanted[0]))) return false;
    if (k === wanted.length || isKnownPost(postOf(wanted, k))) return true;
  }
  return false;
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
function wordsBefore(lines: readonly string[], line: number, at: number, max: number): string[] {
  const words: string[] = [];
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
    words.push(text.slice(start, end).toUpperCase());
    at = start;
  }
  return words;
}
