// Config scopes for files on disk: the path relative to the config file's folder comes from
// node:path; what the patterns say is the pure service's (service/lint/configScope.ts).
import { dirname, relative } from 'node:path';
import { FileScope, ignoredAt, LoadedConfig, scopeAt, toPatternPath } from '../service';

/** `path` relative to the config's folder, `/`-separated; undefined when outside it or unknown. */
function pathInScope(loaded: LoadedConfig, path: string | undefined): string | undefined {
  return path === undefined ? undefined : toPatternPath(relative(dirname(loaded.path), path));
}

/** Whether the config's `ignores` skip `path` (a folder when `folder`): the CLI does not walk into such a folder. */
export function isIgnored(loaded: LoadedConfig, path: string, folder = false): boolean {
  return ignoredAt(loaded, pathInScope(loaded, path), folder);
}

/** The config as it applies to the file at `path` (undefined for a document with no path: the top level only). */
export function scopeFor(loaded: LoadedConfig | undefined, path: string | undefined): FileScope {
  return scopeAt(loaded, loaded && pathInScope(loaded, path));
}
