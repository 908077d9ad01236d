import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, lineOf, openCable, waitFor, workspaceUri } from './helpers';

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children)]);
}

describe('document symbols (Outline)', () => {
  afterEach(closeAllEditors);

  it('lists the header and the paragraphs of 04RANGOON1422, nested', async () => {
    const editor = await openCable(workspaceUri('04RANGOON1422.txt'));
    const symbols = await waitFor('document symbols', async () => {
      const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
        'vscode.executeDocumentSymbolProvider',
        editor.document.uri,
      );
      return result && result.length > 0 ? result : undefined;
    });
    assert.ok(symbols.every((s) => 'children' in s), 'symbols are hierarchical DocumentSymbols');
    const all = flatten(symbols);
    assert.ok(all.length > symbols.length, 'paragraphs are nested under the header/sections');
    const paragraphs = all.filter((s) => s.name.startsWith('¶'));
    assert.ok(paragraphs.length >= 5, `paragraph symbols: ${paragraphs.map((s) => s.name).join(' | ')}`);
    const cambodia = paragraphs.find((s) => s.name.includes('Cambodia, Laos'));
    assert.ok(cambodia, 'a paragraph named after its first words ("Cambodia, Laos...")');
    assert.match(cambodia.name, /^¶\d+ \((U|C|SBU)\) Cambodia, Laos/);
    assert.strictEqual(cambodia.range.start.line, lineOf(editor.document, 'Cambodia, Laos, and Burma sent'));
  });
});
