// cable-lint --csv: the cables.csv release format, streamed, in order, with any number of workers.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { CsvBatch, csvCables, parseCsvRows, readCsvBatches, readCsvStreamBatches } from '../../server/src/cli/csv';
import { IN_FLIGHT_PER_WORKER, lintBatches, threadsFor } from '../../server/src/cli/pool';
import { mergeConfigs } from '../../server/src/service';
import { runParameters } from '../support/arbitraries';

const root = join(__dirname, '..', '..', '..');
const bin = join(root, 'bin', 'cable-lint.js');

/** A field as cables.csv writes it: quoted, with backslash-escaped quotes and backslashes. */
const field = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const row = (cells: string[]) => cells.map(field).join(',');

const rangoon = readFileSync(join(root, 'seeds', '04RANGOON1422.txt'), 'utf8');
const bangkok = readFileSync(join(root, 'seeds', '06BANGKOK3955.txt'), 'utf8');
const noBanner = 'E.O. 12958: N/A\nTAGS: PGOV, TH\nSUBJECT: A "QUOTED" SUBJECT WITH A \\ BACKSLASH\n\n1. The text.\n';

/** Over 2.5 MB of rows, several batches; every seventh without a refid (named by its row number). */
function manyBatchRows(): string[] {
  const rows: string[] = [];
  for (let i = 0, size = 0; size < 2_500_000; i++) {
    const text = [rangoon, bangkok, noBanner][i % 3];
    rows.push(row([String(i + 1), '7/5/2006 10:07', i % 7 ? `06BANGKOK${5000 + i}` : '', 'Embassy Bangkok', 'CONFIDENTIAL', '', '', text]));
    size += rows[i].length + 1;
  }
  return rows;
}

async function readCsvRows(path: string, batchBytes?: number): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const batch of readCsvBatches(path, batchBytes)) rows.push(...parseCsvRows(batch.bytes, batch.last));
  return rows;
}

