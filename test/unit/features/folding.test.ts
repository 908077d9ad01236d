import * as assert from 'node:assert/strict';
import { parseCable } from '../../../server/src/service';
import { documentInfo, FoldingRange, foldingRanges } from '../../../server/src/service/features';
import { cable, seed, SMALL } from './helpers';

/** Pairs where one range starts inside another and ends after it: editors drop the later one. */
function crossings(ranges: readonly FoldingRange[]): string[] {
  const found: string[] = [];
  for (const a of ranges) {
    for (const b of ranges) {
      if (a.startLine < b.startLine && b.startLine <= a.endLine && b.endLine > a.endLine) found.push(`${a.startLine}-${a.endLine} x ${b.startLine}-${b.endLine}`);
    }
  }
  return found;
}

describe('foldingRanges', () => {
  it('folds the header, multi-line paragraphs and comment blocks of a small cable', () => {
    const ranges = foldingRanges(parseCable(SMALL));
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 11, kind: 'imports', collapsedText: 'Header' },
      { startLine: 15, endLine: 16, kind: 'region' },
      // The inline "Comment:" of paragraph 3 is the start its End Comment closes.
      { startLine: 21, endLine: 22, kind: 'comment' },
    ]);
  });

  it('pairs an end with the latest start of its own kind (End comment with Comment, not with Note)', () => {
    const ranges = foldingRanges(seed('04RANGOON1422.txt').model);
    assert.ok(ranges.some((r) => r.startLine === 39 && r.endLine === 42 && r.kind === 'comment'), JSON.stringify(ranges));
    assert.ok(!ranges.some((r) => r.startLine === 18 && r.kind === 'comment'), 'the unclosed "(note:" of paragraph 3 does not fold');
  });

  it('folds the web-page preamble, a summary block, quotations and sections', () => {
    const bangkok = foldingRanges(seed('06BANGKOK3955.txt').model);
    assert.equal(bangkok[0].startLine, 0);
    assert.equal(bangkok[0].kind, 'comment');
    assert.ok(bangkok.some((r) => r.startLine === 28 && r.endLine >= 80), 'the summary paragraph folds');

    const text = cable(
      'UNCLAS SECTION 01 OF 02 STATE 000123',
      '',
      'E.O. 12958: N/A',
      'TAGS: PREL',
      'SUBJECT: FOLDING',
      '',
      '1. (U) Summary: the first point.',
      '',
      '2. (U) The second point. End Summary.',
      '',
      '3. (U) A quotation follows.',
      '',
      'BEGIN TEXT:',
      'Quoted words',
      'END TEXT.',
      '',
      'UNCLAS SECTION 02 OF 02 STATE 000123',
      '',
      '2. (U) Second section.',
    );
    const ranges = foldingRanges(parseCable(text));
    assert.ok(ranges.some((r) => r.startLine === 6 && r.endLine === 8 && r.collapsedText === 'Summary'), JSON.stringify(ranges));
    assert.ok(ranges.some((r) => r.startLine === 12 && r.endLine === 14 && r.kind === 'region'), 'quotation');
    assert.ok(ranges.some((r) => r.startLine === 16 && r.endLine === 18 && r.kind === 'region'), 'second section');
    const starts = ranges.map((r) => r.startLine);
    assert.deepEqual(starts, [...new Set(starts)].sort((a, b) => a - b), 'one range per start line, in order');
  });

  it('keeps the rule over a framed heading out of the paragraph before it, and out of the paragraphs', () => {
    // -------- / SUMMARY / --------: the top rule was folded away with paragraph 1 (crossing the
    // summary fold, which editors then drop) and the first one was a paragraph of its own.
    const text = cable(
      'UNCLAS STATE 000123',
      '',
      'E.O. 12958: N/A',
      'TAGS: PREL',
      'SUBJECT: FRAMED HEADINGS',
      '',
      '-------',
      'SUMMARY',
      '-------',
      '',
      '1. (U) The first point',
      'runs on. END SUMMARY.',
      '',
      '----------',
      'BACKGROUND',
      '----------',
      '',
      '2. (U) The second point',
      'runs on too.',
      '',
      '-----------------------',
      'THE LAST POINT ---------',
      '',
      '3. (U) The third point.',
    );
    const model = parseCable(text);
    assert.deepEqual(
      foldingRanges(model).filter((r) => r.kind === 'region'),
      [
        { startLine: 7, endLine: 11, kind: 'region', collapsedText: 'Summary' },
        { startLine: 10, endLine: 11, kind: 'region' },
        { startLine: 17, endLine: 18, kind: 'region' },
      ],
    );
    assert.deepEqual(
      documentInfo(model).paragraphs.map((p) => p.line),
      [10, 17, 23],
    );
  });

  it("ends a paragraph's fold at its own last line, before a two-line framed heading and a page break", () => {
    // The fold of paragraph 1 hid the rule and the heading's first title line; that of paragraph 2
    // the page break and the rule under a title it split from its underline.
    const text = cable(
      'CONFIDENTIAL TUNIS 000325',
      '',
      'E.O. 12958: DECL: 08/29/2011',
      'TAGS: PGOV, TS',
      'SUBJECT: CABINET CHANGES',
      '',
      '1. (C) The minister spoke',
      'at length. END SUMMARY.',
      '',
      '----------------------------',
      'INCREASINGLY TECHNOCRATIC',
      'CABINET--FOR BETTER OR WORSE',
      '----------------------------',
      '',
      '2. (C) There has been speculation',
      'about the changes.',
      '                       CONFIDENTIAL',
      '',
      'PAGE 02        TUNIS  00325  01 OF 02  090857Z',
      '----------------------------',
      '3. (C) The talks go on.',
    );
    assert.deepEqual(
      foldingRanges(parseCable(text)).filter((r) => r.kind === 'region'),
      [
        { startLine: 6, endLine: 7, kind: 'region' },
        { startLine: 14, endLine: 15, kind: 'region' },
      ],
    );
  });

  it('nests a comment that starts inside one paragraph and ends inside the next, shortening whichever fold loses fewer lines', () => {
    // Paragraph 2 (9-12) and the comment (11-15) crossed, and so did the comment and paragraph 3
    // (14-16): VS Code drops a range that crosses an earlier one, so the comment fold vanished.
    const text = cable(
      'UNCLAS STATE 000123',
      '',
      'E.O. 12958: N/A',
      'TAGS: PREL',
      'SUBJECT: CROSSING FOLDS',
      '',
      '1. (U) The first point',
      'runs on.',
      '',
      '2. (U) The second point',
      'runs on for a line',
      'and another. Comment: the comment starts here',
      'and runs on.',
      '',
      '3. (U) The comment goes on',
      'over two lines. End comment.',
      'The third paragraph runs on.',
      '',
      'SMITH',
    );
    const ranges = foldingRanges(parseCable(text));
    assert.deepEqual(crossings(ranges), []);
    assert.deepEqual(
      ranges.filter((r) => r.startLine > 5),
      [
        { startLine: 6, endLine: 7, kind: 'region' },
        // Paragraph 2 gives up its last two lines (ending before the comment would cost the comment three).
        { startLine: 9, endLine: 10, kind: 'region' },
        { startLine: 11, endLine: 15, kind: 'comment' },
        // Paragraph 3 gives up the one line after End comment.
        { startLine: 14, endLine: 15, kind: 'region' },
      ],
    );
  });

  it('never returns a range of one line or one that crosses another, on the seed cables', () => {
    for (const name of ['04RANGOON1422.txt', '06BANGKOK3955.txt'] as const) {
      const ranges = foldingRanges(seed(name).model);
      assert.deepEqual(crossings(ranges), [], name);
      assert.ok(ranges.every((r) => r.endLine > r.startLine), name);
    }
  });
});
