import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, lineOf, openCable, ruleCodes, waitForRule, workspaceUri } from './helpers';

describe('diagnostics on the seed cables', () => {
  afterEach(closeAllEditors);

  it('flags the garbled paragraph numbers of 04RANGOON1422 (paragraph-numbering)', async () => {
    const uri = workspaceUri('04RANGOON1422.txt');
    const editor = await openCable(uri);
    const diagnostics = await waitForRule(uri, 'paragraph-numbering');
    const garbled = lineOf(editor.document, '11. (C) Summary');
    assert.ok(
      diagnostics.some((d) => ruleCodes([d])[0] === 'paragraph-numbering' && d.range.start.line === garbled),
      'no paragraph-numbering diagnostic on the "11." line',
    );
  });

  it('flags the missing header of 06BANGKOK3955 (banner, TAGS, SUBJECT)', async () => {
    const uri = workspaceUri('06BANGKOK3955.txt');
    await openCable(uri);
    await waitForRule(uri, 'subject-missing');
    const codes = ruleCodes(vscode.languages.getDiagnostics(uri));
    for (const rule of ['banner-missing', 'tags-missing', 'subject-missing']) {
      assert.ok(codes.includes(rule), `${rule} missing from ${codes.join(', ')}`);
    }
    const errors = vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.ok(errors.length >= 3, 'banner, TAGS and SUBJECT are errors by default');
  });
});
