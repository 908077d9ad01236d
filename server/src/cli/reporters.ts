// Output formats of cable-lint, written as results arrive so a whole release streams through in
// constant memory: text (one clickable `file:line:col` line per problem), JSON (the documented
// array), JSON Lines (one object per cable), SARIF 2.1.0 (code scanning; kept until the end),
// GitHub Actions workflow commands (annotations on the pull request's changed lines).
// Formatting and writing are apart: worker threads format the cables they lint, and the
// main thread only writes the formatted batches, in order, and ends the document.
import { sep } from 'node:path';
import { CableDiagnostic, CableSummary, RULES, Severity } from '../service';
import { FileProblem } from './files';
import { Format } from './args';

export interface FileReport {
  file: string;
  diagnostics: CableDiagnostic[];
  cable: CableSummary;
  /** Fixes written to disk by --fix. */
  fixed?: number;
  /** Why --fix left the file alone (e.g. it did not decode cleanly). */
  notFixed?: string;
}

/** What the end of the output and the exit code need to know of what was formatted. */
export interface Tally {
  files: number;
  /** I/O problems of any kind (each makes the exit status 2); those below are counted again apart. */
  problems: number;
  /** Files checked whose fixes could not be written. */
  unwritten: number;
  /** Directories named on the command line that hold no cable file. */
  emptyDirectories: number;
  error: number;
  warning: number;
  info: number;
  hint: number;
  /** Warnings --quiet kept out of the output: they still count for --max-warnings. */
  quietWarnings: number;
}

/** Reports and problems formatted as entries of the output, in order. */
export interface Formatted {
  /** Lines (text, jsonl), or array items joined by commas (json, SARIF results). */
  text: string;
  /** SARIF only: a notification per problem, joined by commas. */
  notes: string;
  tally: Tally;
}

/** Formats reports and problems; `take` hands over what was formatted since the last call. */
export interface Formatter {
  report(report: FileReport): void;
  problem(problem: FileProblem): void;
  take(): Formatted;
}

export interface FormatOptions {
  format: Format;
  color: boolean;
  /** --quiet: errors only. */
  quiet?: boolean;
}

/** Writes formatted entries in order and ends the document. */
export interface Reporter {
  report(report: FileReport): void;
  problem(problem: FileProblem): void;
  write(formatted: Formatted): void;
  end(): void;
}

export const DOCS_BASE = 'https://github.com/cable-author/cable-author/blob/main/docs/rules/';

type Write = (text: string) => void;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

const emptyTally = (): Tally => ({ files: 0, problems: 0, unwritten: 0, emptyDirectories: 0, error: 0, warning: 0, info: 0, hint: 0, quietWarnings: 0 });

function addTally(into: Tally, from: Tally): void {
  into.files += from.files;
  into.problems += from.problems;
  into.unwritten += from.unwritten;
  into.emptyDirectories += from.emptyDirectories;
  for (const s of SEVERITIES) into[s] += from[s];
  into.quietWarnings += from.quietWarnings;
}

/** The report as --quiet shows it: its errors only. */
function errorsOnly(r: FileReport): FileReport {
  return r.diagnostics.every((d) => d.severity === 'error') ? r : { ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') };
}

/** How one format turns a report or a problem into entries ('' for none), and what joins entries. */
interface Style {
  report(r: FileReport): string;
  problem(p: FileProblem): string;
  /** SARIF keeps problems apart from results. */
  problemsApart: boolean;
  /** What --fix did to the file, among the problems kept apart (SARIF's notifications); the other formats tell it in the report. */
  fixNotes?(r: FileReport): string;
  joiner: string;
}

function plainDiagnostic(d: CableDiagnostic) {
  return {
    rule: d.rule,
    severity: d.severity,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    message: d.message,
  };
}

/** With --fix, what it did: `fixed` (problems fixed and written) and `notFixed` (why the file was left alone), when there is something to say. */
function jsonEntry(r: FileReport) {
  return { file: r.file, diagnostics: r.diagnostics.map(plainDiagnostic), cable: r.cable, ...(r.fixed ? { fixed: r.fixed } : {}), ...(r.notFixed ? { notFixed: r.notFixed } : {}) };
}

/** The text format's words for what --fix did to the file (none when it did nothing worth saying). */
function fixWords(r: FileReport): { fixed?: string; notFixed?: string } {
  return { fixed: r.fixed ? `fixed ${r.fixed} problem${r.fixed === 1 ? '' : 's'}` : undefined, notFixed: r.notFixed && `not fixed: ${r.notFixed}` };
}

function problemEntry(p: FileProblem) {
  return { file: p.path, error: p.message, diagnostics: [], cable: null };
}

/**
 * JSON.stringify(value, null, 2) as it reads at `depth` levels inside a larger document. Only the
 * output's own line breaks are indented: a pattern with `^` and the m flag also matched after a
 * U+2028 or U+2029 inside a string (JSON leaves those unescaped), and cost a regex pass per entry.
 */
function indented(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return pad + JSON.stringify(value, null, 2).replaceAll('\n', '\n' + pad);
}

const jsonStyle: Style = {
  report: (r) => indented(jsonEntry(r), 1),
  problem: (p) => indented(problemEntry(p), 1),
  problemsApart: false,
  joiner: ',\n',
};

const jsonLinesStyle: Style = {
  report: (r) => JSON.stringify(jsonEntry(r)) + '\n',
  problem: (p) => JSON.stringify(problemEntry(p)) + '\n',
  problemsApart: false,
  joiner: '',
};

function textStyle(color: boolean): Style {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const severityColor: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };
  return {
    report(r) {
      let out = '';
      for (const d of r.diagnostics) out += `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${paint(severityColor[d.severity], d.severity)}  ${d.message}  ${paint(90, d.rule)}\n`;
      const { fixed, notFixed } = fixWords(r);
      if (fixed) out += `${r.file}: ${fixed}\n`;
      if (notFixed) out += `${r.file}: ${notFixed}\n`;
      return out;
    },
    problem: (p) => `${p.path}  ${paint(31, 'error')}  ${p.message}\n`,
    problemsApart: false,
    joiner: '',
  };
}

