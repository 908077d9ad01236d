#!/usr/bin/env node
'use strict';
const { once } = require('node:events');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// Run before `npm run build` (a fresh clone), there is no compiled CLI: say so in one line, and exit 2 (1 means "errors found").
const main = join(__dirname, '..', 'out', 'server', 'src', 'cli', 'main.js');
if (!existsSync(main)) {
  process.stderr.write(`cable-lint: not built yet (${main} is missing): run \`npm run build\` (or \`npm start\`) in ${join(__dirname, '..')} first.\n`);
  process.exit(2);
}
const { runCli } = require(main);

/**
 * A reader that stops early (`cable-lint ... | head`) closes the pipe: stop at once and quietly, as
 * standard tools do, with the status they get from SIGPIPE (128 + 13: what the shell shows for
 * `grep ... | head`). Never 0: the run was cut short before it knew its result, so it passed nothing.
 */
const BROKEN_PIPE = 141;
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(BROKEN_PIPE);
  throw error;
});

/** Colour on a terminal unless NO_COLOR is set; FORCE_COLOR (not 0 or false) asks for it anywhere, as in CI logs that show it. */
function wantsColor(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return isTTY && !env.NO_COLOR;
}

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: wantsColor(process.env, process.stdout.isTTY === true),
  // A pipe to a slow reader is written asynchronously: wait for it rather than queue the report in memory.
  stdoutDrained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain') : Promise.resolve()),
}).then(
  // exitCode, not exit(): let a large report drain to a pipe before the process ends.
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`cable-lint: internal error (please report it): ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
