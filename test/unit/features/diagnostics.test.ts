import * as assert from 'node:assert/strict';
import { CableDiagnostic } from '../../../server/src/service';
import { DiagnosticSeverity, findCableDiagnostic, ruleDocsUrl, toLspDiagnostic } from '../../../server/src/service/features';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 3 } });
const ours: CableDiagnostic[] = [
  { rule: 'tags-missing', severity: 'error', range: range(1), message: 'No TAGS.', fixes: [] },
  { rule: 'tags-unknown', severity: 'info', range: range(2), message: 'Unknown tag.', fixes: [] },
];

describe('diagnostics in the protocol\'s shape', () => {
  it('carry the rule as code, a docs link, the source and a handle back to the result', () => {
    assert.deepEqual(toLspDiagnostic(ours[1], 4, 1), {
      range: range(2),
      severity: DiagnosticSeverity.Information,
      code: 'tags-unknown',
      codeDescription: { href: 'https://github.com/cable-author/cable-author/blob/main/docs/rules/tags-unknown.md' },
      source: 'cable',
      message: 'Unknown tag.',
      data: { rule: 'tags-unknown', version: 4, index: 1 },
    });
    assert.equal(toLspDiagnostic({ ...ours[0], severity: 'hint' }, 1, 0).severity, DiagnosticSeverity.Hint);
    assert.equal(ruleDocsUrl('eo-decl'), 'https://github.com/cable-author/cable-author/blob/main/docs/rules/eo-decl.md');
  });

  it('are found again by their handle, or by rule, range and message when the handle is stale', () => {
    const sent = toLspDiagnostic(ours[1], 4, 1);
    assert.equal(findCableDiagnostic(ours, sent, 4), ours[1]);
    assert.equal(findCableDiagnostic(ours, { ...sent, data: { rule: 'tags-unknown', version: 3, index: 0 } }, 4), ours[1]);
    assert.equal(findCableDiagnostic(ours, { ...sent, message: 'Changed.' , data: undefined }, 4), undefined);
    assert.equal(findCableDiagnostic(ours, { ...sent, source: 'eslint' }, 4), undefined);
  });
});
