// Hang checks, not benchmarks: pathological lines must tokenize within a generous CPU budget.
// Each line is sized so that any super-linear regex or rule would take minutes on it, while the
// linear grammar needs about a second. CPU time, not wall time, so a busy machine does not fail
// the test; tokenizing runs in a child process that is killed if it has not answered by a
// wall-clock deadline, since a runaway regex never returns on its own.
// (VS Code itself stops tokenizing lines longer than editor.maxTokenizationLineLength, 20,000
// characters by default; these lines go far beyond that on purpose.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { repoRoot } from './textmate';
import type { TokenizeReply } from './tokenizeChild';

const CPU_BUDGET_MS = 4_000;
const WALL_DEADLINE_MS = 120_000;
const MB = 1 << 20;

/** `unit` repeated to exactly `length` characters. */
function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const seedBody = fs.readFileSync(path.join(repoRoot, 'seeds', '04RANGOON1422.txt'), 'utf8').split('\n').slice(16, 20).join(' ');

const pathologicalLines: Record<string, string> = {
  // The cases the brief names.
  '1 MB of X (one redaction)': fill('X', MB),
  '100,000 (': '('.repeat(100_000),
  '50,000 × "SECTION 01 OF "': 'SECTION 01 OF '.repeat(50_000),
  'letter-spaced CONFIDENTIAL, 500 KB': fill('C O N F I D E N T I A L ', 500_000),
  'letter-spaced alphabet, 500 KB': fill('A B C D E F G H I J K L M N O P Q R S T U V W X Y Z ', 500_000),
  // Many tokens on one line: a per-token cost that grows with the line would show here.
  'seed paragraphs repeated to 1 MB': fill(`${seedBody} `, MB),
  'REF list items, 300 KB': `REF:${fill(' A. STATE 1,', 300_000)}`,
  'in-text references, 300 KB': `see REFTEL ${fill('B, ', 300_000)}`,
  'TAGS codes, 300 KB': `TAGS: ${fill('PREL, ', 300_000)}`,
  // Shapes regex checkers use against backtracking: long runs where a rule almost matches.
  'banner words then blanks then no serial': `S E C R E T 1 ${fill('A ', 200_000)}${' '.repeat(200_000)}B 1`,
  'banner level then blanks': `UNCLAS${' '.repeat(500_000)}x`,
  'portion mark never closed': `1. (S${fill('//NF', 500_000)}`,
  'lenient portion mark never closed': `1. (${fill('LOU ', 500_000)}`,
  'E.O. line of DECL instructions': `E.O. 12958: ${fill('DECL: 1.6X6 ', 300_000)}`,
  'subject of marks': `SUBJECT: ${fill('A (S) ', 300_000)}`,
  'reasons after Classified By': `Classified By: X for reasons 1.4 ${fill('(b) and ', 300_000)}`,
  'pilcrows and brackets': `¶${fill(',)', 500_000)}`,
  'date-time groups without month': fill('051007Z ', 500_000),
  'end markers without a word': fill('End end End ', 500_000),
  'citations in brackets never closed': fill('(AAA AAA ', 500_000),
  'one 1 MB word': fill('AA', MB),
  '1 MB of blanks': `${' '.repeat(MB)}x`,
  'addressee serial then blanks': `RUEHC/SECSTATE WASHDC 1${fill(' 1', 300_000)}${' '.repeat(300_000)}x`,
};

describe('cable grammar on pathological lines', function () {
  this.timeout(WALL_DEADLINE_MS + 30_000);
  let child: ChildProcess | undefined;

  /** A child with the grammar loaded, started again after a killed one. */
  async function readyChild(): Promise<ChildProcess> {
    if (child) return child;
    const started = fork(path.join(__dirname, 'tokenizeChild.js'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    await new Promise<void>((resolve, reject) => {
      started.once('message', () => resolve());
      started.once('error', reject);
      started.once('exit', (code) => reject(new Error(`tokenizeChild exited with ${code}`)));
    });
    started.removeAllListeners('exit');
    child = started;
    return started;
  }

  after(() => {
    child?.kill();
  });

  for (const [name, line] of Object.entries(pathologicalLines)) {
    it(`tokenizes ${name} (${line.length.toLocaleString('en-US')} characters) within ${CPU_BUDGET_MS} ms of CPU`, async () => {
      const current = await readyChild();
      const replied = new Promise<TokenizeReply>((resolve) => current.once('message', (reply) => resolve(reply as TokenizeReply)));
      current.send(line);
      let timer: NodeJS.Timeout | undefined;
      const reply = await Promise.race([
        replied,
        new Promise<'deadline'>((resolve) => {
          timer = setTimeout(() => resolve('deadline'), WALL_DEADLINE_MS);
        }),
      ]).finally(() => clearTimeout(timer));
      if (reply === 'deadline') {
        child = undefined;
        current.kill();
        assert.fail(`no answer after ${WALL_DEADLINE_MS} ms of wall-clock time: the tokenizer hangs`);
      }
      assert.equal(reply.stoppedEarly, false);
      assert.ok(reply.tokenCount >= 1);
      assert.ok(reply.cpuMs < CPU_BUDGET_MS, `took ${Math.round(reply.cpuMs)} ms of CPU`);
    });
  }
});