describe('cable-lint --csv', () => {
  let dir: string;
  let csv: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cable-csv-'));
    csv = join(dir, 'cables.csv');
    const rows = [row(['1', '11/2/2004 10:07', '04RANGOON1422', 'Embassy Rangoon', 'CONFIDENTIAL', '', '', rangoon])];
    for (let i = 0; i < 150; i++) rows.push(row([String(i + 2), '7/5/2006 10:07', `06BANGKOK${4000 + i}`, 'Embassy Bangkok', 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', '', '', noBanner]));
    writeFileSync(csv, rows.join('\n') + '\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads quoted fields with backslash escapes and newlines inside', async () => {
    const rows = await readCsvRows(csv);
    assert.equal(rows.length, 151);
    assert.equal(rows[0].length, 8);
    assert.equal(rows[0][7], rangoon);
    assert.equal(rows[1][7], noBanner);
  });

  function run(args: string[], input: string | Buffer = '') {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, input });
    return { code: r.status, lines: r.stdout.trim().split('\n'), stdout: r.stdout, stderr: r.stderr };
  }

  it('streams one JSON object per cable; the row date and classification count', () => {
    const r = run(['--csv', csv, '--format', 'jsonl', '--jobs', '1']);
    assert.equal(r.lines.length, 151, r.stderr);
    const first = JSON.parse(r.lines[0]);
    assert.equal(first.file, '04RANGOON1422');
    assert.equal(first.cable.date, '2004-11-02');
    assert.equal(first.cable.references[0].id, '04RANGOON1370');
    const second = JSON.parse(r.lines[1]);
    assert.equal(second.cable.classification, 'SBU', 'no banner: the row classification counts');
    assert.equal(second.cable.date, '2006-07-05');
    assert.equal(second.cable.subject, 'A "QUOTED" SUBJECT WITH A \\ BACKSLASH');
  });

  it('gives the same output, in the same order, with 1 and 3 worker threads', () => {
    const one = run(['--csv', csv, '--format', 'jsonl', '--jobs', '1']).stdout;
    const three = run(['--csv', csv, '--format', 'jsonl', '--jobs', '3']).stdout;
    assert.equal(three, one);
  });

  it('gives the same bytes and exit code with 1 and 3 threads in every format, over many batches', () => {
    // Over 1 MB of rows: several batches, linted out of order by the workers. Rows without a
    // refid are named by their row number, counted across batches.
    const big = join(dir, 'big.csv');
    const rows = manyBatchRows();
    writeFileSync(big, rows.join('\r\n') + '\r\n');
    for (const format of ['jsonl', 'json', 'text', 'sarif']) {
      const one = run(['--csv', big, '--format', format, '--jobs', '1']);
      const three = run(['--csv', big, '--format', format, '--jobs', '3']);
      assert.equal(one.code, 1, one.stderr);
      assert.equal(three.code, one.code, format);
      assert.ok(three.stdout === one.stdout, `--format ${format}: the outputs differ`);
    }
    const lines = run(['--csv', big, '--format', 'jsonl', '--jobs', '2']).lines;
    assert.equal(lines.length, rows.length);
    assert.equal(JSON.parse(lines[7]).file, 'row 8');
    assert.equal(JSON.parse(lines[lines.length - 1]).file, (rows.length - 1) % 7 ? `06BANGKOK${5000 + rows.length - 1}` : `row ${rows.length}`);
  });

  it('without --jobs, lints a CSV under 100 MB on the main thread, and standard input on a thread per CPU', () => {
    // A preload counts the worker threads the CLI starts.
    const preload = join(dir, 'count-workers.js');
    writeFileSync(preload, `const threads = require('node:worker_threads');
if (threads.isMainThread) {
  let started = 0;
  const Worker = threads.Worker;
  threads.Worker = class extends Worker { constructor(...args) { super(...args); started++; } };
  process.on('exit', () => process.stderr.write('workers started: ' + started + '\\n'));
}`);
    const workers = (args: string[], input?: string) => {
      const r = spawnSync(process.execPath, ['--require', preload, bin, '--format', 'jsonl', ...args], { encoding: 'utf8', input });
      assert.equal(r.stdout.trim().split('\n').length, 151, r.stderr);
      return Number(/workers started: (\d+)/.exec(r.stderr)?.[1]);
    };
    assert.equal(workers(['--csv', csv]), 0);
    assert.equal(workers(['--csv', csv, '--jobs', '2']), 2);
    const cpus = availableParallelism();
    assert.equal(workers(['--csv', '-'], readFileSync(csv, 'utf8')), cpus > 1 ? cpus : 0);
  });

  it('chooses a thread per 100 MB, up to one per CPU, and every CPU for input of unknown size', () => {
    assert.equal(threadsFor(0, 4), 1);
    assert.equal(threadsFor(58e6, 2), 1);
    assert.equal(threadsFor(199e6, 8), 1);
    assert.equal(threadsFor(200e6, 2), 2);
    assert.equal(threadsFor(1.08e9, 2), 2);
    assert.equal(threadsFor(1.08e9, 16), 10);
    assert.equal(threadsFor(undefined, 4), 4);
  });

  it('reports a cable that crashes the linter the same way with 1 and 3 threads, and checks the others', () => {
    // A preload (loaded by the worker threads too) makes the linter throw on one cable.
    const preload = join(dir, 'crash.js');
    const lint = join(root, 'out', 'server', 'src', 'service', 'lint', 'lint.js');
    writeFileSync(preload, `const lint = require(${JSON.stringify(lint)}); const lintText = lint.lintText;
lint.lintText = (text, options) => { if (options.fileName === '06BANGKOK4010') throw new Error('boom'); return lintText(text, options); };`);
    const crashRun = (jobs: string) => {
      const r = spawnSync(process.execPath, ['--require', preload, bin, '--csv', csv, '--format', 'jsonl', '--jobs', jobs], { encoding: 'utf8' });
      return { code: r.status, stdout: r.stdout };
    };
    const one = crashRun('1');
    const three = crashRun('3');
    assert.equal(one.code, 2);
    assert.equal(three.code, 2);
    assert.equal(three.stdout, one.stdout);
    const lines = one.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(lines.length, 151);
    assert.equal(lines[11].file, '06BANGKOK4010');
    assert.match(lines[11].error, /^Internal error while checking this cable \(please report it\): Error: boom\n/);
    assert.equal(lines[12].file, '06BANGKOK4011');
    assert.ok(lines[12].cable, 'the cables after it are checked');
  });

  it('--max-warnings counts the warnings of every thread, --quiet hidden ones too', () => {
    const warningsOnly = join(dir, 'warnings.csv');
    // Three copies of 04RANGOON1422: six paragraph-numbering warnings each, no error.
    writeFileSync(warningsOnly, [1, 2, 3].map((i) => row([String(i), '11/2/2004 10:07', `04RANGOON142${i}`, 'Embassy Rangoon', 'CONFIDENTIAL', '', '', rangoon])).join('\n') + '\n');
    const exit = (...args: string[]) => spawnSync(process.execPath, [bin, '--csv', warningsOnly, '--jobs', '2', ...args], { encoding: 'utf8' });
    assert.equal(exit('--max-warnings', '18').status, 0);
    const over = exit('--max-warnings', '17');
    assert.equal(over.status, 1);
    assert.match(over.stderr, /too many warnings \(18; maximum: 17\)/);
    const quiet = exit('--quiet', '--max-warnings', '17');
    assert.equal(quiet.status, 1);
    assert.match(quiet.stdout, /^No problems in 3 files\.$/m);
  });

  it('JSON output is one valid array', () => {
    const reports = JSON.parse(run(['--csv', csv, '--format', 'json', '--jobs', '2']).stdout);
    assert.equal(reports.length, 151);
  });

  it('a missing CSV file is an I/O problem (exit 2)', () => {
    const r = run(['--csv', join(dir, 'missing.csv')]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /missing\.csv {2}error {2}No such file/);
  });

  it('reports a row cut short or of the wrong shape (exit 2) instead of linting its misread text', () => {
    // A download cut off inside the last row's text, and a file that is not a cables.csv at all.
    const cut = join(dir, 'cut.csv');
    const whole = row(['1', '7/5/2006 10:07', '06BANGKOK1', 'Embassy Bangkok', 'UNCLASSIFIED', '', '', noBanner]);
    writeFileSync(cut, `${whole}\n${row(['2', '7/5/2006 10:07', '06BANGKOK2', 'Embassy Bangkok', 'UNCLASSIFIED', '', '', noBanner]).slice(0, -20)}`);
    const r = run(['--csv', cut, '--format', 'jsonl', '--jobs', '1']);
    assert.equal(r.code, 2);
    assert.equal(JSON.parse(r.lines[0]).file, '06BANGKOK1');
    assert.deepEqual(JSON.parse(r.lines[1]), { file: '06BANGKOK2', error: 'Row 2 is cut short: the file ends inside one of its quoted fields (is the file truncated?); not checked.', diagnostics: [], cable: null });
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'name,count\nBangkok,3\n');
    const o = run(['--csv', other, '--jobs', '1']);
    assert.equal(o.code, 2);
    assert.match(o.stdout, /^row 1 {2}error {2}Row 1 has 2 fields; a cables\.csv row has 8 \(id, date/m);
    assert.match(o.stdout, /^row 2 {2}error {2}Row 2 has 2 fields/m);
  });

  it('skips a header row naming the columns (id,date,refid,...), with 1 and 2 threads, from a file or standard input', () => {
    const body = readFileSync(csv, 'utf8');
    const headed = join(dir, 'headed.csv');
    const expected = run(['--csv', csv, '--format', 'jsonl', '--jobs', '1']);
    for (const header of ['id,date,refid,origin,classification,references,header,content\n', '\ufeff"Id","Date","RefID","Origin","Classification","References","Header","Content"\r\n']) {
      writeFileSync(headed, header + body);
      for (const jobs of ['1', '2']) {
        for (const format of ['jsonl', 'text']) {
          const fromFile = run(['--csv', headed, '--format', format, '--jobs', jobs]);
          assert.equal(fromFile.stdout, format === 'jsonl' ? expected.stdout : run(['--csv', csv, '--jobs', '1']).stdout, `--jobs ${jobs} --format ${format}`);
          assert.equal(fromFile.code, expected.code);
          assert.equal(fromFile.stderr, '', 'a header row is the usual shape of a CSV export: nothing to say');
        }
        const fromStdin = run(['--csv', '-', '--format', 'jsonl', '--jobs', jobs], header + body);
        assert.equal(fromStdin.stdout, expected.stdout, `--csv - --jobs ${jobs}`);
      }
    }
    // Rows keep their numbers in the file: the header is row 1.
    const cut = `${'id,date,refid,origin,classification,references,header,content'}\n${row(['1', '', '06BANGKOK1', '', '', '', '', noBanner])}\n"2","x"\n`;
    assert.match(run(['--csv', '-', '--jobs', '1'], cut).stdout, /^row 3 {2}error {2}Row 3 has 2 fields/m);
    // Only the first row can be a header: the same words further down are a row of the wrong cables.
    assert.equal(run(['--csv', '-', '--format', 'jsonl'], `${row(['1', '', '06BANGKOK1', '', '', '', '', noBanner])}\nid,date,refid,origin,classification,references,header,content\n`).lines[1].includes('"file":"refid"'), true);
    const only = run(['--csv', '-', '--jobs', '2'], 'id,date,refid,origin,classification,references,header,content\n');
    assert.equal(only.code, 2);
    assert.equal(only.stdout, '<stdin>  error  No rows: the CSV has a header row and no cable under it; nothing checked.\n0 files checked; 1 could not be checked.\n');
  });

  it('refuses --fix with --csv', () => {
    assert.equal(run(['--csv', csv, '--fix']).code, 2);
  });

  describe('--csv - (the release on standard input)', () => {
    it('gives the bytes and exit code --csv FILE gives, with 1 and 2 threads, over many batches', () => {
      const big = join(dir, 'stdin-big.csv');
      writeFileSync(big, manyBatchRows().join('\n') + '\n');
      const content = readFileSync(big);
      for (const jobs of ['1', '2']) {
        const fromFile = run(['--csv', big, '--format', 'jsonl', '--jobs', jobs]);
        const fromStdin = run(['--csv', '-', '--format', 'jsonl', '--jobs', jobs], content);
        assert.equal(fromFile.code, 1, fromFile.stderr);
        assert.equal(fromStdin.code, fromFile.code, fromStdin.stderr);
        assert.ok(fromStdin.stdout === fromFile.stdout, `--jobs ${jobs}: the outputs differ`);
      }
    });

    it('reports empty input as a problem (exit 2), as an empty CSV file', () => {
      const empty = join(dir, 'empty.csv');
      writeFileSync(empty, '');
      const r = run(['--csv', '-', '--format', 'jsonl']);
      assert.equal(r.code, 2);
      assert.deepEqual(JSON.parse(r.stdout), { file: '<stdin>', error: 'No rows: the CSV is empty (did the command before the pipe fail?); nothing checked.', diagnostics: [], cable: null });
      const text = run(['--csv', '-'], '\n\r\n');
      assert.equal(text.code, 2);
      assert.equal(text.stdout, '<stdin>  error  No rows: the CSV is empty (did the command before the pipe fail?); nothing checked.\n0 files checked; 1 could not be checked.\n');
      assert.deepEqual(JSON.parse(run(['--csv', '-', '--format', 'json']).stdout).map((r: { file: string }) => r.file), ['<stdin>']);
      assert.equal(JSON.parse(run(['--csv', '-', '--stdin-filename', 'release/cables.csv', '--format', 'jsonl']).stdout).file, 'release/cables.csv');
      const file = run(['--csv', empty, '--format', 'jsonl']);
      assert.equal(file.code, 2);
      assert.equal(JSON.parse(file.stdout).file, empty);
      assert.match(JSON.parse(file.stdout).error, /^No rows: the CSV is empty/);
    });

    it('reports a row cut short (exit 2), and binary input as the same file would be', () => {
      const whole = row(['1', '7/5/2006 10:07', '06BANGKOK1', 'Embassy Bangkok', 'UNCLASSIFIED', '', '', noBanner]);
      const cut = `${whole}\n${row(['2', '7/5/2006 10:07', '06BANGKOK2', 'Embassy Bangkok', 'UNCLASSIFIED', '', '', noBanner]).slice(0, -20)}`;
      for (const jobs of ['1', '2']) {
        const r = run(['--csv', '-', '--format', 'jsonl', '--jobs', jobs], cut);
        assert.equal(r.code, 2, r.stderr);
        assert.equal(JSON.parse(r.lines[0]).file, '06BANGKOK1');
        assert.deepEqual(JSON.parse(r.lines[1]), { file: '06BANGKOK2', error: 'Row 2 is cut short: the file ends inside one of its quoted fields (is the file truncated?); not checked.', diagnostics: [], cable: null });
      }
      const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x0a, 0x22, 0xff, 0x2c, 0x00, 0x0a, 0x41, 0x2c, 0x42]);
      const path = join(dir, 'binary.csv');
      writeFileSync(path, binary);
      const fromStdin = run(['--csv', '-', '--format', 'jsonl'], binary);
      assert.equal(fromStdin.code, 2);
      assert.equal(fromStdin.stdout, run(['--csv', path, '--format', 'jsonl']).stdout);
    });

    it('refuses --fix, and a second reader of standard input, with a message', () => {
      const fix = run(['--csv', '-', '--fix'], row(['1', '', '06BANGKOK1', '', '', '', '', noBanner]));
      assert.equal(fix.code, 2);
      assert.match(fix.stderr, /^cable-lint: --fix cannot rewrite a cables\.csv release\./);
      const twice = run(['--csv', '-', '-']);
      assert.equal(twice.code, 2);
      assert.match(twice.stderr, /^cable-lint: Standard input can be read only once: - is given as a path and to --csv\./);
    });
  });
});

