// The TextMate grammar: token snapshots of the seeds and fixtures, the scopes of key tokens,
// colours under a theme, and the generated JSON staying in step with its source.
// UPDATE_SNAPSHOTS=1 rewrites the snapshots (review the diff in git before committing).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IRawTheme } from 'vscode-textmate';
import { diffSnapshots, formatSnapshot, snapshotDir, snapshotPathFor } from './snapshot';
import { compileWithOniguruma, loadGrammar, readRawGrammar, repoRoot, tokenizeLine, tokenizeText, type Token } from './textmate';

const updateSnapshots = process.env.UPDATE_SNAPSHOTS === '1';

/** Source files with a snapshot, relative to the repository root. */
function snapshotSources(): string[] {
  const list = (dir: string) =>
    fs
      .readdirSync(path.join(repoRoot, dir))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => `${dir}/${name}`);
  return [...list('seeds'), ...list('test/grammar/fixtures')];
}

async function snapshotOf(source: string, rawGrammar?: Record<string, unknown>): Promise<string> {
  const { grammar } = await loadGrammar(rawGrammar);
  return formatSnapshot(source, tokenizeText(grammar, fs.readFileSync(path.join(repoRoot, source), 'utf8')));
}

/** The first token whose text is exactly `text`. */
function tokenFor(tokens: Token[], text: string): Token {
  const token = tokens.find((candidate) => candidate.text === text);
  if (!token) {
    const seen = tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join('\n  ');
    assert.fail(`no token ${JSON.stringify(text)}; tokens:\n  ${seen}`);
  }
  return token;
}

