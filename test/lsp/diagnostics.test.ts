// Diagnostics from the real server: pushed and pulled, lint.run, size limit, settings and
// .cablelintrc.json taking effect without a restart.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeAction, CodeActionRequest, Diagnostic, DiagnosticSeverity, ExecuteCommandRequest, DocumentDiagnosticReport, DocumentDiagnosticRequest, FileChangeType, DidChangeWatchedFilesNotification, DocumentSymbolRequest, MessageType } from 'vscode-languageserver-protocol/node';
import { fileUri, PULL_CLIENT, seedText, TestClient } from './client';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const MISSING_TAGS = ['UNCLAS BANGKOK 003955', '', 'E.O. 12958: N/A', 'SUBJECT: A CABLE WITHOUT ITS CODES', '', '1. (U) First paragraph.', '', '2. (U) Second paragraph.', ''].join('\n');

describe('LSP: diagnostics', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cable-lsp-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('pushed (a client without pull support)', () => {
    let client: TestClient;
    beforeEach(async () => {
      client = await TestClient.start({ workspaceFolders: [dir] });
    });
    afterEach(() => client.stop());

    it('reports the garbled paragraph numbers of 04RANGOON1422 with rule codes, docs links and source', async () => {
      const uri = fileUri(join(dir, '04RANGOON1422.txt'));
      await client.open(uri, seedText('04RANGOON1422.txt'));
      const diagnostics = await client.diagnosticsFor(uri);
      const garbled = diagnostics.find((d) => d.code === 'paragraph-numbering' && d.range.start.line === 16);
      assert.ok(garbled, `no paragraph-numbering on the "11." line: ${codes(diagnostics).join(', ')}`);
      assert.equal(garbled.source, 'cable');
      assert.equal(garbled.severity, DiagnosticSeverity.Warning);
      assert.equal(garbled.codeDescription?.href, 'https://github.com/cable-author/cable-author/blob/main/docs/rules/paragraph-numbering.md');
      assert.deepEqual(garbled.data, { rule: 'paragraph-numbering', version: 1, index: diagnostics.indexOf(garbled) });
    });

    it('reports the missing banner, TAGS and SUBJECT of 06BANGKOK3955 as errors', async () => {
      const uri = fileUri(join(dir, '06BANGKOK3955.txt'));
      await client.open(uri, seedText('06BANGKOK3955.txt'));
      const diagnostics = await client.diagnosticsFor(uri);
      for (const rule of ['banner-missing', 'tags-missing', 'subject-missing']) {
        const found = diagnostics.find((d) => d.code === rule);
        assert.ok(found, `${rule} missing from ${codes(diagnostics).join(', ')}`);
        assert.equal(found.severity, DiagnosticSeverity.Error);
      }
    });

    it('re-checks after an edit, debounced, and clears the diagnostics when the document closes', async () => {
      const uri = fileUri(join(dir, 'edit.cable'));
      await client.open(uri, MISSING_TAGS.replace('SUBJECT:', 'TAGS: PREL, TH\nSUBJECT:'));
      assert.deepEqual(codes(await client.diagnosticsFor(uri)), []);
      const version = await client.change(uri, MISSING_TAGS);
      assert.ok(codes(await client.diagnosticsFor(uri, version)).includes('tags-missing'));
      await client.close(uri);
      await client.waitFor('empty diagnostics after close', () => {
        const last = client.published.filter((p) => p.uri === uri).pop();
        return last && last.diagnostics.length === 0 ? true : undefined;
      });
    });

    it('applies a rule turned off in the settings without a restart', async () => {
      const uri = fileUri(join(dir, 'settings.cable'));
      await client.open(uri, MISSING_TAGS);
      assert.ok(codes(await client.diagnosticsFor(uri)).includes('tags-missing'));
      const before = client.published.length;
      await client.changeSettings({ rules: { 'tags-missing': 'off' } });
      await client.waitFor('diagnostics without tags-missing', () => client.published.slice(before).find((p) => p.uri === uri && !codes(p.diagnostics).includes('tags-missing')));
    });

    it('takes a rule severity from the settings', async () => {
      await client.changeSettings({ rules: { 'tags-missing': 'hint' } });
      const uri = fileUri(join(dir, 'severity.cable'));
      await client.open(uri, MISSING_TAGS);
      const found = (await client.diagnosticsFor(uri)).find((d) => d.code === 'tags-missing');
      assert.equal(found?.severity, DiagnosticSeverity.Hint);
    });

    it('with lint.run "onSave" checks an edit only once the document is saved', async () => {
      await client.changeSettings({ lint: { run: 'onSave' } });
      const uri = fileUri(join(dir, 'onsave.cable'));
      await client.open(uri, MISSING_TAGS.replace('SUBJECT:', 'TAGS: PREL, TH\nSUBJECT:'));
      assert.deepEqual(codes(await client.diagnosticsFor(uri, 1)), []);
      const before = client.published.length;
      await client.change(uri, MISSING_TAGS);
      // Longer than the on-type delay: nothing may arrive for the edit.
      await sleep(600);
      assert.equal(client.published.slice(before).filter((p) => p.uri === uri).length, 0, 'checked on type');
      await client.save(uri);
      assert.ok(codes(await client.diagnosticsFor(uri, 2)).includes('tags-missing'));
    });

    it('reports nothing for a past version of a file (the old side of a git diff), whose outline still works', async () => {
      const path = join(dir, 'diffed.cable').replace(/\\/g, '/');
      const file = fileUri(join(dir, 'diffed.cable'));
      const old = `git:${path.startsWith('/') ? '' : '/'}${path}?${encodeURIComponent(JSON.stringify({ path, ref: 'HEAD~1' }))}`;
      await client.open(file, MISSING_TAGS);
      await client.open(old, MISSING_TAGS);
      assert.ok(codes(await client.diagnosticsFor(file)).includes('tags-missing'));
      assert.deepEqual(await client.diagnosticsFor(old), []);
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: old } })) as unknown[];
      assert.ok(symbols.length > 0);
    });

    it('logs each setting it leaves out once, and checks with the rest', async () => {
      const before = client.logged.length;
      await client.changeSettings({ date: '2009-02-30', rules: { 'tags-missing': 'hint', 'no-such-rule': 'off' } });
      for (const name of ['a', 'b']) {
        const uri = fileUri(join(dir, `bad-setting-${name}.cable`));
        await client.open(uri, MISSING_TAGS);
        assert.equal((await client.diagnosticsFor(uri)).find((d) => d.code === 'tags-missing')?.severity, DiagnosticSeverity.Hint);
      }
      const warnings = client.logged.slice(before).filter((m) => m.type === MessageType.Warning).map((m) => m.message);
      assert.deepEqual(warnings, ['cable.rules: "no-such-rule" is not a rule id; ignored.', 'cable.date: "2009-02-30" is no such day; ignored.']);
    });

    it('gives a document over cable.maxValidatedSize one information diagnostic instead of checking it', async () => {
      await client.changeSettings({ maxValidatedSize: 100 });
      const uri = fileUri(join(dir, 'large.cable'));
      await client.open(uri, MISSING_TAGS);
      const diagnostics = await client.diagnosticsFor(uri);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
      assert.match(String(diagnostics[0].message), /not fully validated/);
    });
  });

  describe('pushed to a client without workspace/configuration', () => {
    it('reads the settings sent with didChangeConfiguration', async () => {
      const client = await TestClient.start({ workspaceFolders: [dir], capabilities: { textDocument: { publishDiagnostics: {} } } });
      try {
        const uri = fileUri(join(dir, 'plain.cable'));
        await client.open(uri, MISSING_TAGS);
        assert.ok(codes(await client.diagnosticsFor(uri)).includes('tags-missing'));
        const before = client.published.length;
        await client.changeSettings({ rules: { 'tags-missing': 'off' } });
        await client.waitFor('diagnostics without tags-missing', () => client.published.slice(before).find((p) => p.uri === uri && !codes(p.diagnostics).includes('tags-missing')));
      } finally {
        await client.stop();
      }
    });
  });

  describe('.cablelintrc.json', () => {
    const UNKNOWN_TAG = MISSING_TAGS.replace('SUBJECT:', 'TAGS: PREL, XYZZ\nSUBJECT:');

    async function addTagAction(client: TestClient, uri: string): Promise<CodeAction | undefined> {
      const unknown = (await client.diagnosticsFor(uri)).find((d) => d.code === 'tags-unknown');
      assert.ok(unknown, 'no tags-unknown diagnostic');
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown], only: ['quickfix'] } })) as CodeAction[];
      return actions.find((a) => a.title.startsWith('Add XYZZ to the known tags'));
    }

    async function addTag(client: TestClient, action: CodeAction): Promise<void> {
      assert.equal(action.kind, 'quickfix');
      assert.equal(action.edit, undefined, 'the server writes the file itself');
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: action.command!.command, arguments: action.command!.arguments });
    }

    it('adds an unknown TAG to the config file, touching nothing else, and the cables lose the finding', async () => {
      const configPath = join(dir, '.cablelintrc.json');
      writeFileSync(configPath, '{\n  // ours\n  "rules": { "tags-missing": "off" }\n}\n');
      const client = await TestClient.start({ workspaceFolders: [dir] });
      try {
        assert.deepEqual(client.initializeResult.capabilities.executeCommandProvider?.commands, ['cable.changeConfig']);
        const uri = fileUri(join(dir, 'tagged.cable'));
        await client.open(uri, UNKNOWN_TAG);
        const action = await addTagAction(client, uri);
        assert.equal(action?.title, 'Add XYZZ to the known tags in .cablelintrc.json');
        const before = client.published.length;
        await addTag(client, action);
        assert.equal(readFileSync(configPath, 'utf8'), '{\n  // ours\n  "rules": { "tags-missing": "off" },\n  "tags": ["XYZZ"]\n}\n');
        // No watcher event needed: the server checks the cables again once it has written the file.
        await client.waitFor('diagnostics without tags-unknown', () => client.published.slice(before).find((p) => p.uri === uri && !codes(p.diagnostics).includes('tags-unknown')));
        // Carried out again (a second click on a stale light bulb): nothing more is added.
        await addTag(client, action);
        assert.equal(readFileSync(configPath, 'utf8').match(/XYZZ/g)?.length, 1);
        const other = fileUri(join(dir, 'other.cable'));
        await client.open(other, UNKNOWN_TAG.replace('XYZZ', 'XYZZ, QQQQ'));
        assert.equal(await addTagAction(client, other), undefined, 'offered for a TAG the file lists');
        // A light bulb from before an edit: its range now covers part of another word, which is no TAG to add.
        const stale = (await client.diagnosticsFor(other)).find((d) => d.code === 'tags-unknown')!;
        await client.change(other, UNKNOWN_TAG.replace('PREL, XYZZ', 'PREL, ABCDEFG'));
        const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: other }, range: stale.range, context: { diagnostics: [stale], only: ['quickfix'] } })) as CodeAction[];
        assert.deepEqual(actions.filter((a) => a.title.startsWith('Add ')).map((a) => a.title), []);
      } finally {
        await client.stop();
      }
    });

    it('turns a rule off for this cable only, in an override, and never banner-understates', async () => {
      const cables = join(dir, 'cables');
      mkdirSync(cables);
      const configPath = join(dir, '.cablelintrc.json');
      writeFileSync(configPath, '{\n  "rules": { "tags-missing": "warning" }\n}\n');
      const client = await TestClient.start({ workspaceFolders: [dir] });
      try {
        const uri = fileUri(join(cables, 'one.cable'));
        const other = fileUri(join(cables, 'other.cable'));
        await client.open(uri, MISSING_TAGS);
        await client.open(other, MISSING_TAGS);
        const diagnostics = await client.diagnosticsFor(uri);
        const missing = diagnostics.find((d) => d.code === 'tags-missing')!;
        const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: missing.range, context: { diagnostics, only: ['quickfix'] } })) as CodeAction[];
        const titles = actions.map((a) => a.title).filter((t) => t.startsWith('Turn off'));
        assert.ok(titles.includes('Turn off tags-missing for this cable in .cablelintrc.json'), titles.join(' | '));
        const understated = MISSING_TAGS.replace('1. (U)', '1. (S)');
        await client.change(uri, understated);
        const now = await client.diagnosticsFor(uri);
        assert.ok(codes(now).includes('banner-understates'));
        const offered = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: missing.range, context: { diagnostics: now, only: ['quickfix'] } })) as CodeAction[];
        assert.ok(!offered.some((a) => a.title.startsWith('Turn off banner-understates')), 'a click never silences banner-understates');
        await assert.rejects(client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'cable.changeConfig', arguments: [uri, { turnOff: 'banner-understates' }] }));

        const turnOff = actions.find((a) => a.title === 'Turn off tags-missing for this cable in .cablelintrc.json')!;
        const before = client.published.length;
        await client.connection.sendRequest(ExecuteCommandRequest.type, { command: turnOff.command!.command, arguments: turnOff.command!.arguments });
        assert.equal(readFileSync(configPath, 'utf8'), '{\n  "rules": { "tags-missing": "warning" },\n  "overrides": [{ "files": ["cables/one.cable"], "rules": { "tags-missing": "off" } }]\n}\n');
        await client.waitFor('one.cable without tags-missing', () => client.published.slice(before).find((p) => p.uri === uri && !codes(p.diagnostics).includes('tags-missing')));
        assert.ok(codes(await client.diagnosticsFor(other)).includes('tags-missing'), 'the other cable keeps the finding');
      } finally {
        await client.stop();
      }
    });

    it('creates a config file in the workspace folder for an unknown TAG when none applies', async () => {
      const client = await TestClient.start({ workspaceFolders: [dir] });
      try {
        const uri = fileUri(join(dir, 'new-config.cable'));
        await client.open(uri, UNKNOWN_TAG);
        const action = await addTagAction(client, uri);
        assert.equal(action?.title, 'Add XYZZ to the known tags in a new .cablelintrc.json');
        await addTag(client, action);
        assert.equal(readFileSync(join(dir, '.cablelintrc.json'), 'utf8'), '{\n  "tags": ["XYZZ"]\n}\n');
        await client.waitFor('diagnostics without tags-unknown', () => {
          const last = client.published.filter((p) => p.uri === uri).pop();
          return last && !codes(last.diagnostics).includes('tags-unknown') ? true : undefined;
        });
      } finally {
        await client.stop();
      }
    });

    it('says why in words when it cannot write the config file, and leaves what is there', async () => {
      // A dangling symlink: no config applies, and a new file cannot be created over it (EEXIST).
      const configPath = join(dir, '.cablelintrc.json');
      symlinkSync(join(dir, 'nowhere'), configPath);
      const client = await TestClient.start({ workspaceFolders: [dir] });
      try {
        const uri = fileUri(join(dir, 'a.cable'));
        await client.open(uri, UNKNOWN_TAG);
        const action = await addTagAction(client, uri);
        assert.equal(action?.title, 'Add XYZZ to the known tags in a new .cablelintrc.json');
        await addTag(client, action);
        const shown = await client.waitFor('an error message', () => client.shown.find((m) => m.type === MessageType.Error));
        assert.equal(shown.message, `Could not write ${configPath}: something already exists at that path.`);
        assert.equal(readlinkSync(configPath), join(dir, 'nowhere'), 'the link is left as it was');
        assert.ok(!existsSync(join(dir, 'nowhere')));
      } finally {
        await client.stop();
      }
    });

    it('names a config file in the home folder ~/.cablelintrc.json', async () => {
      writeFileSync(join(dir, '.cablelintrc.json'), '{}\n');
      const folder = join(dir, 'cables');
      mkdirSync(folder);
      const client = await TestClient.start({ workspaceFolders: [folder], env: { HOME: dir } });
      try {
        const uri = fileUri(join(folder, 'a.cable'));
        await client.open(uri, UNKNOWN_TAG);
        assert.equal((await addTagAction(client, uri))?.title, 'Add XYZZ to the known tags in ~/.cablelintrc.json');
      } finally {
        await client.stop();
      }
    });

    it('applies a config file above the workspace folder, as cable-lint does, and adds to it by its full path', async () => {
      const configPath = join(dir, '.cablelintrc.json');
      writeFileSync(configPath, '{ "rules": { "tags-missing": "off" } }\n');
      const folder = join(dir, 'cables');
      mkdirSync(folder);
      const client = await TestClient.start({ workspaceFolders: [folder] });
      try {
        const uri = fileUri(join(folder, 'a.cable'));
        await client.open(uri, MISSING_TAGS);
        assert.ok(!codes(await client.diagnosticsFor(uri)).includes('tags-missing'), 'the config above the folder applies');
        await client.change(uri, UNKNOWN_TAG);
        const action = await addTagAction(client, uri);
        assert.equal(action?.title, `Add XYZZ to the known tags in ${configPath}`, 'named so that a file outside the workspace is no surprise');
        await addTag(client, action);
        assert.ok(!existsSync(join(folder, '.cablelintrc.json')), 'no new file to hide the one above from cable-lint');
        assert.equal(readFileSync(configPath, 'utf8'), '{ "rules": { "tags-missing": "off" }, "tags": ["XYZZ"] }\n');
      } finally {
        await client.stop();
      }
    });

    it('turns a rule off for the cables below it, and edits to it apply without a restart', async () => {
      const project = join(dir, 'project');
      const nested = join(project, 'cables', '2006');
      mkdirSync(nested, { recursive: true });
      const configPath = join(project, '.cablelintrc.json');
      writeFileSync(configPath, '{ "rules": { "tags-missing": "off" } }\n');
      const client = await TestClient.start({ workspaceFolders: [project] });
      try {
        const inside = fileUri(join(nested, 'a.cable'));
        const outside = fileUri(join(dir, 'b.cable'));
        await client.open(inside, MISSING_TAGS);
        await client.open(outside, MISSING_TAGS);
        assert.ok(!codes(await client.diagnosticsFor(inside)).includes('tags-missing'), 'the config below the folder applies');
        assert.ok(codes(await client.diagnosticsFor(outside)).includes('tags-missing'), 'a file elsewhere keeps the defaults');

        writeFileSync(configPath, '{ "rules": { "tags-missing": "info" } }\n');
        const before = client.published.length;
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(configPath), type: FileChangeType.Changed }] });
        await client.waitFor('tags-missing as information after the config change', () =>
          client.published.slice(before).find((p) => p.uri === inside && p.diagnostics.some((d) => d.code === 'tags-missing' && d.severity === DiagnosticSeverity.Information)),
        );
      } finally {
        await client.stop();
      }
    });

    it('applies to a file outside any workspace folder too', async () => {
      writeFileSync(join(dir, '.cablelintrc.json'), '{ "rules": { "tags-missing": "off" } }');
      const client = await TestClient.start({ workspaceFolders: [] });
      try {
        const uri = fileUri(join(dir, 'loose.cable'));
        await client.open(uri, MISSING_TAGS);
        assert.ok(!codes(await client.diagnosticsFor(uri)).includes('tags-missing'));
      } finally {
        await client.stop();
      }
    });

    it('applies the first folder\'s file to untitled cables', async () => {
      writeFileSync(join(dir, '.cablelintrc.json'), '{ "rules": { "tags-missing": "off" } }');
      const client = await TestClient.start({ workspaceFolders: [dir] });
      try {
        await client.open('untitled:Untitled-1', MISSING_TAGS);
        assert.ok(!codes(await client.diagnosticsFor('untitled:Untitled-1')).includes('tags-missing'));
      } finally {
        await client.stop();
      }
    });

    it('wins over the editor settings for the rules it sets', async () => {
      writeFileSync(join(dir, '.cablelintrc.json'), '{ "rules": { "tags-missing": "warning" } }');
      const client = await TestClient.start({ workspaceFolders: [dir], settings: { rules: { 'tags-missing': 'off', 'subject-missing': 'off' } } });
      try {
        const uri = fileUri(join(dir, 'c.cable'));
        await client.open(uri, MISSING_TAGS);
        const found = (await client.diagnosticsFor(uri)).find((d) => d.code === 'tags-missing');
        assert.equal(found?.severity, DiagnosticSeverity.Warning);
      } finally {
        await client.stop();
      }
    });

    it('reports nothing for a document its "ignores" match, and applies the "overrides" matching a document, pushed and pulled', async () => {
      writeFileSync(
        join(dir, '.cablelintrc.json'),
        JSON.stringify({ ignores: ['drafts/'], rules: { 'tags-missing': 'error' }, overrides: [{ files: ['2006/**'], rules: { 'tags-missing': 'hint' } }] }),
      );
      const ignored = fileUri(join(dir, 'drafts', 'a.cable'));
      const overridden = fileUri(join(dir, '2006', 'b.cable'));
      const plain = fileUri(join(dir, 'c.cable'));
      const tagsMissing = (diagnostics: Diagnostic[]) => diagnostics.find((d) => d.code === 'tags-missing')?.severity;

      const pushing = await TestClient.start({ workspaceFolders: [dir] });
      try {
        for (const uri of [ignored, overridden, plain]) await pushing.open(uri, MISSING_TAGS);
        assert.deepEqual(await pushing.diagnosticsFor(ignored), []);
        assert.equal(tagsMissing(await pushing.diagnosticsFor(overridden)), DiagnosticSeverity.Hint);
        assert.equal(tagsMissing(await pushing.diagnosticsFor(plain)), DiagnosticSeverity.Error);
      } finally {
        await pushing.stop();
      }

      const pulling = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
      try {
        const pull = async (uri: string) => {
          const report = (await pulling.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport;
          return report.kind === 'full' ? report.items : assert.fail('a full report');
        };
        for (const uri of [ignored, overridden]) await pulling.open(uri, MISSING_TAGS);
        assert.deepEqual(await pull(ignored), []);
        assert.equal(tagsMissing(await pull(overridden)), DiagnosticSeverity.Hint);
      } finally {
        await pulling.stop();
      }
    });

    it('reports a malformed file at its position and lints with the defaults', async () => {
      const configPath = join(dir, '.cablelintrc.json');
      writeFileSync(configPath, '{\n  "rules": { "no-such-rule": "off", "tags-missing": "loud" }\n}\n');
      const client = await TestClient.start({ workspaceFolders: [dir] });
      try {
        const uri = fileUri(join(dir, 'd.cable'));
        await client.open(uri, MISSING_TAGS);
        assert.ok(codes(await client.diagnosticsFor(uri)).includes('tags-missing'));
        const problems = await client.diagnosticsFor(fileUri(configPath), undefined);
        assert.equal(problems.length, 2, JSON.stringify(problems));
        assert.match(String(problems[0].message), /Unknown rule "no-such-rule"/);
        assert.equal(problems[0].range.start.line, 1);
      } finally {
        await client.stop();
      }
    });
  });

  describe('pulled (a client with textDocument/diagnostic, like VS Code)', () => {
    let client: TestClient;
    beforeEach(async () => {
      client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    });
    afterEach(() => client.stop());

    const pull = (uri: string, previousResultId?: string) =>
      client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }) as Promise<DocumentDiagnosticReport>;

    it('answers textDocument/diagnostic and does not also push', async () => {
      assert.ok(client.initializeResult.capabilities.diagnosticProvider, 'diagnosticProvider advertised');
      const uri = fileUri(join(dir, '04RANGOON1422.txt'));
      await client.open(uri, seedText('04RANGOON1422.txt'));
      const report = await pull(uri);
      assert.equal(report.kind, 'full');
      assert.ok(report.kind === 'full' && report.items.some((d) => d.code === 'paragraph-numbering'));
      const again = await pull(uri, report.resultId);
      assert.equal(again.kind, 'unchanged');
      await sleep(400);
      assert.equal(client.published.filter((p) => p.uri === uri).length, 0, 'diagnostics were pushed as well');
    });

    it('asks the client to pull again when the settings change', async () => {
      const uri = fileUri(join(dir, 'pull.cable'));
      await client.open(uri, MISSING_TAGS);
      const first = await pull(uri);
      assert.ok(first.kind === 'full' && first.items.some((d) => d.code === 'tags-missing'));
      await client.changeSettings({ rules: { 'tags-missing': 'off' } });
      await client.waitFor('a diagnostic refresh request', () => (client.refreshes > 0 ? true : undefined));
      const second = await pull(uri, first.resultId);
      assert.ok(second.kind === 'full' && !second.items.some((d) => d.code === 'tags-missing'));
    });

    it('with lint.run "onSave" keeps the saved results until the next save', async () => {
      await client.changeSettings({ lint: { run: 'onSave' } });
      const uri = fileUri(join(dir, 'saved.cable'));
      await client.open(uri, MISSING_TAGS.replace('SUBJECT:', 'TAGS: PREL, TH\nSUBJECT:'));
      const opened = await pull(uri);
      assert.ok(opened.kind === 'full' && opened.items.length === 0);
      await client.change(uri, MISSING_TAGS);
      const typed = await pull(uri, opened.resultId);
      assert.equal(typed.kind, 'unchanged');
      const refreshes = client.refreshes;
      await client.save(uri);
      await client.waitFor('a refresh after save', () => (client.refreshes > refreshes ? true : undefined));
      const saved = await pull(uri, opened.resultId);
      assert.ok(saved.kind === 'full' && saved.items.some((d) => d.code === 'tags-missing'));
    });
  });
});
