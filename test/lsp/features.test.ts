// Editor features through the real server, on the seed cables.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CodeAction,
  CodeActionRequest,
  CompletionList,
  CompletionRequest,
  DefinitionRequest,
  Diagnostic,
  DocumentLink,
  DocumentLinkRequest,
  DocumentFormattingRequest,
  DocumentSymbol,
  DocumentSymbolRequest,
  FoldingRange,
  FoldingRangeRequest,
  Hover,
  HoverRequest,
  Location,
  MarkupContent,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, lintText } from '../../server/src/service';
import { fileUri, seedText, TestClient } from './client';

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

function lineOf(text: string, needle: string): number {
  const line = text.split(/\r?\n/).findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `no line contains ${needle}`);
  return line;
}

const RENUMBER = ['UNCLAS BANGKOK 003955', '', 'E.O. 12958: N/A', 'TAGS: PREL, TH', 'SUBJECT: TEST RENUMBERING', '', '1. (U) First paragraph.', '', '3. (U) Second paragraph.', '', '4. (U) Third paragraph.', ''].join('\n');

describe('LSP: features', () => {
  let dir: string;
  let client: TestClient;
  let rangoon: string;
  let bangkok: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cable-lsp-'));
    client = await TestClient.start({ workspaceFolders: [dir] });
    rangoon = fileUri(join(dir, '04RANGOON1422.txt'));
    bangkok = fileUri(join(dir, '06BANGKOK3955.txt'));
    await client.open(rangoon, seedText('04RANGOON1422.txt'));
    await client.open(bangkok, seedText('06BANGKOK3955.txt'));
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('advertises the features it serves', () => {
    const caps = client.initializeResult.capabilities;
    for (const key of ['documentSymbolProvider', 'foldingRangeProvider', 'codeActionProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'hoverProvider', 'completionProvider', 'documentFormattingProvider', 'workspaceSymbolProvider', 'documentLinkProvider'] as const) {
      assert.ok(caps[key], `${key} missing`);
    }
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.cable'] });
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.equal(caps.diagnosticProvider, undefined, 'a client without pull support gets pushed diagnostics');
  });

  it('outlines 04RANGOON1422: a header, then the paragraphs in order with their markings', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: rangoon } })) as DocumentSymbol[];
    assert.equal(symbols[0].name, 'Header');
    assert.deepEqual(symbols[0].children?.map((s) => s.name), ['C O N F I D E N T I A L', 'E.O. 12958', 'TAGS', 'SUBJECT', 'REF A', 'REF B', 'Classified By']);
    const paragraphs = flatten(symbols).filter((s) => s.name.startsWith('¶'));
    assert.deepEqual(
      paragraphs.map((p) => p.name),
      [
        '¶1 (C) Summary: The Coordinated...',
        '¶ (U) Cabinet-level and other...',
        '¶3 (U) Cambodia, Laos, and...',
        '¶ (SBU) Giving his first public...',
        '¶ (SBU) As approved on October...',
        '¶7 (SBU) Meeting October 27-28...',
        '¶8 (C) In a private...',
        '¶9 (C) Prime Minister Soe Win...',
        '¶10 (C) More importantly...',
      ],
    );
    assert.deepEqual(paragraphs.map((p) => p.detail?.slice(0, p.detail.indexOf(')') + 1)), ['(C)', '(U)', '(U)', '(SBU)', '(SBU)', '(SBU)', '(C)', '(C)', '(C)']);
    const lines = paragraphs.map((p) => p.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
    assert.equal(paragraphs[2].range.start.line, lineOf(client.text(rangoon), 'Cambodia, Laos, and Burma sent'));
  });

  it('folds the header, comment blocks and long paragraphs', async () => {
    const ranges = (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: bangkok } })) as FoldingRange[];
    assert.ok(ranges.some((r) => r.startLine === lineOf(client.text(bangkok), 'Summary. The Vital Voices') && r.kind === 'region'));
    const rangoonRanges = (await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: rangoon } })) as FoldingRange[];
    assert.ok(rangoonRanges.some((r) => r.kind === 'imports' && r.startLine === 2 && r.endLine === 14), JSON.stringify(rangoonRanges));
  });

  describe('quick-fixes', () => {
    let uri: string;
    beforeEach(async () => {
      uri = fileUri(join(dir, `fix-${Date.now()}.txt`));
      await client.open(uri, seedText('04RANGOON1422.txt'));
    });
    afterEach(() => client.close(uri));

    it('fixes the garbled "11." with a preferred quick-fix that carries its diagnostic', async () => {
      const line = lineOf(client.text(uri), '11. (C) Summary');
      const diagnostics = await client.diagnosticsFor(uri);
      const garbled = diagnostics.find((d) => d.code === 'paragraph-numbering' && d.range.start.line === line);
      assert.ok(garbled, 'no paragraph-numbering diagnostic on the "11." line');
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: garbled.range,
        context: { diagnostics: [garbled], only: ['quickfix'] },
      })) as CodeAction[];
      const fix = actions.find((a) => a.isPreferred && a.diagnostics?.some((d) => d.range.start.line === line));
      assert.ok(fix?.edit, `no preferred fix; offered: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.kind, 'quickfix');
      assert.deepEqual(fix.diagnostics, [garbled]);
      assert.ok(fix.edit.documentChanges, 'versioned edits for a client that supports them');

      const version = await client.applyWorkspaceEdit(uri, fix.edit);
      assert.match(client.text(uri).split('\n')[line], /^- ¶?1\. \(C\) Summary/);
      const after = await client.diagnosticsFor(uri, version);
      assert.ok(!after.some((d: Diagnostic) => d.code === 'paragraph-numbering' && d.range.start.line === line), 'the diagnostic is still there');
    });

    it('offers "Fix all paragraph-numbering problems" next to the single fixes', async () => {
      const diagnostics = await client.diagnosticsFor(uri);
      const garbled = diagnostics.find((d) => d.code === 'paragraph-numbering')!;
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: garbled.range, context: { diagnostics: [garbled] } })) as CodeAction[];
      const all = actions.find((a) => a.title === 'Fix all paragraph-numbering problems');
      assert.ok(all?.edit, actions.map((a) => a.title).join(' | '));
      await client.applyWorkspaceEdit(uri, all.edit);
      assert.ok(!lintText(client.text(uri)).diagnostics.some((d) => d.rule === 'paragraph-numbering' && /garbled/.test(d.message)));
    });

    it('source.fixAll.cable repairs every auto-fixable problem, to a fixed point', async () => {
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.cable'] },
      })) as CodeAction[];
      assert.equal(actions.length, 1);
      assert.equal(actions[0].kind, 'source.fixAll.cable');
      const version = await client.applyWorkspaceEdit(uri, actions[0].edit!);
      const relinted = lintText(client.text(uri), { fileName: '04RANGOON1422.txt' }).diagnostics;
      assert.deepEqual(relinted.filter((d) => d.fixes.some((f) => f.safe)).map((d) => `${d.rule} ${d.range.start.line + 1}`), []);
      const served = await client.diagnosticsFor(uri, version);
      assert.ok(!served.some((d) => d.code === 'paragraph-numbering'), served.map((d) => d.code).join(', '));
      const again = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.deepEqual(again, [], 'nothing left to fix');
    });

    it('offers no source action unless one is asked for', async () => {
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics: [] } })) as CodeAction[];
      assert.ok(!actions.some((a) => a.kind?.startsWith('source')));
    });
  });

  it('goes from "(ref b)" to REF item B, and finds the citations of REF B', async () => {
    const text = client.text(rangoon);
    const line = lineOf(text, '(ref b)');
    const character = text.split('\n')[line].indexOf('(ref b)') + 5;
    const found = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: rangoon }, position: { line, character } })) as Location[];
    assert.equal(found.length, 1);
    assert.equal(found[0].uri, rangoon);
    const refLine = lineOf(text, 'REF: A. RANGOON 1370');
    assert.equal(found[0].range.start.line, refLine);
    assert.equal(text.split('\n')[refLine].slice(found[0].range.start.character, found[0].range.end.character), 'B. RANGOON 1357');

    const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: rangoon }, position: found[0].range.start, context: { includeDeclaration: false } })) as Location[];
    assert.deepEqual(refs.map((r) => r.range.start.line), [line]);
  });

  it('links each REF item to the cable it cites when a file of that name is beside the cable or at the top of the workspace', async () => {
    const text = client.text(rangoon);
    const refLine = lineOf(text, 'REF: A. RANGOON 1370');
    const nested = join(dir, 'nested');
    mkdirSync(nested);
    writeFileSync(join(dir, '04RANGOON1370.txt'), 'C O N F I D E N T I A L RANGOON 001370\n\nE.O. 12958: DECL: 11/02/2014\nTAGS: PREL, BM\nSUBJECT: THE *NEW* MINISTER\n\n1. (C) Text.\n');
    writeFileSync(join(nested, '04RANGOON1357.cable'), 'UNCLAS RANGOON 001357\n');
    const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: rangoon } })) as DocumentLink[];
    assert.deepEqual(
      links.map((l) => [text.split('\n')[l.range.start.line].slice(l.range.start.character, l.range.end.character), l.target]),
      [['RANGOON 1370', fileUri(join(dir, '04RANGOON1370.txt'))]],
      'a file in another folder is not found',
    );
    // Beside the citing cable it is: the same cable text, saved under nested/.
    const beside = fileUri(join(nested, '04RANGOON1422.txt'));
    await client.open(beside, text);
    const both = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: beside } })) as DocumentLink[];
    assert.deepEqual(both.map((l) => l.target), [fileUri(join(dir, '04RANGOON1370.txt')), fileUri(join(nested, '04RANGOON1357.cable'))]);
    // Go to definition on the item opens the cited cable; on its letter too.
    for (const character of [text.split('\n')[refLine].indexOf('A.'), text.split('\n')[refLine].indexOf('1370')]) {
      const found = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: rangoon }, position: { line: refLine, character } })) as Location[];
      assert.deepEqual(found, [{ uri: fileUri(join(dir, '04RANGOON1370.txt')), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
    }
    await client.close(beside);
    // Hover on the item says what the cited cable is, read from its file; markup in its subject is shown as written.
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: rangoon }, position: { line: refLine, character: text.split('\n')[refLine].indexOf('1370') } })) as Hover;
    assert.match((hover.contents as MarkupContent).value, /\n---\n\n04RANGOON1370\.txt: CONFIDENTIAL {2}\nSUBJECT: THE \\\*NEW\\\* MINISTER$/);
    const unfound = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: rangoon }, position: { line: refLine, character: text.split('\n')[refLine].indexOf('1357') } })) as Hover;
    assert.doesNotMatch((unfound.contents as MarkupContent).value, /---/);
  });

  it('links a REF item to no folder named like a cable, only to a file', async () => {
    const shelf = join(dir, 'shelf');
    mkdirSync(join(shelf, '04RANGOON1370.txt'), { recursive: true });
    mkdirSync(join(shelf, '04RANGOON1357.txt'));
    writeFileSync(join(shelf, '04RANGOON1357.cable'), 'UNCLAS RANGOON 001357\n');
    const uri = fileUri(join(shelf, '04RANGOON1422.txt'));
    const text = client.text(rangoon);
    await client.open(uri, text);
    try {
      const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) as DocumentLink[];
      assert.deepEqual(links.map((l) => l.target).filter((t) => t?.startsWith(fileUri(shelf))), [fileUri(join(shelf, '04RANGOON1357.cable'))]);
      const refLine = lineOf(text, 'REF: A. RANGOON 1370');
      const found = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: refLine, character: text.split('\n')[refLine].indexOf('1370') } })) as Location[];
      assert.ok(!found.some((l) => l.uri === fileUri(join(shelf, '04RANGOON1370.txt'))), 'Go to Definition opens no folder');
    } finally {
      await client.close(uri);
    }
  });

  it('renames a REF letter in the list and in every citation', async () => {
    const text = client.text(rangoon);
    const line = lineOf(text, '(ref b)');
    const position = { line, character: text.split('\n')[line].indexOf('(ref b)') + 5 };
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: rangoon }, position });
    assert.deepEqual(prepared, { range: { start: position, end: { line, character: position.character + 1 } }, placeholder: 'B' });
    const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: rangoon }, position, newName: 'C' })) as WorkspaceEdit;
    const edits = edit?.documentChanges?.[0] && 'edits' in edit.documentChanges[0] ? (edit.documentChanges[0].edits as TextEdit[]) : [];
    const renamed = applyEdits(text, edits).text;
    assert.match(renamed, /REF: A\. RANGOON 1370 ¶?C\. RANGOON 1357/);
    assert.match(renamed, /\(ref c\)/);
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: rangoon }, position, newName: 'A' }), /REF A already exists/);
  });

  it('goes from a post-and-number mention ("Wellington 847") to the REF item it names', async () => {
    const uri = fileUri(join(dir, 'mention.cable'));
    const text = ['UNCLAS WELLINGTON 000900', '', 'E.O. 12958: N/A', 'TAGS: PREL', 'SUBJECT: X', 'REF: A. STATE 1', '     B. 05 WELLINGTON 847', '', '1. (U) Post reported in Wellington 847 that talks stalled (ref a).', ''].join('\n');
    await client.open(uri, text);
    const line = lineOf(text, 'reported in');
    const character = text.split('\n')[line].indexOf('Wellington 847') + 12;
    const found = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line, character } })) as Location[];
    assert.equal(found.length, 1);
    assert.equal(text.split('\n')[found[0].range.start.line].slice(found[0].range.start.character, found[0].range.end.character), 'B. 05 WELLINGTON 847');
  });

  it('explains PHUM on hover', async () => {
    const text = client.text(rangoon);
    const line = lineOf(text, 'TAGS: PHUM');
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: rangoon }, position: { line, character: text.split('\n')[line].indexOf('PHUM') + 1 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /PHUM/);
    assert.match(value, /subject tag/);
    assert.match(value, /[Hh]uman rights/);
  });

  it('completes PGOV after "TAGS: PG"', async () => {
    const uri = fileUri(join(dir, 'complete.cable'));
    await client.open(uri, ['UNCLAS BANGKOK 003955', '', 'E.O. 12958: N/A', 'TAGS: PG', 'SUBJECT: X', ''].join('\n'));
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 3, character: 8 } })) as CompletionList;
    const pgov = list.items.find((i) => i.label === 'PGOV');
    assert.ok(pgov, `PGOV not offered: ${list.items.slice(0, 10).map((i) => i.label).join(', ')}`);
    assert.match(pgov.detail ?? '', /politics|government/i);
    assert.deepEqual(pgov.textEdit, { range: { start: { line: 3, character: 6 }, end: { line: 3, character: 8 } }, newText: 'PGOV' });
    await client.close(uri);
  });

  it('formats by renumbering the paragraphs', async () => {
    const uri = fileUri(join(dir, 'renumber.cable'));
    await client.open(uri, RENUMBER);
    const edits = (await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 8, insertSpaces: true } })) as TextEdit[];
    const formatted = applyEdits(RENUMBER, edits).text;
    assert.deepEqual(formatted.split('\n').filter((l) => /^\d+\./.test(l)).map((l) => parseInt(l, 10)), [1, 2, 3]);
    assert.ok(edits.every((e) => e.range.start.line === e.range.end.line), 'small edits, not a whole-document replacement');
    await client.close(uri);
  });

  it('finds cables by subject and post in the workspace symbols', async () => {
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'mekong' })) as SymbolInformation[];
    assert.deepEqual(symbols, []);
    const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'pledge rangoon' })) as SymbolInformation[];
    assert.equal(found.length, 1);
    assert.equal(found[0].name, 'MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION');
    assert.equal(found[0].containerName, 'RANGOON 001422');
    assert.equal(found[0].location.uri, rangoon);
  });

  it('answers cable/documentInfo for the status item and paragraph navigation', async () => {
    const info = await client.connection.sendRequest('cable/documentInfo', { uri: rangoon });
    assert.deepEqual(info, {
      classification: 'CONFIDENTIAL',
      highestPortion: '(C)',
      understates: false,
      outranking: null,
      paragraphs: [16, 17, 18, 25, 29, 33, 37, 41, 42].map((line, i) => ({ number: [11, null, 13, null, null, 17, 18, 19, 110][i], line })),
    });
  });

  it('answers cable/newCable with a skeleton that lints clean', async () => {
    const { text } = await client.connection.sendRequest<{ text: string }>('cable/newCable', { level: 'CONFIDENTIAL', post: 'Rangoon', subject: 'MEKONG MINISTERS PLEDGE COOPERATION', date: '2004-11-02' });
    assert.match(text, /^C O N F I D E N T I A L RANGOON/);
    const uri = fileUri(join(dir, 'new.cable'));
    await client.open(uri, text);
    assert.deepEqual((await client.diagnosticsFor(uri)).map((d) => `${d.code}: ${d.message}`), []);
    await client.close(uri);
    await assert.rejects(client.connection.sendRequest('cable/newCable', { level: 'SECRETISH', post: 'Rangoon', subject: 'X' }), /Unknown level/);
  });
});
