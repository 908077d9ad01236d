// Lint Workspace (cable/lintWorkspace) in the real server: every cable under the workspace folders
// checked from disk as cable-lint would, its problems pushed; never shown twice for an open cable.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource, Diagnostic, DidChangeWatchedFilesNotification, DocumentSymbolRequest, FileChangeType, ParameterStructures, ProgressToken, RequestType0, WatchKind, WorkDoneProgress } from 'vscode-languageserver-protocol/node';
import { fileUri, PULL_CLIENT, seedText, TestClient } from './client';

interface LintWorkspaceResult {
  files: number;
  problems: number;
  filesWithProblems: number;
  unchecked: string[];
}

const CLEAN = ['UNCLAS', '', 'E.O. 12958: N/A', 'TAGS: PREL, BM', 'SUBJECT: A TIDY CABLE', '', '1. (U) All in order.', '', '2. (U) Nothing to add.', ''].join('\n');

function lintWorkspace(client: TestClient, workDoneToken?: ProgressToken): Promise<LintWorkspaceResult> {
  return client.connection.sendRequest('cable/lintWorkspace', { workDoneToken });
}

/** The last diagnostics pushed for the file, or undefined when none were. */
function lastPushed(client: TestClient, uri: string): Diagnostic[] | undefined {
  return client.published.filter((p) => p.uri === uri).pop()?.diagnostics;
}

