// Hostile `.cablelintrc.json` files: data only, never trusted. Each is reported with its position,
// checking goes on with what could be read (else the defaults), nothing is polluted, and no
// trick silences banner-understates.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintText, MAX_CONFIG_PROBLEMS, parseConfig, RULE_IDS, ruleLevel } from '../../server/src/service';
import { cableLint } from './cliRunner';
import { LspSession } from './lspSession';

/** A cable whose one SECRET paragraph sits under a CONFIDENTIAL banner. */
const UNDERSTATED = `C O N F I D E N T I A L RANGOON 001422

E.O. 12958: DECL: 11/02/2014
TAGS: PHUM, BM
SUBJECT: A SUBJECT

Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)

1. (S) A secret paragraph under a confidential banner.
`;

const HOSTILE_CONFIGS: Array<[string, string]> = [
  ['nested 100,000 arrays deep', `{"rules": ${'['.repeat(100000)}${']'.repeat(100000)}}`],
  ['nested 100,000 objects deep', `{"rules": ${'{"a":'.repeat(100000)}1${'}'.repeat(100000)}}`],
  ['__proto__ and constructor as rule ids', '{"rules": {"__proto__": {"banner-understates": "off"}, "constructor": "off", "prototype": "off"}}'],
  ['__proto__ at the top', '{"__proto__": {"rules": {"*": "off", "banner-understates": "off"}}}'],
  ['rules as an array', '{"rules": ["banner-understates", "off"]}'],
  ['severity objects with getters in mind', '{"rules": {"banner-understates": {"severity": {"toString": "off"}}}}'],
  ['invalid JSON', '{"rules": {"tags-unknown": "off",, }'],
  ['NUL bytes and binary', '{"rules": {"\u0000": "off"}}\u0000\u00ff\ufffe'],
  // Valid, only large: read without a complaint.
  ['a 5 MB string', `{"tags": ["${'A'.repeat(5 * 1024 * 1024)}"]}`],
  ['not JSON at all', 'module.exports = { rules: {} }; require("child_process").exec("touch pwned")'],
];

describe('hostile .cablelintrc.json files', function () {
  this.timeout(120000);

  for (const [name, text] of HOSTILE_CONFIGS) {
    it(`${name}: problems with positions inside the file, never a throw, banner-understates still on`, () => {
      const { config, problems } = parseConfig(text, RULE_IDS);
      for (const p of problems) assert.ok(p.offset >= 0 && p.offset + p.length <= text.length, `${p.message} at ${p.offset}+${p.length}`);
      assert.equal(ruleLevel(config, 'banner-understates', 'error'), 'error');
      assert.ok(lintText(UNDERSTATED, { config }).diagnostics.some((d) => d.rule === 'banner-understates'));
      assert.equal(({} as Record<string, unknown>)['banner-understates'], undefined, 'Object.prototype untouched');
      assert.equal(({} as Record<string, unknown>).rules, undefined, 'Object.prototype untouched');
    });
  }

  it('5 MB of junk or 50,000 unknown keys: a bounded list of problems, read at once (each one is logged and shown in the editor)', () => {
    const unknownKeys = `{${Array.from({ length: 50000 }, (_, i) => `"k${i}": 1`).join(',')}}`;
    for (const text of ['x '.repeat(2.5 * 1024 * 1024), unknownKeys]) {
      const started = Date.now();
      const { problems } = parseConfig(text, RULE_IDS);
      assert.ok(problems.length <= MAX_CONFIG_PROBLEMS + 1, `${problems.length} problems`);
      assert.match(problems[problems.length - 1].message, /more problems? not listed/);
      assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
    }
  });

  describe('through the CLI', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'cable-config-'));
      writeFileSync(join(dir, 'cable.txt'), UNDERSTATED);
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('each hostile config is reported as path:line:col and the cable is still checked', () => {
      for (const [name, text] of HOSTILE_CONFIGS) {
        writeFileSync(join(dir, '.cablelintrc.json'), text);
        const run = cableLint([join(dir, 'cable.txt')]);
        assert.equal(run.code, 1, `${name}: exit 1 for the cable's errors, not 2\n${run.stderr}`);
        assert.match(run.stdout, /banner-understates/, `${name}: the cable was checked`);
        if (name !== 'a 5 MB string') assert.match(run.stderr, /\.cablelintrc\.json:\d+:\d+: .+ \((?:ignored; linting goes on|the file is not used; linting goes on with the defaults)\)/, `${name}: ${run.stderr.slice(0, 300)}`);
      }
    });

    it('a config that is a directory, a FIFO or a link to a device is not read; defaults apply', () => {
      for (const make of [
        (path: string) => mkdirSync(path),
        (path: string) => symlinkSync('/dev/zero', path),
        (path: string) => symlinkSync(join(dir, 'nowhere.json'), path),
      ]) {
        const config = join(dir, '.cablelintrc.json');
        rmSync(config, { recursive: true, force: true });
        make(config);
        const run = cableLint([join(dir, 'cable.txt')]);
        assert.equal(run.code, 1, run.stderr);
        assert.match(run.stdout, /banner-understates/);
      }
    });
  });

  it('the language server reports a hostile config on the config file and keeps checking cables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cable-config-lsp-'));
    const session = new LspSession();
    try {
      writeFileSync(join(dir, '.cablelintrc.json'), HOSTILE_CONFIGS[0][1]);
      await session.initialize(pathToFileURL(dir).href);
      const cable = pathToFileURL(join(dir, 'cable.txt')).href;
      await session.open(cable, UNDERSTATED);
      assert.ok((await session.diagnosticsFor(cable, 1)).some((d) => d.code === 'banner-understates'));
      const onConfig = await session.diagnosticsFor(pathToFileURL(join(dir, '.cablelintrc.json')).href);
      assert.match(String(onConfig[0]?.message), /nested too deeply/);
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
