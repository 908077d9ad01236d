// cable-lint FOLDER on worker threads: a large folder (or --jobs) spreads its files over threads,
// with the same output, exit code and warnings as one thread.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const bin = join(root, 'bin', 'cable-lint.js');
const rangoon = readFileSync(join(root, 'seeds', '04RANGOON1422.txt'), 'utf8');
const bangkok = readFileSync(join(root, 'seeds', '06BANGKOK3955.txt'), 'utf8');

describe('cable-lint FOLDER on worker threads', () => {
  let dir: string;
  let countWorkers: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cable-folder-threads-'));
    // Over three batches of files, in nested folders, with a config of their own in one.
    for (const folder of ['a', 'b', join('b', 'deeper')]) {
      mkdirSync(join(dir, 'cables', folder), { recursive: true });
      for (let i = 0; i < 130; i++) writeFileSync(join(dir, 'cables', folder, `${i % 2 ? '04RANGOON' : '06BANGKOK'}${1000 + i}.txt`), i % 2 ? rangoon : bangkok);
    }
    writeFileSync(join(dir, 'cables', 'b', '.cablelintrc.json'), JSON.stringify({ rules: { 'paragraph-numbering': 'off' }, ignores: ['deeper/06BANGKOK1000.txt'] }));
    // A malformed config: its problem is told once, by the main thread, not by each worker.
    writeFileSync(join(dir, 'cables', 'a', '.cablelintrc.json'), '{ "rules": { "eo-era": "sometimes" } }');
    writeFileSync(join(dir, 'cables', 'a', 'binary.txt'), Buffer.from([0x55, 0x00, 0x01, 0x02]));
    countWorkers = join(dir, 'count-workers.js');
    writeFileSync(
      countWorkers,
      `const threads = require('node:worker_threads');
if (threads.isMainThread) {
  let started = 0;
  const Worker = threads.Worker;
  threads.Worker = class extends Worker { constructor(...args) { super(...args); started++; } };
  process.on('exit', () => process.stderr.write('workers started: ' + started + '\\n'));
}`,
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--require', countWorkers, bin, ...args], { cwd: dir, encoding: 'utf8' });
    const workers = Number(/workers started: (\d+)/.exec(r.stderr)?.[1]);
    return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/workers started: \d+\n/, ''), workers };
  };

  it('gives the same bytes, exit code and warnings with 1 and 3 threads, in every format', () => {
    // A file named on the command line that its config ignores: warned about, not checked.
    const paths = ['cables', join('cables', 'b', 'deeper', '06BANGKOK1000.txt')];
    for (const format of ['text', 'json', 'jsonl', 'sarif', 'github']) {
      const one = run([...paths, '--format', format, '--jobs', '1']);
      const three = run([...paths, '--format', format, '--jobs', '3']);
      assert.equal(one.workers, 0);
      assert.equal(three.workers, 3);
      assert.equal(three.code, one.code, format);
      assert.ok(three.stdout === one.stdout, `${format}: the outputs differ`);
      assert.equal(three.stderr, one.stderr, format);
    }
    const one = run([...paths, '--format', 'jsonl', '--jobs', '1']);
    assert.equal(one.code, 2, 'the binary file is an I/O problem');
    const lines = one.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(lines.length, 3 * 130 + 1 - 1);
    assert.match(one.stderr, /\.cablelintrc\.json.*ignored; linting goes on/);
    assert.equal(one.stderr.match(/linting goes on/g)?.length, 1, 'the config problem is told once');
    assert.match(one.stderr, /06BANGKOK1000\.txt: warning: File ignored because of a matching ignore pattern/);
    assert.ok(lines.some((l) => l.file.endsWith(join('b', '04RANGOON1001.txt')) && !l.diagnostics.some((d: { rule: string }) => d.rule === 'paragraph-numbering')), 'the folder config applies in the workers');
    assert.ok(lines.some((l) => l.file.endsWith(join('a', '04RANGOON1001.txt')) && l.diagnostics.some((d: { rule: string }) => d.rule === 'paragraph-numbering')));
  });

  it('without --jobs, lints a folder of under about 100 MB on the main thread, and --fix always', () => {
    assert.equal(run(['cables', '--format', 'json']).workers, 0);
    const fixed = join(dir, 'fix');
    mkdirSync(fixed);
    writeFileSync(join(fixed, '04RANGOON1422.txt'), rangoon);
    const r = run([fixed, '--fix', '--jobs', '2']);
    assert.equal(r.workers, 0);
    assert.notEqual(readFileSync(join(fixed, '04RANGOON1422.txt'), 'utf8'), rangoon, 'fixed on the main thread');
  });
});
