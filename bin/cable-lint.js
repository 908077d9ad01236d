#!/usr/bin/env node
'use strict';
const { once } = require('node:events');
const { runCli } = require('../out/server/src/cli/main.js');

// A reader that stops early (`cable-lint ... | head`) closes the pipe: stop quietly, as other CLIs do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
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
