import * as assert from 'node:assert/strict';
import { createVocabulary, parseCable } from '../../../server/src/service';
import { Hover, hover } from '../../../server/src/service/features';
import { at, cable, SMALL } from './helpers';

const vocabulary = createVocabulary(['POLICY']);

function hoverAt(text: string, marker: string, offset = 0, date?: { year: number; month: number; day: number }): Hover | undefined {
  return hover(parseCable(text, { date }), at(text, marker, offset), vocabulary);
}

function valueAt(text: string, marker: string, offset = 0, date?: { year: number; month: number; day: number }): string {
  const found = hoverAt(text, marker, offset, date);
  assert.ok(found, `no hover at ${marker}`);
  assert.equal(found.contents.kind, 'markdown');
  return found.contents.value;
}

const OLD = cable('C O N F I D E N T I A L STATE 000001', '', 'E.O. 12958: DECL: 1.6X6', 'TAGS: PHUMPGOV, XYZQ, POLICY', 'SUBJECT: X', '', '1. (S//NF) Text.', '', '2. ( C ) More text.');

describe('hover', () => {
  it('gives a TAG its kind and meaning, over the exact token', () => {
    const found = hoverAt(SMALL, 'PHUM', 2)!;
    assert.equal(found.contents.value, '**PHUM** (subject tag): Human rights conditions');
    assert.deepEqual(found.range, { start: at(SMALL, 'PHUM'), end: at(SMALL, 'PHUM', 4) });
    assert.equal(valueAt(SMALL, 'TH\n'), '**TH** (geographic tag): Thailand');
    assert.match(valueAt(OLD, 'POLICY'), /added by your configuration/i);
  });

  it('says what is wrong with a TAG it does not know', () => {
    assert.equal(valueAt(OLD, 'PHUMPGOV'), '**PHUMPGOV** is not a TAG: it looks like `PHUM` + `PGOV` run together.');
    assert.match(valueAt(OLD, 'XYZQ'), /^\*\*XYZQ\*\* is not a known TAG\./);
  });

  it('offers the codes a half-typed TAG begins before near spellings', () => {
    const typing = cable('UNCLAS BANGKOK 000001', '', 'E.O. 12958: N/A', 'TAGS: PHUM, PR', 'SUBJECT: X');
    assert.equal(valueAt(typing, 'PR\n'), '**PR** is not a known TAG. Did you mean `PREL`, `PREF`, `PROP`?');
  });

  it('describes portion marks, their controls and a nonstandard spelling', () => {
    assert.equal(valueAt(SMALL, '(C) Summary', 1), '**(C)** portion mark. Confidential: unauthorized disclosure could damage national security.');
    assert.match(valueAt(SMALL, '(U) A SMALL'), /^\*\*\(U\)\*\* portion mark\. Unclassified\./);
    assert.match(valueAt(OLD, '(S//NF)', 3), /Secret.*\n\nControls: NOFORN: not releasable to foreign nationals\./s);
    assert.match(valueAt(OLD, '( C )', 2), /Written `\( C \)`; the standard spelling is `\(C\)`\./);
  });

  it('describes the banner level and section', () => {
    assert.match(valueAt(SMALL, 'C O N F'), /^\*\*CONFIDENTIAL\*\* banner\. Confidential/);
    assert.match(valueAt(cable('UNCLAS SECTION 01 OF 02 STATE 000001'), 'UNCLAS'), /Section 1 of 2\./);
  });

  it('explains the E.O. line: the order, its years in force, and the DECL instruction', () => {
    const order = hoverAt(SMALL, '12958', 1)!;
    assert.deepEqual(order.range, { start: at(SMALL, '12958'), end: at(SMALL, '12958', 5) });
    assert.match(order.contents.value, /in force 14 October 1995 to 21 September 2003/);
    assert.match(order.contents.value, /Declassify on 5 July 2016 \(07\/05\/2016\)\./);
    const decl = hoverAt(SMALL, '07/05/2016', 3)!;
    assert.deepEqual(decl.range, { start: at(SMALL, '07/05/2016'), end: at(SMALL, '07/05/2016', 10) });
  });

  it('explains exemptions, OADR and N/A, and the order in force on the cable date', () => {
    const x6 = valueAt(OLD, 'X6', 0, { year: 2001, month: 3, day: 1 });
    assert.match(x6, /On the cable date \(1 March 2001\) the order in force was E\.O\. 12958/);
    assert.match(x6, /`X6`: exempt from declassification at 10 years/);
    const later = cable('S E C R E T STATE 000001', '', 'E.O. 13526: DECL: 25X1, 50X1-HUM');
    assert.match(valueAt(later, '25X1'), /`25X1`: exempt from automatic declassification at 25 years/);
    assert.match(valueAt(later, '25X1'), /`50X1-HUM`: exempt from declassification at 50 years/);
    assert.match(valueAt(cable('S E C R E T STATE 000001', '', 'E.O. 12356: DECL: OADR'), 'OADR'), /Originating Agency's Determination Required/);
    assert.match(valueAt(cable('UNCLAS STATE 000001', '', 'E.O. 12958: N/A'), 'N/A'), /not classified/);
    assert.match(valueAt(cable('UNCLAS STATE 000001', '', 'E.O. 12598: N/A'), '12598'), /not an executive order on classification/);
  });

  it('gives the meaning of each Classified By reason letter', () => {
    assert.equal(valueAt(SMALL, '(b)', 1), '**1.4 (b)**: information received in confidence from a foreign government.');
    const all = valueAt(SMALL, '1.4 (b)');
    assert.match(all, /^Reasons of section 1\.4/);
    assert.match(all, /- \*\*1\.4 \(d\)\*\*: U\.S\. foreign relations/);
    const old = cable('C O N F I D E N T I A L STATE 000001', '', 'E.O. 12958: DECL: 01/01/2008', 'TAGS: PREL', 'SUBJECT: X', '', 'Classified By: A. Person for reasons 1.5 (h).');
    assert.equal(valueAt(old, '(h)', 1), '**1.5 (h)**: not a reason under section 1.5.');
  });

  it('names no reason for a letter of a section that lists none, and suggests the section in use', () => {
    // Only 1.4 and 1.5 list reasons by letter; 1.4's meanings were given for any other section.
    const wrongSection = cable('C O N F I D E N T I A L STATE 000001', '', 'E.O. 12958: DECL: 01/01/2008', 'TAGS: PREL', 'SUBJECT: X', '', 'Classified By: A. Person for reasons 1.6 (b).');
    assert.equal(valueAt(wrongSection, '(b)', 1), '**1.6 (b)**: not a reason under section 1.6.');
    // A cable citing 1.5 without letters is not told to cite 1.4; nor one dated before the 2003 amendment.
    const noLetters = (reasons: string) => cable('C O N F I D E N T I A L STATE 000001', '', 'E.O. 12958: DECL: 01/01/2008', 'TAGS: PREL', 'SUBJECT: X', '', `Classified By: A. Person for reasons ${reasons}.`);
    assert.equal(valueAt(noLetters('1.5'), 'Classified'), 'No reason letters found; cite them as `1.5 (b) and (d)`.');
    assert.equal(valueAt(noLetters('given'), 'Classified', 0, { year: 2001, month: 3, day: 1 }), 'No reason letters found; cite them as `1.5 (b) and (d)`.');
    assert.equal(valueAt(noLetters('given'), 'Classified'), 'No reason letters found; cite them as `1.4 (b) and (d)`.');
  });

  it('shows what a REF citation points at', () => {
    assert.equal(valueAt(SMALL, 'ref b', 1), '**REF B**: STATE 22222');
    assert.equal(valueAt(cable('UNCLAS STATE 000001', '', 'REF: A. STATE 1', '', '1. (U) As ref c says.'), 'ref c'), '**REF C** is not in the REF list.');
  });

  it('shows for a REF item named by post and number what a citation of it shows', () => {
    const text = cable('UNCLAS WELLINGTON 000900', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: X', 'REF: A. STATE 1', '     B. 05 WELLINGTON 847', '', '1. (U) Post reported in Wellington 847 (ref a, ref b).');
    const found = hoverAt(text, 'Wellington 847', 12)!;
    assert.equal(found.contents.value, '**REF B**: 05 WELLINGTON 847');
    assert.equal(found.contents.value, valueAt(text, 'ref b', 1));
    assert.deepEqual(found.range, { start: at(text, 'Wellington 847'), end: at(text, 'Wellington 847', 14) });
    assert.equal(hoverAt(text, 'Post reported'), undefined);
  });

  it('gives every control a portion mark may carry a meaning, not just its code', () => {
    const marks = cable('S E C R E T STATE 000001', '', 'E.O. 12356: DECL: OADR', 'TAGS: PREL', 'SUBJECT: X', '', '1. (S/NF/NC/ORCON) Text.', '', '2. (C//FGI//PROPIN) Text.', '', '3. (U//FOUO) Text.', '', '4. (C//REL TO USA, GBR) Text.');
    assert.match(valueAt(marks, '(S/NF', 1), /\n\nControls: NOFORN: not releasable to foreign nationals; NOCONTRACT: not releasable to contractors or consultants; ORCON: dissemination and extraction controlled by the originator\.$/);
    assert.match(valueAt(marks, '(C//FGI', 1), /\n\nControls: FGI: foreign government information; PROPIN: proprietary information\.$/);
    assert.match(valueAt(marks, '(U//FOUO', 1), /\n\nControls: FOUO: for official use only\.$/);
    assert.match(valueAt(marks, '(C//REL', 1), /\n\nControls: releasable to USA, GBR\.$/);
  });

  it('says what each caption line means', () => {
    const text = cable('UNCLAS STATE 000001', '', 'SIPDIS', '', 'SENSITIVE/NOFORN', '', 'CORRECTED COPY (TEXT)', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: X', '', '1. (SBU) Text.');
    const sipdis = hoverAt(text, 'SIPDIS', 2)!;
    assert.equal(sipdis.contents.value, "**SIPDIS** caption: SIPRNet distribution; the cable may be shared with other agencies over SIPRNet, the U.S. government's Secret-level network.");
    assert.deepEqual(sipdis.range, { start: at(text, 'SIPDIS'), end: at(text, 'SIPDIS', 6) });
    // Two captions on one line: both meanings.
    assert.equal(
      valueAt(text, 'NOFORN'),
      '**SENSITIVE** caption: Sensitive But Unclassified (SBU); under an `UNCLAS` banner the cable is SBU.\n\n**NOFORN** caption: not releasable to foreign nationals.',
    );
    assert.match(valueAt(text, 'CORRECTED'), /^\*\*CORRECTED COPY\*\* caption: /);
    for (const caption of ['EXDIS', 'NODIS', 'LIMDIS', 'STADIS', 'EFTO']) {
      const one = cable('C O N F I D E N T I A L STATE 000001', '', caption, '', 'E.O. 12958: DECL: 01/01/2015', 'TAGS: PREL', 'SUBJECT: X');
      assert.match(valueAt(one, caption, 1), new RegExp(`^\\*\\*${caption}\\*\\* caption: \\S`), caption);
    }
    // A caption on the banner line, spaced out like the level.
    const banner = cable('UNCLAS E F T O STATE 000001', '', 'E.O. 12356: N/A', 'TAGS: PREL', 'SUBJECT: X');
    const efto = hoverAt(banner, 'F T O')!;
    assert.match(efto.contents.value, /^\*\*EFTO\*\* caption: Encrypt For Transmission Only; /);
    assert.deepEqual(efto.range, { start: at(banner, 'E F T O'), end: at(banner, 'E F T O', 7) });
  });

  it('gives a REF item the cable id it reads as and how often the text cites it', () => {
    const text = cable('UNCLAS WELLINGTON 000900', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: X', 'REF: A. STATE 1', '     B. 05 WELLINGTON 847', '     C. 05 WELLINGTON 900', '', '1. (U) Post reported in Wellington 847 (ref a, ref b).');
    const b = hoverAt(text, 'B. 05', 5)!;
    // Once by letter, once by post and number.
    assert.equal(b.contents.value, '**REF B**: cable 05WELLINGTON847, cited 2 times in the text.');
    assert.deepEqual(b.range.start, at(text, 'B. 05'));
    assert.equal(valueAt(text, 'B. 05'), b.contents.value, 'on the letter too');
    // No year anywhere to date STATE 1: no id.
    assert.equal(valueAt(text, 'A. STATE', 4), '**REF A**: STATE 1 (not read as a cable id), cited once in the text.');
    assert.equal(valueAt(text, 'C. 05', 5), '**REF C**: cable 05WELLINGTON900, not cited in the text.');
    // A bare reftel among several items may be any of them, as ref-unused allows.
    const bare = text.replace('(ref a, ref b).', '(ref a, ref b), as reftel said.');
    assert.equal(valueAt(bare, 'C. 05', 5), '**REF C**: cable 05WELLINGTON900, not cited in the text. A bare `reftel` in the text may mean it too.');
  });

  it('has nothing to say about ordinary text', () => {
    assert.equal(hoverAt(SMALL, 'Both'), undefined);
    assert.equal(hover(parseCable(SMALL), { line: 999, character: 0 }, vocabulary), undefined);
  });
});
