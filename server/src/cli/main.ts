// cable-lint: lint cable files from the command line, for people and for CI.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyEdits, CableLintConfig, createVocabulary, lintText, mergeConfigs, safeFixEdits, summarizeCable, TagVocabulary } from '../service';
import { findConfigFile, loadConfigFile, LoadedConfig } from '../node/configFiles';
import { CliOptions, parseArgs, UsageError, USAGE } from './args';
import { CableFile, collectFiles, FileProblem, readCable, writeCable } from './files';
import { FileReport, formatJson, formatSarif, formatText } from './formatters';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

/** ESLint's limit: fixes that keep producing new fixes stop here. */
const MAX_FIX_PASSES = 10;

export function packageVersion(): string {
  try {
    // out/server/src/cli -> the package root
    return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** Config for a file: --config when given, else the nearest .cablelintrc.json; --date on top. */
class ConfigResolver {
  private readonly byDir = new Map<string, { config: CableLintConfig; vocabulary: TagVocabulary }>();
  private readonly loaded = new Map<string, LoadedConfig>();

  constructor(
    private readonly options: CliOptions,
    private readonly warn: (text: string) => void,
  ) {}

  private load(path: string): LoadedConfig {
    let loaded = this.loaded.get(path);
    if (!loaded) {
      loaded = loadConfigFile(path);
      for (const p of loaded.problems) this.warn(`${path}:${p.line}:${p.column}: ${p.message} (ignored; linting goes on)\n`);
      this.loaded.set(path, loaded);
    }
    return loaded;
  }

  forFile(file: string): { config: CableLintConfig; vocabulary: TagVocabulary } {
    const dir = dirname(file);
    let entry = this.byDir.get(dir);
    if (!entry) {
      const path = this.options.config ?? findConfigFile(dir);
      const fileConfig = path ? this.load(path).config : undefined;
      const config = mergeConfigs(fileConfig, this.options.date ? { date: this.options.date } : undefined);
      entry = { config, vocabulary: createVocabulary(config.tags) };
      this.byDir.set(dir, entry);
    }
    return entry;
  }
}

function lintFile(file: CableFile, options: CliOptions, resolver: ConfigResolver): FileReport {
  const { config, vocabulary } = resolver.forFile(file.path);
  const lint = (text: string) => lintText(text, { config, vocabulary, fileName: file.path });
  let result = lint(file.text);
  const report: FileReport = { file: file.path, diagnostics: result.diagnostics, cable: summarizeCable(result.model) };
  if (!options.fix) return report;
  if (file.lossy) {
    report.notFixed = 'the file is not valid text in its encoding; it is left untouched so no byte is lost';
    return report;
  }
  let text = file.text;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = safeFixEdits(result.diagnostics, text);
    if (!edits.length) break;
    const next = applyEdits(text, edits).text;
    if (next === text) break;
    fixed += result.diagnostics.length;
    text = next;
    result = lint(text);
    fixed -= result.diagnostics.length;
  }
  if (text !== file.text) {
    writeCable(file, text);
    report.fixed = Math.max(1, fixed);
  }
  return { ...report, diagnostics: result.diagnostics, cable: summarizeCable(result.model) };
}

export function runCli(argv: readonly string[], io: CliIO): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
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
  const problems: FileProblem[] = [];
  if (options.config) {
    const loaded = loadConfigFile(options.config);
    if (loaded.problems.some((p) => p.message.startsWith('Cannot read'))) {
      io.stderr(`cable-lint: ${options.config}: ${loaded.problems[0].message}\n`);
      return 2;
    }
  }
  const resolver = new ConfigResolver(options, io.stderr);
  const found = collectFiles(options.paths);
  problems.push(...found.problems);
  const reports: FileReport[] = [];
  for (const path of found.files) {
    const read = readCable(path);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    try {
      reports.push(lintFile(read.file, options, resolver));
    } catch (error) {
      // A crash on one cable is a bug to report, not a reason to stop checking the others.
      problems.push({ path, message: `Internal error while checking this file (please report it): ${(error as Error).stack ?? error}` });
    }
  }
  if (options.format === 'json') io.stdout(formatJson(reports, problems));
  else if (options.format === 'sarif') io.stdout(formatSarif(reports, problems, packageVersion()));
  else io.stdout(formatText(reports, problems, io.color));
  if (problems.length) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
