// vscode-languageserver-protocol 3.18 and vscode-jsonrpc 10 publish their Node entry points only
// through package.json "exports", which this project's module resolution (node10) does not read;
// point the types at the files those entries name (Node itself resolves the exports at run time).
declare module 'vscode-languageserver-protocol/node' {
  export * from 'vscode-languageserver-protocol/lib/node/main';
}
declare module 'vscode-jsonrpc/node' {
  export * from 'vscode-jsonrpc/lib/node/main';
}
