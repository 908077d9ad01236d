// Output formats of cable-lint: text (one line per problem, clickable file:line:col), JSON (the
// documented contract), SARIF 2.1.0 (code scanning).
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

export const DOCS_BASE = 'https://github.com/cable-author/cable-author/blob/main/docs/rules/';

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

export function formatJson(reports: readonly FileReport[], problems: readonly FileProblem[]): string {
  const entries: object[] = reports.map((r) => ({ file: r.file, diagnostics: r.diagnostics.map(plainDiagnostic), cable: r.cable }));
  for (const p of problems) entries.push({ file: p.path, error: p.message, diagnostics: [], cable: null });
  return JSON.stringify(entries, null, 2) + '\n';
}

export function formatText(reports: readonly FileReport[], problems: readonly FileProblem[], color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const severityColor: Record<Severity, number> = { error: 31, warning: 33, info: 36, hint: 90 };
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) {
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      const where = `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`${where}  ${paint(severityColor[d.severity], d.severity)}  ${d.message}  ${paint(90, d.rule)}`);
    }
    if (r.fixed) out.push(`${r.file}: fixed ${r.fixed} problem${r.fixed === 1 ? '' : 's'}`);
    if (r.notFixed) out.push(`${r.file}: not fixed: ${r.notFixed}`);
  }
  for (const p of problems) out.push(`${p.path}  ${paint(31, 'error')}  ${p.message}`);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const parts = (['error', 'warning', 'info', 'hint'] as Severity[]).filter((s) => counts[s]).map((s) => `${counts[s]} ${s}${counts[s] === 1 || s === 'info' ? '' : 's'}`);
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  out.push(total ? `\n${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${files}` : `No problems in ${files}.`);
  return out.join('\n') + '\n';
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(reports: readonly FileReport[], problems: readonly FileProblem[], version: string): string {
  const toUri = (path: string) => path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
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
        results: reports.flatMap((r) =>
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
        ),
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((p) => ({ level: 'error', message: { text: p.message }, locations: [{ physicalLocation: { artifactLocation: { uri: toUri(p.path) } } }] })),
          },
        ],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
