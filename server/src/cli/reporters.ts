// Output formats of cable-lint, written as results arrive so a whole release streams through in
// constant memory: text (one clickable `file:line:col` line per problem), JSON (the documented
// array), JSON Lines (one object per cable), SARIF 2.1.0 (code scanning; kept until the end).
import { CableDiagnostic, CableSummary, RULES, Severity } from '../service';
import { FileProblem } from './files';

export interface FileReport {
  file: string;
  diagnostics: CableDiagnostic[];
  cable: CableSummary;
  /** Fixes written to disk by --fix. */
  fixed?: number;
  /** Why --fix left the file alone (e.g. it did not decode cleanly). */
  notFixed?: string;
}

export interface Reporter {
  report(report: FileReport): void;
  problem(problem: FileProblem): void;
  end(): void;
}

export const DOCS_BASE = 'https://github.com/cable-author/cable-author/blob/main/docs/rules/';

type Write = (text: string) => void;

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

function jsonEntry(r: FileReport) {
  return { file: r.file, diagnostics: r.diagnostics.map(plainDiagnostic), cable: r.cable };
}

function problemEntry(p: FileProblem) {
  return { file: p.path, error: p.message, diagnostics: [], cable: null };
}

function jsonReporter(write: Write): Reporter {
  let first = true;
  const entry = (value: object) => {
    write((first ? '[\n' : ',\n') + JSON.stringify(value, null, 2).replace(/^/gm, '  '));
    first = false;
  };
  return {
    report: (r) => entry(jsonEntry(r)),
    problem: (p) => entry(problemEntry(p)),
    end: () => write(first ? '[]\n' : '\n]\n'),
  };
}

function jsonLinesReporter(write: Write): Reporter {
  return {
    report: (r) => write(JSON.stringify(jsonEntry(r)) + '\n'),
    problem: (p) => write(JSON.stringify(problemEntry(p)) + '\n'),
    end: () => undefined,
  };
}

function textReporter(write: Write, color: boolean): Reporter {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const severityColor: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let files = 0;
  return {
    report(r) {
      files++;
      for (const d of r.diagnostics) {
        counts[d.severity]++;
        write(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${paint(severityColor[d.severity], d.severity)}  ${d.message}  ${paint(90, d.rule)}\n`);
      }
      if (r.fixed) write(`${r.file}: fixed ${r.fixed} problem${r.fixed === 1 ? '' : 's'}\n`);
      if (r.notFixed) write(`${r.file}: not fixed: ${r.notFixed}\n`);
    },
    problem: (p) => write(`${p.path}  ${paint(31, 'error')}  ${p.message}\n`),
    end() {
      const total = counts.error + counts.warning + counts.info + counts.hint;
      const parts = (['error', 'warning', 'info', 'hint'] as Severity[]).filter((s) => counts[s]).map((s) => `${counts[s]} ${s}${counts[s] === 1 || s === 'info' ? '' : 's'}`);
      const where = `${files} file${files === 1 ? '' : 's'}`;
      write(total ? `\n${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${where}\n` : `No problems in ${where}.\n`);
    },
  };
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function sarifReporter(write: Write, version: string): Reporter {
  const reports: FileReport[] = [];
  const problems: FileProblem[] = [];
  const toUri = (path: string) => path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
  return {
    report: (r) => reports.push(r),
    problem: (p) => problems.push(p),
    end() {
      const results = reports.flatMap((r) =>
        r.diagnostics.map((d) => ({
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
        })),
      );
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
            results,
            invocations: [
              {
                executionSuccessful: problems.length === 0,
                toolExecutionNotifications: problems.map((p) => ({ level: 'error', message: { text: p.message }, locations: [{ physicalLocation: { artifactLocation: { uri: toUri(p.path) } } }] })),
              },
            ],
          },
        ],
      };
      write(JSON.stringify(sarif, null, 2) + '\n');
    },
  };
}

export function createReporter(format: 'text' | 'json' | 'jsonl' | 'sarif', write: Write, options: { color: boolean; version: string }): Reporter {
  switch (format) {
    case 'json':
      return jsonReporter(write);
    case 'jsonl':
      return jsonLinesReporter(write);
    case 'sarif':
      return sarifReporter(write, options.version);
    default:
      return textReporter(write, options.color);
  }
}
