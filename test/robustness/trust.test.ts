// Trust and privacy: no network use, no code from the workspace, and no silencing by accident of the
// one rule that keeps a cable from going out under-classified.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { lintText } from '../../server/src/service';
import { documentInfo } from '../../server/src/service/features';
import { fileUri, ROOT, seedText, TestClient } from '../lsp/client';

const PRELOAD = join(ROOT, 'test', 'robustness', 'no-network.cjs');

describe('trust and privacy', () => {
  let dir: string;
  let log: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cable-trust-'));
    log = join(dir, 'network.log');
    writeFileSync(log, '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const env = () => ({ NODE_OPTIONS: `--require ${PRELOAD}`, CABLE_NETWORK_LOG: log });

  it('the preload does catch a connection attempt (the check itself can fail)', () => {
    const probe = spawnSync(process.execPath, ['-e', "require('node:http').get('http://127.0.0.1:9/')"], { env: { ...process.env, ...env() }, encoding: 'utf8' });
    assert.notEqual(probe.status, 0);
    assert.match(readFileSync(log, 'utf8'), /http\.get/);
  });

  it('cable-lint checks, fixes and writes SARIF without touching the network', () => {
    writeFileSync(join(dir, 'rangoon.txt'), seedText('04RANGOON1422.txt'));
    for (const args of [['--format', 'sarif', join(ROOT, 'seeds')], ['--fix', join(dir, 'rangoon.txt')]]) {
      const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'cable-lint.js'), ...args], { env: { ...process.env, ...env() }, encoding: 'utf8' });
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
    }
    assert.equal(readFileSync(log, 'utf8'), '');
  });

  it('the language server serves a session without touching the network', async () => {
    const client = await TestClient.start({ env: env() });
    try {
      const uri = fileUri(join(ROOT, 'seeds', '04RANGOON1422.txt'));
      await client.open(uri, seedText('04RANGOON1422.txt'));
      const diagnostics = await client.diagnosticsFor(uri);
      assert.ok(diagnostics.length > 0);
      await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 10, character: 7 } });
    } finally {
      await client.stop();
    }
    assert.equal(readFileSync(log, 'utf8'), '');
  });

  it('no shipped code can run workspace content: no eval, new Function, vm or child processes', () => {
    const sources: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const path = join(d, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts')) sources.push(path);
      }
    };
    walk(join(ROOT, 'server', 'src'));
    for (const name of readdirSync(join(ROOT, 'client', 'src'))) if (name.endsWith('.ts')) sources.push(join(ROOT, 'client', 'src', name));
    const offenders = sources.filter((path) => /\beval\s*\(|new Function\s*\(|from 'node:(?:vm|child_process)'|require\('(?:node:)?(?:vm|child_process)'\)/.test(readFileSync(path, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('declares its behaviour in untrusted and virtual workspaces', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(pkg.capabilities.virtualWorkspaces);
  });
});

describe('classification safety', () => {
  const understated = `C O N F I D E N T I A L RANGOON 001422

E.O. 12958: DECL: 11/02/2014
TAGS: PHUM, BM
SUBJECT: A SUBJECT

Classified By: COM CARMEN MARTINEZ for Reasons 1.4 (b,d)

1. (S) A secret paragraph under a confidential banner.
`;
  const fires = (config: object) => lintText(understated, { config }).diagnostics.some((d) => d.rule === 'banner-understates');

  it('"*": "off" turns every rule off except banner-understates', () => {
    assert.ok(fires({ rules: { '*': 'off' } }));
    assert.deepEqual(
      lintText(understated, { config: { rules: { '*': 'off' } } }).diagnostics.map((d) => d.rule),
      ['banner-understates'],
    );
  });

  it('only an explicit "banner-understates": "off" silences it', () => {
    assert.ok(fires({}));
    assert.ok(!fires({ rules: { 'banner-understates': 'off' } }));
  });

  it('the language status still shows the mismatch when the rule is off', () => {
    const info = documentInfo(lintText(understated, { config: { rules: { 'banner-understates': 'off' } } }).model);
    assert.equal(info.understates, true);
  });
});
