// Hostile inputs for the real cable-lint bin: each gets a clear message or diagnostics, the run
// goes on to the other files, I/O problems exit 2, and --fix never loses or re-encodes a byte.
import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withEol } from '../support/arbitraries';
import { cableLint, cableLintJson, CLI_BIN, diagnosticLines, entryFor } from './cliRunner';
import { binaryBytes, blankLines, FIXABLE_CABLE, GOOD_CABLE, hugeCable, manyRefItems, nestedBeginText, oneLongLine, utf16 } from './hostileInputs';

const NOBODY = 65534;

describe('cable-lint on hostile inputs', function () {
  this.timeout(180000);
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  /** A clean cable in every run: the run must still report it. */
  const withGood = () => file('good.txt', GOOD_CABLE);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cable-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('binary files and NUL bytes: "Binary file", exit 2, other files still checked', () => {
    withGood();
    file('binary.txt', binaryBytes(64 * 1024));
    file('nul.txt', GOOD_CABLE.replace('HUGGINS', 'HUG\0GINS'));
    const run = cableLintJson([dir]);
    assert.equal(run.code, 2);
    for (const name of ['binary.txt', 'nul.txt']) assert.match(entryFor(run.entries, name).error ?? '', /Binary file/);
    assert.deepEqual(entryFor(run.entries, 'good.txt').diagnostics, []);
  });

  it('invalid UTF-8 is checked, and --fix leaves it byte for byte untouched with a note', () => {
    const bytes = Buffer.concat([Buffer.from(FIXABLE_CABLE.slice(0, 40)), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(FIXABLE_CABLE.slice(40))]);
    const path = file('invalid.txt', bytes);
    const lintRun = cableLintJson([path]);
    assert.ok(entryFor(lintRun.entries, 'invalid.txt').diagnostics.length > 0, 'its problems are still reported');
    const fixRun = cableLint(['--fix', path]);
    assert.match(fixRun.stdout, /not fixed: the file is not valid text/);
    assert.ok(readFileSync(path).equals(bytes), 'bytes unchanged');
  });

  it('UTF-16 LE and BE, with and without a BOM, give the same diagnostics as UTF-8', () => {
    const utf8 = cableLintJson([file('utf8.txt', FIXABLE_CABLE)]);
    const expected = diagnosticLines(entryFor(utf8.entries, 'utf8.txt'));
    assert.ok(expected.length > 0);
    for (const order of ['le', 'be'] as const) {
      for (const bom of [true, false]) {
        const name = `utf16${order}${bom ? '-bom' : ''}.txt`;
        const run = cableLintJson([file(name, utf16(FIXABLE_CABLE, order, bom))]);
        assert.deepEqual(diagnosticLines(entryFor(run.entries, name)), expected, name);
      }
    }
  });

  it('--fix on CRLF, BOM and UTF-16 files changes only what the fix changes: encoding, BOM and line breaks kept', () => {
    const plain = file('plain.txt', FIXABLE_CABLE);
    cableLint(['--fix', plain]);
    const fixedText = readFileSync(plain, 'utf8');
    assert.notEqual(fixedText, FIXABLE_CABLE, 'the fixture has safe fixes');
    const variants: Array<[string, (text: string) => Buffer]> = [
      ['crlf.txt', (t) => Buffer.from(withEol(t, 'crlf'))],
      ['cr.txt', (t) => Buffer.from(withEol(t, 'cr'))],
      ['bom.txt', (t) => Buffer.from('\ufeff' + t)],
      ['bom-crlf.txt', (t) => Buffer.from('\ufeff' + withEol(t, 'crlf'))],
      ['utf16le-bom.txt', (t) => utf16(t, 'le', true)],
      ['utf16be-bom.txt', (t) => utf16(t, 'be', true)],
      ['utf16le.txt', (t) => utf16(t, 'le', false)],
      ['utf16be-crlf.txt', (t) => utf16(withEol(t, 'crlf'), 'be', false)],
    ];
    for (const [name, encode] of variants) file(name, encode(FIXABLE_CABLE));
    const run = cableLint(['--fix', ...variants.map(([name]) => join(dir, name))]);
    assert.ok(run.code === 0 || run.code === 1, run.stdout + run.stderr);
    for (const [name, encode] of variants) assert.ok(readFileSync(join(dir, name)).equals(encode(fixedText)), `${name}: bytes are the fixed text in the same encoding`);
    assert.deepEqual(readdirSync(dir).filter((n) => n.includes('.tmp')), [], 'no temporary files left');
  });

  it('--fix through a symlink rewrites the target, keeps the link and the file mode', () => {
    const target = file('target.txt', FIXABLE_CABLE);
    chmodSync(target, 0o640);
    const link = join(dir, 'link.txt');
    symlinkSync(target, link);
    cableLint(['--fix', link]);
    assert.ok(lstatSync(link).isSymbolicLink(), 'still a symlink');
    assert.notEqual(readFileSync(target, 'utf8'), FIXABLE_CABLE, 'the target was fixed');
    assert.equal(statSync(target).mode & 0o777, 0o640);
  });

  it('a 50 MB cable is checked to the end', () => {
    withGood();
    const big = hugeCable(50 * 1024 * 1024);
    file('huge.txt', big);
    const started = Date.now();
    const run = cableLintJson([dir]);
    console.log(`      50 MB cable: ${Date.now() - started} ms`);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const lastLine = big.split('\n').length;
    assert.equal(entryFor(run.entries, 'huge.txt').error, undefined);
    assert.ok(lastLine > 100000);
    entryFor(run.entries, 'good.txt');
  });

  it('a 2 MB line, 100,000 blank lines, 10,000 REF items and 10,000 nested BEGIN TEXT are checked', () => {
    withGood();
    file('long-line.txt', oneLongLine(2 * 1024 * 1024));
    file('blank-lines.txt', blankLines(100000));
    file('ref-items.txt', manyRefItems(10000));
    file('nested-quotes.txt', nestedBeginText(10000));
    const started = Date.now();
    const run = cableLintJson([dir]);
    console.log(`      four degenerate cables: ${Date.now() - started} ms`);
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    for (const name of ['long-line.txt', 'blank-lines.txt', 'ref-items.txt', 'nested-quotes.txt', 'good.txt']) assert.equal(entryFor(run.entries, name).error, undefined, name);
    // Quoted text is someone else's words: nothing inside the nested quotation is flagged.
    const quoted = entryFor(run.entries, 'nested-quotes.txt').diagnostics.filter((d) => d.line > 12 && d.line < 20012);
    assert.deepEqual(quoted, []);
  });

  it('a file removed between listing and reading: "it was removed", exit 2, others checked', () => {
    withGood();
    const vanishing = file('vanishing.txt', GOOD_CABLE);
    // Deletes the file the moment the CLI opens it: the race, made deterministic.
    const preload = file('vanish.js', `const fs = require('fs'); const read = fs.readFileSync;
fs.readFileSync = function (path, ...rest) { if (String(path).endsWith('vanishing.txt') && fs.existsSync(path)) fs.unlinkSync(path); return read.call(this, path, ...rest); };`);
    const run = cableLintJson([dir], { preload: [preload] });
    assert.equal(run.code, 2);
    assert.match(entryFor(run.entries, 'vanishing.txt').error ?? '', /removed/);
    assert.ok(!existsSync(vanishing));
    entryFor(run.entries, 'good.txt');
  });

  it('--fix does not overwrite a file that changed on disk while it was being checked', () => {
    const path = file('edited.txt', FIXABLE_CABLE);
    const edited = FIXABLE_CABLE + '\nA LINE THE USER SAVED MEANWHILE\n';
    // Saves the user's edit just before cable-lint writes its fixed copy.
    const preload = file('save.js', `const fs = require('fs'); const write = fs.writeFileSync; let done = false;
fs.writeFileSync = function (path, ...rest) { if (!done && String(path).includes('.cable-lint-')) { done = true; write(${JSON.stringify(path)}, ${JSON.stringify(edited)}); } return write.call(this, path, ...rest); };`);
    const run = cableLintJson(['--fix', path], { preload: [preload] });
    assert.equal(run.code, 2);
    assert.match(run.entries.map((e) => e.error ?? '').join('\n'), /changed on disk/);
    assert.equal(readFileSync(path, 'utf8'), edited, "the user's edit survives");
    assert.deepEqual(readdirSync(dir).filter((n) => n.includes('.tmp')), []);
  });

  it('dangling symlinks, symlink loops, paths through files, devices and FIFOs: a message each, no hang', () => {
    withGood();
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
    symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    const paths = ['dangling.txt', 'loop-a.txt', 'good.txt/inside.txt', 'fifo.txt', '/dev/zero', 'good.txt'].map((p) => (p.startsWith('/') ? p : join(dir, p)));
    const run = cableLintJson(paths);
    assert.equal(run.code, 2);
    const error = (name: string) => entryFor(run.entries, name).error ?? '';
    assert.match(error('dangling.txt'), /No such file/);
    assert.match(error('loop-a.txt'), /symbolic links/);
    assert.match(error('inside.txt'), /not a directory/);
    assert.match(error('fifo.txt'), /Not a regular file/);
    assert.match(error('/dev/zero'), /Not a regular file/);
    assert.equal(entryFor(run.entries, 'good.txt').error, undefined);
  });

  it('a reader that closes the pipe early (cable-lint ... | head) ends it quietly', async () => {
    for (let i = 0; i < 300; i++) file(`cable-${i}.txt`, FIXABLE_CABLE);
    const child = spawn(process.execPath, [CLI_BIN, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.doesNotMatch(stderr, /EPIPE|Unhandled/, stderr);
    assert.equal(code, 141, 'a run cut short exits as SIGPIPE leaves standard tools');
  });

  it('unreadable files and directories: "permission denied", exit 2, others checked', () => {
    // Root reads anything, so as root the CLI runs as nobody.
    const asRoot = process.getuid?.() === 0;
    chmodSync(dir, 0o755);
    withGood();
    const secret = file('secret.txt', GOOD_CABLE);
    chmodSync(secret, 0o000);
    const closed = join(dir, 'closed');
    mkdirSync(closed);
    writeFileSync(join(closed, 'inside.txt'), GOOD_CABLE);
    chmodSync(closed, 0o000);
    const run = cableLintJson([dir], asRoot ? { uid: NOBODY, gid: NOBODY } : {});
    chmodSync(closed, 0o755);
    assert.equal(run.code, 2);
    assert.match(entryFor(run.entries, 'secret.txt').error ?? '', /permission denied/i);
    assert.match(entryFor(run.entries, 'closed').error ?? '', /Cannot read the directory: permission denied\./);
    assert.equal(entryFor(run.entries, 'good.txt').error, undefined);
  });
});
