// cable-lint as users and CI run it: the real bin in a child process, on real files.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { GOOD_CABLE } from '../robustness/hostileInputs';

const root = join(__dirname, '..', '..', '..');
const bin = join(root, 'bin', 'cable-lint.js');
const rangoon = join(root, 'seeds', '04RANGOON1422.txt');
const bangkok = join(root, 'seeds', '06BANGKOK3955.txt');

interface RunOptions {
  cwd?: string;
  /** What the CLI reads on standard input (nothing when not given). */
  input?: string | Buffer;
  /** Run as this user: tests run as root, whom file permissions do not stop. */
  uid?: number;
  gid?: number;
  env?: NodeJS.ProcessEnv;
}

function cableLint(args: string[], options: RunOptions = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', input: options.input ?? '', uid: options.uid, gid: options.gid, env: options.env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const NOBODY = 65534;

/** A cable every rule passes (shared with the hostile-input suites). */
const CLEAN = GOOD_CABLE;

describe('cable-lint CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cable-lint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('on a bad option or no paths, prints the error and a hint to --help (not the whole help) and exits 2', () => {
    for (const [args, error] of [
      [['--nope', 'seeds'], 'Unknown option "--nope".'],
      [[], 'No files or directories given.'],
      [['--format', 'xml', 'seeds'], 'Unknown format "xml": use text, json, jsonl, sarif, github.'],
      [['--date', '11/02/2004', 'seeds'], '--date takes a date like 2004-11-02, not "11/02/2004".'],
    ] as const) {
      const r = cableLint([...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr, `cable-lint: ${error}\nRun cable-lint --help for the options.\n`);
      assert.equal(r.stdout, '');
    }
  });

  it('-- ends the options: every argument after it is a path (- still standard input)', () => {
    writeFileSync(join(dir, '--fix'), readFileSync(bangkok));
    writeFileSync(join(dir, '--quiet.txt'), CLEAN);
    const r = cableLint(['--format', 'json', '--', '--fix', '--quiet.txt', '-'], { cwd: dir, input: CLEAN });
    assert.deepEqual(JSON.parse(r.stdout).map((e: { file: string }) => e.file), ['--fix', '--quiet.txt', '<stdin>']);
    assert.equal(readFileSync(join(dir, '--fix'), 'utf8'), readFileSync(bangkok, 'utf8'), '--fix after -- is a file, not the option');
    assert.equal(r.code, 1);
    assert.equal(cableLint(['--', '--nope'], { cwd: dir }).stdout, '--nope  error  No such file or directory (ENOENT).\n0 files checked; 1 could not be checked.\n');
  });

  it('checks a path named twice, or a file named and inside a named directory, once', () => {
    copyFileSync(bangkok, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.cable'), CLEAN);
    const files = (args: string[]) => JSON.parse(cableLint(['--format', 'json', ...args], { cwd: dir }).stdout).map((e: { file: string }) => e.file);
    assert.deepEqual(files(['a.txt', './a.txt', join(dir, 'a.txt')]), ['a.txt']);
    assert.deepEqual(files(['.', './', 'a.txt']), ['a.txt', 'b.cable']);
    assert.deepEqual(files(['b.cable', '.']), ['b.cable', 'a.txt']);
    assert.deepEqual(files(['nope.txt', './nope.txt']), ['nope.txt']);
    // A directory whose only cable was named before it is not "a directory without cables".
    mkdirSync(join(dir, 'one'));
    writeFileSync(join(dir, 'one', 'c.txt'), CLEAN);
    const r = cableLint(['one/c.txt', 'one'], { cwd: dir });
    assert.equal(r.stdout, 'No problems in 1 file.\n');
    assert.equal(r.code, 0);
    // --fix writes each file once.
    const fix = cableLint(['--fix', 'a.txt', 'a.txt', '.'], { cwd: dir });
    assert.equal(fix.stdout.match(/a\.txt: fixed/g)?.length, 1, fix.stdout);
  });

  it('a missing path with * or ? says that cable-lint does not expand patterns itself', () => {
    writeFileSync(join(dir, 'a.txt'), CLEAN);
    const hint = 'cable-lint does not expand * or ? itself: name the folder instead (it is walked for .cable and .txt files), or leave the pattern unquoted for the shell to expand.';
    for (const pattern of ['*.txt', 'cables/**/*.txt', '0?RANGOON.txt']) {
      const r = cableLint(['--format', 'jsonl', pattern], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(JSON.parse(r.stdout).error, `No such file or directory (ENOENT). ${hint}`, pattern);
    }
    assert.equal(JSON.parse(cableLint(['--format', 'jsonl', 'nope.txt'], { cwd: dir }).stdout).error, 'No such file or directory (ENOENT).');
  });

  it('--config naming a file that cannot be read says why in words, and exits 2', () => {
    const r = cableLint(['--config', 'nope.json', 'seeds']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'cable-lint: --config nope.json: Cannot read the file: no such file or directory.\n');
    assert.equal(cableLint(['--config', 'seeds', 'seeds']).stderr, 'cable-lint: --config seeds: Cannot read the file: it is a directory.\n');
  });

  it('run before a build (a fresh clone), says in one line to build first and exits 2, the CLI and the language server alike', () => {
    // The bins as they are, in a tree with no out/ folder: what a clone has before `npm run build`.
    mkdirSync(join(dir, 'bin'));
    for (const name of ['cable-lint.js', 'cable-language-server.js']) copyFileSync(join(root, 'bin', name), join(dir, 'bin', name));
    for (const [name, args] of [['cable-lint', ['seeds']], ['cable-language-server', ['--stdio']]] as const) {
      const r = spawnSync(process.execPath, [join(dir, 'bin', `${name}.js`), ...args], { cwd: dir, encoding: 'utf8', input: '' });
      assert.equal(r.status, 2, name);
      assert.equal(r.stdout, '', name);
      assert.match(r.stderr, new RegExp(`^${name}: not built yet \\(.+ is missing\\): run \`npm run build\` \\(or \`npm start\`\\) in .+ first\\.\\n$`), r.stderr);
    }
  });

  it('a reader that closes the pipe early (| head) gets exit 141, as SIGPIPE gives standard tools, never 0, even when every cable is clean', async () => {
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `clean-${i}.cable`), CLEAN);
    const csv = join(dir, 'clean.csv');
    writeFileSync(csv, Array.from({ length: 4000 }, (_, i) => `"${i}","","06GABORONE${i}","","UNCLASSIFIED","","",${JSON.stringify(CLEAN)}`).join('\n') + '\n');
    for (const args of [[dir], ['--csv', csv], ['--csv', csv, '--jobs', '2']]) {
      // Every cable clean: run to its end, the status is 0.
      assert.equal(cableLint(['--format', 'jsonl', ...args]).code, 0, args.join(' '));
      const child = spawn(process.execPath, [bin, '--format', 'jsonl', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(stderr, '', args.join(' '));
      assert.equal(code, 141, args.join(' '));
    }
  });

  it('--help and --version exit 0', () => {
    assert.match(cableLint(['--help']).stdout, /--format text\|json\|jsonl\|sarif/);
    assert.match(cableLint(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });

  it('reports file:line:col severity message rule-id and exits 1 on errors', () => {
    const r = cableLint(['seeds']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^seeds\/06BANGKOK3955\.txt:\d+:\d+ {2}error {2}.+ {2}banner-missing$/m);
    assert.match(r.stdout, /^seeds\/04RANGOON1422\.txt:17:\d+ {2}warning {2}.+ {2}paragraph-numbering$/m);
    assert.match(r.stdout, /\d+ problems? \(.*\) in 2 files/);
  });

  it('exits 0 on a clean cable', () => {
    writeFileSync(join(dir, 'clean.cable'), CLEAN);
    const r = cableLint([join(dir, 'clean.cable')]);
    assert.equal(r.stdout.trim(), 'No problems in 1 file.', r.stdout);
    assert.equal(r.code, 0);
  });

  it('JSON output keeps a U+2028 inside a value as it is (only the document is indented)', () => {
    writeFileSync(join(dir, 'separator.cable'), CLEAN.replace(/^(SUBJECT: .*)$/m, '$1\u2028AND MORE'));
    const [report] = JSON.parse(cableLint(['--format', 'json', join(dir, 'separator.cable')]).stdout);
    assert.match(report.cable.subject, /\u2028AND MORE$/);
  });

  it('JSON output gives a REF item lettered in lower case its letter, upper-cased', () => {
    const target = join(dir, 'lower.txt');
    writeFileSync(target, readFileSync(join(root, 'seeds', '04RANGOON1422.txt'), 'utf8').replace(/^REF: .*$/m, 'REF: a) RANGOON 1370 b) RANGOON 1357'));
    const [report] = JSON.parse(cableLint(['--format', 'json', target]).stdout);
    assert.deepEqual(report.cable.references.map((r: { letter: string }) => r.letter), ['A', 'B']);
  });

  it('JSON output follows the documented contract on the seeds', () => {
    const r = cableLint(['--format', 'json', 'seeds']);
    const reports = JSON.parse(r.stdout);
    assert.deepEqual(reports.map((x: { file: string }) => x.file), ['seeds/04RANGOON1422.txt', 'seeds/06BANGKOK3955.txt']);
    const [rangoonReport, bangkokReport] = reports;
    for (const d of [...rangoonReport.diagnostics, ...bangkokReport.diagnostics]) {
      assert.deepEqual(Object.keys(d).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity']);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity));
      assert.ok(d.line >= 1 && d.column >= 1);
    }
    const cable = rangoonReport.cable;
    assert.equal(cable.classification, 'CONFIDENTIAL');
    assert.deepEqual(cable.caveats, []);
    assert.equal(cable.post, 'RANGOON');
    assert.equal(cable.serial, '001422');
    assert.equal(cable.eo, '12958');
    assert.deepEqual(cable.tags, ['PHUM', 'ELAB', 'PGOV', 'EAID', 'BM']);
    assert.equal(cable.subject, 'MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION');
    assert.deepEqual(cable.references, [
      { letter: 'A', text: 'RANGOON 1370', id: '04RANGOON1370' },
      { letter: 'B', text: 'RANGOON 1357', id: '04RANGOON1357' },
    ]);
    assert.equal(cable.sections, 2);
    assert.deepEqual(cable.paragraphs[0], { number: 11, marking: 'C', line: 17 });
    for (const rule of ['tags-missing', 'subject-missing', 'eo-missing', 'eo-format', 'eo-decl', 'classified-by-missing', 'classified-by-reason', 'ref-undefined', 'ref-unused']) {
      assert.ok(!rangoonReport.diagnostics.some((d: { rule: string }) => d.rule === rule), `${rule} should not fire on the Rangoon seed`);
    }
    assert.equal(bangkokReport.cable.classification, 'UNCLASSIFIED');
    assert.equal(bangkokReport.cable.date, '2006-07-05');
    const bangkokRules = new Set(bangkokReport.diagnostics.map((d: { rule: string }) => d.rule));
    for (const rule of ['banner-missing', 'tags-missing', 'subject-missing']) assert.ok(bangkokRules.has(rule), `${rule} should fire on the Bangkok seed`);
  });

  it('SARIF output is a 2.1.0 log with rules and located results', () => {
    const sarif = JSON.parse(cableLint(['--format', 'sarif', 'seeds']).stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'cable-lint');
    assert.ok(run.tool.driver.rules.some((r: { id: string }) => r.id === 'paragraph-numbering'));
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'banner-missing');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'seeds/06BANGKOK3955.txt');
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'banner-missing');
  });

  it('--fix repairs the garbled paragraph numbers in place and keeps CRLF line ends', () => {
    const target = join(dir, '04RANGOON1422.txt');
    writeFileSync(target, readFileSync(rangoon, 'utf8').replace(/\n/g, '\r\n'));
    cableLint(['--fix', target]);
    const fixed = readFileSync(target, 'utf8');
    assert.ok(!/(^|\n)- 1[13]\. /.test(fixed), 'garbled 11. and 13. should be restored');
    assert.match(fixed, /^- 1\. \(C\) Summary/m);
    assert.match(fixed, /^- 10\. \(C\) More importantly/m);
    assert.ok(!/[^\r]\n/.test(fixed), 'every line still ends with CRLF');
    const after = JSON.parse(cableLint(['--format', 'json', target]).stdout)[0];
    assert.ok(!after.diagnostics.some((d: { rule: string }) => d.rule === 'paragraph-numbering'));
    const again = readFileSync(target, 'utf8');
    cableLint(['--fix', target]);
    assert.equal(readFileSync(target, 'utf8'), again, 'a second --fix changes nothing');
  });

  it('--fix keeps a UTF-8 BOM', () => {
    const target = join(dir, 'bom.cable');
    writeFileSync(target, '\ufeff' + CLEAN.replace("UNCLAS GABORONE", "UNCLASSIFIED GABORONE"));
    cableLint(['--fix', target]);
    const bytes = readFileSync(target);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), CLEAN);
  });

  it('--fix lints a named file that is not .cable or .txt (README.md) but never rewrites it, and says so', () => {
    const readme = join(dir, 'README.md');
    const page = readFileSync(bangkok, 'utf8');
    writeFileSync(readme, page);
    copyFileSync(bangkok, join(dir, 'b.TXT'));
    const r = cableLint(['--fix', readme, join(dir, 'b.TXT')]);
    assert.equal(readFileSync(readme, 'utf8'), page, 'README.md is left as it was');
    assert.notEqual(readFileSync(join(dir, 'b.TXT'), 'utf8'), page, 'a .TXT file is fixed');
    assert.match(r.stdout, /README\.md:\d+:\d+ {2}error {2}.+ {2}banner-missing$/m, 'and it is still linted');
    assert.match(r.stdout, /README\.md: not fixed: --fix rewrites only \.cable and \.txt files: this one is checked, not rewritten \(\d+ fixable problems? left\)$/m);
    assert.doesNotMatch(r.stdout, /README\.md: fixed/);
    assert.equal(r.code, 1);
  });

  it('--fix tells what it did in every format: JSON fields, GitHub annotations, SARIF notifications', () => {
    const run = (format: string) => {
      copyFileSync(rangoon, join(dir, 'a.txt'));
      copyFileSync(rangoon, join(dir, 'README.md'));
      return cableLint(['--fix', '--format', format, join(dir, 'a.txt'), join(dir, 'README.md')]).stdout;
    };
    const json = JSON.parse(run('json')) as Array<{ file: string; fixed?: number; notFixed?: string }>;
    assert.ok((json.find((r) => r.file.endsWith('a.txt'))?.fixed ?? 0) > 0, JSON.stringify(json));
    assert.match(json.find((r) => r.file.endsWith('README.md'))?.notFixed ?? '', /rewrites only \.cable and \.txt files/);
    const lines = run('jsonl').trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(lines[0].fixed > 0 && /rewrites only/.test(lines[1].notFixed), JSON.stringify(lines));
    const github = run('github');
    assert.match(github, /^::notice file=[^,]*a\.txt,title=cable-lint::fixed \d+ problems$/m);
    assert.match(github, /^::warning file=[^,]*README\.md,title=cable-lint::not fixed: --fix rewrites only/m);
    const notes = JSON.parse(run('sarif')).runs[0].invocations[0];
    assert.deepEqual(notes.toolExecutionNotifications.map((n: { level: string; message: { text: string } }) => [n.level, n.message.text.split(':')[0]]), [['note', `fixed ${json[0].fixed} problems`], ['warning', 'not fixed']]);
    assert.equal(notes.executionSuccessful, true, 'what --fix did is no failure of the run');
    // Without --fix the JSON keeps its shape.
    assert.deepEqual(Object.keys(JSON.parse(cableLint(['--format', 'json', rangoon]).stdout)[0]), ['file', 'diagnostics', 'cable']);
  });

  it('colours the text report when FORCE_COLOR asks (not 0 or false) though stdout is a pipe; NO_COLOR alone changes nothing there', () => {
    const coloured = (env: Record<string, string>) => /\u001b\[/.test(cableLint([bangkok], { env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '', ...env } }).stdout);
    assert.equal(coloured({}), false);
    assert.equal(coloured({ FORCE_COLOR: '1' }), true);
    assert.equal(coloured({ FORCE_COLOR: '0' }), false);
    assert.equal(coloured({ FORCE_COLOR: 'false' }), false);
    assert.equal(coloured({ NO_COLOR: '1' }), false);
  });

  it('walks directories for .cable and .txt files only', () => {
    copyFileSync(bangkok, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.cable'), CLEAN);
    writeFileSync(join(dir, 'notes.md'), '# not a cable');
    const files = JSON.parse(cableLint(['--format', 'json', dir]).stdout).map((r: { file: string }) => r.file);
    assert.deepEqual(files, [join(dir, 'a.txt'), join(dir, 'b.cable')]);
  });

  it('reports a missing path and a binary file with exit 2 and still checks the rest', () => {
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]));
    writeFileSync(join(dir, 'clean.cable'), CLEAN);
    const r = cableLint([dir, join(dir, 'missing.cable')]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /image\.txt {2}error {2}Binary file/);
    assert.match(r.stdout, /missing\.cable {2}error {2}No such file/);
    assert.match(r.stdout, /in 1 file/);
  });

  it('finds .cablelintrc.json by walking up, and --config overrides it', () => {
    writeFileSync(join(dir, '.cablelintrc.json'), '{ "rules": { "banner-missing": "off" } }');
    copyFileSync(bangkok, join(dir, 'bangkok.txt'));
    const rules = (args: string[]) => JSON.parse(cableLint(['--format', 'json', ...args]).stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
    assert.ok(!rules([join(dir, 'bangkok.txt')]).includes('banner-missing'));
    writeFileSync(join(dir, 'other.json'), '{ "rules": { "tags-missing": "off" } }');
    const withOther = rules(['--config', join(dir, 'other.json'), join(dir, 'bangkok.txt')]);
    assert.ok(withOther.includes('banner-missing'));
    assert.ok(!withOther.includes('tags-missing'));
  });

  it('reads a config saved with a BOM (as Windows editors save) without calling it invalid', () => {
    writeFileSync(join(dir, '.cablelintrc.json'), '\uFEFF{ "rules": { "banner-missing": "off" } }');
    const r = cableLint(['--print-config', join(dir, 'bangkok.txt')]);
    assert.equal(r.stderr, '');
    assert.equal(JSON.parse(r.stdout).rules['banner-missing'], 'off');
  });

  it('a malformed config is reported with its position and linting goes on with defaults', () => {
    writeFileSync(join(dir, '.cablelintrc.json'), '{\n  "rules": { "banner-missing": "loud" }\n}');
    copyFileSync(bangkok, join(dir, 'bangkok.txt'));
    const r = cableLint(['--format', 'json', join(dir, 'bangkok.txt')]);
    assert.match(r.stderr, /\.cablelintrc\.json:2:\d+: Rule "banner-missing": severity must be one of/);
    assert.ok(JSON.parse(r.stdout)[0].diagnostics.some((d: { rule: string }) => d.rule === 'banner-missing'));
  });

  it('a config that is not valid JSON is not used at all, as its message says: the defaults apply', () => {
    // The parser's guess at the rest would turn the rule off; nobody meant a mistyped file.
    writeFileSync(join(dir, '.cablelintrc.json'), '{ "rules": { "paragraph-numbering": "off" ');
    copyFileSync(rangoon, join(dir, 'rangoon.txt'));
    const r = cableLint(['--format', 'json', join(dir, 'rangoon.txt')]);
    assert.match(r.stderr, /\.cablelintrc\.json:1:\d+: Invalid JSON: a closing brace \} is expected\. \(the file is not used; linting goes on with the defaults\)/);
    assert.ok(JSON.parse(r.stdout)[0].diagnostics.some((d: { rule: string }) => d.rule === 'paragraph-numbering'), 'the mistyped file applied');
  });

  it('--date supplies the cable date when the text has none', () => {
    writeFileSync(join(dir, 'clean.cable'), CLEAN);
    const cable = (args: string[]) => JSON.parse(cableLint(['--format', 'json', ...args, join(dir, 'clean.cable')]).stdout)[0].cable;
    assert.equal(cable([]).date, null);
    assert.equal(cable(['--date', '2004-11-02']).date, '2004-11-02');
  });

  it('refuses a --date or config date that is no day of the calendar, which would leave the date rules silent', () => {
    writeFileSync(join(dir, 'clean.cable'), CLEAN);
    for (const date of ['2004-02-30', '2004-13-01']) {
      const r = cableLint(['--date', date, join(dir, 'clean.cable')]);
      assert.equal(r.code, 2, date);
      assert.match(r.stderr, new RegExp(`--date takes a date like 2004-11-02, not "${date}" \\(no such day\\)`));
    }
    writeFileSync(join(dir, '.cablelintrc.json'), '{ "date": "2004-02-30" }');
    const r = cableLint(['--format', 'json', join(dir, 'clean.cable')]);
    assert.match(r.stderr, /\.cablelintrc\.json:1:\d+: "date" must be a date like 2004-11-02; there is no day 2004-02-30/);
  });

  describe('the text summary', () => {
    it('counts the paths that could not be checked, with and without findings', () => {
      writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]));
      writeFileSync(join(dir, 'clean.cable'), CLEAN);
      const clean = cableLint([dir, join(dir, 'missing.cable')]);
      assert.equal(clean.code, 2);
      assert.match(clean.stdout, /\nNo problems in 1 file; 2 could not be checked\.\n$/);
      const findings = cableLint([bangkok, join(dir, 'missing.cable')]);
      assert.match(findings.stdout, /\n\d+ problems \(.*\) in 1 file; 1 could not be checked\n$/);
    });

    it('does not say "No problems" when nothing could be checked', () => {
      const r = cableLint([join(dir, 'missing.cable'), join(dir, 'gone.txt')]);
      assert.equal(r.code, 2);
      assert.match(r.stdout, /\n0 files checked; 2 could not be checked\.\n$/);
    });

    it('leaves the JSON, JSON Lines and SARIF documents as they were', () => {
      const missing = join(dir, 'missing.cable');
      assert.deepEqual(JSON.parse(cableLint(['--format', 'json', missing]).stdout), [{ file: missing, error: 'No such file or directory (ENOENT).', diagnostics: [], cable: null }]);
      assert.deepEqual(JSON.parse(cableLint(['--format', 'jsonl', missing]).stdout), { file: missing, error: 'No such file or directory (ENOENT).', diagnostics: [], cable: null });
      const sarif = JSON.parse(cableLint(['--format', 'sarif', missing]).stdout);
      assert.equal(sarif.runs[0].invocations[0].toolExecutionNotifications.length, 1);
    });
  });

  describe('--fix keeps the file the same file', () => {
    const garbled = () => readFileSync(rangoon, 'utf8');

    it('a hard link to it sees the fixes (written in place, same inode)', () => {
      const file = join(dir, 'a.txt');
      writeFileSync(file, garbled());
      linkSync(file, join(dir, 'link.txt'));
      const inode = statSync(file).ino;
      cableLint(['--fix', file]);
      assert.notEqual(readFileSync(file, 'utf8'), garbled(), 'fixed');
      assert.equal(readFileSync(join(dir, 'link.txt'), 'utf8'), readFileSync(file, 'utf8'), 'the link shows the fixed text');
      assert.equal(statSync(file).ino, inode);
    });

    it('keeps its owner and group when root fixes a file of another user', function () {
      if (process.getuid?.() !== 0) this.skip(); // only root can own a file for someone else
      const file = join(dir, 'theirs.txt');
      writeFileSync(file, garbled());
      chownSync(file, NOBODY, NOBODY);
      cableLint(['--fix', file]);
      assert.notEqual(readFileSync(file, 'utf8'), garbled(), 'fixed');
      assert.deepEqual([statSync(file).uid, statSync(file).gid], [NOBODY, NOBODY]);
    });

    it('is fixed in place when its folder is not writable but the file is, and no temporary file is named', function () {
      const asRoot = process.getuid?.() === 0;
      chmodSync(dir, 0o755);
      const folder = join(dir, 'readonly');
      mkdirSync(folder);
      const file = join(folder, 'w.txt');
      writeFileSync(file, garbled());
      if (asRoot) chownSync(file, NOBODY, NOBODY);
      chmodSync(folder, 0o555);
      const r = cableLint(['--fix', file], asRoot ? { uid: NOBODY, gid: NOBODY } : {});
      chmodSync(folder, 0o755);
      assert.doesNotMatch(r.stdout + r.stderr, /\.tmp|Cannot write/, r.stdout);
      assert.notEqual(readFileSync(file, 'utf8'), garbled(), 'fixed');
    });
  });

  it('words an unreadable directory as it words an unreadable file: "permission denied"', function () {
    // Root reads anything, so as root the CLI runs as nobody.
    const asRoot = process.getuid?.() === 0;
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'secret.txt'), CLEAN);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const closed = join(dir, 'closed');
    mkdirSync(closed);
    writeFileSync(join(closed, 'inside.txt'), CLEAN);
    chmodSync(closed, 0o000);
    const r = cableLint([dir], asRoot ? { uid: NOBODY, gid: NOBODY } : {});
    chmodSync(closed, 0o755);
    if (r.stdout.includes('secret.txt  error  Cannot read the file: permission denied.') === false) this.skip(); // permissions not enforced here
    assert.match(r.stdout, /closed {2}error {2}Cannot read the directory: permission denied\.\n/);
    assert.doesNotMatch(r.stdout, /EACCES/);
  });

  describe('- reads standard input', () => {
    it('lints standard input as <stdin> in every format', () => {
      const text = cableLint(['-'], { input: CLEAN });
      assert.equal(text.stdout, 'No problems in 1 file.\n');
      assert.equal(text.code, 0);
      const findings = cableLint(['-'], { input: readFileSync(bangkok) });
      assert.match(findings.stdout, /^<stdin>:\d+:\d+ {2}error {2}.+ {2}banner-missing$/m);
      assert.equal(findings.code, 1);
      assert.deepEqual(JSON.parse(cableLint(['--format', 'json', '-'], { input: CLEAN }).stdout).map((r: { file: string }) => r.file), ['<stdin>']);
      assert.equal(JSON.parse(cableLint(['--format', 'jsonl', '-'], { input: CLEAN }).stdout).file, '<stdin>');
      const sarif = JSON.parse(cableLint(['--format', 'sarif', '-'], { input: readFileSync(bangkok) }).stdout);
      assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, '%3Cstdin%3E');
    });

    it('reports empty (or blank) input as a problem (exit 2), as --csv - does, and checks the files named with it', () => {
      writeFileSync(join(dir, 'clean.cable'), CLEAN);
      for (const input of ['', '\n', ' \r\n\t\n', '\ufeff']) {
        const r = cableLint(['-'], { input });
        assert.equal(r.code, 2, JSON.stringify(input));
        assert.equal(r.stdout, '<stdin>  error  No cable: standard input is empty (did the command before the pipe fail?); nothing checked.\n0 files checked; 1 could not be checked.\n');
      }
      const json = JSON.parse(cableLint(['--format', 'json', '--stdin-filename', 'drafts/new.txt', join(dir, 'clean.cable'), '-']).stdout);
      assert.deepEqual(json.map((r: { file: string; error?: string }) => [r.file, r.error]), [
        [join(dir, 'clean.cable'), undefined],
        ['drafts/new.txt', 'No cable: standard input is empty (did the command before the pipe fail?); nothing checked.'],
      ]);
    });

    it('lints standard input next to files, in the order given', () => {
      writeFileSync(join(dir, 'clean.cable'), CLEAN);
      const files = JSON.parse(cableLint(['--format', 'json', join(dir, 'clean.cable'), '-'], { input: CLEAN }).stdout).map((r: { file: string }) => r.file);
      assert.deepEqual(files, [join(dir, 'clean.cable'), '<stdin>']);
    });

    it('--stdin-filename names the input, and a cable id in the name gives the year as a file name does', () => {
      const references = (args: string[]) => JSON.parse(cableLint(['--format', 'json', ...args], { input: readFileSync(rangoon) }).stdout)[0];
      assert.deepEqual(references(['-']).cable.references.map((r: { id: string | null }) => r.id), [null, null]);
      const named = references(['--stdin-filename', 'drafts/04RANGOON1422.txt', '-']);
      assert.equal(named.file, 'drafts/04RANGOON1422.txt');
      assert.deepEqual(named.cable.references.map((r: { id: string }) => r.id), ['04RANGOON1370', '04RANGOON1357']);
    });

    it('gives binary input the message a binary file gets, and checks invalid UTF-8 as it checks such a file', () => {
      const binary = cableLint(['-'], { input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]) });
      assert.equal(binary.code, 2);
      assert.match(binary.stdout, /^<stdin> {2}error {2}Binary file \(it contains NUL bytes\): not a cable, not checked\.$/m);
      const invalid = Buffer.concat([Buffer.from(CLEAN.slice(0, 40)), Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN.slice(40))]);
      writeFileSync(join(dir, 'invalid.txt'), invalid);
      const asFile = JSON.parse(cableLint(['--format', 'json', join(dir, 'invalid.txt')]).stdout)[0].diagnostics;
      assert.deepEqual(JSON.parse(cableLint(['--format', 'json', '-'], { input: invalid }).stdout)[0].diagnostics, asFile);
    });

    it('refuses --fix with - (there is no file to write), a second -, and --stdin-filename without -, as usage errors', () => {
      for (const args of [['--fix', '-'], ['-', '-'], ['--stdin-filename', 'x.txt', 'seeds']]) {
        const r = cableLint(args, { input: CLEAN });
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /^cable-lint: .+\nRun cable-lint --help for the options\.\n$/, args.join(' '));
        assert.equal(r.stdout, '', args.join(' '));
      }
      assert.match(cableLint(['--fix', '-']).stderr, /--fix cannot write standard input/);
    });
  });

  describe('a directory without cables', () => {
    it('is an error (exit 2) naming the directory, and the other paths are still checked', () => {
      const empty = join(dir, 'empty');
      mkdirSync(empty);
      writeFileSync(join(empty, 'notes.md'), '# not a cable');
      writeFileSync(join(dir, 'clean.cable'), CLEAN);
      const alone = cableLint([empty]);
      assert.equal(alone.code, 2);
      assert.match(alone.stdout, new RegExp(`^${empty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} {2}error {2}No \\.cable or \\.txt files in this directory`, 'm'));
      const withFile = JSON.parse(cableLint(['--format', 'json', empty, join(dir, 'clean.cable')]).stdout);
      assert.deepEqual(withFile.map((r: { file: string; error?: string }) => [r.file, Boolean(r.error)]), [[empty, true], [join(dir, 'clean.cable'), false]]);
    });

    it('is accepted with --allow-empty-dirs', () => {
      const empty = join(dir, 'empty');
      mkdirSync(empty);
      const r = cableLint(['--allow-empty-dirs', empty]);
      assert.equal(r.stdout, 'No problems in 0 files.\n');
      assert.equal(r.code, 0);
    });
  });

  describe('ignores in .cablelintrc.json', () => {
    /** dir/clean.cable (clean), dir/drafts/a.txt and dir/notes/b.draft.txt (errors), under a config ignoring the last two. */
    const corpus = () => {
      mkdirSync(join(dir, 'drafts'));
      mkdirSync(join(dir, 'notes'));
      writeFileSync(join(dir, 'clean.cable'), CLEAN);
      copyFileSync(bangkok, join(dir, 'drafts', 'a.txt'));
      copyFileSync(bangkok, join(dir, 'notes', 'b.draft.txt'));
      writeFileSync(join(dir, '.cablelintrc.json'), '{ "ignores": ["drafts/", "**/*.draft.txt"] }');
    };

    it('skips the files they match when walking a directory', () => {
      corpus();
      const r = cableLint([dir]);
      assert.equal(r.stdout.trim(), 'No problems in 1 file.', r.stdout);
      assert.equal(r.code, 0);
      assert.equal(r.stderr, '');
    });

    it('patterns are relative to the config file\'s folder, wherever cable-lint runs', () => {
      corpus();
      writeFileSync(join(dir, 'drafts', '.cablelintrc.json'), '{ "ignores": ["*.txt"] }');
      writeFileSync(join(dir, 'notes', 'c.txt'), CLEAN);
      const r = cableLint(['--format', 'json', '.'], { cwd: join(dir, 'notes') });
      assert.deepEqual(JSON.parse(r.stdout).map((e: { file: string }) => e.file), ['c.txt']);
      // drafts/ has a config of its own: the parent's "drafts/" does not reach into it, its own "*.txt" does.
      const nested = cableLint(['--format', 'json', '--allow-empty-dirs', join(dir, 'drafts')]);
      assert.deepEqual(JSON.parse(nested.stdout), []);
    });

    it('a file named on the command line is not checked either, with ESLint\'s warning on stderr and the exit status unaffected', () => {
      corpus();
      const r = cableLint(['--format', 'json', join(dir, 'drafts', 'a.txt'), join(dir, 'clean.cable')]);
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.stdout).map((e: { file: string }) => e.file), [join(dir, 'clean.cable')]);
      assert.match(r.stderr, /drafts\/a\.txt: warning: File ignored because of a matching ignore pattern in .*\.cablelintrc\.json; not checked\./);
      assert.equal(cableLint(['--quiet', join(dir, 'drafts', 'a.txt')]).stderr, '', '--quiet keeps the warning back, as ESLint does');
    });

    it('--stdin-filename names an ignored file: the input is not checked', () => {
      corpus();
      const r = cableLint(['--format', 'json', '--stdin-filename', join(dir, 'drafts', 'x.txt'), '-'], { input: readFileSync(bangkok) });
      assert.deepEqual(JSON.parse(r.stdout), []);
      assert.match(r.stderr, /File ignored because of a matching ignore pattern/);
      assert.equal(r.code, 0);
    });

    it('a named directory whose every cable is ignored is reported as such (exit 2), or accepted with --allow-empty-dirs', () => {
      corpus();
      const r = cableLint([join(dir, 'drafts')]);
      assert.equal(r.code, 2);
      assert.match(r.stdout, /drafts {2}error {2}Every \.cable and \.txt file in this directory is ignored by the "ignores" of \.cablelintrc\.json/);
      assert.equal(cableLint(['--allow-empty-dirs', join(dir, 'drafts')]).code, 0);
    });
  });

  describe('overrides in .cablelintrc.json', () => {
    it('apply in order after the top level to the files they match', () => {
      for (const folder of ['2004', '2006', 'drafts']) {
        mkdirSync(join(dir, folder));
        copyFileSync(bangkok, join(dir, folder, 'bangkok.txt'));
      }
      writeFileSync(
        join(dir, '.cablelintrc.json'),
        JSON.stringify({
          rules: { 'tags-missing': 'warning' },
          overrides: [
            { files: ['2006/**', 'drafts/'], rules: { 'tags-missing': 'info', 'subject-missing': 'hint' } },
            { files: ['drafts'], rules: { '*': 'off' } },
          ],
        }),
      );
      const reports = JSON.parse(cableLint(['--format', 'json', dir]).stdout) as Array<{ file: string; diagnostics: Array<{ rule: string; severity: string }> }>;
      const level = (folder: string, rule: string) => reports.find((r) => r.file === join(dir, folder, 'bangkok.txt'))!.diagnostics.find((d) => d.rule === rule)?.severity;
      assert.equal(level('2004', 'tags-missing'), 'warning');
      assert.equal(level('2004', 'subject-missing'), 'error');
      assert.equal(level('2006', 'tags-missing'), 'info');
      assert.equal(level('2006', 'subject-missing'), 'hint');
      assert.deepEqual(reports.find((r) => r.file.includes('drafts'))!.diagnostics, [], '"*": "off" in the last override decides every rule');
    });

    it('a bad override is reported at its place in the file and the rest still applies', () => {
      copyFileSync(bangkok, join(dir, 'bangkok.txt'));
      writeFileSync(join(dir, '.cablelintrc.json'), '{\n  "overrides": [\n    { "rules": { "tags-missing": "off" } },\n    { "files": ["*.txt"], "rules": { "subject-missing": "off" } }\n  ]\n}\n');
      const r = cableLint(['--format', 'json', join(dir, 'bangkok.txt')]);
      assert.match(r.stderr, /\.cablelintrc\.json:2:\d+: overrides\[0\]: "files" is missing/);
      const rules = JSON.parse(r.stdout)[0].diagnostics.map((d: { rule: string }) => d.rule);
      assert.ok(rules.includes('tags-missing') && !rules.includes('subject-missing'), rules.join());
    });
  });

  describe('--format github', () => {
    it('writes one GitHub Actions annotation per finding, and per file that could not be checked, escaped as the runner reads them', () => {
      const odd = join(dir, 'a,b:c%.cable');
      writeFileSync(odd, 'UNCLAS BANGKOK 003955\n\nE.O. 12958: N/A\nSUBJECT: X\n\n1. (U) Text.\n');
      const r = cableLint(['--format', 'github', odd, join(dir, 'missing.cable')]);
      assert.equal(r.code, 2);
      const file = join(dir, 'a%2Cb%3Ac%25.cable').replace(/\\/g, '/');
      assert.match(r.stdout, new RegExp(`^::error file=${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=3,col=1,endLine=3,endColumn=\\d+,title=tags-missing::`, 'm'));
      assert.match(r.stdout, /^::error file=[^,]*missing\.cable,title=cable-lint::/m);
      assert.ok(r.stdout.split('\n').filter(Boolean).every((line) => line.startsWith('::')), 'nothing but workflow commands');
      assert.match(cableLint(['--format', 'github', '--rule', 'tags-missing:info', odd]).stdout, /^::notice file=.*title=tags-missing::/m);
    });

    it('keeps a backslash in a file name where it is no separator (not on Windows), in GitHub and SARIF output', function () {
      if (sep === '\\') this.skip();
      const odd = join(dir, 'a\\b.cable');
      writeFileSync(odd, 'UNCLAS BANGKOK 003955\n\nE.O. 12958: N/A\nSUBJECT: X\n\n1. (U) Text.\n');
      const r = cableLint(['--format', 'github', odd]);
      assert.ok(r.stdout.includes(`::error file=${odd},line=3`), r.stdout);
      // SARIF too: the backslash is encoded as part of the name, not turned into a folder.
      const sarif = JSON.parse(cableLint(['--format', 'sarif', odd]).stdout);
      assert.ok(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri.endsWith('/a%5Cb.cable'));
    });
  });

  describe('--rule and --print-config', () => {
    it('--rule sets rules over the config file, as ESLint\'s --rule; * decides every rule but banner-understates', () => {
      writeFileSync(join(dir, '.cablelintrc.json'), '{ "rules": { "paragraph-numbering": "error" } }');
      copyFileSync(rangoon, join(dir, 'rangoon.txt'));
      const target = join(dir, 'rangoon.txt');
      assert.equal(cableLint([target]).code, 1, 'the config makes the garbled numbers errors');
      const lowered = cableLint(['--rule', 'paragraph-numbering:info', target]);
      assert.equal(lowered.code, 0);
      assert.match(lowered.stdout, / info /);
      assert.match(cableLint(['--rule', 'paragraph-numbering:off,tags-missing:hint', target]).stdout, /^No problems in 1 file\.$/m);
      assert.match(cableLint(['--rule', '*:off', target]).stdout, /^No problems in 1 file\.$/m);
      const understated = join(dir, 'understated.cable');
      writeFileSync(understated, 'UNCLAS BANGKOK 003955\n\nE.O. 12958: N/A\nTAGS: PREL, TH\nSUBJECT: X\n\n1. (S) Secret text.\n');
      assert.match(cableLint(['--rule', '*:off', understated]).stdout, /banner-understates/);
      assert.doesNotMatch(cableLint(['--rule', '*:off', '--rule', 'banner-understates:off', understated]).stdout, /banner-understates/);
    });

    it('refuses an unknown rule or level, or a malformed --rule', () => {
      for (const [bad, message] of [['no-such-rule:off', /unknown rule "no-such-rule"/], ['eo-era:loud', /level is one of error, warning, info, hint, off/], ['eo-era', /takes ID:LEVEL/], ['eo-era:off:x', /takes ID:LEVEL/]] as const) {
        const r = cableLint(['--rule', bad, rangoon]);
        assert.equal(r.code, 2, bad);
        assert.match(r.stderr, message);
      }
    });

    it('--print-config shows every rule\'s level for a file, its config file, overrides and command line applied', () => {
      mkdirSync(join(dir, 'cables'));
      writeFileSync(join(dir, '.cablelintrc.json'), '{ "tags": ["QQTP"], "ignores": ["drafts/"], "overrides": [{ "files": ["cables/a.txt"], "rules": { "eo-era": "off" } }] }');
      const shown = cableLint(['--print-config', join(dir, 'cables', 'a.txt'), '--rule', 'ref-unused:hint', '--date', '2004-11-02']);
      assert.equal(shown.code, 0);
      const settings = JSON.parse(shown.stdout);
      assert.equal(settings.configFile, join(dir, '.cablelintrc.json'));
      assert.equal(settings.ignored, false);
      assert.equal(settings.rules['eo-era'], 'off');
      assert.equal(settings.rules['ref-unused'], 'hint');
      assert.equal(settings.rules['tags-missing'], 'error');
      assert.equal(Object.keys(settings.rules).length, 25);
      assert.deepEqual([settings.tags, settings.date], [['QQTP'], '2004-11-02']);
      assert.equal(JSON.parse(cableLint(['--print-config', join(dir, 'drafts', 'b.txt')]).stdout).ignored, true);
      assert.equal(cableLint(['--print-config', join(dir, 'cables', 'a.txt'), rangoon]).code, 2, 'checks nothing: no other file');
    });

    it('--print-config refuses a folder, whose own config it would not show, and an empty option value names no file', () => {
      mkdirSync(join(dir, 'cables'));
      writeFileSync(join(dir, 'cables', '.cablelintrc.json'), '{ "rules": { "eo-era": "off" } }');
      const folder = cableLint(['--print-config', join(dir, 'cables')]);
      assert.equal(folder.code, 2);
      assert.match(folder.stderr, /--print-config takes a file; .*cables is a folder/);
      assert.equal(JSON.parse(cableLint(['--print-config', join(dir, 'cables', 'a.txt')]).stdout).rules['eo-era'], 'off');
      for (const args of [['--print-config='], ['--config=', '--print-config', join(dir, 'a.txt')], ['--stdin-filename=', '-']]) {
        const r = cableLint(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, new RegExp(`${args[0].slice(0, -1)} needs a value`), args.join(' '));
      }
    });
  });

  describe('--quiet and --max-warnings', () => {
    // 04RANGOON1422 has warnings only (six garbled paragraph numbers), 06BANGKOK3955 errors.
    it('--quiet reports errors only, in every format, and the summary counts what is shown', () => {
      const text = cableLint(['--quiet', rangoon, bangkok]);
      assert.doesNotMatch(text.stdout, /warning/);
      assert.match(text.stdout, /06BANGKOK3955\.txt:\d+:\d+ {2}error/);
      assert.match(text.stdout, /^3 problems \(3 errors\) in 2 files$/m);
      assert.equal(text.code, 1);
      const json = JSON.parse(cableLint(['--quiet', '--format', 'json', rangoon]).stdout);
      assert.deepEqual(json[0].diagnostics, []);
      const sarif = JSON.parse(cableLint(['--quiet', '--format', 'sarif', rangoon, bangkok]).stdout);
      assert.ok(sarif.runs[0].results.every((r: { level: string }) => r.level === 'error'));
      assert.equal(cableLint(['--quiet', rangoon]).code, 0);
    });

    it('--max-warnings N exits 1 when there are more than N warnings and no error, as ESLint', () => {
      assert.equal(cableLint(['--max-warnings', '6', rangoon]).code, 0);
      const over = cableLint(['--max-warnings', '5', rangoon]);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /too many warnings \(6; maximum: 5\)/);
      assert.equal(cableLint(['--max-warnings=0', '--format', 'json', rangoon]).code, 1);
      assert.equal(cableLint(['--max-warnings', '-1', rangoon]).code, 0);
      // Warnings --quiet hides still count (ESLint counts them too).
      assert.equal(cableLint(['--quiet', '--max-warnings', '5', rangoon]).code, 1);
      // Errors decide first: exit 1 without the warning-count message.
      assert.doesNotMatch(cableLint(['--max-warnings', '0', rangoon, bangkok]).stderr, /too many warnings/);
    });

    it('--max-warnings counts warnings only, not info or hints', () => {
      writeFileSync(join(dir, '.cablelintrc.json'), '{ "rules": { "paragraph-numbering": "info" } }');
      copyFileSync(rangoon, join(dir, 'rangoon.txt'));
      assert.equal(cableLint(['--max-warnings', '0', join(dir, 'rangoon.txt')]).code, 0);
    });

    it('refuses a --max-warnings that is no whole number', () => {
      for (const bad of ['many', '1.5', '-2', '']) {
        const r = cableLint([`--max-warnings=${bad}`, rangoon]);
        assert.equal(r.code, 2, bad);
        assert.match(r.stderr, /--max-warnings (takes a whole number|needs a value)/);
      }
    });

    it('--quiet --fix fixes errors only, as ESLint: the warnings\' fixes are not written', () => {
      const target = join(dir, 'rangoon.txt');
      copyFileSync(rangoon, target);
      assert.equal(cableLint(['--quiet', '--fix', target]).code, 0);
      assert.equal(readFileSync(target, 'utf8'), readFileSync(rangoon, 'utf8'));
      cableLint(['--fix', target]);
      assert.notEqual(readFileSync(target, 'utf8'), readFileSync(rangoon, 'utf8'));
    });
  });

  it('--help and the README\'s command-line section name the same options, and its synopsis every option a path run takes', () => {
    const options = (text: string) => new Set(text.match(/(?<![\w-])--[a-z][a-z-]*[a-z]/g));
    const help = options(cableLint(['--help']).stdout);
    const section = /^## The command line\n([\s\S]*?)^## /m.exec(readFileSync(join(root, 'README.md'), 'utf8'))![1];
    const synopsis = /```sh\n([\s\S]*?)```/.exec(section)![1];
    assert.deepEqual([...help].filter((o) => !section.includes(o)), [], 'in --help, not in the README');
    assert.deepEqual([...options(synopsis)].filter((o) => !help.has(o)), [], 'in the README synopsis, not in --help');
    assert.deepEqual([...help].filter((o) => !synopsis.includes(o) && !['--help', '--version'].includes(o)), [], 'in --help, not in the README synopsis');
  });

  it('--help lists every option', () => {
    const help = cableLint(['--help']).stdout;
    for (const flag of ['--format', '--date', '--config', '--fix', '--csv', '--jobs', '--stdin-filename', '--allow-empty-dirs', '--quiet', '--max-warnings', '--help', '--version']) assert.ok(help.includes(flag), flag);
    assert.match(help, /^\s+-\s+.*standard input/m);
  });
});