describe('LSP: Lint Workspace', () => {
  let dir: string;
  let client: TestClient;
  const rangoon = () => fileUri(join(dir, 'cables', '04RANGOON1422.txt'));
  const bangkok = () => fileUri(join(dir, 'cables', '2006', '06BANGKOK3955.txt'));
  const tidy = () => fileUri(join(dir, 'tidy.cable'));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cable-lsp-workspace-'));
    mkdirSync(join(dir, 'cables', '2006'), { recursive: true });
    writeFileSync(join(dir, 'cables', '04RANGOON1422.txt'), seedText('04RANGOON1422.txt'));
    writeFileSync(join(dir, 'cables', '2006', '06BANGKOK3955.txt'), seedText('06BANGKOK3955.txt'));
    writeFileSync(join(dir, 'tidy.cable'), CLEAN);
    writeFileSync(join(dir, 'notes.md'), 'not a cable');
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pushes the problems of every cable file under the folder, as cable-lint finds them, and reports progress', async () => {
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    const progress: Array<{ kind: string; percentage?: number }> = [];
    client.connection.onProgress(WorkDoneProgress.type, 'lint-1', (value: { kind: string; percentage?: number }) => progress.push(value));
    const result = await lintWorkspace(client, 'lint-1');
    assert.equal(result.files, 3);
    assert.equal(result.filesWithProblems, 2);
    assert.deepEqual(result.unchecked, []);
    const rangoonProblems = lastPushed(client, rangoon())!;
    const bangkokProblems = lastPushed(client, bangkok())!;
    assert.ok(rangoonProblems.some((d) => d.code === 'paragraph-numbering'));
    assert.ok(bangkokProblems.some((d) => d.code === 'banner-missing'));
    assert.equal(result.problems, rangoonProblems.length + bangkokProblems.length);
    // A clean file gets nothing pushed: there is nothing to show or to clear.
    assert.equal(lastPushed(client, tidy()), undefined);
    assert.equal(progress[0]?.kind, 'begin');
    assert.equal(progress[progress.length - 1]?.kind, 'end');
    // Run again: the files with problems are told again; a clean file still needs no word.
    const before = client.published.length;
    await lintWorkspace(client);
    assert.deepEqual(client.published.slice(before).map((p) => p.uri).sort(), [rangoon(), bangkok()].sort());
  });

  it('answers when sent without parameters, or with an empty array (an empty Lua table: Neovim)', async () => {
    client = await TestClient.start({ workspaceFolders: [dir] });
    const none: LintWorkspaceResult = await client.connection.sendRequest(new RequestType0<LintWorkspaceResult, void>('cable/lintWorkspace'));
    assert.equal(none.files, 3);
    const emptyArray: LintWorkspaceResult = await client.connection.sendRequest('cable/lintWorkspace', ParameterStructures.byPosition, []);
    assert.equal(emptyArray.files, 3);
  });

  it('applies the .cablelintrc.json that governs each file: its rules and its ignores', async () => {
    writeFileSync(join(dir, 'cables', '.cablelintrc.json'), JSON.stringify({ rules: { 'paragraph-numbering': 'off' }, ignores: ['2006/**'] }));
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    const result = await lintWorkspace(client);
    assert.equal(result.files, 2, 'the ignored folder is not walked');
    assert.equal(lastPushed(client, bangkok()), undefined);
    // The Rangoon extract's only problems are its paragraph numbers.
    assert.equal(result.problems, 0);
    assert.equal(lastPushed(client, rangoon()), undefined);
  });

  it('withdraws a file\'s disk result while it is open in a client that pulls, and shows it again once closed', async () => {
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    await lintWorkspace(client);
    const fromDisk = lastPushed(client, rangoon())!;
    assert.ok(fromDisk.length > 0);
    await client.open(rangoon(), seedText('04RANGOON1422.txt'));
    await client.waitFor('the disk result withdrawn', () => (lastPushed(client, rangoon())!.length === 0 ? true : undefined));
    // Open: a second run counts its editor text and pushes nothing for it.
    const pushedBefore = client.published.length;
    const again = await lintWorkspace(client);
    assert.equal(again.filesWithProblems, 2);
    assert.ok(!client.published.slice(pushedBefore).some((p) => p.uri === rangoon()), 'pushed for an open file');
    await client.close(rangoon());
    const restored = await client.waitFor('the disk result shown again', () => {
      const last = lastPushed(client, rangoon())!;
      return last.length ? last : undefined;
    });
    assert.deepEqual(restored, fromDisk);
  });

  it('knows an open file under another encoding of its URI (VS Code writes ( and ) as %28 and %29)', async () => {
    writeFileSync(join(dir, 'cables', 'Copy (2).txt'), seedText('04RANGOON1422.txt'));
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    await lintWorkspace(client);
    const serverUri = fileUri(join(dir, 'cables', 'Copy (2).txt'));
    assert.ok(lastPushed(client, serverUri)!.length > 0);
    const editorUri = serverUri.replace('(', '%28').replace(')', '%29');
    assert.notEqual(editorUri, serverUri);
    await client.open(editorUri, CLEAN);
    await client.waitFor('the disk result withdrawn', () => (lastPushed(client, serverUri)!.length === 0 ? true : undefined));
    const pushedBefore = client.published.length;
    const again = await lintWorkspace(client);
    assert.equal(again.files, 4);
    assert.ok(!client.published.slice(pushedBefore).some((p) => p.uri === serverUri), 'pushed for the open file');
  });

  it('checks the files again when a .cablelintrc.json or the settings change, and no sooner than a first run', async () => {
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    const configUri = fileUri(join(dir, '.cablelintrc.json'));
    const configChanged = (type: FileChangeType) => client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type }] });
    // Before any run: a config change pushes nothing for closed files.
    writeFileSync(join(dir, '.cablelintrc.json'), JSON.stringify({ rules: { 'banner-missing': 'off' } }));
    await configChanged(FileChangeType.Created);
    await client.changeSettings({});
    // Nothing may happen: give it the time it would take (a run of three files takes milliseconds).
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(client.published.length, 0);

    await lintWorkspace(client);
    assert.ok(!lastPushed(client, bangkok())!.some((d) => d.code === 'banner-missing'));
    writeFileSync(join(dir, '.cablelintrc.json'), JSON.stringify({ rules: { 'paragraph-numbering': 'off' } }));
    await configChanged(FileChangeType.Changed);
    await client.waitFor('Rangoon checked again under the changed config', () => (lastPushed(client, rangoon())!.length === 0 ? true : undefined));
    await client.waitFor('Bangkok checked again', () => (lastPushed(client, bangkok())!.some((d) => d.code === 'banner-missing') ? true : undefined));

    await client.changeSettings({ rules: { 'subject-missing': 'off' } });
    await client.waitFor('Bangkok checked again under the new settings', () => {
      const codes = lastPushed(client, bangkok())!.map((d) => d.code);
      return codes.includes('banner-missing') && !codes.includes('subject-missing') ? true : undefined;
    });
  });

  it('follows cables changed, added and deleted on disk after a run, and asks the client to watch them from the first run on', async () => {
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    const watched = () => client.registrations.flatMap((r) => (r.registerOptions as { watchers?: Array<{ globPattern: string }> })?.watchers ?? []).map((w) => w.globPattern);
    // The config files are watched from the start; the cables only once a run shows something.
    await client.waitFor('the config files watched', () => (watched().includes('**/.cablelintrc.json') ? true : undefined));
    assert.ok(!watched().includes('**/*.{cable,txt,CABLE,TXT}'), 'cables watched before a first run');
    const changed = (path: string, type: FileChangeType) => client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(path), type }] });
    const added = join(dir, 'cables', '04RANGOON1423.txt');
    // Before a first run: nothing is shown, so nothing follows.
    writeFileSync(added, seedText('04RANGOON1422.txt'));
    await changed(added, FileChangeType.Created);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(lastPushed(client, fileUri(added)), undefined);
    rmSync(added);

    await lintWorkspace(client);
    await client.waitFor('the cable files watched', () => (watched().includes('**/*.{cable,txt,CABLE,TXT}') ? true : undefined));
    writeFileSync(join(dir, 'cables', '04RANGOON1422.txt'), CLEAN);
    await changed(join(dir, 'cables', '04RANGOON1422.txt'), FileChangeType.Changed);
    await client.waitFor('the mended file withdrawn', () => (lastPushed(client, rangoon())!.length === 0 ? true : undefined));
    writeFileSync(added, seedText('04RANGOON1422.txt'));
    await changed(added, FileChangeType.Created);
    await client.waitFor('the new file checked', () => (lastPushed(client, fileUri(added))?.some((d) => d.code === 'paragraph-numbering') ? true : undefined));
    rmSync(join(dir, 'cables', '2006', '06BANGKOK3955.txt'));
    await changed(join(dir, 'cables', '2006', '06BANGKOK3955.txt'), FileChangeType.Deleted);
    await client.waitFor('the deleted file withdrawn', () => (lastPushed(client, bangkok())!.length === 0 ? true : undefined));
    // Nor one a run would not find: under a hidden folder.
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'notes.txt'), seedText('06BANGKOK3955.txt'));
    await changed(join(dir, '.git', 'notes.txt'), FileChangeType.Created);
    // A file outside the workspace folders is none of its business either.
    const outside = mkdtempSync(join(tmpdir(), 'cable-lsp-outside-'));
    try {
      writeFileSync(join(outside, 'x.txt'), seedText('06BANGKOK3955.txt'));
      await changed(join(outside, 'x.txt'), FileChangeType.Created);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(lastPushed(client, fileUri(join(outside, 'x.txt'))), undefined);
      assert.equal(lastPushed(client, fileUri(join(dir, '.git', 'notes.txt'))), undefined);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('withdraws the cables of a deleted folder, which a client reports as one event for the folder', async () => {
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    const watchers = () => client.registrations.flatMap((r) => (r.registerOptions as { watchers?: Array<{ globPattern: string; kind?: number }> })?.watchers ?? []);
    await lintWorkspace(client);
    await client.waitFor('creations and deletions watched', () => (watchers().some((w) => w.globPattern === '**/*' && w.kind === (WatchKind.Create | WatchKind.Delete)) ? true : undefined));
    assert.ok(lastPushed(client, rangoon())!.length > 0 && lastPushed(client, bangkok())!.length > 0);
    rmSync(join(dir, 'cables', '2006'), { recursive: true });
    // With other deletions, as a build cleaning its output sends them.
    const changes = [{ uri: fileUri(join(dir, 'out', 'a.js')), type: FileChangeType.Deleted }, { uri: fileUri(join(dir, 'cables', '2006')), type: FileChangeType.Deleted }];
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
    await client.waitFor('the folder\'s cable withdrawn', () => (lastPushed(client, bangkok())!.length === 0 ? true : undefined));
    // The folder's sibling stays, and so does the parent folder's cable.
    assert.ok(lastPushed(client, rangoon())!.length > 0);
    rmSync(join(dir, 'cables'), { recursive: true });
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `${fileUri(join(dir, 'cables'))}/`, type: FileChangeType.Deleted }] });
    await client.waitFor('the parent folder\'s cable withdrawn', () => (lastPushed(client, rangoon())!.length === 0 ? true : undefined));
    const result = await lintWorkspace(client);
    assert.equal(result.files, 1);
  });

  it('checks the cables of a folder moved in, which a client reports as one event for the folder', async () => {
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    const outside = mkdtempSync(join(tmpdir(), 'cable-lsp-moved-'));
    try {
      mkdirSync(join(outside, 'drafts', 'deeper'), { recursive: true });
      writeFileSync(join(outside, 'drafts', 'deeper', '04RANGOON1422.txt'), seedText('04RANGOON1422.txt'));
      // And a folder named like a cable file.
      mkdirSync(join(outside, 'old.txt'));
      writeFileSync(join(outside, 'old.txt', '06BANGKOK3955.txt'), seedText('06BANGKOK3955.txt'));
      await lintWorkspace(client);
      renameSync(join(outside, 'drafts'), join(dir, 'drafts'));
      renameSync(join(outside, 'old.txt'), join(dir, 'old.txt'));
      mkdirSync(join(dir, '.hidden'));
      writeFileSync(join(dir, '.hidden', 'x.txt'), seedText('04RANGOON1422.txt'));
      // With a file created at once, which lists nothing, and a hidden folder, which a run does not walk.
      const changes = [join(dir, 'notes2.md'), join(dir, 'drafts'), join(dir, 'old.txt'), join(dir, '.hidden')].map((path) => ({ uri: fileUri(path), type: FileChangeType.Created }));
      writeFileSync(join(dir, 'notes2.md'), 'not a cable');
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
      const moved = fileUri(join(dir, 'drafts', 'deeper', '04RANGOON1422.txt'));
      const inOld = fileUri(join(dir, 'old.txt', '06BANGKOK3955.txt'));
      await client.waitFor('the moved folders\' cables checked', () => (lastPushed(client, moved)?.some((d) => d.code === 'paragraph-numbering') && lastPushed(client, inOld)?.length ? true : undefined));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(lastPushed(client, fileUri(join(dir, '.hidden', 'x.txt'))), undefined);
      // They count as checked: deleting their folders withdraws them.
      rmSync(join(dir, 'drafts'), { recursive: true });
      rmSync(join(dir, 'old.txt'), { recursive: true });
      const deleted = [join(dir, 'drafts'), join(dir, 'old.txt')].map((path) => ({ uri: fileUri(path), type: FileChangeType.Deleted }));
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: deleted });
      await client.waitFor('the moved cables withdrawn', () => (lastPushed(client, moved)!.length === 0 && lastPushed(client, inOld)!.length === 0 ? true : undefined));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('clears what an earlier run showed for a file that has since been deleted or mended', async () => {
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    await lintWorkspace(client);
    rmSync(join(dir, 'cables', '2006', '06BANGKOK3955.txt'));
    writeFileSync(join(dir, 'cables', '04RANGOON1422.txt'), CLEAN);
    const result = await lintWorkspace(client);
    assert.equal(result.files, 2);
    assert.equal(result.problems, 0);
    assert.deepEqual(lastPushed(client, bangkok()), []);
    assert.deepEqual(lastPushed(client, rangoon()), []);
  });

  it('keeps answering the editor while it walks a large tree', async () => {
    // 3,000 folders and no cable: all of the run is the walk.
    for (let i = 0; i < 60; i++) for (let j = 0; j < 50; j++) mkdirSync(join(dir, 'tree', `f${i}`, `g${j}`), { recursive: true });
    client = await TestClient.start({ workspaceFolders: [join(dir, 'tree')] });
    const uri = fileUri(join(dir, 'open.cable'));
    await client.open(uri, CLEAN);
    const order: string[] = [];
    const run = lintWorkspace(client).then(() => order.push('lint workspace'));
    const symbols = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }).then(() => order.push('symbols'));
    await Promise.all([run, symbols]);
    assert.deepEqual(order, ['symbols', 'lint workspace']);
  });

  it('checks again after a config change even when the last run was cancelled while it walked', async () => {
    for (let i = 0; i < 60; i++) for (let j = 0; j < 50; j++) mkdirSync(join(dir, 'tree', `f${i}`, `g${j}`), { recursive: true });
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    await lintWorkspace(client);
    const source = new CancellationTokenSource();
    const cancelled = client.connection.sendRequest('cable/lintWorkspace', {}, source.token).then(() => 'finished', () => 'cancelled');
    setTimeout(() => source.cancel(), 5);
    assert.equal(await cancelled, 'cancelled');
    writeFileSync(join(dir, '.cablelintrc.json'), JSON.stringify({ rules: { 'paragraph-numbering': 'off' } }));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(join(dir, '.cablelintrc.json')), type: FileChangeType.Created }] });
    await client.waitFor('Rangoon checked again under the new config', () => (lastPushed(client, rangoon())!.length === 0 ? true : undefined));
  });

  it('keeps a cable added on disk while a run lists the folders, which the run did not see', async () => {
    for (let i = 0; i < 60; i++) for (let j = 0; j < 50; j++) mkdirSync(join(dir, 'tree', `f${i}`, `g${j}`), { recursive: true });
    client = await TestClient.start({ workspaceFolders: [dir], capabilities: PULL_CLIENT });
    await lintWorkspace(client);
    const added = join(dir, 'cables', '04RANGOON1423.txt');
    // cables/ is listed first, within a few milliseconds of the start (the progress "begin");
    // the 3,000 folders of tree/ take hundreds more: the file appears in between.
    let begun: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (begun = resolve));
    client.connection.onProgress(WorkDoneProgress.type, 'race', (value: { kind: string }) => value.kind === 'begin' && begun());
    const run = lintWorkspace(client, 'race');
    await started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(added, seedText('04RANGOON1422.txt'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(added), type: FileChangeType.Created }] });
    const result = await run;
    assert.equal(result.files, 3, 'the run saw the new file: the test no longer tests the race');
    assert.ok(lastPushed(client, fileUri(added))?.some((d) => d.code === 'paragraph-numbering'), `withdrawn: ${JSON.stringify(lastPushed(client, fileUri(added)))}`);
  });

  it('names a file it cannot check, and checks the rest', async () => {
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x55, 0x00, 0x01, 0x02, 0x00, 0xff]));
    client = await TestClient.start({ workspaceFolders: [dir] });
    const result = await lintWorkspace(client);
    assert.equal(result.files, 4);
    assert.equal(result.unchecked.length, 1);
    assert.match(result.unchecked[0], /binary\.txt: Binary file/);
    assert.equal(result.filesWithProblems, 2);
    // A file whose problems were shown and that can no longer be checked loses them: they are of a text it no longer holds.
    writeFileSync(join(dir, 'cables', '04RANGOON1422.txt'), Buffer.from([0x55, 0x00, 0x01]));
    const again = await lintWorkspace(client);
    assert.equal(again.unchecked.length, 2);
    assert.deepEqual(lastPushed(client, rangoon()), []);
  });

  it('leaves a file over cable.maxValidatedSize unread, and says so', async () => {
    writeFileSync(join(dir, 'server.log.txt'), 'x'.repeat(50_000));
    client = await TestClient.start({ workspaceFolders: [dir], settings: { maxValidatedSize: 40_000 } });
    const result = await lintWorkspace(client);
    assert.equal(result.unchecked.length, 1);
    assert.match(result.unchecked[0], /server\.log\.txt: Larger than cable\.maxValidatedSize \(50000 bytes; the limit is 40000\)/);
  });

  it('in a client that takes pushed diagnostics, the open cable\'s editor problems replace its disk result and return to it on close', async () => {
    client = await TestClient.start({ workspaceFolders: [dir] });
    await lintWorkspace(client);
    await client.open(rangoon(), CLEAN);
    assert.deepEqual(await client.diagnosticsFor(rangoon()), []);
    await client.close(rangoon());
    const restored = await client.waitFor('the disk result shown again', () => {
      const last = lastPushed(client, rangoon())!;
      return last.length ? last : undefined;
    });
    assert.ok(restored.some((d) => d.code === 'paragraph-numbering'));
  });
});
