// What a `.cablelintrc.json` says about one file: whether its `ignores` skip it, and its settings
// once the `overrides` that match it are applied. Pure: the caller gives the file's path relative
// to the config's folder (node/configScope.ts from disk paths, the web server from URIs), so the
// CLI and both servers read scopes the same way.
import { applyOverrides, CableLintConfig, LoadedConfig } from './config';
import { PathMatcher } from './glob';

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

/** Whether the `ignores` skip `inScope` (relative, `/`-separated; a folder when `folder`). */
export function ignoredAt(loaded: LoadedConfig, inScope: string | undefined, folder = false): boolean {
  return inScope !== undefined && matchersOf(loaded.config).ignores.matches(inScope, folder);
}

/** The config as it applies to the file at `inScope` (relative, `/`-separated; undefined when outside the config's folder or unknown: the top level only). */
export function scopeAt(loaded: LoadedConfig | undefined, inScope: string | undefined): FileScope {
  if (!loaded) return { ignored: false, config: {}, key: '' };
  const config = loaded.config;
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
