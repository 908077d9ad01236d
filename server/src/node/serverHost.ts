// The language server's host in Node: config files, config quick fixes, cited cables and the
// cables Lint Workspace checks, on disk, all seen through one ConfigResolver so they agree on
// which `.cablelintrc.json` applies.
import { pathToFileURL } from 'node:url';
import { ServerHost } from '../lsp/host';
import { LoadedConfig } from '../service';
import { citationFolders, findCableFile, readCitedCable } from './cableFiles';
import { changeConfig, configActions, ConfigTarget } from './configActions';
import { isConfigFileUri } from '../lsp/configUris';
import { ConfigResolver, uriToPath } from './configResolver';
import { scopeFor } from './configScope';
import { workspaceCables } from './workspaceCables';

export function createNodeHost(): ServerHost {
  const listeners: Array<(file: LoadedConfig, uri: string) => void> = [];
  const resolver = new ConfigResolver((loaded) => {
    const uri = pathToFileURL(loaded.path).href;
    for (const listener of listeners) listener(loaded, uri);
  });

  /** The config file a document's TAGS are added to, or the folder where a new one goes. */
  const configTarget = (documentUri: string): ConfigTarget => ({ existing: resolver.resolve(documentUri)?.path, folder: resolver.folderFor(documentUri) });

  return {
    setWorkspaceFolders: (uris) => resolver.setWorkspaceFolders(uris),
    configFiles: {
      onDidLoad: (listener) => void listeners.push(listener),
      resolve: async (documentUri) => resolver.resolve(documentUri),
      scopeFor: (file, documentUri) => scopeFor(file, uriToPath(documentUri)),
      changed(uri) {
        if (!isConfigFileUri(uri)) return false;
        const path = uriToPath(uri);
        if (path) resolver.forget(path);
        return true;
      },
    },
    configFixes: {
      actions: (documentUri, lines, diagnostics) => configActions(documentUri, lines, diagnostics, configTarget(documentUri)),
      change(documentUri, change) {
        const result = changeConfig(documentUri, change, configTarget(documentUri));
        // The editor's watcher will tell too, later: the next resolve reads the file now.
        if (result && !result.failure) resolver.forget(result.path);
        return result;
      },
    },
    citedCables: {
      find(documentUri, id) {
        const file = findCableFile(id, citationFolders(documentUri, resolver.workspaceFolders));
        return file ? { uri: pathToFileURL(file).href, summary: () => readCitedCable(file) } : undefined;
      },
    },
    workspaceCables: workspaceCables(resolver),
  };
}
