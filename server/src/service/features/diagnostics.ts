// Lint results in the protocol's shape, and finding our result again from what a client sends back.
import { CableDiagnostic, Severity } from '../lint/diagnostic';
import { comparePositions, Range } from '../text/types';
import { CableDiagnosticData, DiagnosticSeverity, LspDiagnostic } from './protocol';

export const DIAGNOSTIC_SOURCE = 'cable';

const RULE_DOCS = 'https://github.com/cable-author/cable-author/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS}${ruleId}.md`;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** `version` and `index` let a code action find this exact result again (see findCableDiagnostic). */
export function toLspDiagnostic(d: CableDiagnostic, version: number, index: number): LspDiagnostic {
  const data: CableDiagnosticData = { rule: d.rule, version, index };
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocsUrl(d.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    data,
  };
}

export function toLspDiagnostics(diagnostics: readonly CableDiagnostic[], version: number): LspDiagnostic[] {
  return diagnostics.map((d, i) => toLspDiagnostic(d, version, i));
}

function isData(value: unknown): value is CableDiagnosticData {
  const v = value as Partial<CableDiagnosticData> | undefined;
  return typeof v === 'object' && v !== null && typeof v.rule === 'string' && typeof v.version === 'number' && typeof v.index === 'number';
}

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/**
 * Our lint result behind a diagnostic the client sent back (in a code action request). Its `data`
 * names it directly when it was made for this document version; otherwise (a client that drops
 * `data`, or results of an older version) rule, range and message must all match.
 */
export function findCableDiagnostic(ours: readonly CableDiagnostic[], theirs: LspDiagnostic, version: number): CableDiagnostic | undefined {
  if (theirs.source !== undefined && theirs.source !== DIAGNOSTIC_SOURCE) return undefined;
  if (isData(theirs.data) && theirs.data.version === version) {
    const candidate = ours[theirs.data.index];
    if (candidate?.rule === theirs.data.rule && sameRange(candidate.range, theirs.range)) return candidate;
  }
  return ours.find((d) => d.rule === String(theirs.code) && d.message === theirs.message && sameRange(d.range, theirs.range));
}
