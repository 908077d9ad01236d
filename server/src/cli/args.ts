// Command-line arguments of cable-lint.
import { RULE_IDS, RuleLevel } from '../service';
import { parseIsoDate } from '../service/model/dates';

export const FORMATS = ['text', 'json', 'jsonl', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  date?: string;
  config?: string;
  fix: boolean;
  /** A cables.csv release to read as a stream of cables. */
  csv?: string;
  /** Threads linting --csv rows or the files found, when given; else chosen by the input's size (threadsFor). */
  jobs?: number;
  paths: string[];
  /** The name standard input (`-`) is shown and linted under. */
  stdinFilename?: string;
  /** A named directory holding no cable file is not an error. */
  allowEmptyDirs: boolean;
  /** Report errors only (warnings still count for --max-warnings, as in ESLint). */
  quiet: boolean;
  /** More warnings than this make the exit status 1; undefined: no limit. */
  maxWarnings?: number;
  /** --rule ID:LEVEL settings, over the config's (as ESLint's --rule). */
  rules?: Record<string, RuleLevel>;
  /** --print-config FILE: show the settings FILE is checked with instead of checking. */
  printConfig?: string;
  help: boolean;
  version: boolean;
}

/** The path that stands for standard input. */
export const STDIN_PATH = '-';

export const USAGE = `Usage: cable-lint [options] [--] PATH...
       cable-lint [options] - < cable.txt
       cable-lint [options] --csv cables.csv
       xzcat cables.csv.xz | cable-lint [options] --csv -

Checks diplomatic cables (.cable and .txt files; directories are walked; a path named twice is
checked once), a cable read from standard input, or every row of a Cablegate cables.csv release,
streamed from a file or from standard input. Patterns (*.txt) are not expanded: name the folder.

Options:
  -                         read a single cable from standard input (reported as <stdin>)
  --stdin-filename NAME     report standard input as NAME; a cable id in it (04RANGOON1422.txt)
                            gives the cable's year, as a file's name does
  --format text|json|jsonl|sarif|github
                            output format (default: text); jsonl: one JSON object per cable;
                            github: GitHub Actions annotations (::warning file=...::message)
  --date YYYY-MM-DD         cable date to assume when a cable carries none
  --config FILE             use this .cablelintrc.json instead of searching for one
  --rule ID:LEVEL[,...]     set rules over the config (LEVEL: error, warning, info, hint, off;
                            ID * for every rule); may be repeated
  --print-config FILE       print the settings FILE would be checked with (config file, ignored
                            or not, every rule's level, tags, date) as JSON, and check nothing
  --fix                     apply safe fixes in place, then report what is left (not with - or --csv);
                            only .cable and .txt files are rewritten (a named README.md is checked)
  --allow-empty-dirs        a directory with no .cable or .txt file is not an error
  --quiet                   report errors only: no warnings, info or hints (--fix then fixes
                            only errors); warnings still count for --max-warnings
  --max-warnings N          exit 1 when there are more than N warnings, even with no errors
                            (info and hints do not count; -1: no limit, the default)
  --csv FILE                lint each row of a cables.csv file (its date and classification count)
  --csv -                   the same, reading the whole cables.csv from standard input
  --jobs N                  threads linting --csv rows or the files found (default: one per
                            100 MB of cables, up to the number of CPUs; every CPU for --csv -;
                            --fix lints on one)
  --                        end of the options: every argument after it is a path
  -h, --help                show this help
  -v, --version             show the version

Files matched by the "ignores" patterns of .cablelintrc.json are skipped when directories are
walked; one named on the command line is not checked either, with a warning on stderr.

Exit status: 0 no errors, 1 errors found (or more warnings than --max-warnings allows),
2 usage or I/O problems, 141 output cut short (the reader closed the pipe: | head).`;

/** What a usage error says after its one line. */
export const HELP_HINT = 'Run cable-lint --help for the options.';

export class UsageError extends Error {}

const LEVELS: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];

