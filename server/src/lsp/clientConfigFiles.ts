// `.cablelintrc.json` for a server without a file system (the web worker): the client finds the
// nearest one above a document and sends its text (cable/findConfigFile); it is read here as the
// Node server reads it from disk, so a cable lints in vscode.dev as it does in CI.
import { Connection, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { LoadedConfig, readConfigText, scopeAt } from '../service';
import { folderUriOf, isConfigFileUri, pathFromConfig } from './configUris';
import { ConfigFiles } from './host';

/** Request, server to client: the nearest `.cablelintrc.json` walking up from the document's folder (untitled: the first workspace folder's). */
export const FIND_CONFIG_FILE_METHOD = 'cable/findConfigFile';
export interface FindConfigFileParams {
  uri: string;
}
export type FindConfigFileResult = { uri: string; text: string } | null;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isFound(answer: unknown): answer is { uri: string; text: string } {
  const found = answer as { uri?: unknown; text?: unknown } | null;
  return !!found && typeof found.uri === 'string' && typeof found.text === 'string';
}

export interface ClientConfigFiles extends ConfigFiles {
  /** Every folder asked again on next use (the workspace folders changed). */
  forgetAll(): void;
}

export function createClientConfigFiles(connection: Connection, warn: (message: string) => void): ClientConfigFiles {
  const listeners: Array<(file: LoadedConfig, uri: string) => void> = [];
  /** Per document folder: its config, asked once until a config file changes. */
  const byFolder = new Map<string, Promise<LoadedConfig | undefined>>();
  /** Per config URI, the text last read: folders sharing a file share one object, so analyses are reused and listeners hear of each text once. */
  const byFile = new Map<string, { text: string; loaded: LoadedConfig }>();
  /** Bumped by every config change: an answer to an older question is not cached. */
  let generation = 0;
  /** A client without the request (another editor's web client) is not asked again. */
  let unsupported = false;
  /** Folders whose last question failed, told once until one succeeds: a failing client is asked at every check. */
  const failing = new Set<string>();

  const read = (found: { uri: string; text: string }): LoadedConfig => {
    const known = byFile.get(found.uri);
    if (known && known.text === found.text) return known.loaded;
    const loaded = readConfigText(found.uri, found.text);
    byFile.set(found.uri, { text: found.text, loaded });
    for (const listener of listeners) listener(loaded, found.uri);
    return loaded;
  };

  const ask = async (documentUri: string): Promise<LoadedConfig | undefined> => {
    if (unsupported) return undefined;
    const askedAt = generation;
    try {
      const answer: unknown = await connection.sendRequest(FIND_CONFIG_FILE_METHOD, { uri: documentUri } satisfies FindConfigFileParams);
      // A config changed while the client answered: its answer may be the file before the change,
      // and an analysis made from it would be cached and published after the fresh one. Ask again.
      if (askedAt !== generation) return resolve(documentUri);
      failing.delete(folderUriOf(documentUri));
      return isFound(answer) ? read(answer) : undefined;
    } catch (error) {
      if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) {
        unsupported = true;
        warn(`The editor cannot say which .cablelintrc.json applies (${describe(error)}): the settings alone apply.`);
      } else if (askedAt !== generation) return resolve(documentUri);
      else forgetFailure(documentUri, error);
      return undefined;
    }
  };

  /**
   * A question the client could not answer (github.dev's file system is a remote one; a read can
   * fail once) is not cached: the next check asks again, and the settings alone apply meanwhile.
   */
  const forgetFailure = (documentUri: string, error: unknown): void => {
    const folder = folderUriOf(documentUri);
    byFolder.delete(folder);
    if (failing.has(folder)) return;
    failing.add(folder);
    warn(`The editor did not say which .cablelintrc.json applies to ${documentUri} (${describe(error)}): the settings alone apply until it does.`);
  };

  const resolve = (documentUri: string): Promise<LoadedConfig | undefined> => {
    const folder = folderUriOf(documentUri);
    let config = byFolder.get(folder);
    if (!config) {
      config = ask(documentUri);
      byFolder.set(folder, config);
    }
    return config;
  };

  return {
    onDidLoad: (listener) => void listeners.push(listener),
    resolve,
    scopeFor: (file, documentUri) => scopeAt(file, pathFromConfig(file.path, documentUri)),
    forgetAll() {
      generation++;
      byFolder.clear();
    },
    changed(uri) {
      if (!isConfigFileUri(uri)) return false;
      // A file created or deleted anywhere can change which config a folder gets: ask again.
      generation++;
      byFolder.clear();
      byFile.delete(uri);
      return true;
    },
  };
}
