#!/usr/bin/env node
// The Cable language server for any LSP client: `cable-language-server --stdio` (the default).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// Run before `npm run build` (a fresh clone), there is no compiled server: say so on stderr (stdout is the client's), and exit 2.
const server = join(__dirname, '..', 'out', 'server', 'src', 'server.js');
if (!existsSync(server)) {
  process.stderr.write(`cable-language-server: not built yet (${server} is missing): run \`npm run build\` (or \`npm start\`) in ${join(__dirname, '..')} first.\n`);
  process.exit(2);
}
require(server);
