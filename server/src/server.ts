// The Cable language server in Node: run it with `--stdio` (any LSP client; the default) or
// `--node-ipc` (the VS Code extension). The handlers are lsp/languageServer.ts, shared with the
// browser worker (browserServer.ts); this adds the Node connection and the file system.
import { createConnection } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/languageServer';
import { createNodeHost } from './node/serverHost';

// Editors that just run the command (`cable-language-server`) get stdio.
if (!process.argv.some((arg) => /^--(?:stdio|node-ipc|socket|pipe)\b/.test(arg))) process.argv.push('--stdio');

const connection = createConnection();

// Last resort: a bug in one handler must not take the server (and every open cable) down.
process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));

startLanguageServer(connection, createNodeHost());
