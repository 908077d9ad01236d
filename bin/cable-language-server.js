#!/usr/bin/env node
// The Cable language server for any LSP client: `cable-language-server --stdio` (the default).
require('../out/server/src/server.js');
