// Run as a child process with --enable-source-maps: records every RegExp the server code builds at
// run time (`new RegExp(template)`, invisible to a scan for literals) with the TypeScript line that
// built it, then prints them as JSON for the regex-safety test.
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

export interface BuiltRegExp {
  source: string;
  flags: string;
  /** `server/src/...ts:LINE` of the construction. */
  site: string;
}

const root = join(__dirname, '..', '..', '..');
const NativeRegExp = RegExp;
const built: BuiltRegExp[] = [];
const FRAME = /(\/[^\s():]*\/(?:server|client)\/src\/[^\s():]*\.ts):(\d+):\d+/;

function record(args: unknown[]): void {
  const [pattern, flags] = args;
  const source = pattern instanceof NativeRegExp ? pattern.source : String(pattern);
  const ownFlags = typeof flags === 'string' ? flags : pattern instanceof NativeRegExp ? pattern.flags : '';
  const frame = (new Error().stack ?? '')
    .split('\n')
    .slice(2)
    .map((line) => FRAME.exec(line))
    .find((m): m is RegExpExecArray => m !== null);
  if (frame) built.push({ source, flags: ownFlags, site: `${relative(root, frame[1])}:${frame[2]}` });
}

globalThis.RegExp = new Proxy(NativeRegExp, {
  construct: (target, args) => {
    record(args);
    return new target(...(args as [string, string?]));
  },
  apply: (target, _this, args) => {
    record(args);
    return target(...(args as [string, string?]));
  },
});

// Every module that may build patterns at load time: the service, its features, the CLI and the
// server's wiring and Node host (not the entries server.ts and browserServer.ts, which would start listening).
const load = createRequire(__filename);
for (const module of [
  'server/src/service/index.js',
  'server/src/service/features/index.js',
  'server/src/cli/main.js',
  'server/src/cli/csv.js',
  'server/src/node/configFiles.js',
  'server/src/lsp/settings.js',
  'server/src/lsp/analysis.js',
  'server/src/lsp/languageServer.js',
  'server/src/node/serverHost.js',
]) {
  load(join(root, 'out', module));
}
globalThis.RegExp = NativeRegExp;
process.stdout.write(JSON.stringify(built));