const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
/** A workflow command's message: `%` and line breaks escaped, as the runner reads them back. */
const githubData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A workflow command's property value: the message's escapes, and `:` and `,`, which end a value. */
const githubProperty = (s: string) => githubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** A path as the runner matches it, with forward slashes; a backslash is a separator on Windows only (elsewhere a character of the name). */
const githubPath = (path: string) => githubProperty(sep === '\\' ? path.replace(/\\/g, '/') : path);

/** `::warning file=F,line=L,...,title=RULE::message`: GitHub Actions shows each as an annotation at that place. */
const githubStyle: Style = {
  report: (r) => {
    const { fixed, notFixed } = fixWords(r);
    const file = `file=${githubPath(r.file)},title=cable-lint`;
    return (
      r.diagnostics
        .map((d) => {
          const where = `file=${githubPath(r.file)},line=${d.range.start.line + 1},col=${d.range.start.character + 1},endLine=${d.range.end.line + 1},endColumn=${d.range.end.character + 1}`;
          return `::${GITHUB_LEVEL[d.severity]} ${where},title=${githubProperty(d.rule)}::${githubData(d.message)}\n`;
        })
        .join('') +
      (fixed ? `::notice ${file}::${githubData(fixed)}\n` : '') +
      (notFixed ? `::warning ${file}::${githubData(notFixed)}\n` : '')
    );
  },
  problem: (p) => `::error file=${githubPath(p.path)},title=cable-lint::${githubData(p.message)}\n`,
  problemsApart: false,
  joiner: '',
};

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/**
 * The last line of the text format: the findings in the files checked, then what the I/O problems
 * above it left undone, so a run that skipped files never ends on a bare "No problems".
 */
function textSummary(tally: Tally): string {
  const total = tally.error + tally.warning + tally.info + tally.hint;
  const parts = SEVERITIES.filter((s) => tally[s]).map((s) => `${tally[s]} ${s}${tally[s] === 1 || s === 'info' ? '' : 's'}`);
  const where = plural(tally.files, 'file');
  const unchecked = tally.problems - tally.unwritten - tally.emptyDirectories;
  const undone = [
    unchecked && `${unchecked} could not be checked`,
    tally.emptyDirectories && `${plural(tally.emptyDirectories, 'directory', 'directories')} without a .cable or .txt file`,
    tally.unwritten && `fixes could not be written to ${plural(tally.unwritten, 'file')}`,
  ].filter(Boolean);
  const tail = undone.length ? `; ${undone.join('; ')}` : '';
  if (total) return `\n${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${where}${tail}\n`;
  return tally.files || !tail ? `No problems in ${where}${tail}.\n` : `${where} checked${tail}.\n`;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
/** A relative URI of the path: separators as `/` (a backslash is one on Windows only, elsewhere a character of the name, encoded). */
const toUri = (path: string) => (sep === '\\' ? path.replace(/\\/g, '/') : path).split('/').map(encodeURIComponent).join('/');
/** Where SARIF results and notifications sit in the document (runs[0].results, runs[0].invocations[0].toolExecutionNotifications). */
const SARIF_RESULT_DEPTH = 4;
const SARIF_NOTE_DEPTH = 6;

const sarifStyle: Style = {
  report: (r) =>
    r.diagnostics
      .map((d) =>
        indented(
          {
            ruleId: d.rule,
            ruleIndex: RULES.findIndex((rule) => rule.id === d.rule),
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.file) },
                  region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
                },
              },
            ],
          },
          SARIF_RESULT_DEPTH,
        ),
      )
      .join(',\n'),
  problem: (p) => indented({ level: 'error', message: { text: p.message }, locations: [{ physicalLocation: { artifactLocation: { uri: toUri(p.path) } } }] }, SARIF_NOTE_DEPTH),
  problemsApart: true,
  fixNotes(r) {
    const { fixed, notFixed } = fixWords(r);
    const note = (level: string, text: string) => indented({ level, message: { text }, locations: [{ physicalLocation: { artifactLocation: { uri: toUri(r.file) } } }] }, SARIF_NOTE_DEPTH);
    return [fixed && note('note', fixed), notFixed && note('warning', notFixed)].filter(Boolean).join(',\n');
  },
  joiner: ',\n',
};

