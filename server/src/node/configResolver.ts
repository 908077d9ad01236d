// Which `.cablelintrc.json` applies to a document: the nearest one walking up from the file to the
// file system's root, as cable-lint finds it, so the editor and CI check a cable alike (a folder
// opened below the project's config still gets it). Files are re-read only when their
// modification time or size changes, so edits apply without a restart; that check runs whenever a
// cable is checked, which also covers a config above the workspace, outside the editor's watcher.
import { statSync } from 'node:fs';
import { dirname, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LoadedConfig } from '../service';
import { findConfigFile, loadConfigFile } from './configFiles';
import { isIgnored } from './configScope';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

export class ConfigResolver {
  private folders: string[] = [];
  private readonly loaded = new Map<string, { stamp: string; config: LoadedConfig }>();

  /** `onLoad` hears about every (re)read file, with its problems, so they can be shown. */
  constructor(private readonly onLoad: (loaded: LoadedConfig) => void) {}

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.map(uriToPath).filter((p): p is string => !!p);
  }

  /** The workspace folders on disk. */
  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** The innermost workspace folder holding `path`. */
  private folderOf(path: string): string | undefined {
    return this.folders.filter((f) => inside(f, path)).sort((a, b) => b.length - a.length)[0];
  }

  /** The workspace folder a document belongs to (the first folder for untitled cables), where a new config file goes. */
  folderFor(documentUri: string): string | undefined {
    const path = uriToPath(documentUri);
    return path ? this.folderOf(path) : this.folders[0];
  }

  /** The config file for a document, or undefined when none applies. Untitled cables get the first folder's. */
  resolve(documentUri: string): LoadedConfig | undefined {
    const path = uriToPath(documentUri);
    return this.configFileFrom(path ? dirname(path) : this.folders[0]);
  }

  /** Whether the `ignores` of the config that applies skip a file or folder found on a walk (as cable-lint's walk decides). */
  readonly isIgnored = (path: string, folder: boolean): boolean => {
    const loaded = this.configFileFrom(folder ? path : dirname(path));
    return !!loaded && isIgnored(loaded, path, folder);
  };

  private configFileFrom(folder: string | undefined): LoadedConfig | undefined {
    const file = folder !== undefined ? findConfigFile(folder) : undefined;
    return file ? this.load(file) : undefined;
  }

  private load(path: string): LoadedConfig {
    let stamp: string;
    try {
      const stat = statSync(path);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      stamp = 'missing';
    }
    const cached = this.loaded.get(path);
    if (cached && cached.stamp === stamp) return cached.config;
    const config = loadConfigFile(path);
    this.loaded.set(path, { stamp, config });
    this.onLoad(config);
    return config;
  }

  /** Forget a file (changed or deleted on disk): the next resolve reads it again. */
  forget(path: string): void {
    this.loaded.delete(path);
  }
}
