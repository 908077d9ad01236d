// What a `.cablelintrc.json` says about one file: whether its `ignores` skip it, and its settings
// once the `overrides` that match it are applied. Shared by the CLI and the language server, so
// both read a config the same way. Patterns are relative to the config file's folder.
import { dirname, relative } from 'node:path';
import { applyOverrides, CableLintConfig } from '../service';
import { PathMatcher, toPatternPath } from './glob';
import { LoadedConfig } from './configFiles';

export interface FileScope {
  /** The config's `ignores` match the file (or a folder above it): it is not to be checked. */
  ignored: boolean;
  /** The top level with the matching overrides applied. */
  config: CableLintConfig;
  /** Tells apart the settings files of one config can get: the path and the overrides applied. */
  key: string;
}

interface Matchers {
  ignores: PathMatcher;
  overrides: PathMatcher[];
}

/** Patterns are compiled once per loaded config (a config is re-read, so replaced, when it changes). */
const compiled = new WeakMap<CableLintConfig, Matchers>();

function matchersOf(config: CableLintConfig): Matchers {
  let matchers = compiled.get(config);
  if (!matchers) {
    matchers = { ignores: new PathMatcher(config.ignores ?? []), overrides: (config.overrides ?? []).map((o) => new PathMatcher(o.files)) };
    compiled.set(config, matchers);
  }
  return matchers;
}

/** `path` relative to the config's folder, `/`-separated; undefined when outside it or unknown. */
function pathInScope(loaded: LoadedConfig, path: string | undefined): string | undefined {
  return path === undefined ? undefined : toPatternPath(relative(dirname(loaded.path), path));
}

/** Whether the config's `ignores` skip `path` (a folder when `folder`): the CLI does not walk into such a folder. */
export function isIgnored(loaded: LoadedConfig, path: string, folder = false): boolean {
  const inScope = pathInScope(loaded, path);
  return inScope !== undefined && matchersOf(loaded.config).ignores.matches(inScope, folder);
}

/** The config as it applies to the file at `path` (undefined for a document with no path: the top level only). */
export function scopeFor(loaded: LoadedConfig | undefined, path: string | undefined): FileScope {
  if (!loaded) return { ignored: false, config: {}, key: '' };
  const config = loaded.config;
  const inScope = pathInScope(loaded, path);
  if (inScope === undefined) return { ignored: false, config: applyOverrides(config, []), key: loaded.path };
  const matchers = matchersOf(config);
  const applied = (config.overrides ?? []).map((_, i) => i).filter((i) => matchers.overrides[i].matches(inScope));
  return {
    ignored: matchers.ignores.matches(inScope),
    config: applyOverrides(
      config,
      applied.map((i) => config.overrides![i]),
    ),
    key: `${loaded.path}#${applied.join(',')}`,
  };
}
