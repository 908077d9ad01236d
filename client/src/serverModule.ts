import * as fs from 'fs';
import * as path from 'path';

/**
 * Where the language server's entry module is, seen from this compiled file.
 * Packaged: esbuild puts extension.js and server.js side by side in dist/.
 * Development (tsc output): this file is out/client/src/serverModule.js and the server
 * is out/server/src/server.js.
 */
export function resolveServerModule(here: string = __dirname): string {
  const bundled = path.join(here, 'server.js');
  if (fs.existsSync(bundled)) return bundled;
  return path.join(here, '..', '..', 'server', 'src', 'server.js');
}
