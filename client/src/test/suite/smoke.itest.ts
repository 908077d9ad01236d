import * as assert from 'assert';
import * as vscode from 'vscode';

describe('extension host', () => {
  it('has the Cable Author extension and its cable language', async () => {
    assert.ok(vscode.extensions.getExtension('cable-author.cable-author'), 'extension not loaded');
    assert.ok((await vscode.languages.getLanguages()).includes('cable'));
  });
});
