// The cable model as the rules see it: the two seed cables field by field, and small fixtures for
// the routing headers, multi-section cables, quotations, line endings and the paragraph-start
// cases the numbering rule depends on.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CableModel, parseCable, Range } from '../../server/src/service';
import { dedent } from '../support/annotated';

const root = join(__dirname, '..', '..', '..');
const seed = (name: string) => readFileSync(join(root, 'seeds', name), 'utf8');

/** The text a range covers (single-line ranges). */
function at(model: CableModel, range: Range): string {
  assert.equal(range.start.line, range.end.line, 'single-line range expected');
  return model.lines.lines[range.start.line].slice(range.start.character, range.end.character);
}

function paragraphNumbers(model: CableModel): number[] {
  return model.paragraphs.filter((p) => p.number).map((p) => p.number!.value);
}

describe('parseCable', () => {
  describe('the Rangoon seed (04RANGOON1422, a partial extract)', () => {
    const model = parseCable(seed('04RANGOON1422.txt'), { fileName: 'seeds/04RANGOON1422.txt' });

    it('reads the extract notice and the banner: level, section, post and serial', () => {
      assert.ok(model.preamble?.extractNotice);
      assert.equal(model.routing, undefined);
      assert.equal(model.banners.length, 1);
      const banner = model.banners[0];
      assert.equal(banner.level, 'C');
      assert.equal(banner.levelText.text, 'C O N F I D E N T I A L');
      assert.equal(banner.section?.number.value, 1);
      assert.equal(banner.section?.total.value, 2);
      assert.equal(at(model, banner.section!.range), 'SECTION 01 OF 02');
      assert.equal(banner.post?.text, 'RANGOON');
      assert.equal(banner.serial?.text, '001422');
      assert.deepEqual(model.classification, { level: 'C', caveats: [], source: 'banner' });
      assert.deepEqual(model.captions.map((c) => c.name), ['SIPDIS']);
    });

    it('reads the E.O. line, TAGS and the SUBJECT that shares the TAGS line', () => {
      assert.equal(model.eoLines.length, 1);
      const eo = model.eoLines[0];
      assert.equal(eo.keyword.text, 'E.O.');
      assert.equal(eo.order?.text, '12958');
      assert.ok(eo.colon);
      assert.equal(eo.decl?.text, '11/02/2014');
      assert.equal(at(model, eo.decl!.range), '11/02/2014');
      assert.deepEqual(model.tags[0].tokens.map((t) => t.text), ['PHUM', 'ELAB', 'PGOV', 'EAID', 'BM']);
      assert.deepEqual(model.tags[0].tokens.map((t) => at(model, t.range)), ['PHUM', 'ELAB', 'PGOV', 'EAID', 'BM']);
      assert.equal(model.subjects[0].text, 'MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION');
      assert.equal(model.subjects[0].keyword.text, 'SUBJECT:');
    });

    it('reads the REF items, split by a garbled pilcrow, with cable ids from the file name year', () => {
      const items = model.refs!.items;
      assert.deepEqual(items.map((i) => i.letter?.text), ['A.', 'B.']);
      assert.deepEqual(items.map((i) => i.text), ['RANGOON 1370', 'RANGOON 1357']);
      assert.deepEqual(items.map((i) => i.id), ['04RANGOON1370', '04RANGOON1357']);
      assert.equal(model.idYear, 2004);
    });

    it('reads Classified By with section 1.4 and letters b, d', () => {
      const by = model.classifiedBy!;
      assert.equal(by.keyword.text, 'Classified By:');
      assert.equal(by.section?.text, '1.4');
      assert.deepEqual(by.letters.map((l) => l.text), ['b', 'd']);
    });

    it('reads the paragraphs: garbled numbers as written, marks, first lines', () => {
      const paragraphs = model.paragraphs.map((p) => ({ line: p.range.start.line + 1, number: p.number?.text, mark: p.mark?.level }));
      assert.deepEqual(paragraphs, [
        { line: 17, number: '11.', mark: 'C' },
        { line: 18, number: undefined, mark: 'U' },
        { line: 19, number: '13.', mark: 'U' },
        { line: 26, number: undefined, mark: 'SBU' },
        { line: 30, number: undefined, mark: 'SBU' },
        { line: 34, number: '17.', mark: 'SBU' },
        { line: 38, number: '18.', mark: 'C' },
        { line: 42, number: '19.', mark: 'C' },
        { line: 43, number: '110.', mark: 'C' },
      ]);
      assert.ok(model.paragraphs.every((p) => !p.quoted && p.section === 0));
      assert.equal(model.paragraphs[0].lead.slice(0, 8), 'Summary:');
    });

    it('reads the headings between paragraphs', () => {
      assert.deepEqual(model.headings.map((h) => h.text), [
        'New Burmese Prime Minister Opens Ministerial Conference',
        'Comprehensive Memorandum of Understanding (MOU)',
        'Action Plan Linked to MOU',
        'Atmospherics: Chinese and Thai are Most Important Players',
        'Comment: And the Burmese Government Also Benefits',
      ]);
    });

    it('reads the summary and comment markers', () => {
      const markers = model.markers.map((m) => `${m.kind} ${m.range.start.line + 1} ${m.text}`);
      assert.deepEqual(markers, [
        'summary-start 17 Summary',
        'summary-end 17 End Summary',
        'comment-start 19 note',
        'comment-start 40 Comment',
        'comment-start 42 Note',
        'comment-end 42 End note',
        'comment-end 43 End comment',
      ]);
    });

    it('reads the in-text citations (ref b) and (ref a)', () => {
      assert.deepEqual(model.citations.map((c) => [c.text, c.letters.map((l) => l.text)]), [['ref b', ['b']], ['ref a', ['a']]]);
      assert.deepEqual(model.citations.map((c) => at(model, c.range)), ['ref b', 'ref a']);
    });
  });

  describe('the Bangkok seed (06BANGKOK3955, a cables.csv row inside a web page)', () => {
    const model = parseCable(seed('06BANGKOK3955.txt'), { fileName: 'seeds/06BANGKOK3955.txt' });

    it('reads the metadata row: refid, date and classification', () => {
      const row = model.preamble!.metadata!;
      assert.equal(row.refid?.text, '06BANGKOK3955');
      assert.deepEqual(row.date?.value, { year: 2006, month: 7, day: 5 });
      assert.equal(row.classification?.text, 'UNCLASSIFIED');
      assert.equal(row.classification?.level, 'U');
      assert.deepEqual(model.classification, { level: 'U', caveats: [], source: 'metadata' });
      assert.deepEqual(model.date?.value, { year: 2006, month: 7, day: 5 });
    });

    it('has no banner, and an E.O. line with N/A', () => {
      assert.deepEqual(model.banners, []);
      assert.equal(model.eoLines.length, 1);
      assert.equal(model.eoLines[0].notApplicable?.text, 'N/A');
      assert.equal(model.eoLines[0].decl, undefined);
    });

    it('reads paragraphs 1 to 13 in order, and none of the (1)-(19) recommendations', () => {
      assert.deepEqual(paragraphNumbers(model), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
      const recommendations = model.lines.lines.map((l, i) => [l, i] as const).filter(([l]) => /^\(\d+\) /.test(l));
      assert.equal(recommendations.length, 19);
      for (const [, line] of recommendations) assert.ok(!model.paragraphs.some((p) => p.range.start.line === line), `line ${line + 1} is no paragraph start`);
    });

    it('reads the summary markers', () => {
      assert.deepEqual(model.markers.map((m) => `${m.kind} ${m.text}`), ['summary-start Summary', 'summary-end End Summary']);
    });
  });

  describe('routing headers', () => {
    it('reads an ACP-127 header: its date-time group and the ZNY CCCCC security line', () => {
      const model = parseCable(dedent(`
        VZCZCXYZ0008
        PP RUEHWEB
        DE RUEHMD #4314/01 3571155
        ZNY CCCCC ZZH
        P 231155Z DEC 05
        FM AMEMBASSY MADRID
        TO RUEHC/SECSTATE WASHDC PRIORITY 8478

        C O N F I D E N T I A L MADRID 004314

        E.O. 12958: DECL: 12/21/2015
        TAGS: PREL, SP
        SUBJECT: AMBASSADOR'S MEETING WITH FM MORATINOS

        1. (C) The Ambassador called on the Foreign Minister.
      `));
      const routing = model.routing!;
      assert.equal(routing.kind, 'acp127');
      assert.equal(routing.range.start.line, 0);
      assert.equal(routing.range.end.line, 6);
      assert.equal(routing.dtg?.text, '231155Z DEC 05');
      assert.deepEqual([routing.dtg?.day, routing.dtg?.hour, routing.dtg?.minute, routing.dtg?.month, routing.dtg?.year], [23, 11, 55, 12, 2005]);
      assert.equal(routing.security?.text, 'CCCCC');
      assert.equal(routing.security?.level, 'C');
      assert.deepEqual(model.date, { value: { year: 2005, month: 12, day: 23 }, source: 'dtg' });
      assert.equal(model.banners[0].level, 'C');
      assert.deepEqual(paragraphNumbers(model), [1]);
    });

    it('reads an ACP-126 header', () => {
      const model = parseCable(dedent(`
        R 150750Z OCT 01
        FM AMEMBASSY GABORONE
        TO SECSTATE WASHDC 7233
        INFO SADC COLLECTIVE

        UNCLAS SECTION 01 OF 02 GABORONE 003355

        E.O. 12958: N/A
        TAGS: ECON, BC
        SUBJECT: DIAMOND REVENUES

        1. The mining sector grew.

        2. The government welcomed it.
      `));
      assert.equal(model.routing?.kind, 'acp126');
      assert.equal(model.routing?.security, undefined);
      assert.deepEqual(model.date, { value: { year: 2001, month: 10, day: 15 }, source: 'dtg' });
      assert.equal(model.banners[0].level, 'U');
      assert.equal(model.banners[0].post?.text, 'GABORONE');
      assert.deepEqual(paragraphNumbers(model), [1, 2]);
    });

    it('reads a date-time group followed by an operating signal (ZDK, ZFF4, ZFF-4) and its text', () => {
      for (const line of ['O R 181205Z NOV 75 ZFF4', 'P 181205Z NOV 75 ZFF-4', 'O 181205Z NOV 75 ZDK ', 'O 181205Z NOV 75 ZDS CTG RUEHSD 0020 1580042']) {
        const model = parseCable(dedent(`
          ${line}
          FM AMEMBASSY LIBREVILLE
          TO SECSTATE WASHDC IMMEDIATE 7102

          C O N F I D E N T I A L LIBREVILLE 1895
        `));
        assert.equal(model.routing?.range.end.line, 2, line);
        assert.equal(model.routing?.dtg?.text, '181205Z NOV 75', line);
        assert.deepEqual(model.date, { value: { year: 1975, month: 11, day: 18 }, source: 'dtg' }, line);
      }
    });

    it('reads a date-time group followed by a corrected-copy note', () => {
      const model = parseCable(dedent(`
        ZNY CCCCC ZZH
        O R 041614Z FEB 10     (CCY ADX1C30B8 ICTOQ0621-623)
        FM AMEMBASSY BUENOS AIRES

        C O N F I D E N T I A L BUENOS AIRES 000071
      `));
      assert.equal(model.routing?.dtg?.text, '041614Z FEB 10');
      assert.deepEqual(model.date, { value: { year: 2010, month: 2, day: 4 }, source: 'dtg' });
    });

    it('reads routing indicators that wrap below the precedence line, up to the security and date-time lines', () => {
      const model = parseCable(dedent(`
        VZCZCXRO6392
        PP RUEHAG RUEHAST RUEHDA RUEHDF RUEHFL RUEHIK RUEHKW RUEHLA RUEHLN
        RUEHLZ RUEHPOD RHMCSUU RUEKJCS
        RUCNDT
        DE RUEHMD #0865/01 2181445
        ZNY SSSSS ZZH
        P 051445Z AUG 08 ZDK
        FM AMEMBASSY MADRID
        TO RUEHC/SECSTATE WASHDC PRIORITY 5208

        S E C R E T MADRID 000865
      `));
      assert.equal(model.routing?.kind, 'acp127');
      assert.equal(model.routing?.range.end.line, 8);
      assert.equal(model.routing?.security?.level, 'S');
      assert.equal(model.routing?.dtg?.text, '051445Z AUG 08');
      assert.deepEqual(model.date, { value: { year: 2008, month: 8, day: 5 }, source: 'dtg' });
    });

    it('takes a line of routing indicators only right below the precedence line or its wrapped lines', () => {
      // Each header, and the first and last line of the routing header read from it.
      const cases: [string, number, number][] = [
        ['RUEHLZ RUEHPOD RUEHROV\nDE RUEHMD #0865/01 2181445\nP 051445Z AUG 08', 1, 2],
        ['VZCZCXRO6392\nRUEHLZ RUEHPOD RUEHROV\nP 051445Z AUG 08', 0, 0],
        ['P 051445Z AUG 08\nFM AMEMBASSY MADRID\nRUSSELL\nZNY SSSSS ZZH', 0, 1],
        ['PP RUEHAG RUEHAST\n\nRUEHLZ RUEHPOD\nP 051445Z AUG 08', 0, 0],
        ['PP RUEHAG RUEHAST\nRUEHLZ RUEHPOD 0865\nP 051445Z AUG 08', 0, 0],
      ];
      for (const [header, first, last] of cases) {
        const model = parseCable(`${header}\n\nUNCLAS MADRID 000865\n`);
        assert.deepEqual([model.routing?.range.start.line, model.routing?.range.end.line], [first, last], header);
      }
    });

    it('reads an address list whose lines carry routing indicators of any length (RUEHLO/, RHEHAAA/)', () => {
      const model = parseCable(dedent(`
        VZCZCXYZ0015
        PP RUEHWEB
        DE RUEHAK #4688/01 2231453
        ZNY CCCCC ZZH
        P 111453Z AUG 06
        FM AMEMBASSY ANKARA
        TO RUEHC/SECSTATE WASHDC PRIORITY 7906
        INFO RUEHBS/AMEMBASSY BRUSSELS PRIORITY 5386
        RUEHLO/AMEMBASSY LONDON PRIORITY 3053
        RUEKJCS/SECDEF WASHINGTON DC PRIORITY
        RHEHAAA/NATIONAL SECURITY COUNCIL WASHINGTON DC
        RUCNDT/USMISSION USUN NEW YORK PRIORITY 0075
        ZEN/AMCONSUL ADANA

        C O N F I D E N T I A L ANKARA 004688

        PARIS FOR SMITH

        E.O. 12958: DECL: 08/08/2021
        TAGS: PGOV, TU
        SUBJECT: THE FOREIGN POLICY SPLIT

        1. (C) The circle grew.
      `));
      assert.equal(model.routing?.range.end.line, 12);
      assert.deepEqual(model.addressees.map((a) => a.text), ['PARIS FOR SMITH']);
      assert.equal(model.banners[0].range.start.line, 14);
      assert.deepEqual(model.date, { value: { year: 2006, month: 8, day: 11 }, source: 'dtg' });
    });

    it('reads an address list that goes on in plain lines (collectives, commands, XMT)', () => {
      const model = parseCable(dedent(`
        O 101414Z APR 02
        FM AMEMBASSY MUSCAT
        TO SECSTATE WASHDC IMMEDIATE 4663
        INFO ARAB ISRAELI COLLECTIVE PRIORITY
        JCS WASH DC
        USCINCCENT MACDILL AFB FL PRIORITY
        SPECIAL EMBASSY PROGRAM
        CIA WASHINGTON DC//NHTC// 0000
        XMT USINT HAVANA

        C O N F I D E N T I A L MUSCAT 000730

        LONDON FOR GOLDRICH, PARIS FOR OFRIEL

        E.O. 12958: DECL: 04/10/2012
        TAGS: PREL, MU
        SUBJECT: THE GULF

        1. (C) The Sultan spoke.
      `));
      assert.equal(model.routing?.kind, 'acp126');
      assert.equal(model.routing?.range.end.line, 8);
      assert.deepEqual(model.addressees.map((a) => a.text), ['LONDON FOR GOLDRICH, PARIS FOR OFRIEL']);
      assert.equal(model.banners[0].range.start.line, 10);
    });

    it('ends the address list at BT and never takes a header or body line below it for routing', () => {
      // Each line right below the address list `TO SECSTATE WASHDC 4663` / `INFO AMEMBASSY PARIS`.
      const below = [
        'BT',
        'UNCLAS MUSCAT 000730',
        'C O N F I D E N T I A L MUSCAT 000730',
        'LONDON FOR GOLDRICH',
        'DEPT PASS USTR',
        'SIPDIS',
        'E.O. 12958: N/A',
        'TAGS: PREL, MU',
        'SUBJECT: THE GULF',
        '1. The Sultan spoke.',
        'The Sultan spoke.',
      ];
      for (const line of below) {
        const model = parseCable(`O 101414Z APR 02\nFM AMEMBASSY MUSCAT\nTO SECSTATE WASHDC 4663\nINFO AMEMBASSY PARIS\n${line}\nSPECIAL EMBASSY PROGRAM\n`);
        assert.equal(model.routing?.range.end.line, line === 'BT' ? 4 : 3, line);
      }
      // Below BT even a line that names a post (a header addressee line) is text.
      const model = parseCable('O 101414Z APR 02\nFM AMEMBASSY MUSCAT\nTO SECSTATE WASHDC 4663\nBT\nAMEMBASSY ROME FOR SMITH\n\nUNCLAS MUSCAT 000730\n');
      assert.equal(model.routing?.range.end.line, 3);
      assert.deepEqual(model.addressees.map((a) => a.text), ['AMEMBASSY ROME FOR SMITH']);
    });

    it('does not take a date-time group followed by other words for a routing line', () => {
      for (const line of ['O 181205Z NOV 75 ZOOLOGY', 'O 181205Z NOV 75 ZDK4X', 'O 181205Z NOV 75 NOTED', 'O 181205Z NOV 75 (NOTED)']) {
        const model = parseCable(dedent(`
          ${line}

          UNCLAS LIBREVILLE 1895
        `));
        assert.equal(model.routing, undefined, line);
        assert.equal(model.date, undefined, line);
      }
    });
  });

  it('reads a multi-section cable whose later section repeats the banner and header lines', () => {
    const model = parseCable(dedent(`
      C O N F I D E N T I A L SECTION 01 OF 02 PANAMA 001700

      E.O. 12958: DECL: 06/28/2014
      TAGS: PREL, PGOV, PM
      SUBJECT: WHERE IS PANAMA'S NEW GOVERNMENT HEADING?

      Classified By: AMBASSADOR LINDA WATT FOR REASONS 1.5 (B) AND (D).

      1. (C) The new cabinet took office.

      2. (C) The President spoke.

      C O N F I D E N T I A L SECTION 02 OF 02 PANAMA 001700

      E.O. 12958: DECL: 06/28/2014
      TAGS: PREL, PGOV, PM
      SUBJECT: WHERE IS PANAMA'S NEW GOVERNMENT HEADING?

      3. (C) Comment: The government is finding its feet.

      WATT
    `));
    assert.deepEqual(model.banners.map((b) => b.section?.number.value), [1, 2]);
    assert.equal(model.sections.length, 2);
    assert.equal(model.eoLines.length, 2);
    assert.equal(model.tags.length, 2);
    assert.equal(model.subjects.length, 2);
    assert.deepEqual(model.paragraphs.map((p) => [p.number?.value, p.section]), [[1, 0], [2, 0], [3, 1]]);
    assert.equal(model.signature?.text, 'WATT');
  });

  it('marks paragraphs inside BEGIN TEXT / END TEXT as quoted', () => {
    const model = parseCable(dedent(`
      UNCLAS BANGKOK 003955

      E.O. 12958: N/A
      TAGS: PHUM, TH
      SUBJECT: VITAL VOICES CONFERENCE

      1. The delegates adopted a statement.  BEGIN TEXT:

      1. Governments and NGOs should cooperate.

      2. Donors should coordinate.

      END TEXT.

      2. Comment: The statement is a useful reference.
    `));
    assert.equal(model.quotations.length, 1);
    assert.equal(at(model, model.quotations[0].start.range), 'BEGIN TEXT');
    assert.equal(at(model, model.quotations[0].end!.range), 'END TEXT');
    assert.deepEqual(model.paragraphs.filter((p) => p.number).map((p) => [p.number!.value, p.quoted]), [[1, false], [1, true], [2, true], [2, false]]);
  });

  describe('a corrected-copy note in the header', () => {
    it('reads the header below a note boxed in dashes', () => {
      const model = parseCable(dedent(`
        C O N F I D E N T I A L HAVANA 000123

        ------------------------------------------
        C O R R E C T E D C O P Y -- CLASSIFICATION PARA 4
        ------------------------------------------

        SIPDIS

        E.O. 12958: DECL: 03/05/2019
        TAGS: PGOV, CU
        SUBJECT: A SUBJECT

        1. (C) Text.
      `));
      assert.equal(model.eoLines.length, 1);
      assert.equal(model.tags[0]?.range.start.line, 9);
      assert.equal(model.paragraphs[0]?.number?.value, 1);
      assert.equal(model.paragraphs.length, 1);
    });

    it('does not read "CLASSIFIED BY" inside the note as the Classified By line', () => {
      const model = parseCable(dedent(`
        C O N F I D E N T I A L ASTANA 000123

        C O R R E C T E D C O P Y (ADD "CLASSIFIED BY" LINE

        E.O. 12958: DECL: 04/17/2018
        TAGS: PGOV, KZ
        SUBJECT: A SUBJECT

        CLASSIFIED BY POL/ECON CHIEF A. SMITH, REASONS 1.4 (B) AND (D)

        1. (C) Text.
      `));
      assert.equal(model.classifiedBy?.range.start.line, 8);
      assert.equal(model.eoLines.length, 1);
    });
  });

  describe('a release metadata dump between the routing and the cable text', () => {
    const routing = `
        VZCZCXYZ0001
        PP RUEHWEB
        DE RUEHNR #0123/01 0430756
        ZNY CCCCC ZZH
        P 120756Z FEB 10
        FM AMEMBASSY NAIROBI
        TO RUEHC/SECSTATE WASHDC PRIORITY 0824`;
    const header = `
        C O N F I D E N T I A L NAIROBI 000123

        E.O. 12958: DECL: 02/11/2020
        TAGS: PGOV, KE
        SUBJECT: A SUBJECT

        1. (C) Text.`;

    it('skips keyed fields (ID:, CLASSIFICATION:, DESTINATION:) and the routing they repeat', () => {
      const model = parseCable(dedent(`${routing}

        ID: 12345
        ORIGIN: 10NAIROBI123
        CLASSIFICATION: CONFIDENTIAL
        DESTINATION: VZCZCXYZ0001
        PP RUEHWEB
        DE RUEHNR #0123/01 0430756
        ZNY CCCCC ZZH
        P 120756Z FEB 10
        FM AMEMBASSY NAIROBI
        TO RUEHC/SECSTATE WASHDC PRIORITY 0824
      ${header}
      `));
      assert.equal(model.banners[0]?.range.start.line, 19);
      assert.deepEqual(model.addressees, []);
      assert.equal(model.tags[0]?.range.start.line, 22);
      assert.equal(model.subjects[0]?.text, 'A SUBJECT');
      assert.equal(model.paragraphs[0]?.number?.value, 1);
    });

    it('skips a dump opened by ">", the routing it repeats and its TAGS/SUBJECT summary', () => {
      const model = parseCable(dedent(`${routing}

        >
        02.12.2010 07:56
        10NAIROBI123
        Embassy Nairobi
        CONFIDENTIAL
        VZCZCXYZ0001
        PP RUEHWEB
        DE RUEHNR #0123/01 0430756
        ZNY CCCCC ZZH
        P 120756Z FEB 10
        FM AMEMBASSY NAIROBI
        TO RUEHC/SECSTATE WASHDC PRIORITY 0824
        TAGS: PGOV KE
        SUBJECT: A SUBJECT
        REF: STATE 10152

      ${header}
      `));
      assert.equal(model.banners[0]?.range.start.line, 25);
      assert.equal(model.tags.length, 1);
      assert.equal(model.tags[0].range.start.line, 28);
      assert.equal(model.subjects.length, 1);
      assert.equal(model.paragraphs[0]?.number?.value, 1);
    });

    it('leaves a keyed line that is not followed by another as header text', () => {
      const model = parseCable(dedent(`${routing}

        SOURCE: A PRESS REPORT
      ${header}
      `));
      assert.deepEqual(model.addressees.map((a) => a.text), ['SOURCE: A PRESS REPORT']);
    });
  });

  describe('print and release headers above the banner', () => {
    it("reads the cable's own banner below a release-made one and the addressees it cut off", () => {
      const model = parseCable(dedent(`
        CONFIDENTIAL SECTION 01 OF 02 ZAGREB  00123

        SIPDIS

        AMEMBASSY VIENNA

        C O N F I D E N T I A L SECTION 01 OF 02 ZAGREB 000123

        SIPDIS

        E.O. 12958: DECL: 01/01/2004
        TAGS: PREL, HR
        SUBJECT: A SUBJECT

        1. (C) Text.
      `));
      assert.equal(model.banners.length, 1);
      assert.equal(model.banners[0].range.start.line, 6);
      assert.equal(model.banners[0].text, 'C O N F I D E N T I A L SECTION 01 OF 02 ZAGREB 000123');
      assert.deepEqual(model.addressees.map((a) => a.text), ['AMEMBASSY VIENNA']);
    });

    it('takes the level from the banner below a print page header, not from the page header', () => {
      const model = parseCable(dedent(`
                               UNCLASSIFIED

        PAGE 02        ZAGREB  00418  01 OF 02  191514Z
        AMEMBASSY VIENNA

        LIMITED OFFICIAL USE SECTION 01 OF 02 ZAGREB 00418

        E.O. 12356: N/A
        TAGS: PREL, HR
        SUBJECT: A SUBJECT

        1. Text.
      `));
      assert.equal(model.banners.length, 1);
      assert.equal(model.banners[0].range.start.line, 5);
      assert.equal(model.classification?.level, 'LOU');
    });

    it('keeps the first banner when the later line has no post and serial', () => {
      const model = parseCable(dedent(`
        C O N F I D E N T I A L ROME 000123

        CONFIDENTIAL NOFORN

        E.O. 12958: DECL: 01/01/2014
        TAGS: PREL, IT
        SUBJECT: A SUBJECT

        1. (C) Text.
      `));
      assert.equal(model.banners[0].range.start.line, 0);
    });
  });

  describe('line endings and byte order mark', () => {
    const lf = dedent(`
      C O N F I D E N T I A L RANGOON 001422

      E.O. 12958: DECL: 11/02/2014
      TAGS: PHUM, PGOV, BM
      SUBJECT: MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION

      REF: A. RANGOON 1370
           B. RANGOON 1357

      Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)

      1. (C) Summary: The ministers met (ref a). End Summary.

      2. (U) Cabinet-level officials met on October 27 (ref b).

      MARTINEZ
    `);
    /** The model without its line table, for comparing two parses. */
    const shape = (m: CableModel) => JSON.stringify({ ...m, lines: undefined });

    it('gives the same model for CRLF as for LF', () => {
      const crlf = parseCable(lf.replace(/\n/g, '\r\n'), { fileName: '04RANGOON1422.txt' });
      assert.equal(crlf.lines.eol, '\r\n');
      assert.equal(shape(crlf), shape(parseCable(lf, { fileName: '04RANGOON1422.txt' })));
    });

    it('reads a cable that starts with a byte order mark', () => {
      const model = parseCable('\ufeff' + lf, { fileName: '04RANGOON1422.txt' });
      assert.equal(model.banners[0]?.level, 'C');
      assert.equal(model.banners[0].post?.text, 'RANGOON');
      assert.deepEqual(model.refs?.items.map((i) => i.id), ['04RANGOON1370', '04RANGOON1357']);
      assert.deepEqual(paragraphNumbers(model), [1, 2]);
    });
  });

  describe('paragraph starts', () => {
    const body = (text: string) => parseCable(dedent(`
      UNCLAS ACCRA 000585

      E.O. 12958: N/A
      TAGS: EAGR, GH
      SUBJECT: AGRICULTURE TALKS
${text}`));

    it('does not read a date or figure wrapped onto the next line as a paragraph number', () => {
      const model = body(`
      1. (U) The Regional Agricultural Officer and his team held
      bilateral talks with the Ministry of Agriculture in Accra on March
      17. The session was opened by the Deputy Minister, who spoke at
      length about the budget, which the ministry says will reach USD
      500.

      2. (U) The talks will continue.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2]);
    });

    it('reads a paragraph number after a label in capitals, when a portion mark follows it: TEXT:  1. (C)', () => {
      const model = body(`
      SUMMARY: (U) The group will go on.

      TEXT:  1. (C) The cabinet approved the extension.

      2. (U) The group has worked well.

      ARTICLE 98: 3. (C) The minister outlined the motives.

      PILLARS: 4. FIGHTING TERRORISM AND CRIME.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2, 3]);
      const first = model.paragraphs.find((p) => p.number?.value === 1)!;
      assert.equal(at(model, first.number!.range), '1.');
      assert.equal(first.mark?.raw, '(C)');
    });

    it('reads a number after a line ending in No. as running text', () => {
      const model = body(`
      1. The donors will fund a project to repair National Routes No. 2 and No.
      4.  The lakes states signed an agreement on a transit network.

      2. The Security Council adopted Resolution No.
      2. It calls for a ceasefire.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2]);
    });

    it("reads a number wrapped off a paragraph's first line as running text when it does not come next", () => {
      const model = body(`
      1. (U) The Minister met the delegation.

      2.  The delegation toured the northern province on October 9 -
      14.  The trip took them from the capital to the coast.

      3.  THE PROTESTS WERE THE LARGEST SINCE THE UN RESOLUTION
      731.  THE MINISTRY SAID NOTHING.

      4.  The delegation next met leaders of the new members of the EU-
      15. They spoke about trade.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2, 3, 4]);
    });

    it("still reads the next number after a paragraph's first line", () => {
      const model = body(`
      1.  The delegation toured the northern province on October 9
      2.  The trip took them from the capital to the coast.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2]);
    });

    it('reads a number after a page break as running text when the sentence was cut', () => {
      const model = body(`
      1. (U) The Ambassador spoke with the Foreign Minister on Sunday, November
                             UNCLASSIFIED

      PAGE 02        ACCRA  00585  261254Z
      25.  The Minister said he would be pleased to meet.

      2. (U) The meeting is set.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2]);
    });

    it('still reads the next paragraph after a page break', () => {
      const model = body(`
      1. (U) The Ambassador spoke with the Foreign Minister on Sunday.
                             UNCLASSIFIED

      PAGE 02        ACCRA  00585  261254Z
      2. (U) The meeting is set.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2]);
    });

    it('still reads a numbered line after a finished sentence or a short title', () => {
      const model = body(`
      1. The talks opened.
      2. They went on all day.

      Three Letter Bombs
      3. Police found three letter bombs in a Madrid office on
      the day the talks opened, the ministry said in a statement.
      4. Police have no suspects.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2, 3, 4]);
    });

    it('reads a number followed directly by its portion mark: 2.(C)', () => {
      const model = body(`
      1.(C) The talks opened.

      2.(SBU) They went on all day.

      3.(a) is not a paragraph number.
      `);
      assert.deepEqual(model.paragraphs.filter((p) => p.number).map((p) => [p.number!.value, p.mark?.level]), [[1, 'C'], [2, 'SBU']]);
    });

    it('reads a number touching its first word: 3.Visitors', () => {
      const model = body(`
      1.Post welcomes the visit.

      2. Embassy assistance is not required.

      3.VISITORS are reminded to carry their passports.

      4.5 percent of visitors overstay.

      5.A is not a paragraph number either.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2, 3]);
      assert.equal(model.paragraphs[0].lead, 'Post welcomes the visit.');
    });

    it('reads a number whose dot was left out or typed as a comma when a portion mark follows: 6 (C), 2, (SBU)', () => {
      const model = body(`
      1. (C) The talks opened.

      2, (SBU) They went on all day.

      3 (C) The minister left early.

      4  (U). The talks resume next week.

      5 (c) of the act is not a paragraph number, nor 6 (Ref A).
      `);
      assert.deepEqual(model.paragraphs.filter((p) => p.number).map((p) => [p.number!.value, p.mark?.raw]), [[1, '(C)'], [2, '(SBU)'], [3, '(C)'], [4, '(U)']]);
      assert.equal(model.paragraphs[2].lead, 'The minister left early.');
    });

    it('reads a number without its dot as running text where the sentence goes on: ARTICLE / 5 (C)', () => {
      const model = body(`
      1. (C) THE MINISTER SAID THE NEW LAW WOULD BE READ UNDER ARTICLE
      5 (C) OF THE TREATY SIGNED IN THE CAPITAL LAST YEAR.

      2. (C) THE TALKS WILL GO ON.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2]);
    });

    it('skips a printed page header without a section count', () => {
      const model = body(`
      1. (U) The Foreign Minister said he would meet the Secretary on
      PAGE 02        VATICA  06046  261254Z
      the margins of the OSCE meeting.

      2. (U) The meeting is set.
      `);
      assert.deepEqual(paragraphNumbers(model), [1, 2]);
      assert.equal(model.paragraphs[0].range.end.line, model.paragraphs[1].range.start.line - 2);
    });
  });

  describe('paragraph ends', () => {
    const body = (text: string) => parseCable(dedent(`
      CONFIDENTIAL TUNIS 000325

      E.O. 12958: DECL: 08/29/2011
      TAGS: PGOV, TS
      SUBJECT: CABINET CHANGES
${text}`));
    /** Each paragraph as [first line, last line] of text, trimmed. */
    const ends = (model: CableModel) => model.paragraphs.map((p) => [model.lines.lines[p.range.start.line].trim(), model.lines.lines[p.range.end.line].trim()]);

    it('ends before the rule over the next paragraph and before a title underline', () => {
      const model = body(`
      1. (C) The minister spoke.
      END SUMMARY.

      ------------------------
      2. (C) FOREIGN VISITORS
      ------------------------

      The guests came from far away.

      (U) QUIET STREETS
      -----------------
      3. (C) The streets were quiet.
      `);
      assert.deepEqual(ends(model), [
        ['1. (C) The minister spoke.', 'END SUMMARY.'],
        ['2. (C) FOREIGN VISITORS', 'The guests came from far away.'],
        ['(U) QUIET STREETS', '(U) QUIET STREETS'],
        ['3. (C) The streets were quiet.', '3. (C) The streets were quiet.'],
      ]);
      // Every range still ends at its line's last non-blank character.
      assert.equal(model.paragraphs[2].range.end.character, '(U) QUIET STREETS'.length);
    });

    it('ends before a title whose underline a page break splits from it', () => {
      const model = body(`
      1. (C) The minister spoke.
      CAN THE USG HELP?
                             CONFIDENTIAL

      PAGE 02        TUNIS  00325  01 OF 02  090857Z
      -----------------
      2. (C) He asked for help.
      `);
      assert.deepEqual(ends(model), [
        ['1. (C) The minister spoke.', '1. (C) The minister spoke.'],
        ['2. (C) He asked for help.', '2. (C) He asked for help.'],
      ]);
    });

    it('leaves the first lines of a framed two-line heading to the heading', () => {
      const model = body(`
      1. (C) The minister spoke.
      END SUMMARY.

      ----------------------------
      INCREASINGLY TECHNOCRATIC
      CABINET--FOR BETTER OR WORSE
      ----------------------------

      2. (C) There has been speculation.
      `);
      assert.deepEqual(model.headings.map((h) => h.text), ['CABINET--FOR BETTER OR WORSE']);
      assert.deepEqual(ends(model), [
        ['1. (C) The minister spoke.', 'END SUMMARY.'],
        ['2. (C) There has been speculation.', '2. (C) There has been speculation.'],
      ]);
    });

    it('leaves the first lines of a framed title of four lines to the heading, under a rule split by a blank', () => {
      const model = body(`
      1. (C) The minister spoke.
      END SUMMARY.

      --------------------------------------------- ---------
      Component 7: Urge the passage of an organic law for the
      maritime service to provide a framework for its growth and
      for professional programs with stability
      for key personnel.
      --------------------------------------------- ---------

      2. (C) The law passed.
      `);
      assert.deepEqual(model.headings.map((h) => h.text), ['for key personnel.']);
      assert.deepEqual(ends(model), [
        ['1. (C) The minister spoke.', 'END SUMMARY.'],
        ['2. (C) The law passed.', '2. (C) The law passed.'],
      ]);
    });

    it('leaves a title line standing after a blank line right above an underlined heading to the heading', () => {
      const model = body(`
      1. (C) The leaders sat opposite the officials
      in the receiving hall.

      Outreach to the Region: Empower Moderates,
      Support the Reformers
      ---------------------

      2. (C) The minister spoke.
      `);
      assert.deepEqual(ends(model)[0], ['1. (C) The leaders sat opposite the officials', 'in the receiving hall.']);
    });

    it('keeps a paragraph\'s own last lines above a heading', () => {
      const model = body(`
      1. (C) The minister spoke of the dam, which is far
      from the fault line.
      ECONOMIC DEVELOPMENTS
      ---------------------

      2. (C) The figures follow.

      exports rose by five percent
      COMMENT
      -------

      3. (C) The figures are good.
      `);
      assert.deepEqual(ends(model).slice(0, 2), [
        ['1. (C) The minister spoke of the dam, which is far', 'from the fault line.'],
        ['2. (C) The figures follow.', 'exports rose by five percent'],
      ]);
    });

    for (const [layout, header] of [
      ['a page break', 'TUNIS 00000325 004 OF 004'],
      ['a page header with two blanks before the page number', 'TUNIS 00000325  004.2 OF 004'],
    ]) {
      it(`ends the last paragraph before ${layout} standing over the signature`, () => {
        const model = body(`
        1. (C) The minister spoke.

        2. (C) Comment: the minister is in charge.
        ${header}
        SISON
        `);
        assert.equal(model.signature?.text, 'SISON');
        assert.deepEqual(ends(model)[1], ['2. (C) Comment: the minister is in charge.', '2. (C) Comment: the minister is in charge.']);
      });
    }
  });

  describe('headings', () => {
    const body = (text: string) => parseCable(dedent(`
      CONFIDENTIAL TUNIS 000325

      E.O. 12958: DECL: 08/29/2011
      TAGS: PGOV, TS
      SUBJECT: CABINET CHANGES
${text}`));
    const titles = (model: CableModel) => model.headings.map((h) => h.text);
    /** Each paragraph's last line of text, trimmed. */
    const lastLines = (model: CableModel) => model.paragraphs.map((p) => model.lines.lines[p.range.end.line].trim());

    it('reads the last line of a sentence over the rule above the next heading as running text', () => {
      const model = body(`
      1. (C) The budget is about half as high again as the target of
      0.66 percent of GDP).
      ----------------------
      Murder Cases Go Unsolved
      ----------------------

      2. (C) Nobody said
      "we have to be more careful."
      --------------------
      POLICE REFORM STALLS
      --------------------

      3. (C) The numbers fell.  End
      Summary.
      ---------
      West Bank
      ---------

      4. (C) The roads were closed.
      `);
      assert.deepEqual(titles(model), ['Murder Cases Go Unsolved', 'POLICE REFORM STALLS', 'West Bank']);
      assert.deepEqual(lastLines(model), ['0.66 percent of GDP).', '"we have to be more careful."', 'Summary.', '4. (C) The roads were closed.']);
    });

    it('reads a sentence that a rule over the next heading follows as running text, after a blank line too', () => {
      const model = body(`
      1. (C) The figures follow.

      SOURCE:  National Institute of Statistics (INE).
      --------------------
      CONSUMER PRICE INDEX
      --------------------

      2. (C) Prices rose.
      `);
      assert.deepEqual(titles(model), ['CONSUMER PRICE INDEX']);
    });

    it('keeps titles that end in a full stop when a rule frames them or nothing runs on into them', () => {
      const model = body(`
      1. (C) The minister spoke.

      ---------------------------------------------------------
      Background: Missile Parts Shipped via Beijing Between North
      Korea and Iran.
      ---------------------------------------------------------

      2. (C) The parts went by air.

      Relations with the U.S.
      -----------------------

      3. (C) Relations are good, said the minister.
      "We are because of you."
      ------------------------
      4. (C) The leader thanked the visitors.
      Pakistan's War
      --------------

      5. (C) The war goes on.

      Strong U.S.-Djibouti Military
      and Anti-terrorism Cooperation
      ------------------------------

      6. (C) Cooperation is strong.
      `);
      assert.deepEqual(titles(model), ['Korea and Iran.', 'Relations with the U.S.', '"We are because of you."', 'Pakistan\'s War', 'and Anti-terrorism Cooperation']);
    });

    it('does not read a rule split in two by a blank as a title underlined on its own line', () => {
      const model = body(`
      1. (C) The minister spoke.

      --------------------------------------------- ---------
      SADC MINISTERS AGREE TO REFORM THE ORGAN
      --------------------------------------------- ---------

      2. (C) The ministers met.

      FOREIGN POLICY --------------

      3. (C) Policy is steady.
      `);
      assert.deepEqual(titles(model), ['SADC MINISTERS AGREE TO REFORM THE ORGAN', 'FOREIGN POLICY']);
      assert.deepEqual(lastLines(model), ['1. (C) The minister spoke.', '2. (C) The ministers met.', '3. (C) Policy is steady.']);
    });

    it('reads a title whose underline a page break splits from it as an underlined heading', () => {
      const model = body(`
      REF: TUNIS 2949

      -------
      SUMMARY
                             CONFIDENTIAL

      PAGE 02        TUNIS  00325  01 OF 03  180953Z
      -------

      1. (C) The results are in.

      BACKGROUND
                             CONFIDENTIAL

      PAGE 03        TUNIS  00325  02 OF 03  180953Z
      ----------

      2. (C) The town is small.
      More Personal Revelations
      TUNIS 00000325 003 OF 003
      -------------------------
      3. (C) She spoke of her family.
      `);
      assert.deepEqual(titles(model), ['SUMMARY', 'BACKGROUND', 'More Personal Revelations']);
      assert.deepEqual(model.headings.map((h) => model.lines.lines[h.underline!.start.line].trim()), ['-------', '----------', '-------------------------']);
      assert.deepEqual(model.markers.filter((m) => m.kind === 'summary-start').map((m) => m.range.start.line), [model.headings[0].range.start.line]);
      assert.deepEqual(lastLines(model), ['1. (C) The results are in.', '2. (C) The town is small.', '3. (C) She spoke of her family.']);
    });

    it('reads running text over a page break and the rule above a heading as running text', () => {
      const model = body(`
      1. (C) The vote was free, and the voters came
      for Simeon.  End Comment.
                             CONFIDENTIAL

      PAGE 02        TUNIS  00325  01 OF 03  180953Z
      -----------------------
      VOTING FREE AND FAIR
      -----------------------

      2. (C) Observers agreed.
      `);
      assert.deepEqual(titles(model), ['VOTING FREE AND FAIR']);
      assert.deepEqual(lastLines(model)[0], 'for Simeon.  End Comment.');
    });

    it('reads a title that rules frame across blank lines as a heading; the paragraph before ends above the top rule, and a wrapped rule opens no paragraph', () => {
      const model = body(`
      1. (C) The minister spoke
      of the new program.



      --------------------------------------------- ------------
      -----------

      NEW PROGRAM FOR THE POLICE

      --------------------------------------------- ------------
      ------------



      2. (C) The program is new.
      -------------
      Budget on Track
      
      -------------

      3. (C) The budget holds.

      ------------------------

      Reform of the Courts,
      Police and Prisons

      ------------------------

      4. (C) The reform goes on.
      `);
      assert.deepEqual(titles(model), ['NEW PROGRAM FOR THE POLICE', 'Budget on Track', 'Police and Prisons']);
      assert.deepEqual(model.headings.map((h) => model.lines.lines[h.underline!.start.line].trim()), ['--------------------------------------------- ------------', '-------------', '------------------------']);
      assert.deepEqual(lastLines(model), ['of the new program.', '2. (C) The program is new.', '3. (C) The budget holds.', '4. (C) The reform goes on.']);
    });

    it('reads a title framed by rules across a page break as a heading', () => {
      const model = body(`
      1. (C) The dam is full.

      -----------------------------------
      Lunch with the Minister

      TUNIS 00000325  004.2 OF 005


      -----------------------------------

      2. (C) The minister hosted a lunch.
      `);
      assert.deepEqual(titles(model), ['Lunch with the Minister']);
      assert.deepEqual(lastLines(model), ['1. (C) The dam is full.', '2. (C) The minister hosted a lunch.']);
    });

    it('reads a framed title with a lone SIPDIS line in or under it as a heading, and ends the paragraph before its top rule', () => {
      const model = body(`
      1. (C) The court ruled.  End Summary.

      -----------------------------
      Court Annuls the Order

      SIPDIS
      -----------------------------

      2. (U) On April 1 the court struck it down.

      -----------------------------
      MINISTER STATEMENT RECEIVES BROAD

      SIPDIS
      MEDIA COVERAGE
      -----------------------------
      3.    The statement was broadcast.
      `);
      assert.deepEqual(titles(model), ['Court Annuls the Order', 'MEDIA COVERAGE']);
      assert.deepEqual(lastLines(model), ['1. (C) The court ruled.  End Summary.', '2. (U) On April 1 the court struck it down.', '3.    The statement was broadcast.']);
    });

    it('ends the paragraph before the top rule of a title that blank lines split, or a long printed page break splits from its underline', () => {
      const model = body(`
      1. (C) The talks went well.

      ---------------------------------
      MISSILE DEFENSE DECISION:  NEITHER CONCESSION


      NOR THREAT TO THE REGION
      ---------------------------------

      2. (C) The envoy discussed the decision.

      ---------------------------------
      IN ABSENTIA CONVICTIONS OF TEN MEN
                             CONFIDENTIAL





                             CONFIDENTIAL

      PAGE 03        TUNIS  04601  01 OF 02  171621Z
      ---------------------------------

      3.  (U) The court convicted ten men.

      ---------------------------------
      the minister spoke of the dam

      Budget Talks
      ---------------------------------

      4.  (U) The budget holds.
      `);
      assert.deepEqual(titles(model), ['NOR THREAT TO THE REGION', 'IN ABSENTIA CONVICTIONS OF TEN MEN', 'Budget Talks']);
      assert.deepEqual(lastLines(model), ['1. (C) The talks went well.', '2. (C) The envoy discussed the decision.', 'the minister spoke of the dam', '4.  (U) The budget holds.']);
    });

    it('reads a framed title starting with END as a heading when TEXT in it only starts a longer word (no quotation edge)', () => {
      const model = body(`
      1. (C) The minister spoke.  End Summary.

      -----------------
      END OF TEXTILE QUOTAS
      -----------------

      2. (C) Quotas end in January.
      `);
      assert.deepEqual(titles(model), ['END OF TEXTILE QUOTAS']);
      assert.deepEqual(lastLines(model), ['1. (C) The minister spoke.  End Summary.', '2. (C) Quotas end in January.']);
    });

    it('does not read text between rules across blank lines as a framed title unless it reads as one', () => {
      const model = body(`
      Colombia
      --------

      President Alvaro Uribe, Minister of Foreign Affairs

      -------
      Summary
      -------

      1. (C) The president spoke.

      ------------------------

      2. (C) The minister spoke.

      ------------------------

      the minister spoke of the dam and of the lake

      ------------------------

      3. (C) The lake is full.
      `);
      assert.deepEqual(titles(model), ['Colombia', 'Summary']);
      assert.deepEqual(lastLines(model), ['President Alvaro Uribe, Minister of Foreign Affairs', '1. (C) The president spoke.', 'the minister spoke of the dam and of the lake', '3. (C) The lake is full.']);
    });
  });

  describe('header and quotation edge cases found on the corpus', () => {
    const parse = (text: string) => parseCable(dedent(text));
    /** The REF items as [letter, text]. */
    const texts = (text: string) => parse(text).refs?.items.map((i) => [i.letter?.text, i.text]);

    it('reads a lettered list of cables right under the SUBJECT, written without a REF keyword, as the REF list', () => {
      const head = 'UNCLAS TAIPEI 003242\n\nE.O. 12958: N/A\nTAGS: ECON, TW\nSUBJECT: PACKAGING RULE\nNARROWED\n\n\n';
      assert.deepEqual(texts(`${head}A) TAIPEI 03145 B) TAIPEI 02673 C) 03 TAIPEI 03180\n\n1. Summary. Text.\n`), [
        ['A)', 'TAIPEI 03145'],
        ['B)', 'TAIPEI 02673'],
        ['C)', '03 TAIPEI 03180'],
      ]);
      assert.deepEqual(texts(`${head}A) TAIPEI 02673\n\n1. Summary. Text.\n`), [['A)', 'TAIPEI 02673']]);
      // A lettered line that names no cable is the body, and so is any under a REF list or another field.
      assert.equal(texts(`${head}A) THE MINISTER SAID NO.\n\n1. Text.\n`), undefined);
      assert.equal(texts('UNCLAS TAIPEI 003242\n\nE.O. 12958: N/A\nTAGS: ECON, TW\nClassified By: X Y, reasons 1.4 (b)\n\nA) TAIPEI 02673\n'), undefined);
      assert.deepEqual(texts(`${head.replace('NARROWED', 'NARROWED\nREF: TAIPEI 02673')}A) TAIPEI 03145\n\n1. Text.\n`), [[undefined, 'TAIPEI 02673']]);
    });

    it('reads an E.O. line whose order number was left out', () => {
      const model = parse(`
      C O N F I D E N T I A L KHARTOUM 002625

      E.O. DECL.: 05/29/2000
      TAGS: PREL, SU
      `);
      assert.equal(model.eoLines.length, 1);
      assert.equal(model.eoLines[0].order, undefined);
      assert.equal(model.eoLines[0].decl?.text, '05/29/2000');
    });

    it('reads a semicolon typed for the colon after the order number as the colon\'s place', () => {
      const na = parse(`
      UNCLAS YEREVAN 000516

      E.O. 12958; N/A
      TAGS: PREL, AM
      `).eoLines[0];
      assert.equal(na.order?.text, '12958');
      assert.equal(na.colon, false);
      assert.equal(na.notApplicable?.text, 'N/A');
      assert.equal(na.decl, undefined);
      const dated = parse(`
      C O N F I D E N T I A L KHARTOUM 000374

      E.O. 12958; DECL: 4/29/2013;
      TAGS: PREL, SU
      `).eoLines[0];
      assert.equal(dated.decl?.text, '4/29/2013');
    });

    it('keeps a person tag\'s parenthetical that wraps onto the next TAGS line in one token', () => {
      const tags = (lines: string) => parse(`UNCLAS MADRID 002043\n\nE.O. 12958: N/A\n${lines}\nSUBJECT: VISAS VIPER\n`).tags[0].tokens;
      const wrapped = tags('TAGS: CVIS, PTER, (DOE-\nSMITH, JOHN ET AL)');
      assert.deepEqual(wrapped.map((t) => t.text), ['CVIS', 'PTER', '(DOE- SMITH, JOHN ET AL)']);
      assert.deepEqual(wrapped[2].range, { start: { line: 3, character: 18 }, end: { line: 4, character: 18 } });
      assert.deepEqual(tags('TAGS: PREL, OVIP (RICE,\nCONDOLEEZZA), PGOV, TH').map((t) => t.text), ['PREL', 'OVIP (RICE, CONDOLEEZZA)', 'PGOV', 'TH']);
      // A parenthesis the next line never closes is no wrapped parenthetical: that line keeps its own tags.
      assert.deepEqual(tags('TAGS: PREL, (NOTE\nPGOV, TH').map((t) => t.text), ['PREL', '(NOTE', 'PGOV', 'TH']);
    });

    it('keeps "TAGS" inside a subject as subject text', () => {
      const model = parse(`
      UNCLAS BANGKOK 001234

      E.O. 12958: N/A
      TAGS: PGOV, TH
      SUBJECT: NO TAGS HERE
      `);
      assert.equal(model.tags.length, 1);
      assert.equal(model.subjects[0].text, 'NO TAGS HERE');
    });

    it('does not run Classified By on into a SUMMARY heading', () => {
      const model = parse(`
      C O N F I D E N T I A L LAGOS 000075

      E.O. 12958: DECL: 01/21/2020
      TAGS: PGOV, NI
      SUBJECT: A SUBJECT
      Classified By: Consul General Donna Blair for reasons 1.4(B),
      SUMMARY
      -------
      1. (C) Text. END SUMMARY.
      `);
      assert.equal(model.classifiedBy?.range.end.line, 5);
      assert.deepEqual(model.markers.map((m) => m.kind), ['summary-start', 'summary-end']);
    });

    it('reads "CLASSIFIED CONFIDENTIAL ENTIRE TEXT BY:" opening paragraph 1 as a whole-text marking', () => {
      const model = parse(`
      C O N F I D E N T I A L DAKAR 002654

      E.O. 12958: DECL: 4/15/06
      TAGS: PGOV, SG
      SUBJECT: A SUBJECT

      1.  CLASSIFIED CONFIDENTIAL ENTIRE TEXT BY:
      AMBASSADOR, AMEMBASSY DAKAR.  REASON:  1.5 (B)

      2.  BEGIN SUMMARY:  TEXT.  END SUMMARY.
      `);
      assert.equal(model.entireText?.level, 'C');
      assert.equal(at(model, model.entireText!.range), 'CLASSIFIED CONFIDENTIAL ENTIRE TEXT');
    });

    it('reads "CLASSIFIED CONFIDENTIAL [ENTIRE TEXT] BY" in paragraph 1 as the Classified By line', () => {
      for (const keyword of ['CLASSIFIED CONFIDENTIAL ENTIRE TEXT BY:', 'CLASSIFIED SECRET BY']) {
        const model = parse(`
      C O N F I D E N T I A L DAKAR 002654

      E.O. 12958: DECL: 4/15/06
      TAGS: PGOV, SG
      SUBJECT: A SUBJECT

      1.  ${keyword}
      AMBASSADOR, AMEMBASSY DAKAR.  REASON:  1.5 (B)

      2.  TEXT.
      `);
        assert.equal(model.classifiedBy?.keyword.text, keyword);
        assert.equal(model.classifiedBy?.section?.text, '1.5');
        assert.deepEqual(model.classifiedBy?.letters.map((l) => l.text), ['B']);
      }
    });

    it('opens a quotation at "BEGIN <words> TEXT" starting a line, not at "end of the text"', () => {
      const model = parse(`
      UNCLAS SANAA 001559

      1. (U) The strategy follows.
      BEGIN MEPI STRATEGY TEXT:
      2. Quoted.
      END TEXT.
      3. (U) We read the end of the text again.
      `);
      assert.equal(model.quotations.length, 1);
      assert.deepEqual(model.paragraphs.map((p) => [p.number?.value, p.quoted]), [[1, false], [2, true], [3, false]]);
      assert.ok(!model.headings.some((h) => /BEGIN/.test(h.text)));
    });

    it('reads REF items each restating the keyword: REF A: ... REF B: ..., one a line or several', () => {
      const expected = [
        ['A:', 'STATE 1234'],
        ['B:', 'ROME 567'],
        ['C:', 'PARIS 89'],
      ];
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF A: STATE 1234  REF B: ROME 567\n      REF C: PARIS 89\n\n      1. (U) Text.\n      `), expected);
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF: REF A: STATE 1234 REF B: ROME 567 REF C:\n           PARIS 89\n\n      1. (U) Text.\n      `), expected);
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF: A. REF A: STATE 1234\n           B. REF B: ROME 567\n           C. REF C: PARIS 89\n\n      1. (U) Text.\n      `), expected);
    });

    it('reads a REF list on past a blank line onto an unindented line holding its next letter, and past page breaks', () => {
      // Wrapped mid-item, then a blank line: the next line starts with the rest of item C.
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF: A) 2004 STATE 1234 B) 2004 ROME 567 C) 2003\n\n      PARIS 89 D) 2004 ROME 12\n\n      1. (U) Text.\n      `), [
        ['A)', '2004 STATE 1234'],
        ['B)', '2004 ROME 567'],
        ['C)', '2003 PARIS 89'],
        ['D)', '2004 ROME 12'],
      ]);
      // A printed page break: level, blank line and page header inside the list.
      const pageBreak = [
        ['(A)', 'STATE 1234;'],
        ['(B)', 'ROME 567 AND PREVIOUS;'],
        ['(C)', 'PARIS 89'],
      ];
      assert.deepEqual(texts(`\n      CONFIDENTIAL ROME 000001\n\n      REF (A) STATE 1234; (B) ROME 567 AND\n                            CONFIDENTIAL\n\n      PAGE 02        ROME  00001  01 OF 02  131649Z\n      PREVIOUS; (C) PARIS 89\n\n      1. (C) Text.\n      `), pageBreak);
      assert.deepEqual(texts(`\n      CONFIDENTIAL ROME 000001\n\n      REF: A. STATE 1234\n           B. ROME 567\n                            CONFIDENTIAL\n\n      PAGE 02        ROME  00001  01 OF 02  131649Z\n           C. PARIS 89\n\n      1. (C) Text.\n      `), [
        ['A.', 'STATE 1234'],
        ['B.', 'ROME 567'],
        ['C.', 'PARIS 89'],
      ]);
      // The page header and the list's next items on one line (a flattened release).
      assert.deepEqual(texts(`\n      CONFIDENTIAL ROME 000001\n\n      REF: A. STATE 1234\n       CONFIDENTIAL\n      PAGE 02 ROME 00001 01 OF 02 082030Z  B. ROME 567  C. PARIS 89\n      1. (C) Text.\n      `), [
        ['A.', 'STATE 1234'],
        ['B.', 'ROME 567'],
        ['C.', 'PARIS 89'],
      ]);
      // After the list, an unindented line without its next letter is the body, and so is one
      // whose next letter has no text after it (a reason list).
      for (const body of ['SUMMARY: We met (ref a) and agreed (ref b).', 'REASONS 1.4 (B,C)']) {
        assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF: A) STATE 1234 B) ROME 567\n\n      ${body}\n      `), [
          ['A)', 'STATE 1234'],
          ['B)', 'ROME 567'],
        ], body);
      }
    });

    it('leaves a page header out of a SUBJECT that goes on after it', () => {
      const model = parse(`\n      CONFIDENTIAL HARARE 000001\n\n      SUBJECT: MINISTER MEETS WITH THE\n       CONFIDENTIAL\n      PAGE 02 HARARE 00001 01 OF 03 291400Z OPPOSITION LEADER\n      REFTEL: HARARE 6584\n      1. (C) Text.\n      `);
      assert.equal(model.subjects[0]?.text, 'MINISTER MEETS WITH THE OPPOSITION LEADER');
    });

    it('ends a REF list at a blank line before a line lettered A: the body starting its own letters', () => {
      assert.deepEqual(texts(`\n      UNCLAS ISLAMABAD 000001\n\n      REF: STATE 1234\n\n      A)  Pakistan continues to cooperate.\n      `), [[undefined, 'STATE 1234']]);
      assert.deepEqual(texts(`\n      UNCLAS MADRID 000001\n\n      REF: A)USDA FAS 1234\n\n      A. GENERAL AUTHORIZATION.\n      `), [['A)', 'USDA FAS 1234']]);
      // A keyword alone, then its items after a blank line: the keyword's empty line is no item.
      assert.deepEqual(texts(`\n      UNCLAS BRASILIA 000001\n\n      REFS:\n\n      A. RIO 108\n      B. 02 BRASILIA 3393\n\n      1. (U) Text.\n      `), [['A.', 'RIO 108'], ['B.', '02 BRASILIA 3393']]);
    });

    it('reads REF lines led by a continuation dash, as older cables write them, without the dash', () => {
      const model = parse(`\n      UNCLAS CAIRO 000001\n\n      REF:  (A) CAIRO 541 (B) CAIRO 341\n      -     (C) CAIRO 43 (D) CAIRO 38\n      -\n      1. (U) Text.\n      `);
      assert.deepEqual(model.refs?.items.map((i) => [i.letter?.text, i.text]), [
        ['(A)', 'CAIRO 541'],
        ['(B)', 'CAIRO 341'],
        ['(C)', 'CAIRO 43'],
        ['(D)', 'CAIRO 38'],
      ]);
      // `-     (C) CAIRO 43` is not an unnumbered paragraph marked (C).
      assert.deepEqual(paragraphNumbers(model), [1]);
      assert.equal(model.paragraphs.length, 1);
      assert.deepEqual(texts(`\n      UNCLAS ZAGREB 000001\n\n      REF:  A) ZAGREB 2226 (NOTAL)\n\n      -     B) ZAGREB 2223 (NOTAL)\n\n      1. (U) Text.\n      `), [
        ['A)', 'ZAGREB 2226 (NOTAL)'],
        ['B)', 'ZAGREB 2223 (NOTAL)'],
      ]);
    });

    it('reads a REF keyword written with a full stop before its colon: REFS.:, REF.:', () => {
      assert.deepEqual(texts(`\n      CONFIDENTIAL BEIJING 000001\n\n      REFS.:  A.  BEIJING 1438  B.  BEIJING 1439\n      -       C.  BEIJING 1437\n\n      1. (C) Text (REFS. B-C).\n      `), [
        ['A.', 'BEIJING 1438'],
        ['B.', 'BEIJING 1439'],
        ['C.', 'BEIJING 1437'],
      ]);
      assert.deepEqual(texts(`\n      UNCLAS RIYADH 000001\n\n      REF.: STATE 3630\n\n      1. (U) Text.\n      `), [[undefined, 'STATE 3630']]);
    });

    it('reads a garbled first letter (Q for A) as the first item, the list going on with B', () => {
      const expected = [
        ['Q.', 'STATE 1234'],
        ['B.', 'ROME 567'],
        ['C.', 'PARIS 89'],
      ];
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF: Q. STATE 1234\n           B. ROME 567\n           C. PARIS 89\n\n      1. (U) Text.\n      `), expected);
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF: Q. STATE 1234 B. ROME 567 C. PARIS 89\n\n      1. (U) Text.\n      `), expected);
      // Without its stop, only when B follows on the line.
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF: Q STATE 1234; B) ROME 567\n      -    C) PARIS 89\n\n      1. (U) Text.\n      `), [
        ['Q', 'STATE 1234;'],
        ['B)', 'ROME 567'],
        ['C)', 'PARIS 89'],
      ]);
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF: X STATE 1234\n\n      1. (U) Text.\n      `), [[undefined, 'X STATE 1234']]);
    });

    it('reads an item letter whose full stop touches the year: D.01 ROME 3714', () => {
      const expected = [
        ['A.', 'ROME 108'],
        ['B.', '02 ROME 3393'],
        ['C.', '01 ROME 3714'],
      ];
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REFS:\n\n      A. ROME 108\n      B. 02 ROME 3393\n      C.01 ROME 3714\n\n      1. (U) Text.\n      `), expected);
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF: A. ROME 108 B. 02 ROME 3393 C.01 ROME 3714\n\n      1. (U) Text.\n      `), expected);
      // Not a letter touching other digits or a word: `PARA C.1`, `WASHINGTON D.C.`.
      assert.deepEqual(texts(`\n      UNCLAS ROME 000001\n\n      REF: A. ROME 108 PARA B.1 B. WASHINGTON D.C. 12\n\n      1. (U) Text.\n      `), [
        ['A.', 'ROME 108 PARA B.1'],
        ['B.', 'WASHINGTON D.C. 12'],
      ]);
    });

    it('reads banners with a year before the post, a TOSEC number, or lowercase after a letter-spaced level', () => {
      for (const [line, post] of [
        ['C O N F I D E N T I A L 75 LIBREVILLE 1895', 'LIBREVILLE'],
        ['S E C R E T  STATE 255195 TOSEC 140301', 'STATE'],
        ['S e c r e t state 015220', 'state'],
      ]) {
        const model = parse(`${line}\n\nE.O. 12958: DECL: 1/1/2018\nTAGS: PREL\n`);
        assert.equal(model.banners[0]?.post?.text, post, line);
      }
    });

    it('reads a wholly lowercased banner (`Unclas nairobi 000165`) only with a serial of five digits or more', () => {
      const read = (line: string) => parse(`${line}\n\nE.o. 12958: n/a\nTags: prel\n`).banners[0]?.post?.text;
      assert.equal(read('Unclas nairobi 000165'), 'nairobi');
      assert.equal(read('Secret agent 7'), undefined);
    });

    it('reads a level in capitals over a lowercased post (`UNCLAS nairobi 000165`, as banner-format respells it) as the lowercased banner', () => {
      const read = (line: string) => parse(`${line}\n\nE.o. 12958: n/a\nTags: prel\n`).banners[0];
      for (const line of ['UNCLAS nairobi 000165', 'LIMITED OFFICIAL USE nairobi 000165', 'UNCLAS section 01 of 02 nairobi 000165']) {
        assert.deepEqual([read(line)?.post?.text, read(line)?.serial?.text], ['nairobi', '000165'], line);
      }
      // Only before a full serial, as for a lowercased level: prose otherwise.
      assert.equal(read('SECRET agent 7'), undefined);
      // Its lowercased captions count, as under `Unclas nairobi 000165`.
      const model = parse('UNCLAS nairobi 000165\n\nSensitive, sipdis\n\nE.o. 12958: n/a\nTags: prel\n');
      assert.deepEqual(model.captions.map((c) => c.name), ['SENSITIVE', 'SIPDIS']);
      assert.equal(model.classification?.level, 'SBU');
    });

    it('reads the captions under a wholly lowercased banner in lower case too (`Sensitive, sipdis`), and only there', () => {
      const lowercased = parse('Unclas nairobi 000165\n\nSensitive, sipdis\n\nE.o. 12958: n/a\nTags: prel\n');
      assert.deepEqual(lowercased.captions.map((c) => c.name), ['SENSITIVE', 'SIPDIS']);
      assert.equal(lowercased.classification?.level, 'SBU');
      // Under a banner in capitals the line is prose, as a handling note in mixed case is.
      const capitals = parse('UNCLAS NAIROBI 000165\n\nSensitive, sipdis\n\nE.O. 12958: N/A\nTAGS: PREL\n');
      assert.deepEqual(capitals.captions, []);
      assert.equal(capitals.classification?.level, 'U');
    });

    it('reads captions joined by a slash (`SENSITIVE/NOFORN`), not a typed SBU handling notice', () => {
      const captionsOf = (line: string) => parse(`UNCLAS SECTION 01 OF 02 LIMA 000219\n\nSIPDIS\n\n${line}\n\nE.O. 12958: N/A\nTAGS: PREL\n`);
      const joined = captionsOf('SENSITIVE/NOFORN');
      assert.deepEqual(joined.captions.map((c) => c.name), ['SIPDIS', 'SENSITIVE', 'NOFORN']);
      assert.deepEqual(joined.classification, { level: 'SBU', caveats: ['NOFORN'], source: 'banner' });
      // The release labels cables with such a notice UNCLASSIFIED (9 of 10 in the dev corpus).
      assert.deepEqual(captionsOf('SENSITIVE BUT UNCLASSIFIED - HANDLE ACCORDINGLY').classification?.level, 'U');
      // Only captions on either side of the slash.
      assert.deepEqual(captionsOf('SIPDIS S/CT FOR SMITH').captions.map((c) => c.name), ['SIPDIS']);
      assert.deepEqual(captionsOf('NOFORN/ORCON').captions.map((c) => c.name), ['SIPDIS']);
      assert.deepEqual(captionsOf('SENSITIVE BUT UNCLASSIFIED MATTERS ARE DISCUSSED').captions.map((c) => c.name), ['SIPDIS']);
    });

    it('reads the captions of a header line restating the level before them (`SECRET NOFORN`, `CONFIDENTIAL//NOFORN`)', () => {
      const captionsOf = (line: string) => parse(`S E C R E T SECTION 01 OF 02 LIMA 000219\n\nSIPDIS\n${line}\n\nE.O. 12958: DECL: 01/26/2016\nTAGS: PREL\n`).captions;
      const spaced = captionsOf('SECRET NOFORN');
      assert.deepEqual(spaced.map((c) => c.name), ['SIPDIS', 'NOFORN']);
      // The caption's span is the caption word, not the level before it.
      assert.equal(spaced[1].text, 'NOFORN');
      assert.equal(spaced[1].range.start.character, 7);
      assert.deepEqual(captionsOf('CONFIDENTIAL//NOFORN').map((c) => c.name), ['SIPDIS', 'NOFORN']);
      assert.deepEqual(captionsOf('SECRET/NOFORN').map((c) => c.name), ['SIPDIS', 'NOFORN']);
      // Anything but captions after the level is no caption line.
      assert.deepEqual(captionsOf('SECRET AGENTS').map((c) => c.name), ['SIPDIS']);
      assert.deepEqual(captionsOf('SECRET/NOFORN/NOCONTRACT').map((c) => c.name), ['SIPDIS']);
    });

    it('records the captions after the serial on the banner line (`S E C R E T BOGOTA 000243 SIPDIS NOFORN`)', () => {
      const model = parse('S E C R E T BOGOTA 000243 SIPDIS NOFORN\n\nE.O. 12958: DECL: 01/26/2020\nTAGS: PREL\n');
      const banner = model.banners[0];
      assert.equal(banner.serial?.text, '000243');
      assert.deepEqual(banner.captions.map((c) => c.text), ['SIPDIS', 'NOFORN']);
      assert.equal(banner.captions[1].range.start.character, 33);
      assert.deepEqual(model.classification, { level: 'S', caveats: ['NOFORN'], source: 'banner' });
      const sensitive = parse('UNCLAS LIMA 000219 SENSITIVE\n\nE.O. 12958: N/A\nTAGS: PREL\n');
      assert.equal(sensitive.classification?.level, 'SBU');
    });
  });
});
