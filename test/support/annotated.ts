// Fixture cables with expected diagnostics written under the text they point at:
//
//   TAGS: PHUMX, PGOV
//         ^^^^^ tags-unknown
//
// Caret lines are removed before linting; each gives a rule id and the exact columns on the
// nearest text line above. `^ rule-id @eol` marks a zero-width range at that line's end.
export interface ExpectedDiagnostic {
  rule: string;
  line: number;
  start: number;
  end: number;
}

const CARET_LINE = /^(\s*)(\^+)\s+([a-z][a-z-]*)(\s+@eol)?\s*$/;

export function parseAnnotated(source: string): { text: string; expected: ExpectedDiagnostic[] } {
  const kept: string[] = [];
  const expected: ExpectedDiagnostic[] = [];
  for (const line of source.split('\n')) {
    const m = CARET_LINE.exec(line);
    if (!m) {
      kept.push(line);
      continue;
    }
    const target = kept.length - 1;
    if (m[4]) {
      const at = kept[target].length;
      expected.push({ rule: m[3], line: target, start: at, end: at });
    } else {
      expected.push({ rule: m[3], line: target, start: m[1].length, end: m[1].length + m[2].length });
    }
  }
  return { text: kept.join('\n'), expected };
}

/** Removes the common indentation of a template literal and its first and last blank lines. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}