/** `eo-era:off,tags-unknown:info` -> settings; an unknown id or level is a usage error. */
function parseRuleOption(value: string): Record<string, RuleLevel> {
  const rules: Record<string, RuleLevel> = {};
  for (const item of value.split(',')) {
    const [id, level, extra] = item.split(':').map((part) => part.trim());
    if (level === undefined || extra !== undefined) throw new UsageError(`--rule takes ID:LEVEL (eo-era:off), not "${item}".`);
    if (id !== '*' && !RULE_IDS.has(id)) throw new UsageError(`--rule: unknown rule "${id}".`);
    if (!LEVELS.includes(level)) throw new UsageError(`--rule ${id}: the level is one of ${LEVELS.join(', ')}, not "${level}".`);
    rules[id] = level as RuleLevel;
  }
  return rules;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { format: 'text', fix: false, paths: [], allowEmptyDirs: false, quiet: false, help: false, version: false };
  const value = (i: number, name: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value.`);
    return v;
  };
  // After `--` every argument is a path, as POSIX tools have it: a file named `--fix` is linted (`-` still reads standard input).
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded) {
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = () => {
      // `--config=` (a variable that expanded to nothing) names no file: not the current folder, not no config.
      if (inline === '') throw new UsageError(`${name} needs a value.`);
      return inline !== undefined ? inline : value(i++, name);
    };
    switch (name) {
      case '--format': {
        const f = take();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`Unknown format "${f}": use ${FORMATS.join(', ')}.`);
        options.format = f as Format;
        break;
      }
      case '--date': {
        const d = take();
        // The calendar is checked too: an impossible date (2004-02-30) would leave the date rules silent.
        if (!parseIsoDate(d)) throw new UsageError(`--date takes a date like 2004-11-02, not "${d}"${/^\d{4}-\d{2}-\d{2}$/.test(d) ? ' (no such day)' : ''}.`);
        options.date = d;
        break;
      }
      case '--config':
        options.config = take();
        break;
      case '--rule':
        options.rules = { ...options.rules, ...parseRuleOption(take()) };
        break;
      case '--print-config':
        options.printConfig = take();
        break;
      case '--fix':
        options.fix = true;
        break;
      case '--csv':
        options.csv = take();
        break;
      case '--stdin-filename':
        options.stdinFilename = take();
        break;
      case '--allow-empty-dirs':
        options.allowEmptyDirs = true;
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--max-warnings': {
        const n = take();
        if (!/^(?:-1|0|[1-9]\d{0,8})$/.test(n)) throw new UsageError(`--max-warnings takes a whole number of warnings (0 or more; -1 for no limit), not "${n}".`);
        options.maxWarnings = +n < 0 ? undefined : +n;
        break;
      }
      case '--jobs': {
        const n = take();
        if (!/^[1-9]\d{0,2}$/.test(n)) throw new UsageError(`--jobs takes a whole number from 1 to 999, not "${n}".`);
        options.jobs = +n;
        break;
      }
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== STDIN_PATH) throw new UsageError(`Unknown option "${arg}".`);
        options.paths.push(arg);
    }
  }
  if (options.csv && options.fix) throw new UsageError('--fix cannot rewrite a cables.csv release.');
  checkStdin(options);
  if (options.printConfig !== undefined && (options.paths.length || options.csv)) throw new UsageError('--print-config shows the settings of one file and checks nothing: give no other file.');
  if (!options.paths.length && !options.csv && options.printConfig === undefined && !options.help && !options.version) throw new UsageError('No files or directories given.');
  return options;
}

/** `-` (a cable, or with --csv a release) reads standard input once, and there is no file to write fixes to. */
function checkStdin(options: CliOptions): void {
  const stdins = options.paths.filter((p) => p === STDIN_PATH).length;
  const csvStdin = options.csv === STDIN_PATH;
  if (stdins > 1) throw new UsageError('- (standard input) can be given only once.');
  if (stdins && csvStdin) throw new UsageError('Standard input can be read only once: - is given as a path and to --csv.');
  // ESLint refuses the same: printing the fixed text would mix it with the report on stdout.
  if (stdins && options.fix) throw new UsageError('--fix cannot write standard input back: give the file instead.');
  if (!stdins && !csvStdin && options.stdinFilename !== undefined) throw new UsageError('--stdin-filename names standard input: give - among the paths or to --csv.');
}