function styleOf(options: FormatOptions): Style {
  switch (options.format) {
    case 'json':
      return jsonStyle;
    case 'jsonl':
      return jsonLinesStyle;
    case 'sarif':
      return sarifStyle;
    case 'github':
      return githubStyle;
    default:
      return textStyle(options.color);
  }
}

export function createFormatter(options: FormatOptions): Formatter {
  const style = styleOf(options);
  let entries: string[] = [];
  let notes: string[] = [];
  let tally = emptyTally();
  const add = (into: string[], entry: string) => {
    if (entry) into.push(entry);
  };
  return {
    report(full) {
      const r = options.quiet ? errorsOnly(full) : full;
      tally.files++;
      for (const d of r.diagnostics) tally[d.severity]++;
      if (r !== full) tally.quietWarnings += full.diagnostics.filter((d) => d.severity === 'warning').length;
      add(entries, style.report(r));
      if (style.fixNotes) add(notes, style.fixNotes(r));
    },
    problem(p) {
      tally.problems++;
      if (p.kind === 'unwritten') tally.unwritten++;
      if (p.kind === 'empty-directory') tally.emptyDirectories++;
      add(style.problemsApart ? notes : entries, style.problem(p));
    },
    take() {
      const formatted = { text: entries.join(style.joiner), notes: notes.join(style.joiner), tally };
      entries = [];
      notes = [];
      tally = emptyTally();
      return formatted;
    },
  };
}

/** A JSON array's items, written as they come. */
function jsonArray(write: Write) {
  let first = true;
  return {
    add(items: string) {
      if (!items) return;
      write((first ? '[\n' : ',\n') + items);
      first = false;
    },
    end: () => write(first ? '[]\n' : '\n]\n'),
  };
}

/** SARIF: one document at the end, its results and notifications kept as formatted text until then. */
function sarifDocument(write: Write, version: string) {
  const results: string[] = [];
  const notes: string[] = [];
  let problems = 0;
  const array = (items: string[], depth: number) => (items.length ? `[\n${items.join(',\n')}\n${'  '.repeat(depth - 1)}]` : '[]');
  return {
    add(formatted: Formatted) {
      if (formatted.text) results.push(formatted.text);
      if (formatted.notes) notes.push(formatted.notes);
      problems += formatted.tally.problems;
    },
    end() {
      // Placeholders JSON.stringify cannot produce anywhere else, replaced by the formatted arrays.
      const RESULTS = '\u0000results';
      const NOTES = '\u0000notes';
      const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'cable-lint',
                version,
                informationUri: 'https://github.com/cable-author/cable-author',
                rules: RULES.map((r) => ({
                  id: r.id,
                  shortDescription: { text: r.description },
                  helpUri: `${DOCS_BASE}${r.id}.md`,
                  defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
                })),
              },
            },
            results: RESULTS,
            invocations: [{ executionSuccessful: problems === 0, toolExecutionNotifications: NOTES }],
          },
        ],
      };
      const text = JSON.stringify(sarif, null, 2)
        .replace(JSON.stringify(RESULTS), () => array(results, SARIF_RESULT_DEPTH))
        .replace(JSON.stringify(NOTES), () => array(notes, SARIF_NOTE_DEPTH));
      write(text + '\n');
    },
  };
}

export function createReporter(options: FormatOptions, write: Write, version: string): Reporter {
  const formatter = createFormatter(options);
  const tally = emptyTally();
  let writeFormatted: (formatted: Formatted) => void;
  let end: () => void;
  if (options.format === 'json') {
    const array = jsonArray(write);
    writeFormatted = (f) => array.add(f.text);
    end = array.end;
  } else if (options.format === 'sarif') {
    const document = sarifDocument(write, version);
    writeFormatted = document.add;
    end = document.end;
  } else {
    writeFormatted = (f) => {
      if (f.text) write(f.text);
    };
    end = () => {
      if (options.format === 'text') write(textSummary(tally));
    };
  }
  const reporter: Reporter = {
    write(formatted) {
      addTally(tally, formatted.tally);
      writeFormatted(formatted);
    },
    report(r) {
      formatter.report(r);
      reporter.write(formatter.take());
    },
    problem(p) {
      formatter.problem(p);
      reporter.write(formatter.take());
    },
    end: () => end(),
  };
  return reporter;
}
