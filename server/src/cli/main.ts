// cable-lint: lint cable files (or a whole cables.csv release) from the command line, for people and CI.
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { ruleLevel, RULES } from '../service';
import { loadConfigFile } from '../node/configFiles';
import { CliOptions, HELP_HINT, parseArgs, STDIN_PATH, UsageError, USAGE } from './args';
import { collectFiles, isCableFileName, readCable, readStdin, writeCable } from './files';
import { RunConfigs } from './runConfigs';
import { CsvBatch, readCsvBatches, readCsvStreamBatches, startsWithHeaderRow } from './csv';
import { CABLE_BYTES, lintBatches, threadsFor } from './pool';
import { FileBatch } from './batchLinter';
import { createReporter, Formatted, FormatOptions, Reporter } from './reporters';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
  /** Resolves once stdout has room again (its reader may be slow): --csv reads on only then. */
  stdoutDrained?: () => Promise<void>;
}

export function packageVersion(): string {
  try {
    // out/server/src/cli -> the package root
    return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

interface Outcome {
  problems: number;
  errors: boolean;
  /** Warnings found, shown or not (--quiet): for --max-warnings. */
  warnings: number;
}

const noOutcome = (): Outcome => ({ problems: 0, errors: false, warnings: 0 });

/** The name standard input is reported under when --stdin-filename gives none. */
const STDIN_NAME = '<stdin>';

/** ESLint's words for a file named on the command line that its config ignores (eslint/eslint#7159: say so, do not pass in silence). */
function ignoredWarning(path: string, configs: RunConfigs): string {
  const config = configs.configFileFor(dirname(path))?.path;
  return `cable-lint: ${path}: warning: File ignored because of a matching ignore pattern${config ? ` in ${config}` : ''}; not checked.\n`;
}

/** What formatted batches add to the outcome. */
function tallied(outcome: Outcome, formatted: Formatted): void {
  outcome.errors ||= formatted.tally.error > 0;
  outcome.warnings += formatted.tally.warning + formatted.tally.quietWarnings;
  outcome.problems += formatted.tally.problems;
}

/** Files per batch handed to a worker: about a megabyte of cables, as a --csv batch. */
const FILES_PER_BATCH = 150;

function* fileBatches(paths: readonly string[], size: number): Generator<FileBatch> {
  for (let i = 0; i < paths.length; i += size) yield { paths: paths.slice(i, i + size) };
}

async function lintFiles(options: CliOptions, configs: RunConfigs, reporter: Reporter, formatting: FormatOptions, warn: (text: string) => void, drained?: () => Promise<void>): Promise<Outcome> {
  const outcome = noOutcome();
  const found = collectFiles(options.paths, options.allowEmptyDirs, configs.isIgnored);
  for (const problem of found.problems) {
    reporter.problem(problem);
    outcome.problems++;
  }
  if (!options.fix && !found.files.includes(STDIN_PATH)) {
    const paths = found.files.filter((path) => {
      // Only files named on the command line can be ignored here (the walk leaves ignored ones out).
      if (!configs.scopeOf(path).ignored) return true;
      if (!options.quiet) warn(ignoredWarning(path, configs));
      return false;
    });
    const threads = options.jobs ?? threadsFor(paths.length * CABLE_BYTES, availableParallelism());
    // On this thread a file at a time, as the output streams best and memory stays least.
    const batches = fileBatches(paths, threads > 1 ? FILES_PER_BATCH : 1);
    await lintBatches(batches, threads, { setup: { kind: 'files', options, formatting }, configs, drained }, (formatted) => {
      tallied(outcome, formatted);
      reporter.write(formatted);
    });
    return outcome;
  }
  // --fix, or standard input among the files: one at a time, on this thread.
  for (const path of found.files) {
    // The name it is reported under: standard input's name also finds its config and year.
    const name = path === STDIN_PATH ? options.stdinFilename : path;
    const scope = configs.scopeOf(name);
    if (scope.ignored) {
      // Only files named on the command line get here (the walk leaves ignored ones out).
      if (!options.quiet) warn(ignoredWarning(name!, configs));
      continue;
    }
    const read = path === STDIN_PATH ? await readStdin(name ?? STDIN_NAME) : readCable(path);
    if (read.ok && path === STDIN_PATH && !read.file.text.trim()) {
      // As for --csv -: a pipe that brought nothing most often means the command before it failed.
      reporter.problem({ path: read.file.path, message: EMPTY_STDIN });
      outcome.problems++;
      continue;
    }
    if (!read.ok) {
      reporter.problem(read.problem);
      outcome.problems++;
      continue;
    }
    const file = read.file;
    try {
      const linter = configs.linterFor(scope);
      const job = { file: file.path, text: file.text };
      let report = linter.lint(job);
      if (options.fix && file.lossy) {
        report.notFixed = 'the file is not valid text in its encoding; it is left untouched so no byte is lost';
      } else if (options.fix) {
        const fixed = linter.fix(job, options.quiet);
        if (fixed.text !== file.text && !isCableFileName(file.path)) {
          // Named on the command line (`--fix *`), a README or a page of docs is linted, as asked, but never rewritten.
          report.notFixed = `--fix rewrites only .cable and .txt files: this one is checked, not rewritten (${fixed.fixed} fixable problem${fixed.fixed === 1 ? '' : 's'} left)`;
        } else if (fixed.text !== file.text) {
          const notWritten = writeCable(file, fixed.text);
          if (notWritten) {
            reporter.problem(notWritten);
            outcome.problems++;
          } else report = { ...fixed.report, fixed: fixed.fixed };
        }
      }
      outcome.errors ||= report.diagnostics.some((d) => d.severity === 'error');
      outcome.warnings += report.diagnostics.filter((d) => d.severity === 'warning').length;
      reporter.report(report);
    } catch (error) {
      // A crash on one cable is a bug to report, not a reason to stop checking the others.
      reporter.problem({ path: file.path, message: `Internal error while checking this file (please report it): ${(error as Error).stack ?? error}` });
      outcome.problems++;
    }
  }
  return outcome;
}

/** Why reading the CSV failed, in words. */
function csvReadFailure(error: unknown, fromStdin: boolean): string {
  if (fromStdin) return `Cannot read standard input: ${(error as Error).message}`;
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file.' : `Cannot read the file: ${(error as Error).message}`;
}

/**
 * A CSV without a single row is a problem, not a pass: in a pipeline (`xzcat cables.csv.xz |
 * cable-lint --csv -`) it most often means the command before the pipe failed.
 */
function noRows(fromStdin: boolean, headerRow: boolean): string {
  if (headerRow) return 'No rows: the CSV has a header row and no cable under it; nothing checked.';
  return `No rows: the CSV is empty${fromStdin ? ' (did the command before the pipe fail?)' : ''}; nothing checked.`;
}

/** The batches as they come; `seen` is called when the file's first row is a header row (which the linting threads skip). */
async function* notingHeaderRow(batches: AsyncIterable<CsvBatch>, seen: () => void): AsyncGenerator<CsvBatch> {
  for await (const batch of batches) {
    if (startsWithHeaderRow(batch)) seen();
    yield batch;
  }
}

/** Standard input (`-`) that holds nothing but blank space: not a cable that passes. */
const EMPTY_STDIN = 'No cable: standard input is empty (did the command before the pipe fail?); nothing checked.';

/** Lints every row of --csv FILE, or of standard input for --csv -, streamed. */
async function lintCsv(csv: string, options: CliOptions, configs: RunConfigs, reporter: Reporter, formatting: FormatOptions, drained?: () => Promise<void>): Promise<Outcome> {
  const outcome = noOutcome();
  const fromStdin = csv === STDIN_PATH;
  // Problems of the whole input are reported under this name; its directory finds the config.
  const name = fromStdin ? (options.stdinFilename ?? STDIN_NAME) : csv;
  // The release's rows share one file: the overrides matching the CSV file apply to all of them.
  const config = configs.withCommandLine(configs.scopeOf(fromStdin ? options.stdinFilename : csv).config);
  let rows = 0;
  let headerRow = false;
  try {
    const batches = notingHeaderRow(fromStdin ? readCsvStreamBatches(process.stdin) : readCsvBatches(csv), () => (headerRow = true));
    const threads = options.jobs ?? threadsFor(fromStdin ? undefined : statSync(csv, { throwIfNoEntry: false })?.size, availableParallelism());
    await lintBatches(batches, threads, { setup: { kind: 'csv', config, formatting }, drained }, (formatted) => {
      rows += formatted.tally.files + formatted.tally.problems;
      tallied(outcome, formatted);
      reporter.write(formatted);
    });
  } catch (error) {
    reporter.problem({ path: name, message: csvReadFailure(error, fromStdin) });
    outcome.problems++;
    return outcome;
  }
  if (!rows) {
    reporter.problem({ path: name, message: noRows(fromStdin, headerRow) });
    outcome.problems++;
  }
  return outcome;
}

/**
 * What --print-config shows: the file's config file, whether it is ignored, and every rule's level
 * (not only those the config names: the question is usually "why is this rule (not) reported?").
 */
function effectiveSettings(file: string, configs: RunConfigs): object {
  const scope = configs.scopeOf(file);
  const config = configs.withCommandLine(scope.config);
  return {
    file,
    configFile: configs.configFileFor(dirname(file))?.path ?? null,
    ignored: scope.ignored,
    rules: Object.fromEntries(RULES.map((rule) => [rule.id, ruleLevel(config, rule.id, rule.defaultSeverity)])),
    tags: config.tags ?? [],
    date: config.date ?? null,
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/** The exit status, as ESLint's: I/O problems 2; errors, or more warnings than --max-warnings, 1. */
function exitStatus(outcomes: Outcome[], options: CliOptions, warn: (text: string) => void): number {
  if (outcomes.some((o) => o.problems)) return 2;
  if (outcomes.some((o) => o.errors)) return 1;
  const warnings = outcomes.reduce((n, o) => n + o.warnings, 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    warn(`cable-lint: found too many warnings (${warnings}; maximum: ${options.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // As ESLint and Prettier do: the error and where to look, not forty lines of help that bury it.
    io.stderr(`cable-lint: ${error.message}\n${HELP_HINT}\n`);
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
      io.stderr(`cable-lint: --config ${options.config}: ${loaded.problems[0].message}\n`);
      return 2;
    }
  }
  const configs = new RunConfigs(options, io.stderr);
  if (options.printConfig !== undefined) {
    // The settings are a file's (overrides match its name): a folder's would be its parent's config, not the one inside it.
    if (isFolder(options.printConfig)) {
      io.stderr(`cable-lint: --print-config takes a file; ${options.printConfig} is a folder (name a cable in it).\n`);
      return 2;
    }
    io.stdout(JSON.stringify(effectiveSettings(options.printConfig, configs), null, 2) + '\n');
    return 0;
  }
  const formatting: FormatOptions = { format: options.format, color: io.color, quiet: options.quiet };
  const reporter = createReporter(formatting, io.stdout, packageVersion());
  const outcomes = [options.paths.length ? await lintFiles(options, configs, reporter, formatting, io.stderr, io.stdoutDrained) : noOutcome()];
  if (options.csv) outcomes.push(await lintCsv(options.csv, options, configs, reporter, formatting, io.stdoutDrained));
  reporter.end();
  return exitStatus(outcomes, options, io.stderr);
}
