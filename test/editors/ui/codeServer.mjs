// Starts code-server (VS Code 1.139.1 in the browser) the way a user runs it, with its own
// profile, extensions folder and XDG dirs under one temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CODE_SERVER, NODE24 } from '../paths.mjs';
import { freePort } from '../ports.mjs';


export class CodeServer {
  constructor(root) {
    this.root = root;
    this.userDataDir = path.join(root, 'user-data');
    this.extensionsDir = path.join(root, 'extensions');
    this.env = {
      ...process.env,
      XDG_CONFIG_HOME: path.join(root, 'xdg-config'),
      XDG_DATA_HOME: path.join(root, 'xdg-data'),
      XDG_CACHE_HOME: path.join(root, 'xdg-cache'),
      TMPDIR: path.join(root, 'tmp'), // its IPC sockets go with the folder
    };
    fs.mkdirSync(this.env.TMPDIR, { recursive: true });
  }

  /** Writes the user settings (code-server keeps them on the server, unlike VS Code for the Web). */
  writeUserSettings(settings) {
    const dir = path.join(this.userDataDir, 'User');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
  }

  /** Runs the code-server CLI synchronously (e.g. --install-extension) and returns its stdout. */
  cli(...args) {
    const result = spawnSync(NODE24, [CODE_SERVER, '--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir, ...args], {
      env: this.env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (result.status !== 0) throw new Error(`code-server ${args.join(' ')} failed: ${result.stderr || result.error}`);
    return result.stdout;
  }

  /** Serves `folder`; resolves once the server answers. */
  async start(folder) {
    this.port = await freePort();
    this.process = spawn(
      NODE24,
      [
        CODE_SERVER,
        '--bind-addr', `127.0.0.1:${this.port}`,
        '--auth', 'none',
        '--user-data-dir', this.userDataDir,
        '--extensions-dir', this.extensionsDir,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        folder,
      ],
      { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.log = '';
    const append = (data) => (this.log += data);
    this.process.stdout.on('data', append);
    this.process.stderr.on('data', append);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`code-server exited: ${this.log}`);
      try {
        if ((await fetch(`${this.url}healthz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`code-server did not start: ${this.log}`);
  }

  get url() {
    return `http://127.0.0.1:${this.port}/`;
  }

  stop() {
    if (!this.process) return;
    try {
      process.kill(-this.process.pid, 'SIGKILL'); // the whole group: extension host, agent host
    } catch {
      // already gone
    }
    this.process = undefined;
  }

  dispose() {
    this.stop();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