/**
 * The reader as it was before it worked on bytes, kept as the reference: the whole file decoded,
 * then read a character at a time.
 */
function referenceRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  const rows: string[][] = [];
  let state: 'start' | 'quoted' | 'escape' | 'afterQuote' | 'unquoted' = 'start';
  let field = '';
  let row: string[] = [];
  for (const c of text.split('')) {
    if (state === 'quoted') {
      if (c === '\\') state = 'escape';
      else if (c === '"') state = 'afterQuote';
      else field += c;
    } else if (state === 'escape') {
      field += c;
      state = 'quoted';
    } else if (state === 'afterQuote' && c === '"') {
      field += '"';
      state = 'quoted';
    } else if (c === ',') {
      row.push(field);
      field = '';
      state = 'start';
    } else if (c === '\n' || c === '\r') {
      if (row.length || field || state !== 'start') rows.push([...row, field]);
      row = [];
      field = '';
      state = 'start';
    } else if (state === 'start' && c === '"') state = 'quoted';
    else {
      field += c;
      if (state === 'start') state = 'unquoted';
    }
  }
  if (row.length || field) rows.push([...row, field]);
  return rows;
}

describe('cables.csv cut into batches', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'cable-csv-cut-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  // Everything the reader treats apart: quotes (opening, closing, doubled, escaped, stray in an
  // unquoted field), commas, every line break inside and outside quotes, UTF-8 of every length
  // (cut anywhere by small buffers), an invalid byte, a BOM; rows shaped like CSV, and noise.
  const text = fc.array(fc.constantFrom('a', 'refid', ' ', 'é', '€', '😀', '\ufeff', '\udc00'), { maxLength: 4 }).map((parts) => parts.join(''));
  const quotedPart = fc.oneof(text, fc.constantFrom('\\"', '\\\\', '\\\n', '""', '\n', '\r\n', ',', '\\é'));
  const field = fc.oneof(
    fc.tuple(fc.array(quotedPart, { maxLength: 5 }), fc.constantFrom('', 'x', '"', 'x"y')).map(([parts, after]) => `"${parts.join('')}"${after}`),
    fc.tuple(text, fc.constantFrom('', '"', 'a"b')).map(([t, stray]) => t + stray),
  );
  const rowText = fc.tuple(fc.array(field, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n')).map(([fields, end]) => fields.join(',') + end);
  const shaped = fc.tuple(fc.array(rowText, { maxLength: 8 }), fc.boolean()).map(([rows, unterminated]) => {
    const csv = rows.join('');
    return Buffer.from(unterminated ? csv.replace(/\r?\n?$/, '') : csv, 'utf8');
  });
  // Bytes that are not UTF-8: an invalid byte, a lone continuation byte, characters cut short.
  const broken = [[0xff], [0x80], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98]].map((b) => Buffer.from(b));
  const noise = fc
    .array(fc.oneof(fc.constantFrom('"', '\\', ',', '\n', '\r', 'a', 'é', '😀').map((p) => Buffer.from(p, 'utf8')), fc.constantFrom(...broken)), { maxLength: 60 })
    .map((parts) => Buffer.concat(parts));
  const csvBytes = fc.oneof({ arbitrary: shaped, weight: 3 }, { arbitrary: noise, weight: 1 });

  it('yields the rows of the whole file decoded, numbered the same, whatever the buffer size (300 generated cases)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(csvBytes, fc.integer({ min: 1, max: 40 }), async (bytes, batchBytes) => {
        const path = join(dir, `case${n++}.csv`);
        writeFileSync(path, bytes);
        const whole = referenceRows(bytes);
        const rows: string[][] = [];
        const numbers: number[] = [];
        for await (const batch of readCsvBatches(path, batchBytes)) {
          assert.equal(batch.rowsBefore, rows.length, 'rows before the batch');
          rows.push(...parseCsvRows(batch.bytes, batch.last));
          for (const cable of csvCables(batch)) numbers.push(cable.row);
        }
        assert.deepEqual(rows, whole);
        assert.deepEqual(numbers, whole.map((_, i) => i + 1));
        rmSync(path);
      }),
      runParameters(300),
    );
  });

  it('gives the batches of the file when the same bytes come as a stream in chunks of any size (300 generated cases)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(csvBytes, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 50 }), async (bytes, batchBytes, chunkBytes) => {
        const path = join(dir, `stream${n++}.csv`);
        writeFileSync(path, bytes);
        async function* chunks() {
          for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes);
        }
        const fromFile: CsvBatch[] = [];
        for await (const batch of readCsvBatches(path, batchBytes)) fromFile.push({ ...batch, bytes: Buffer.from(batch.bytes) });
        const fromStream: CsvBatch[] = [];
        for await (const batch of readCsvStreamBatches(chunks(), batchBytes)) fromStream.push({ ...batch, bytes: Buffer.from(batch.bytes) });
        assert.deepEqual(fromStream, fromFile);
        rmSync(path);
      }),
      runParameters(300),
    );
  });

  it('pulls a stream only as batches are taken (backpressure), and closes it when stopped early', async () => {
    let pulled = 0;
    let closed = false;
    // An endless producer: without backpressure the reader would pull it until memory ran out.
    async function* endless() {
      try {
        for (;;) {
          pulled++;
          yield Buffer.from(`${row(['1', '', '06BANGKOK1', '', '', '', '', 'text'])}\n`);
        }
      } finally {
        closed = true;
      }
    }
    let taken = 0;
    for await (const batch of readCsvStreamBatches(endless(), 1024)) {
      assert.equal(batch.last, false);
      if (++taken === 3) break;
    }
    const rowBytes = row(['1', '', '06BANGKOK1', '', '', '', '', 'text']).length + 1;
    assert.ok(pulled <= Math.ceil((4 * 1024) / rowBytes) + 1, `${pulled} chunks pulled for 3 batches of 1 KB`);
    assert.ok(closed, 'the stream is closed');
  });

  it('reads a row longer than the buffer whole', async () => {
    const path = join(dir, 'long.csv');
    const long = 'x'.repeat(100_000);
    writeFileSync(path, `"1","${long}"\n"2","b"`);
    assert.deepEqual(await readCsvRows(path, 1024), [['1', long], ['2', 'b']]);
  });
});

