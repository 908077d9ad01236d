// What the language server (a web worker of the extension) gives a vscode.dev user on the seed cables.
import * as vscode from 'vscode';
import {
  activateExtension,
  equal,
  lineOf,
  ok,
  openCable,
  revertAndCloseAll,
  ruleCode,
  scratchCopy,
  waitFor,
  waitForDiagnostics,
  waitForRule,
  workspaceUri,
} from './helpers';

const GARBLED = '11. (C) Summary';
/** The garbled pilcrow repaired: paragraph 1, with or without the pilcrow. */
const FIXED = /^- ¶?1\. \(C\) Summary/;

function garbledNumber(diagnostics: vscode.Diagnostic[], line: number): vscode.Diagnostic | undefined {
  return diagnostics.find((d) => ruleCode(d) === 'paragraph-numbering' && d.range.start.line === line);
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children)]);
}

describe('language features in the web worker', () => {
  before(activateExtension);
  afterEach(revertAndCloseAll);

  it('flags the garbled paragraph number of 04RANGOON1422 (paragraph-numbering, source cable)', async () => {
    const uri = workspaceUri('04RANGOON1422.txt');
    const editor = await openCable(uri);
    const diagnostic = garbledNumber(await waitForRule(uri, 'paragraph-numbering'), lineOf(editor.document, GARBLED));
    ok(diagnostic, 'no paragraph-numbering diagnostic on the "11." line');
    equal(diagnostic.source, 'cable', 'diagnostic source');
  });

  // configured/2004/ has no config of its own: the client walks up past it, as cable-lint does on disk.
  for (const cable of ['configured/04RANGOON1422.txt', 'configured/2004/04RANGOON1422.txt']) {
    it(`reads the .cablelintrc.json above ${cable}: the rule it turns off is not reported (made by runWeb.mjs)`, async () => {
      const uri = workspaceUri(cable);
      const editor = await openCable(uri);
      // A problem the config leaves on, so there is an analysis to look at: an End Summary without its Summary.
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      ok(await editor.edit((edit) => edit.insert(end, '\n\nEnd Summary.\n')), 'edit');
      const diagnostics = await waitForRule(uri, 'summary-pairing');
      const off = diagnostics.filter((d) => ruleCode(d) === 'paragraph-numbering');
      equal(off.length, 0, `paragraph-numbering diagnostics (off in configured/.cablelintrc.json) among ${diagnostics.map(ruleCode).join(', ')}`);
    });
  }

  it('flags the missing header of 06BANGKOK3955 as errors (banner, TAGS, SUBJECT)', async () => {
    const uri = workspaceUri('06BANGKOK3955.txt');
    await openCable(uri);
    const diagnostics = await waitForRule(uri, 'subject-missing');
    for (const rule of ['banner-missing', 'tags-missing', 'subject-missing']) {
      const found = diagnostics.find((d) => ruleCode(d) === rule);
      ok(found, `${rule} missing from ${diagnostics.map(ruleCode).join(', ')}`);
      equal(found.severity, vscode.DiagnosticSeverity.Error, `${rule} severity`);
    }
  });

  it('lists the paragraphs of 04RANGOON1422 in the outline', async () => {
    const editor = await openCable(workspaceUri('04RANGOON1422.txt'));
    const symbols = await waitFor('document symbols', async () => {
      const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return result && result.length > 0 ? result : undefined;
    });
    const paragraphs = flatten(symbols).filter((s) => s.name.startsWith('¶'));
    ok(paragraphs.length >= 5, `paragraph symbols: ${paragraphs.map((s) => s.name).join(' | ')}`);
    const cambodia = paragraphs.find((s) => s.name.includes('Cambodia, Laos'));
    ok(cambodia, 'a paragraph named after its first words ("Cambodia, Laos...")');
    equal(cambodia.range.start.line, lineOf(editor.document, 'Cambodia, Laos, and Burma sent'), 'its line');
  });

  it('applying the quick fix for the garbled "11." removes its diagnostic', async () => {
    const uri = await scratchCopy('04RANGOON1422.txt', 'web-quickfix-rangoon.txt');
    const editor = await openCable(uri);
    const line = lineOf(editor.document, GARBLED);
    const diagnostic = garbledNumber(await waitForRule(uri, 'paragraph-numbering'), line);
    ok(diagnostic, 'no paragraph-numbering diagnostic on the "11." line');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.isPreferred && a.edit);
    ok(fix?.edit, `no preferred quick fix; offered: ${actions.map((a) => a.title).join(' | ')}`);
    ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit');
    ok(FIXED.test(editor.document.lineAt(line).text), `line after the fix: ${editor.document.lineAt(line).text}`);
    await waitForDiagnostics(uri, 'the "11." diagnostic to go away', (d) => !garbledNumber(d, line));
  });
});
