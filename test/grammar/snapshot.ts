// Readable token snapshots: one line per token that carries a scope beyond the root, e.g.
//   3:1-23 meta.banner.cable markup.changed.classification.cable ... "C O N F I D E N T I A L"
// Whitespace-only tokens and plain text (root scope only) are left out, so a snapshot reads as
// the list of everything the grammar colours. A scope added, removed or renamed anywhere changes
// at least one line.
import * as path from 'node:path';
import type { Token } from './textmate';
import { repoRoot, SCOPE_NAME } from './textmate';

export const snapshotDir = path.join(repoRoot, 'test', 'grammar', '__snapshots__');

const HEADER = [
  `# Token snapshot for the ${SCOPE_NAME} grammar: line:firstColumn-lastColumn (1-based, inclusive),`,
  `# scopes below the root ${SCOPE_NAME}, then the token text. Regenerate: UPDATE_SNAPSHOTS=1.`,
];

export function formatSnapshot(source: string, tokens: Token[]): string {
  const lines = tokens
    .filter((token) => token.text.trim() !== '' && token.scopes.length > 1)
    .map((token) => `${token.line}:${token.start + 1}-${token.end} ${token.scopes.slice(1).join(' ')} ${JSON.stringify(token.text)}`);
  return [...HEADER, `# source: ${source}`, ...lines, ''].join('\n');
}

/**
 * Snapshot file for a source path relative to the repository root:
 * seeds/x.txt -> __snapshots__/seeds/x.txt.snap, test/grammar/fixtures/y.txt -> __snapshots__/fixtures/y.txt.snap.
 */
export function snapshotPathFor(source: string): string {
  return path.join(snapshotDir, `${source.replace(/^test\/grammar\//, '')}.snap`);
}

/** Differences between two snapshots as `-expected` / `+actual` lines; empty when equal. */
export function diffSnapshots(expected: string, actual: string, limit = 20): string[] {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const differences: string[] = [];
  // Walk both lists, resynchronising on the next equal line so one change reports as one change.
  let e = 0;
  let a = 0;
  while ((e < expectedLines.length || a < actualLines.length) && differences.length < limit) {
    if (expectedLines[e] === actualLines[a]) {
      e++;
      a++;
      continue;
    }
    const nextInActual = actualLines.indexOf(expectedLines[e] ?? '\u0000', a);
    const nextInExpected = expectedLines.indexOf(actualLines[a] ?? '\u0000', e);
    if (nextInActual !== -1 && (nextInExpected === -1 || nextInActual - a <= nextInExpected - e)) {
      while (a < nextInActual && differences.length < limit) differences.push(`+${actualLines[a++]}`);
    } else if (nextInExpected !== -1) {
      while (e < nextInExpected && differences.length < limit) differences.push(`-${expectedLines[e++]}`);
    } else {
      if (e < expectedLines.length) differences.push(`-${expectedLines[e++]}`);
      if (a < actualLines.length) differences.push(`+${actualLines[a++]}`);
    }
  }
  return differences;
}
