import * as assert from 'node:assert/strict';
import { applyEdits, lintText, Range, TextEdit } from '../../../server/src/service';
import { CodeAction, CodeActionParams, codeActions, LspDiagnostic, toLspDiagnostics } from '../../../server/src/service/features';
import { cable, seed } from './helpers';

const URI = 'file:///test.cable';

const MESSY = cable(
  'C O N F I D E N T I A L BANGKOK 001234',
  '',
  'E.O. 12958: DECL: 07/05/2016',
  'TAGS: PREL, TH',
  'SUBJECT: X',
  '',
  'Classified By: A for reasons 1.4 (b).',
  '',
  '1. ( C ) One.',
  '',
  '3. (c) Two.',
  '',
  '4. C) Three.',
);

function params(text: string, range: Range, extra: Partial<CodeActionParams> = {}): CodeActionParams {
  const lint = (t: string) => lintText(t, { fileName: 'test.cable' }).diagnostics;
  const diagnostics = lint(text);
  return { uri: URI, version: 3, versionedEdits: false, text, range, diagnostics, contextDiagnostics: toLspDiagnostics(diagnostics, 3).filter((d) => d.range.start.line === range.start.line), lint, ...extra };
}

function edited(text: string, action: CodeAction): string {
  const edits: TextEdit[] = action.edit.changes?.[URI] ?? action.edit.documentChanges?.[0].edits ?? [];
  return applyEdits(text, edits).text;
}

const line = (n: number): Range => ({ start: { line: n, character: 0 }, end: { line: n, character: 0 } });

describe('codeActions', () => {
  it('turns each fix of a diagnostic into a quick-fix carrying the client\'s diagnostic', () => {
    const p = params(MESSY, line(8));
    const actions = codeActions(p);
    const fix = actions.find((a) => a.title === 'Change to (C)');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [p.contextDiagnostics[0]]);
    assert.match(edited(MESSY, fix).split('\n')[8], /^1\. \(C\) One\.$/);
  });

  it('offers "Fix all <rule> problems" when several can be fixed without a choice', () => {
    const actions = codeActions(params(MESSY, line(8)));
    const all = actions.find((a) => a.title === 'Fix all portion-marking-format problems');
    assert.ok(all);
    assert.equal(all.diagnostics?.length, 3);
    const fixed = edited(MESSY, all);
    assert.deepEqual(lintText(fixed).diagnostics.filter((d) => d.rule === 'portion-marking-format'), []);
    assert.ok(fixed.includes('3. (C) Two.'), 'other rules untouched');
  });

  it('finds its own diagnostic from the data the client sends back, or by rule, range and message', () => {
    const p = params(MESSY, line(10));
    const mark = p.contextDiagnostics.find((d) => d.code === 'portion-marking-format')!;
    const withoutData: LspDiagnostic = { ...mark, data: undefined };
    const stale: LspDiagnostic = { ...mark, data: { rule: 'portion-marking-format', version: 1, index: 0 } };
    for (const theirs of [withoutData, stale]) {
      const actions = codeActions({ ...p, contextDiagnostics: [theirs] });
      assert.ok(actions.some((a) => a.title === 'Change to (C)' && a.diagnostics?.[0] === theirs));
    }
    const foreign: LspDiagnostic = { ...mark, source: 'other-linter' };
    assert.deepEqual(codeActions({ ...p, contextDiagnostics: [foreign] }), []);
  });

  it('without context diagnostics, offers the fixes under the cursor', () => {
    const p = params(MESSY, { start: { line: 12, character: 4 }, end: { line: 12, character: 4 } }, { contextDiagnostics: [] });
    const titles = codeActions(p).map((a) => a.title);
    assert.ok(titles.includes('Change to (C)'), titles.join(' | '));
  });

  it('only returns the source fix-all when source actions are asked for', () => {
    const p = params(MESSY, line(0), { contextDiagnostics: [] });
    assert.ok(!codeActions(p).some((a) => a.kind.startsWith('source')));
    for (const only of [['source'], ['source.fixAll'], ['source.fixAll.cable']]) {
      const actions = codeActions({ ...p, only });
      assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.cable'], only.join());
    }
    assert.deepEqual(codeActions({ ...p, only: ['refactor'] }), []);
  });

  it('source.fixAll.cable iterates safe fixes until none is left', () => {
    const p = params(MESSY, line(0), { contextDiagnostics: [], only: ['source.fixAll.cable'] });
    const fixed = edited(MESSY, codeActions(p)[0]);
    assert.deepEqual(lintText(fixed).diagnostics.map((d) => d.rule), []);
    assert.deepEqual(fixed.split('\n').filter((l) => /^\d/.test(l)), ['1. (C) One.', '2. (C) Two.', '3. (C) Three.']);
  });

  it('repairs the seed cables to a text without fixable problems', () => {
    for (const name of ['04RANGOON1422.txt', '06BANGKOK3955.txt'] as const) {
      const { text } = seed(name);
      const lint = (t: string) => lintText(t, { fileName: name }).diagnostics;
      const [action] = codeActions({ ...params(text, line(0), { contextDiagnostics: [], only: ['source.fixAll'] }), lint, diagnostics: lint(text) });
      assert.ok(action, `${name}: nothing to fix`);
      const fixed = edited(text, action);
      assert.deepEqual(lint(fixed).filter((d) => d.fixes.some((f) => f.safe)).map((d) => d.rule), [], name);
    }
  });

  it('puts the document version into the edits for clients that support it', () => {
    const p = params(MESSY, line(8), { versionedEdits: true });
    const fix = codeActions(p)[0];
    assert.deepEqual(fix.edit.documentChanges?.[0].textDocument, { uri: URI, version: 3 });
    assert.equal(fix.edit.changes, undefined);
  });
});
