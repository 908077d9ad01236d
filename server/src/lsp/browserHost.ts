// The host of the language server in a browser worker: no file system. Config files and the cables
// Lint Workspace checks are the client's to find and read (clientConfigFiles.ts,
// clientWorkspaceCables.ts); quick fixes on config files and cited cables are left out.
import { Connection } from 'vscode-languageserver';
import { createClientConfigFiles } from './clientConfigFiles';
import { createClientWorkspaceCables } from './clientWorkspaceCables';
import { ServerHost } from './host';

export function createBrowserHost(connection: Connection): ServerHost {
  const configFiles = createClientConfigFiles(connection, (message) => connection.console.warn(message));
  return {
    configFiles,
    // An untitled cable gets the first workspace folder's config: when the folders change, it may be another.
    setWorkspaceFolders: () => configFiles.forgetAll(),
    workspaceCables: createClientWorkspaceCables(connection),
  };
}
