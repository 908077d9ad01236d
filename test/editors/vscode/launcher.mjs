#!/usr/bin/env node
// A stand-in for the VS Code executable that @vscode/test-electron and @vscode/test-cli launch.
// Electron VS Code cannot be downloaded here, so this runs the same tests in the VS Code server
// shipped inside code-server (see docs: real-editors), with the workbench in headless Chromium:
//   runTests({ vscodeExecutablePath: 'test/editors/vscode/launcher.mjs', extensionDevelopmentPath,
//              extensionTestsPath, launchArgs: [workspaceFolder] })
// Accepted: --extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=, --extensions-dir=,
// --extensionDevelopmentKind=web (the extension's "browser" entry and the tests in the web worker
// extension host, as in vscode.dev; the tests must then be one browser bundle, see runWeb.mjs),
// also as two words, and one folder; the other flags test-electron passes are meaningless here.
// Exits with the tests' exit code. Env: CABLE_VSCODE_TIMEOUT_MS (default 300000).
// Needs test/editors/setup.sh (code-server, Node 24, Debian's chromium).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, NODE24, VSCODE_SERVER_DIR } from '../paths.mjs';
import { freePort } from '../ports.mjs';

const VALUE_FLAGS = ['extensionDevelopmentPath', 'extensionTestsPath', 'extensionDevelopmentKind', 'user-data-dir', 'extensions-dir'];
const verbose = process.env.CABLE_VSCODE_VERBOSE === '1';
const timeoutMs = Number(process.env.CABLE_VSCODE_TIMEOUT_MS ?? 300_000);

function parseArgs(argv) {
  const options = { extensionDevelopmentPath: [], folders: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const flag = VALUE_FLAGS.find((name) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (flag) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (flag === 'extensionDevelopmentPath') options.extensionDevelopmentPath.push(path.resolve(value));
      else if (flag === 'extensionDevelopmentKind') options.extensionDevelopmentKind = value;
      else options[flag] = path.resolve(value);
    } else if (!arg.startsWith('-')) {
      options.folders.push(path.resolve(arg));
    }
  }
  return options;
}


async function waitForHttp(url, child, limitMs) {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`VS Code server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`VS Code server did not answer on ${url} within ${limitMs} ms`);
}

function startServer(port, userDataDir, extensionsDir) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vscode-home-'));
  const child = spawn(
    NODE24,
    [
      path.join(VSCODE_SERVER_DIR, 'out', 'server-main.js'),
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--user-data-dir', userDataDir,
      '--server-data-dir', path.join(userDataDir, 'server'),
      '--extensions-dir', extensionsDir,
    ],
    {
      // Its own process group, so the extension host and helper processes go down with it.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // TMPDIR: its IPC sockets then go with the temporary folder instead of piling up in /tmp.
      env: { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), TMPDIR: home },
    },
  );
  child.stdout.on('data', (data) => verbose && process.stderr.write(`[server] ${data}`));
  child.stderr.on('data', (data) => verbose && process.stderr.write(`[server] ${data}`));
  return { child, home };
}

function stopServer({ child, home }) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  fs.rmSync(home, { recursive: true, force: true });
}

/** Node extension host: the extension and tests are the server's files (vscode-remote://). */
function workbenchUrl(port, options) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = isWeb(options)
    ? []
    : [
        ...options.extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remote(p)]),
        ...(options.extensionTestsPath ? [['extensionTestsPath', remote(options.extensionTestsPath)]] : []),
      ];
  const url = new URL(`http://127.0.0.1:${port}/`);
  if (options.folders[0]) url.searchParams.set('folder', options.folders[0]);
  url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

const isWeb = (options) => options.extensionDevelopmentKind === 'web';

/**
 * Web worker extension host, as vscode.dev: the extension and tests come over http(s), not from
 * the server's disk. The payload's extensionDevelopmentKind is ignored by this build's browser
 * workbench, an extension with `main` would go to the Node host, and the web worker host refuses
 * `new Worker(vscode-remote:...)` (a language server). So the files are served on the workbench's
 * own origin under /__dev/ (its CSP allows 'self'), and handed over as the web embedder does it:
 * the configuration's developmentOptions, which the workbench scans with its web extension scanner.
 */
const DEV_PREFIX = '/__dev';
const CONTENT_TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.md': 'text/markdown' };

/** Without a `browser` entry the workbench finds no host for the tests and never exits. */
function checkBrowserEntries(options) {
  for (const dir of options.extensionDevelopmentPath) {
    const { browser } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    if (!browser) throw new Error(`${dir}/package.json has no "browser" entry: nothing to run in the web worker extension host`);
  }
}

async function serveDevFiles(page, port, options) {
  const origin = `http://127.0.0.1:${port}`;
  await page.route(`${origin}${DEV_PREFIX}/**`, async (route) => {
    const file = decodeURIComponent(new URL(route.request().url()).pathname.slice(DEV_PREFIX.length));
    const allowed = [...options.extensionDevelopmentPath, options.extensionTestsPath].some((root) => root && (file === root || file.startsWith(`${root}/`)));
    if (!allowed || !fs.existsSync(file) || !fs.statSync(file).isFile()) return route.fulfill({ status: 404 });
    return route.fulfill({ status: 200, body: fs.readFileSync(file), contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
  });
  const http = (p) => ({ scheme: 'http', authority: `127.0.0.1:${port}`, path: `${DEV_PREFIX}${p}` });
  const developmentOptions = {
    extensions: options.extensionDevelopmentPath.map(http),
    ...(options.extensionTestsPath && { extensionTestsPath: http(options.extensionTestsPath) }),
  };
  // The workbench reads its configuration from a <meta> attribute: amend it as it is read.
  await page.addInitScript((added) => {
    const getAttribute = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (name) {
      const value = getAttribute.call(this, name);
      if (this.id !== 'vscode-workbench-web-configuration' || name !== 'data-settings' || !value) return value;
      const config = JSON.parse(value);
      config.developmentOptions = { ...config.developmentOptions, ...added };
      return JSON.stringify(config);
    };
  }, developmentOptions);
}

/**
 * The workbench's log, which carries the extension host's console. Mocha's reporter logs with
 * printf patterns (`%s`, `%d`) while the workbench logs preformatted text: print the former,
 * and everything with CABLE_VSCODE_VERBOSE=1.
 */
function printLog(type, args) {
  const fromReporter = typeof args[0] === 'string' && /%[sdifjoO]/.test(args[0]);
  if (fromReporter) process.stdout.write(`${format(...args)}\n`);
  else if (verbose) process.stderr.write(`[workbench ${type}] ${format(...args)}\n`);
}

/** Opens the workbench and resolves with the code the extension tests exit with. */
async function runWorkbench(url, port, options) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => printLog(type, Array.isArray(args) ? args : [args]));
    if (isWeb(options)) await serveDevFiles(page, port, options);
    await page.goto(url);
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => {
        process.stderr.write(`launcher: no result after ${timeoutMs} ms\n`);
        resolve(1);
      }, timeoutMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (isWeb(options)) checkBrowserEntries(options);
  const userDataDir = options['user-data-dir'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cable-vscode-user-'));
  const extensionsDir = options['extensions-dir'] ?? path.join(userDataDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  const port = await freePort();
  const server = startServer(port, userDataDir, extensionsDir);
  try {
    await waitForHttp(`http://127.0.0.1:${port}/version`, server.child, 30_000);
    return await runWorkbench(workbenchUrl(port, options), port, options);
  } finally {
    stopServer(server);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`launcher: ${error.stack ?? error}\n`);
    process.exit(1);
  },
);
