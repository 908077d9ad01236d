// The host of the language server in a browser worker: no file system. Config files are the
// client's to read (clientConfigFiles.ts); quick fixes on them and cited cables are left out.
import { Connection } from 'vscode-languageserver';
import { createClientConfigFiles } from './clientConfigFiles';
import { ServerHost } from './host';

export function createBrowserHost(connection: Connection): ServerHost {
  const configFiles = createClientConfigFiles(connection, (message) => connection.console.warn(message));
  return {
    configFiles,
    // An untitled cable gets the first workspace folder's config: when the folders change, it may be another.
    setWorkspaceFolders: () => configFiles.forgetAll(),
  };
}
