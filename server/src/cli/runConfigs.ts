// The settings of each file of one cable-lint run: its config file, scope and Linter, each found
// once. The main thread and the threads linting a large folder each have their own.
import { dirname } from 'node:path';
import { applyOverrides, CableLintConfig, FileScope, LoadedConfig, mergeConfigs } from '../service';
import { findConfigFile, loadConfigFile } from '../node/configFiles';
import { isIgnored, scopeFor } from '../node/configScope';
import { CliOptions, STDIN_PATH } from './args';
import { Linter } from './lintJob';

/**
 * The config for each file: --config when given, else the nearest .cablelintrc.json; its
 * overrides that match the file, then --date on top. Config files are looked up once per folder
 * and read once; a Linter is made once per distinct set of settings.
 */
export class RunConfigs {
  private readonly linters = new Map<string, Linter>();
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly nearest = new Map<string, string | undefined>();

  constructor(
    private readonly options: CliOptions,
    private readonly warn: (text: string) => void,
  ) {}

  /** The config file that governs the files in `dir` (undefined: none, the defaults apply). */
  configFileFor(dir: string): LoadedConfig | undefined {
    let path = this.options.config;
    if (path === undefined) {
      if (!this.nearest.has(dir)) this.nearest.set(dir, findConfigFile(dir));
      path = this.nearest.get(dir);
    }
    if (path === undefined) return undefined;
    let loaded = this.loaded.get(path);
    if (!loaded) {
      loaded = loadConfigFile(path);
      for (const p of loaded.problems) this.warn(`${path}:${p.line}:${p.column}: ${p.message} (${p.unused ? 'the file is not used; linting goes on with the defaults' : 'ignored; linting goes on'})\n`);
      this.loaded.set(path, loaded);
    }
    return loaded;
  }

  /** For the walk: a folder is governed by the config found from it, a file by its folder's. */
  readonly isIgnored = (path: string, folder: boolean): boolean => {
    const loaded = this.configFileFor(folder ? path : dirname(path));
    return !!loaded && isIgnored(loaded, path, folder);
  };

  /** What the config says of the file named `name` (`undefined`: standard input with no name). */
  scopeOf(name: string | undefined): FileScope {
    return scopeFor(this.configFileFor(dirname(name ?? STDIN_PATH)), name);
  }

  linterFor(scope: FileScope): Linter {
    let linter = this.linters.get(scope.key);
    if (!linter) {
      linter = new Linter(this.withCommandLine(scope.config));
      this.linters.set(scope.key, linter);
    }
    return linter;
  }

  /** The command line's settings over a file's: --date, then --rule (an override: `*` decides every rule). */
  withCommandLine(config: CableLintConfig): CableLintConfig {
    const dated = mergeConfigs(config, this.options.date ? { date: this.options.date } : undefined);
    return this.options.rules ? applyOverrides(dated, [{ files: [], rules: this.options.rules }]) : dated;
  }
}
