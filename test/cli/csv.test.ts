// cable-lint --csv: the cables.csv release format, streamed, in order, with any number of workers.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvRows } from '../../server/src/cli/csv';

const root = join(__dirname, '..', '..', '..');
const bin = join(root, 'bin', 'cable-lint.js');

/** A field as cables.csv writes it: quoted, with backslash-escaped quotes and backslashes. */
const field = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const row = (cells: string[]) => cells.map(field).join(',');

const rangoon = readFileSync(join(root, 'seeds', '04RANGOON1422.txt'), 'utf8');
const noBanner = 'E.O. 12958: N/A\nTAGS: PGOV, TH\nSUBJECT: A "QUOTED" SUBJECT WITH A \\ BACKSLASH\n\n1. The text.\n';

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
    const rows: string[][] = [];
    for await (const r of readCsvRows(csv)) rows.push(r);
    assert.equal(rows.length, 151);
    assert.equal(rows[0].length, 8);
    assert.equal(rows[0][7], rangoon);
    assert.equal(rows[1][7], noBanner);
  });

  function run(args: string[]) {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
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

  it('JSON output is one valid array', () => {
    const reports = JSON.parse(run(['--csv', csv, '--format', 'json', '--jobs', '2']).stdout);
    assert.equal(reports.length, 151);
  });

  it('a missing CSV file is an I/O problem (exit 2)', () => {
    const r = run(['--csv', join(dir, 'missing.csv')]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /missing\.csv {2}error {2}No such file/);
  });

  it('refuses --fix with --csv', () => {
    assert.equal(run(['--csv', csv, '--fix']).code, 2);
  });
});
