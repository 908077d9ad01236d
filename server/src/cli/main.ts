// cable-lint: lint cable files (or a whole cables.csv release) from the command line, for people and CI.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { CableLintConfig, mergeConfigs } from '../service';
import { findConfigFile, loadConfigFile, LoadedConfig } from '../node/configFiles';
import { CliOptions, parseArgs, STDIN_PATH, UsageError, USAGE } from './args';
import { collectFiles, readCable, readStdin, writeCable } from './files';
import { Linter } from './lintJob';
import { lintCsvFile } from './pool';
import { createReporter, FormatOptions, Reporter } from './reporters';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

export function packageVersion(): string {
  try {
    // out/server/src/cli -> the package root
    return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** The config for a directory: --config when given, else the nearest .cablelintrc.json; --date on top. */
class ConfigResolver {
  private readonly linters = new Map<string, Linter>();
  private readonly loaded = new Map<string, LoadedConfig>();

  constructor(
    private readonly options: CliOptions,
    private readonly warn: (text: string) => void,
  ) {}

  configFor(dir: string): CableLintConfig {
    const path = this.options.config ?? findConfigFile(dir);
    let loaded = path ? this.loaded.get(path) : undefined;
    if (path && !loaded) {
      loaded = loadConfigFile(path);
      for (const p of loaded.problems) this.warn(`${path}:${p.line}:${p.column}: ${p.message} (ignored; linting goes on)\n`);
      this.loaded.set(path, loaded);
    }
    return mergeConfigs(loaded?.config, this.options.date ? { date: this.options.date } : undefined);
  }

  linterFor(file: string): Linter {
    const dir = dirname(file);
    let linter = this.linters.get(dir);
    if (!linter) {
      linter = new Linter(this.configFor(dir));
      this.linters.set(dir, linter);
    }
    return linter;
  }
}

interface Outcome {
  problems: number;
  errors: boolean;
}

/** The name standard input is reported under when --stdin-filename gives none. */
const STDIN_NAME = '<stdin>';

async function lintFiles(options: CliOptions, resolver: ConfigResolver, reporter: Reporter): Promise<Outcome> {
  const outcome: Outcome = { problems: 0, errors: false };
  const found = collectFiles(options.paths, options.allowEmptyDirs);
  for (const problem of found.problems) {
    reporter.problem(problem);
    outcome.problems++;
  }
  for (const path of found.files) {
    const read = path === STDIN_PATH ? await readStdin(options.stdinFilename ?? STDIN_NAME) : readCable(path);
    if (!read.ok) {
      reporter.problem(read.problem);
      outcome.problems++;
      continue;
    }
    const file = read.file;
    // The name it is reported under: standard input's name also finds its config and year.
    const name = file.path;
    try {
      const linter = resolver.linterFor(name);
      const job = { file: name, text: file.text };
      let report = linter.lint(job);
      if (options.fix && file.lossy) {
        report.notFixed = 'the file is not valid text in its encoding; it is left untouched so no byte is lost';
      } else if (options.fix) {
        const fixed = linter.fix(job);
        if (fixed.text !== file.text) {
          const notWritten = writeCable(file, fixed.text);
          if (notWritten) {
            reporter.problem(notWritten);
            outcome.problems++;
          } else report = { ...fixed.report, fixed: fixed.fixed };
        }
      }
      outcome.errors ||= report.diagnostics.some((d) => d.severity === 'error');
      reporter.report(report);
    } catch (error) {
      // A crash on one cable is a bug to report, not a reason to stop checking the others.
      reporter.problem({ path: name, message: `Internal error while checking this file (please report it): ${(error as Error).stack ?? error}` });
      outcome.problems++;
    }
  }
  return outcome;
}

async function lintCsv(csv: string, options: CliOptions, resolver: ConfigResolver, reporter: Reporter, formatting: FormatOptions): Promise<Outcome> {
  const outcome: Outcome = { problems: 0, errors: false };
  try {
    await lintCsvFile(csv, options.jobs, { config: resolver.configFor(dirname(csv)), formatting }, (formatted) => {
      outcome.errors ||= formatted.tally.error > 0;
      outcome.problems += formatted.tally.problems;
      reporter.write(formatted);
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    reporter.problem({ path: csv, message: code === 'ENOENT' ? 'No such file.' : `Cannot read the file: ${(error as Error).message}` });
    outcome.problems++;
  }
  return outcome;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv, availableParallelism());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`cable-lint: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (options.version) {
    io.stdout(packageVersion() + '\n');
    return 0;
  }
  if (options.config) {
    const loaded = loadConfigFile(options.config);
    if (loaded.problems.some((p) => p.message.startsWith('Cannot read'))) {
      io.stderr(`cable-lint: ${options.config}: ${loaded.problems[0].message}\n`);
      return 2;
    }
  }
  const resolver = new ConfigResolver(options, io.stderr);
  const formatting: FormatOptions = { format: options.format, color: io.color };
  const reporter = createReporter(formatting, io.stdout, packageVersion());
  const outcomes = [options.paths.length ? await lintFiles(options, resolver, reporter) : { problems: 0, errors: false }];
  if (options.csv) outcomes.push(await lintCsv(options.csv, options, resolver, reporter, formatting));
  reporter.end();
  if (outcomes.some((o) => o.problems)) return 2;
  return outcomes.some((o) => o.errors) ? 1 : 0;
}
