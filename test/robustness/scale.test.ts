// The hang check at scale: degenerate documents of about a megabyte (one huge line of citations,
// marks or tags; 30,000 to 100,000 short lines of one kind) parse, lint, outline and fold within the same
// budget as everything else (200 ms + 2 ms/KB of CPU). Small generated cases cannot show
// quadratic work; these sizes do.
import * as assert from 'node:assert/strict';
import { lintModel, parseCable } from '../../server/src/service';
import { documentSymbols, foldingRanges, formatText, MAX_FIX_PASSES } from '../../server/src/service/features';
import { timeBudgetMs } from './checks';
import { blankLines, GOOD_CABLE, manyRefItems, nestedBeginText, oneLongLine } from './hostileInputs';

const MB = 1024 * 1024;
const HEAD = GOOD_CABLE.slice(0, GOOD_CABLE.indexOf('1. (U)'));
const line = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length));
const lines = (unit: string, count = 30000) => Array.from({ length: count }, (_, i) => unit.replace('#', String(i + 1))).join('\n');

const DEGENERATE: Array<[string, () => string]> = [
  ['a 1 MB line of citations and redactions', () => oneLongLine(MB)],
  ['a 1 MB line of portion marks', () => HEAD + line('(C) (S//NF) ( c ) ')],
  ['a 1 MB line of pilcrow numbers', () => HEAD + line('\u00b61. 11. ')],
  ['a 1 MB TAGS line', () => 'UNCLAS\n\nTAGS: ' + line('PREL, PHUMPGOV, XYZZ ') + '\nSUBJECT: X\n'],
  ['a 1 MB SUBJECT line', () => 'UNCLAS\n\nTAGS: PREL\nSUBJECT: ' + line('(C) WHERE IS IT? ') + '\n'],
  ['a 1 MB banner line', () => 'C O N F I D E N T I A L ' + line('SECTION 01 OF 02 ') + '\n'],
  ['a 1 MB REF line', () => HEAD.replace('SUBJECT', 'REF: ' + line('A. STATE 12 B. RANGOON 1370 ') + '\nSUBJECT')],
  ['a 1 MB line of summary and comment markers', () => HEAD + line('End Summary. (Comment: x. End comment.) BEGIN TEXT: END TEXT. ')],
  ['a 1 MB line of spaces and tabs', () => HEAD + line(' \t\u00a0')],
  ['a 1 MB line of dashes', () => HEAD + 'SUMMARY\n' + line('-')],
  ['100,000 blank lines', () => blankLines(100000)],
  ['30,000 numbered paragraphs, out of order', () => HEAD + lines('#. (C) Text REF A.').split('\n').reverse().join('\n\n')],
  ['30,000 section banners', () => lines('C O N F I D E N T I A L SECTION # OF 03 RANGOON 001422\n\n1. (C) Text.')],
  ['30,000 caption lines', () => 'S E C R E T STATE 012345\n' + lines('NOFORN')],
  ['30,000 E.O., TAGS and SUBJECT lines', () => 'UNCLAS\n' + lines('E.O. 12958: DECL: 13/45/2014\nTAGS: PREL\nSUBJECT: #')],
  ['30,000 heading underlines', () => HEAD + lines('HEADING #\n-------')],
  ['30,000 unmatched end markers', () => HEAD + lines('End Summary.\nEnd Comment.\nEND TEXT.')],
  ['50,000 redactions, each before a different End Note', () => HEAD + lines('XXXXXXXXXXXX\nEnd Note #.', 50000)],
  ['10,000 REF items', () => manyRefItems(10000)],
  ['10,000 nested BEGIN TEXT', () => nestedBeginText(10000)],
];

function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('degenerate documents stay within the time budget', function () {
  this.timeout(300000);
  for (const [name, make] of DEGENERATE) {
    it(name, () => {
      const text = make();
      const budget = timeBudgetMs(text);
      const checked = cpuMs(() => {
        const model = parseCable(text);
        lintModel(model);
        documentSymbols(model);
        foldingRanges(model);
      });
      // Formatting lints up to MAX_FIX_PASSES more times.
      const formatted = cpuMs(() => formatText(text));
      console.log(`      ${(text.length / MB).toFixed(1)} MB: checked in ${checked.toFixed(0)} ms, formatted in ${formatted.toFixed(0)} ms (budget ${budget.toFixed(0)} ms)`);
      assert.ok(checked <= budget, `parse + lint + outline + folding took ${checked.toFixed(0)} ms of CPU, over ${budget.toFixed(0)} ms`);
      assert.ok(formatted <= budget * (MAX_FIX_PASSES + 1), `formatting took ${formatted.toFixed(0)} ms of CPU, over ${(budget * (MAX_FIX_PASSES + 1)).toFixed(0)} ms`);
    });
  }
});