describe('cable-lint --csv worker threads', () => {
  it('keep only a few batches in flight however fast the rows come, and write them in order', async () => {
    const threads = 3;
    const batchCount = 60;
    const rowsPerBatch = 4;
    let pulled = 0;
    let written = 0;
    let mostInFlight = 0;
    // A source that never makes the reader wait, and a first batch slow to lint (an 850 KB cable):
    // the other workers run ahead of it, and only the bound on batches in flight stops them.
    const slow = bangkok.repeat(40);
    async function* batches(): AsyncGenerator<CsvBatch> {
      for (let b = 0; b < batchCount; b++) {
        const rows = Array.from({ length: rowsPerBatch }, (_, r) => row([String(b), '7/5/2006 10:07', `06BANGKOK${b * rowsPerBatch + r}`, '', 'UNCLASSIFIED', '', '', b || r ? noBanner : slow]));
        pulled++;
        mostInFlight = Math.max(mostInFlight, pulled - written);
        yield { bytes: new Uint8Array(Buffer.from(rows.join('\n') + '\n')), rowsBefore: b * rowsPerBatch, last: b === batchCount - 1 };
      }
    }
    const files: string[] = [];
    await lintBatches(batches(), threads, { setup: { kind: 'csv', config: mergeConfigs(), formatting: { format: 'jsonl', color: false } } }, (formatted) => {
      written++;
      for (const line of formatted.text.trim().split('\n')) files.push(JSON.parse(line).file);
    });
    assert.equal(written, batchCount);
    assert.deepEqual(files, Array.from({ length: batchCount * rowsPerBatch }, (_, i) => `06BANGKOK${i}`));
    assert.ok(mostInFlight <= threads * IN_FLIGHT_PER_WORKER + 1, `${mostInFlight} batches were read ahead of the output`);
  });

  for (const threads of [1, 3]) {
    it(`read no further while the output is full (a slow reader of stdout), ${threads} thread${threads === 1 ? '' : 's'}`, async () => {
      const batchCount = 40;
      let pulled = 0;
      async function* batches(): AsyncGenerator<CsvBatch> {
        for (let b = 0; b < batchCount; b++) {
          pulled++;
          yield { bytes: new Uint8Array(Buffer.from(row([String(b), '7/5/2006 10:07', `06BANGKOK${b}`, '', 'UNCLASSIFIED', '', '', noBanner]) + '\n')), rowsBefore: b, last: b === batchCount - 1 };
        }
      }
      let written = 0;
      let full = true;
      let release: (() => void) | undefined;
      // Output that nobody reads yet: it says it is full until released below.
      const drained = () => (full ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve());
      const done = lintBatches(batches(), threads, { setup: { kind: 'csv', config: mergeConfigs(), formatting: { format: 'jsonl', color: false } }, drained }, () => written++);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.ok(pulled <= 2, `${pulled} batches read (${written} written) while the output was full`);
      full = false;
      release?.();
      await done;
      assert.equal(written, batchCount);
    });
  }
});

