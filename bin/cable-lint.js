#!/usr/bin/env node
'use strict';
const { runCli } = require('../out/server/src/cli/main.js');

const code = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
// Let stdout drain before exiting: large JSON reports are written asynchronously to pipes.
process.exitCode = code;