describe('cable grammar', function () {
  this.timeout(30000);

  describe('snapshots', () => {
    for (const source of snapshotSources()) {
      it(`${source} matches ${path.relative(repoRoot, snapshotPathFor(source))}`, async () => {
        const actual = await snapshotOf(source);
        const file = snapshotPathFor(source);
        if (updateSnapshots) {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, actual);
          return;
        }
        assert.ok(fs.existsSync(file), `no snapshot ${file}: run with UPDATE_SNAPSHOTS=1 and review it`);
        const differences = diffSnapshots(fs.readFileSync(file, 'utf8'), actual);
        assert.deepEqual(differences, [], `tokens changed (UPDATE_SNAPSHOTS=1 to accept):\n${differences.join('\n')}`);
      });
    }

    it('has no snapshot left over from a removed source', () => {
      const sources = new Set(snapshotSources().map(snapshotPathFor));
      const snapshots = ['seeds', 'fixtures'].flatMap((dir) => {
        const full = path.join(snapshotDir, dir);
        return fs.existsSync(full) ? fs.readdirSync(full).map((name) => path.join(full, name)) : [];
      });
      assert.deepEqual(snapshots.filter((file) => !sources.has(file)), []);
    });

    it('reports a difference when one scope is renamed', async () => {
      const source = 'test/grammar/fixtures/acp127-secret-multisection.txt';
      const stored = fs.readFileSync(snapshotPathFor(source), 'utf8');
      assert.deepEqual(diffSnapshots(stored, await snapshotOf(source)), [], 'control: the unchanged grammar matches');

      const renamed = readRawGrammar();
      const repository = renamed.repository as Record<string, { patterns: { name?: string }[] }>;
      const tagCode = repository.tags.patterns.find((rule) => rule.name === 'entity.name.tag.code.cable');
      assert.ok(tagCode, 'the TAGS code rule exists');
      tagCode.name = 'entity.name.tag.renamed.cable';

      const differences = diffSnapshots(stored, await snapshotOf(source, renamed));
      assert.ok(differences.some((line) => line.startsWith('-') && line.includes('entity.name.tag.code.cable "PREL"')), differences.join('\n'));
      assert.ok(differences.some((line) => line.startsWith('+') && line.includes('entity.name.tag.renamed.cable "PREL"')), differences.join('\n'));
    });
  });

  describe('key tokens', () => {
    const cases: { line: string; text: string; scope: string }[] = [
      // Banner level, section, post, serial.
      { line: 'C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422', text: 'C O N F I D E N T I A L', scope: 'markup.classification.confidential.cable' },
      { line: 'C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422', text: 'SECTION', scope: 'keyword.other.section.cable' },
      { line: 'C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422', text: '02', scope: 'constant.numeric.section.cable' },
      { line: 'C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422', text: 'RANGOON', scope: 'entity.name.type.post.cable' },
      { line: 'C O N F I D E N T I A L SECTION 01 OF 02 RANGOON 001422', text: '001422', scope: 'constant.numeric.serial.cable' },
      { line: 'S E C R E T STATE 012345', text: 'S E C R E T', scope: 'markup.classification.secret.cable' },
      { line: 'T O P  S E C R E T STATE 012345', text: 'T O P  S E C R E T', scope: 'markup.classification.topsecret.cable' },
      { line: 'UNCLAS SECTION 01 OF 02 GABORONE 003355', text: 'UNCLAS', scope: 'markup.classification.unclassified.cable' },
      { line: 'UNCLAS SENSITIVE SECTION 01 OF 02 GABORONE 003355', text: 'UNCLAS SENSITIVE', scope: 'markup.classification.sbu.cable' },
      { line: 'LIMITED OFFICIAL USE KADUNA 0653', text: 'LIMITED OFFICIAL USE', scope: 'markup.classification.lou.cable' },
      { line: 'CONFIDENTIAL - ENTIRE TEXT.', text: 'ENTIRE TEXT', scope: 'storage.modifier.caption.cable' },
      // Portion marks by level, in the spellings the corpus uses.
      { line: '1. (U) Text.', text: '(U)', scope: 'markup.portion.unclassified.cable' },
      { line: '1. (U//FOUO) Text.', text: '(U//FOUO)', scope: 'markup.portion.unclassified.cable' },
      { line: '1. (SBU) Text.', text: '(SBU)', scope: 'markup.portion.sbu.cable' },
      { line: '1. (LOU) Text.', text: '(LOU)', scope: 'markup.portion.lou.cable' },
      { line: '1. (C) Text.', text: '(C)', scope: 'markup.portion.confidential.cable' },
      { line: '1. (c) Text.', text: '(c)', scope: 'markup.portion.confidential.cable' },
      { line: '1. ( C ) Text.', text: '( C )', scope: 'markup.portion.confidential.cable' },
      { line: '¶1. (S) Text.', text: '(S)', scope: 'markup.portion.secret.cable' },
      { line: '1. (S//NF) Text.', text: '(S//NF)', scope: 'markup.portion.secret.cable' },
      { line: '1. (S/NF) Text.', text: '(S/NF)', scope: 'markup.portion.secret.cable' },
      { line: '1. (TS) Text.', text: '(TS)', scope: 'markup.portion.topsecret.cable' },
      { line: 'SUBJECT: (C) A TITLE', text: '(C)', scope: 'markup.portion.confidential.cable' },
      // Header blocks.
      { line: 'TAGS: PREL, PGOV, ECON', text: 'PGOV', scope: 'entity.name.tag.code.cable' },
      { line: 'TAGS: PREL, PGOV, ECON', text: 'TAGS', scope: 'keyword.other.tags.cable' },
      { line: 'SUBJECT: WHERE IS THE NEW GOVERNMENT HEADING?', text: ' WHERE IS THE NEW GOVERNMENT HEADING?', scope: 'string.unquoted.subject.cable' },
      { line: 'E.O. 12958: DECL: 06/28/2014', text: '12958', scope: 'constant.numeric.eo-number.cable' },
      { line: 'E.O. 12958: DECL: 06/28/2014', text: '06/28/2014', scope: 'constant.numeric.decl-date.cable' },
      { line: 'E.O. 12958: N/A', text: 'N/A', scope: 'constant.language.not-applicable.cable' },
      { line: 'REF: A. RANGOON 1370', text: 'A', scope: 'variable.other.ref-letter.cable' },
      { line: 'REF: A. RANGOON 1370', text: 'RANGOON 1370', scope: 'markup.underline.link.cable-id.cable' },
      { line: 'REF: (A) Montreal 1093 02, (B) 04RANGOON1370', text: 'B', scope: 'variable.other.ref-letter.cable' },
      { line: 'REF: (A) Montreal 1093 02, (B) 04RANGOON1370', text: '04RANGOON1370', scope: 'markup.underline.link.cable-id.cable' },
      { line: 'REF: A. RANGOON 1370 ¶B. RANGOON 1357', text: 'B', scope: 'variable.other.ref-letter.cable' },
      { line: 'Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)', text: '1.4', scope: 'constant.numeric.reason-section.cable' },
      { line: 'Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)', text: 'd', scope: 'constant.character.reason-letter.cable' },
      // Body.
      { line: '- 11. (C) Summary: text', text: '11.', scope: 'constant.numeric.paragraph.cable' },
      { line: '- 11. (C) Summary: text', text: 'Summary:', scope: 'keyword.control.summary.begin.cable' },
      { line: 'met on October 27 (ref b) to sign', text: 'b', scope: 'variable.other.ref-letter.cable' },
      { line: 'But as ref (C) makes clear', text: 'C', scope: 'variable.other.ref-letter.cable' },
      { line: 'as reported in REFTEL, XXXXXXXXXXXX said', text: 'XXXXXXXXXXXX', scope: 'comment.other.redaction.cable' },
      { line: 'P 051007Z JUL 06', text: '051007Z JUL 06', scope: 'constant.numeric.dtg.cable' },
      { line: 'ZNY CCCCC ZZH', text: 'CCCCC', scope: 'markup.classification.confidential.cable' },
    ];
    for (const { line, text, scope } of cases) {
      it(`${JSON.stringify(text)} in ${JSON.stringify(line)} is ${scope}`, async () => {
        const { grammar } = await loadGrammar();
        const token = tokenFor(tokenizeLine(grammar, line), text);
        assert.ok(token.scopes.includes(scope), `scopes: ${token.scopes.join(' ')}`);
      });
    }

    const plain: { line: string; text: string }[] = [
      { line: 'THE SECRETARY SAID THE SECRET TALKS WOULD CONTINUE', text: 'SECRET' },
      { line: 'Items (a), (b) and (c) are listed in SECTION 1.4(C) of the act.', text: '(c)' },
      { line: 'He made the following comment: none.', text: 'comment:' },
    ];
    for (const { line, text } of plain) {
      it(`leaves ${JSON.stringify(text)} in ${JSON.stringify(line)} unscoped`, async () => {
        const { grammar } = await loadGrammar();
        const covering = tokenizeLine(grammar, line).filter((token) => token.text.includes(text));
        assert.ok(covering.length > 0 && covering.every((token) => token.scopes.length === 1), JSON.stringify(covering));
      });
    }
  });

  describe('colours under a theme', () => {
    // The foregrounds VS Code's Dark+ theme gives the base scopes the grammar relies on.
    const darkPlusSubset: IRawTheme = {
      settings: [
        { settings: { foreground: '#D4D4D4', background: '#1E1E1E' } },
        { scope: 'markup.inserted', settings: { foreground: '#B5CEA8' } },
        { scope: 'markup.changed', settings: { foreground: '#569CD6' } },
        { scope: 'markup.deleted', settings: { foreground: '#CE9178' } },
        { scope: 'keyword.control', settings: { foreground: '#C586C0' } },
        { scope: 'markup.bold', settings: { fontStyle: 'bold' } },
      ],
    };
    const FOREGROUND_MASK = 0x00ff8000;
    const FOREGROUND_OFFSET = 15;
    const FONT_STYLE_MASK = 0x00007800;
    const FONT_STYLE_OFFSET = 11;
    const BOLD = 2;

    /** Foreground colour and bold flag of the token at `text` on a line. */
    async function styleOf(theme: IRawTheme, line: string, text: string): Promise<{ foreground: string; bold: boolean }> {
      const { grammar, registry } = await loadGrammar(undefined, theme);
      const { tokens } = grammar.tokenizeLine2(line, null);
      const at = line.indexOf(text);
      let metadata = 0;
      for (let i = 0; i < tokens.length; i += 2) if (tokens[i] <= at) metadata = tokens[i + 1];
      const colorMap = registry.getColorMap();
      return {
        foreground: colorMap[(metadata & FOREGROUND_MASK) >>> FOREGROUND_OFFSET],
        bold: (((metadata & FONT_STYLE_MASK) >>> FONT_STYLE_OFFSET) & BOLD) !== 0,
      };
    }

    it('colours each portion level apart, like the U.S. marking colours', async () => {
      const styles = {
        U: await styleOf(darkPlusSubset, '1. (U) Text.', '(U)'),
        SBU: await styleOf(darkPlusSubset, '1. (SBU) Text.', '(SBU)'),
        C: await styleOf(darkPlusSubset, '1. (C) Text.', '(C)'),
        S: await styleOf(darkPlusSubset, '1. (S//NF) Text.', '(S//NF)'),
        TS: await styleOf(darkPlusSubset, '1. (TS) Text.', '(TS)'),
      };
      assert.deepEqual(styles, {
        U: { foreground: '#B5CEA8', bold: false },
        SBU: { foreground: '#C586C0', bold: false },
        C: { foreground: '#569CD6', bold: false },
        S: { foreground: '#CE9178', bold: false },
        TS: { foreground: '#CE9178', bold: true },
      });
    });

    it('colours the banner level like the portion marks of that level', async () => {
      assert.equal((await styleOf(darkPlusSubset, 'S E C R E T STATE 012345', 'S E C R E T')).foreground, '#CE9178');
      assert.equal((await styleOf(darkPlusSubset, 'UNCLAS GABORONE 003355', 'UNCLAS')).foreground, '#B5CEA8');
    });

    it('lets a theme rule for one level override the default', async () => {
      const customised: IRawTheme = {
        settings: [...darkPlusSubset.settings, { scope: 'markup.portion.secret', settings: { foreground: '#FF0000' } }],
      };
      assert.equal((await styleOf(customised, '1. (S) Text.', '(S)')).foreground, '#FF0000');
      assert.equal((await styleOf(customised, '1. (C) Text.', '(C)')).foreground, '#569CD6');
    });
  });

  describe('grammar file', () => {
    const raw = readRawGrammar();

    /** Every value under the given keys, anywhere in the grammar's rules. */
    function valuesOf(keys: string[], node: unknown = [raw.patterns, raw.repository], found: string[] = []): string[] {
      if (Array.isArray(node)) node.forEach((child) => valuesOf(keys, child, found));
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (keys.includes(key) && typeof value === 'string') found.push(value);
          else valuesOf(keys, value, found);
        }
      }
      return found;
    }

    it('is generated from syntaxes/cable.tmLanguage.src.mjs (node syntaxes/build-grammar.mjs)', () => {
      execFileSync(process.execPath, [path.join(repoRoot, 'syntaxes', 'build-grammar.mjs'), '--check'], { stdio: 'pipe' });
    });

    it('names scope text.cable and ends every scope with .cable, never invalid.*', () => {
      assert.equal(raw.scopeName, 'text.cable');
      const scopes = valuesOf(['name', 'contentName']).flatMap((name) => name.split(' '));
      assert.ok(scopes.length > 50);
      assert.deepEqual(scopes.filter((scope) => !scope.endsWith('.cable') || scope.startsWith('invalid')), []);
    });

    it('has only regexes Oniguruma compiles, without the `{n,m}+` nested-repeat trap', async () => {
      const regexes = valuesOf(['match', 'begin', 'end', 'while']);
      assert.ok(regexes.length > 50);
      for (const regex of regexes) await compileWithOniguruma([regex]);
      // In Oniguruma's syntax `a{2,}+` is `(?:a{2,})+`, a repeat of a repeat, not possessive.
      assert.deepEqual(regexes.filter((regex) => /\}\+/.test(regex.replace(/\\./g, ''))), []);
    });
  });

  describe('language configuration', () => {
    const config = JSON.parse(fs.readFileSync(path.join(repoRoot, 'language-configuration.json'), 'utf8')) as {
      wordPattern: string;
      brackets: [string, string][];
      folding: { markers: { start: string; end: string } };
    };

    it('selects cable words whole: ids, office symbols, dates, reason sections', () => {
      const word = new RegExp(config.wordPattern, 'g');
      const words = (text: string) => text.match(word) ?? [];
      assert.deepEqual(words('REF: 04RANGOON1370 FOR G/TIP, 1.4 (b) ON 11/02/2014'), ['REF', '04RANGOON1370', 'FOR', 'G/TIP', '1.4', 'b', 'ON', '11/02/2014']);
      assert.deepEqual(words("THE GOVERNMENT'S PLAN"), ['THE', "GOVERNMENT'S", 'PLAN']);
      assert.equal(new RegExp(config.wordPattern).test(''), false);
    });

    it('folds BEGIN TEXT / END TEXT and Summary / End Summary', () => {
      const start = new RegExp(config.folding.markers.start);
      const end = new RegExp(config.folding.markers.end);
      for (const line of ['BEGIN TEXT:', '1. (C) Summary: The minister said', '¶1. (S//NF) SUMMARY.  THE', 'Comment: And the rest', 'SUMMARY']) {
        assert.ok(start.test(line), line);
      }
      for (const line of ['END TEXT.', 'the minister. End Summary.', 'END SUMMARY.', 'on TIPs issues. End comment.']) {
        assert.ok(end.test(line), line);
      }
      assert.equal(start.test('the summary of the meeting'), false);
      assert.deepEqual(config.brackets, [['(', ')']]);
    });
  });
});
