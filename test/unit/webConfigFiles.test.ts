// `.cablelintrc.json` in the web worker: read from the text the client sends exactly as from disk,
// scoped by URIs, and cached per folder until the watcher reports a config change.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { createBrowserHost } from '../../server/src/lsp/browserHost';
import { createClientConfigFiles } from '../../server/src/lsp/clientConfigFiles';
import { folderUriOf, pathFromConfig } from '../../server/src/lsp/configUris';
import { loadConfigFile } from '../../server/src/node/configFiles';
import { LoadedConfig, readConfigText } from '../../server/src/service';

const ROOT = 'vscode-vfs://github/owner/repo';
const CONFIG = `${ROOT}/.cablelintrc.json`;

/** A connection whose client answers cable/findConfigFile with `answer` (counting the questions). */
function fakeClient(answer: () => unknown) {
  const asked: unknown[] = [];
  const connection = {
    sendRequest: async (method: string, params: unknown) => {
      assert.equal(method, 'cable/findConfigFile');
      asked.push(params);
      return answer();
    },
  } as unknown as Connection;
  return { connection, asked };
}

describe('web config files: reading', () => {
  it('reads a text as loadConfigFile reads the file: BOM stripped, problems at 1-based line and column', () => {
    const text = '\uFEFF{\n  "rules": { "paragraph-numbering": "loud" }\n}\n';
    const dir = mkdtempSync(join(tmpdir(), 'cable-config-'));
    try {
      const path = join(dir, '.cablelintrc.json');
      writeFileSync(path, text);
      const fromDisk = loadConfigFile(path);
      const fromText = readConfigText(path, text);
      assert.deepEqual(fromText, fromDisk);
      assert.equal(fromText.problems.length, 1);
      assert.deepEqual([fromText.problems[0].line, fromText.problems[0].column > 1], [2, true]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('web config files: paths from URIs', () => {
  it('a document under the config folder: its path relative to it, decoded', () => {
    assert.equal(pathFromConfig(CONFIG, `${ROOT}/seeds/a%20b.txt`), 'seeds/a b.txt');
    assert.equal(pathFromConfig(CONFIG, `${ROOT}/x.txt`), 'x.txt');
  });

  it('elsewhere (another folder, scheme or authority, untitled): no path, the top level only', () => {
    assert.equal(pathFromConfig(`${ROOT}/sub/.cablelintrc.json`, `${ROOT}/x.txt`), undefined);
    assert.equal(pathFromConfig(`${ROOT}/sub/.cablelintrc.json`, `${ROOT}/subway/x.txt`), undefined);
    assert.equal(pathFromConfig(CONFIG, 'vscode-vfs://gitlab/owner/repo/x.txt'), undefined);
    assert.equal(pathFromConfig(CONFIG, 'file:///owner/repo/x.txt'), undefined);
    assert.equal(pathFromConfig(CONFIG, 'untitled:Untitled-1'), undefined);
  });

  it("a document's folder is its URI without the last segment", () => {
    assert.equal(folderUriOf(`${ROOT}/seeds/x.txt?q#f`), `${ROOT}/seeds`);
    assert.equal(folderUriOf('untitled:Untitled-1'), 'untitled:');
  });
});

describe('web config files: asking the client', () => {
  let text = '{ "rules": { "paragraph-numbering": "off" } }';
  const found = () => ({ uri: CONFIG, text });

  it('asks once per folder, shares one object between folders under the same file, and tells listeners once', async () => {
    const { connection, asked } = fakeClient(found);
    const files = createClientConfigFiles(connection, () => assert.fail('no warning expected'));
    const loads: string[] = [];
    files.onDidLoad((_file, uri) => loads.push(uri));
    const a = await files.resolve(`${ROOT}/seeds/a.txt`);
    const b = await files.resolve(`${ROOT}/seeds/b.txt`);
    const c = await files.resolve(`${ROOT}/other/c.txt`);
    assert.equal(asked.length, 2);
    assert.ok(a && a === b && a === c);
    assert.deepEqual(loads, [CONFIG]);
    assert.equal(a.path, CONFIG);
  });

  it('reads again after the watcher reports the config, and only then', async () => {
    const { connection, asked } = fakeClient(found);
    const files = createClientConfigFiles(connection, () => {});
    const loads: LoadedConfig[] = [];
    files.onDidLoad((file) => loads.push(file));
    const before = await files.resolve(`${ROOT}/x.txt`);
    assert.equal(files.changed(`${ROOT}/x.txt`), false);
    assert.equal(await files.resolve(`${ROOT}/x.txt`), before);
    text = '{ "rules": { "paragraph-numbering": "error" } }';
    assert.equal(files.changed(CONFIG), true);
    const after = await files.resolve(`${ROOT}/x.txt`);
    assert.notEqual(after, before);
    assert.equal(after?.config.rules?.['paragraph-numbering'], 'error');
    assert.equal(asked.length, 2);
    assert.equal(loads.length, 2);
  });

  it('scopes by the URIs: overrides and ignores relative to the config folder', async () => {
    text = '{ "ignores": ["drafts/"], "overrides": [{ "files": ["seeds/*.txt"], "rules": { "paragraph-numbering": "off" } }] }';
    const files = createClientConfigFiles(fakeClient(found).connection, () => {});
    const file = (await files.resolve(`${ROOT}/seeds/x.txt`))!;
    assert.equal(files.scopeFor(file, `${ROOT}/seeds/x.txt`).config.rules?.['paragraph-numbering'], 'off');
    assert.equal(files.scopeFor(file, `${ROOT}/x.txt`).config.rules?.['paragraph-numbering'], undefined);
    assert.equal(files.scopeFor(file, `${ROOT}/drafts/x.txt`).ignored, true);
  });

  it('no config (null), a malformed answer or a client without the request: the settings alone, asked no more', async () => {
    assert.equal(await createClientConfigFiles(fakeClient(() => null).connection, () => {}).resolve(`${ROOT}/x.txt`), undefined);
    assert.equal(await createClientConfigFiles(fakeClient(() => ({ uri: 1 })).connection, () => {}).resolve(`${ROOT}/x.txt`), undefined);
    const { connection, asked } = fakeClient(() => {
      throw new ResponseError(ErrorCodes.MethodNotFound, 'Unhandled method cable/findConfigFile');
    });
    const warnings: string[] = [];
    const files = createClientConfigFiles(connection, (m) => warnings.push(m));
    assert.equal(await files.resolve(`${ROOT}/a/x.txt`), undefined);
    assert.equal(await files.resolve(`${ROOT}/b/x.txt`), undefined);
    assert.equal(asked.length, 1);
    assert.equal(warnings.length, 1);
  });
});

describe('web config files: a client that fails to answer', () => {
  it('is asked again at the next check, told once, and its config applies once it answers', async () => {
    let fail = true;
    const { connection, asked } = fakeClient(() => {
      if (fail) throw new ResponseError(ErrorCodes.InternalError, 'Unavailable (github.dev)');
      return { uri: CONFIG, text: '{ "rules": { "paragraph-numbering": "off" } }' };
    });
    const warnings: string[] = [];
    const files = createClientConfigFiles(connection, (m) => warnings.push(m));
    assert.equal(await files.resolve(`${ROOT}/x.txt`), undefined, 'the settings alone meanwhile');
    assert.equal(await files.resolve(`${ROOT}/x.txt`), undefined);
    assert.equal(asked.length, 2, 'not cached');
    assert.equal(warnings.length, 1, 'told once');
    fail = false;
    assert.equal((await files.resolve(`${ROOT}/x.txt`))?.config.rules?.['paragraph-numbering'], 'off');
    assert.equal(asked.length, 3);
    await files.resolve(`${ROOT}/x.txt`);
    assert.equal(asked.length, 3, 'an answer is cached');
  });
});

describe('web config files: a config change while the client is answering', () => {
  it('an answer asked before the change is not used: the document gets the file as it is after the change', async () => {
    let text = '{ "rules": { "paragraph-numbering": "off" } }';
    const answers: Array<() => void> = [];
    const asked: unknown[] = [];
    // A slow client: each answer waits until the test lets it go, and reads the file only then.
    const connection = {
      sendRequest: (_method: string, params: unknown) => {
        asked.push(params);
        const textWhenAsked = text;
        return new Promise((resolve) => answers.push(() => resolve({ uri: CONFIG, text: textWhenAsked })));
      },
    } as unknown as Connection;
    const files = createClientConfigFiles(connection, () => {});
    const before = files.resolve(`${ROOT}/x.txt`);
    text = '{ "rules": { "paragraph-numbering": "error" } }';
    assert.equal(files.changed(CONFIG), true);
    const after = files.resolve(`${ROOT}/x.txt`);
    // The newer question is answered first, the older one last (its file read before the change).
    await new Promise((r) => setTimeout(r, 0));
    answers[1]();
    answers[0]();
    assert.equal((await after)?.config.rules?.['paragraph-numbering'], 'error');
    assert.equal((await before)?.config.rules?.['paragraph-numbering'], 'error', 'the stale answer was used');
    assert.equal(asked.length, 2);
  });
});

describe('web config files: workspace folders', () => {
  it("an untitled cable is asked about again when the workspace folders change (its config is the first folder's)", async () => {
    const asked: unknown[] = [];
    const connection = {
      sendRequest: async (_method: string, params: unknown) => {
        asked.push(params);
        return null;
      },
      console: { warn: () => {} },
    } as unknown as Connection;
    const host = createBrowserHost(connection);
    host.setWorkspaceFolders?.([ROOT]);
    await host.configFiles?.resolve('untitled:Untitled-1');
    await host.configFiles?.resolve('untitled:Untitled-1');
    assert.equal(asked.length, 1);
    host.setWorkspaceFolders?.(['vscode-vfs://github/owner/other']);
    await host.configFiles?.resolve('untitled:Untitled-1');
    assert.equal(asked.length, 2, 'the answer for the old first folder was kept');
  });
});
