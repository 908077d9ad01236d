// What the language server needs from where it runs: everything that touches a file system. The
// Node server (node/serverHost.ts) reads `.cablelintrc.json`, writes config quick fixes and opens
// cited cables from disk, and lists and reads the cables Lint Workspace checks; a browser worker has
// no file system: it reads `.cablelintrc.json` and the cables through the client
// (lsp/clientConfigFiles.ts, lsp/clientWorkspaceCables.ts) and leaves the rest out.
import { CodeAction, Diagnostic } from 'vscode-languageserver';
import { CableLintConfig, LoadedConfig } from '../service';
import { ConfigChange } from './configCommand';

export interface ServerHost {
  /** The client's workspace folders (URIs), at start and whenever they change. */
  setWorkspaceFolders?(uris: readonly string[]): void;
  configFiles?: ConfigFiles;
  configFixes?: ConfigFixes;
  citedCables?: CitedCables;
  workspaceCables?: WorkspaceCables;
}

/** What a config file says about one document. */
export interface ConfigScope {
  /** Its `ignores` match the document: nothing is reported for it. */
  ignored: boolean;
  /** The top level with the `overrides` that match the document applied. */
  config: CableLintConfig;
}

/** The `.cablelintrc.json` files documents are checked under. */
export interface ConfigFiles {
  /** Hears about every (re)read file with its URI, so its problems (or their absence) can be shown. */
  onDidLoad(listener: (file: LoadedConfig, uri: string) => void): void;
  /** The config file for a document; the same object until the file changes, so analyses are reused. A promise: the web server asks the client. */
  resolve(documentUri: string): Promise<LoadedConfig | undefined>;
  scopeFor(file: LoadedConfig, documentUri: string): ConfigScope;
  /** Whether a watched file is a config file; if so it is read again on next use. */
  changed(uri: string): boolean;
}

/** Quick fixes that change the config file rather than the cable, carried out by the server. */
export interface ConfigFixes {
  actions(documentUri: string, lines: readonly string[], diagnostics: readonly Diagnostic[]): CodeAction[];
  /** Makes the change; the file written (with why, in words, when it could not be), or undefined when there was nothing to do. */
  change(documentUri: string, change: ConfigChange): { path: string; failure?: string } | undefined;
}

/** The file of a cable that a REF item cites. */
export interface CitedCableFile {
  uri: string;
  /** What a hover shows of it, read from the file; undefined when it cannot be read. */
  summary(): string | undefined;
}

/** Cited cables as files beside the citing cable or in a workspace folder. */
export interface CitedCables {
  find(documentUri: string, id: string): CitedCableFile | undefined;
}

/** Cable files on disk under the workspace folders: what Lint Workspace checks. */
export interface WorkspaceCables {
  /** The `.cable` and `.txt` files under the folders, as `cable-lint FOLDER` walks them, as URIs, and the folders it could not read, in words; cut short once `stopped` says so. */
  list(folderUris: readonly string[], stopped: () => boolean): Promise<{ uris: string[]; problems: string[] }>;
  /** The file's text, or which file cannot be checked and why (over `maxBytes`, binary, unreadable), in words. */
  read(uri: string, maxBytes: number): Promise<{ text: string } | { problem: string }>;
}
