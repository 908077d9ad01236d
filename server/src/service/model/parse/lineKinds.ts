// Recognisers for single lines that several zones of the parser need.
import { parsePortionMark, PortionMark } from '../levels';

export interface ParagraphStart {
  /** Where the start marker begins (a `-` bullet, the pilcrow or the number). */
  at: number;
  number?: { at: number; end: number; value: number; pilcrow: boolean };
  mark?: { at: number; length: number; mark: PortionMark };
  /** Where the paragraph's own text begins. */
  contentAt: number;
}

const NUMBERED = /^([ \t]*)(?:-[ \t]+)?(\u00b6[ \t]*)?(\d{1,3})[ \t]*\.(?=[ \t]|$)/;
const BULLET = /^([ \t]*)(?:-[ \t]+)?/;

/** A paragraph start: `1. (C) text`, `¶2. text`, `- 11. (C) text`, or an unnumbered `(SBU) text`. */
export function matchParagraphStart(text: string, from = 0): ParagraphStart | undefined {
  const line = from ? text.slice(from) : text;
  const numbered = NUMBERED.exec(line);
  if (numbered) {
    const at = from + numbered[1].length;
    const bulletLength = /^(?:-[ \t]+)?/.exec(numbered[0].slice(numbered[1].length))![0].length;
    const numberAt = at + bulletLength;
    let i = numbered[0].length;
    while (line[i] === ' ' || line[i] === '\t') i++;
    const start: ParagraphStart = {
      at,
      number: { at: numberAt, end: from + numbered[0].length, value: +numbered[3], pilcrow: !!numbered[2] },
      contentAt: from + i,
    };
    const mark = parsePortionMark(line.slice(i));
    if (mark && /^(?:\s|$)/.test(line.slice(i + mark.length))) {
      start.mark = { at: from + i, length: mark.length, mark: mark.mark };
      i += mark.length;
      while (line[i] === ' ' || line[i] === '\t') i++;
      start.contentAt = from + i;
    }
    return start;
  }
  const bullet = BULLET.exec(line)!;
  const i = bullet[0].length;
  if (line[i] !== '(') return undefined;
  const mark = parsePortionMark(line.slice(i));
  if (!mark || !/^(?:\s|$)/.test(line.slice(i + mark.length))) return undefined;
  let j = i + mark.length;
  while (line[j] === ' ' || line[j] === '\t') j++;
  return { at: from + bullet[1].length, mark: { at: from + i, length: mark.length, mark: mark.mark }, contentAt: from + j };
}

/** `PAGE 02 ROME 01196 01 OF 02 082030Z`: page headers of printed cables, to be skipped. */
export const PAGE_ARTIFACT = /^\s*PAGE\s+\d{2,3}\s+[A-Z][A-Z ]*?\s+\d+\s+\d{2}\s+OF\s+\d{2}\s+\d{6}Z\s*/;

/** A classification repeated alone on a line (page headers, end of text). */
export const LONE_LEVEL = /^\s*(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)(?:\s+PTQ\d+)?\s*$/;

export const UNDERLINE = /^\s*[-=_]{3,}[-=_ \t]*$/;

const CAPTION_WORDS = new Map<string, string>([
  ['SIPDIS', 'SIPDIS'],
  ['NOFORN', 'NOFORN'],
  ['EXDIS', 'EXDIS'],
  ['NODIS', 'NODIS'],
  ['LIMDIS', 'LIMDIS'],
  ['STADIS', 'STADIS'],
  ['SENSITIVE', 'SENSITIVE'],
  ['SENSITIVEBUTUNCLASSIFIED', 'SENSITIVE'],
  ['SBU', 'SENSITIVE'],
  ['CORRECTEDCOPY', 'CORRECTED COPY'],
  ['EFTO', 'EFTO'],
  ['ROGER', 'ROGER'],
  ['CHEROKEE', 'CHEROKEE'],
  ['SPECIALHANDLING', 'SPECIAL HANDLING'],
  ['VISASVIPER', 'VISAS VIPER'],
  ['NOTFORINTERNETDISTRIBUTION', 'NOT FOR INTERNET DISTRIBUTION'],
]);

/** Caption names on a line made only of captions (`SIPDIS`, `C O R R E C T E D  C O P Y (...)`). */
export function captionNames(text: string): string[] | undefined {
  const head = text.replace(/\([^)]*\)\s*$/, '').trim();
  if (!head || head.length > 60 || /[a-z]/.test(head)) return undefined;
  const names: string[] = [];
  for (const part of head.split(/\s{2,}|,\s*|\s+(?=[A-Z]{2})/)) {
    const squashed = part.replace(/[\s.]/g, '');
    if (!squashed) continue;
    const name = CAPTION_WORDS.get(squashed);
    if (!name) return captionWhole(head);
    names.push(name);
  }
  return names.length ? names : undefined;
}

function captionWhole(head: string): string[] | undefined {
  const name = CAPTION_WORDS.get(head.replace(/[\s.,]/g, ''));
  return name ? [name] : undefined;
}
