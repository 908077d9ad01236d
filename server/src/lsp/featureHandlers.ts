// The features over one document (outline, folding, code actions, navigation, rename, hover,
// completion, formatting) and across the open ones (workspace symbols), each the pure service's
// answer on the document's analysis; cited cables come from the host's files, where it has any.
import { CodeAction, CodeActionKind, CodeActionParams, DocumentLink, ErrorCodes, ResponseError } from 'vscode-languageserver';
import * as features from '../service/features';
import { CitedCableFile } from './host';
import { runSafe } from './runSafe';
import { Session } from './session';

/** Today in the server's time zone: what a new cable and date completions start from. */
function today(): { year: number; month: number; day: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function registerFeatures(session: Session): void {
  const { connection, host, log } = session;

  connection.onDocumentSymbol((params, token) => runSafe('textDocument/documentSymbol', token, log.error, async () => features.documentSymbols((await session.analysisOf(params.textDocument.uri)).model)));

  connection.onFoldingRanges((params, token) => runSafe('textDocument/foldingRange', token, log.error, async () => features.foldingRanges((await session.analysisOf(params.textDocument.uri)).model)));

  connection.onCodeAction((params: CodeActionParams, token) =>
    runSafe('textDocument/codeAction', token, log.error, async () => {
      const analysis = await session.analysisOf(params.textDocument.uri);
      if (analysis.tooLarge) return [];
      const actions: CodeAction[] = features.codeActions({
        uri: analysis.uri,
        version: analysis.version,
        versionedEdits: session.client.versionedEdits,
        text: analysis.text,
        range: params.range,
        diagnostics: analysis.diagnostics,
        contextDiagnostics: params.context.diagnostics as features.LspDiagnostic[],
        only: params.context.only,
        lint: analysis.linter(() => token.isCancellationRequested),
      });
      const only = params.context.only;
      if (host.configFixes && (!only || only.includes(CodeActionKind.QuickFix))) {
        actions.push(...host.configFixes.actions(analysis.uri, analysis.model.lines.lines, params.context.diagnostics));
      }
      return actions;
    }),
  );

  /** The file of the cable `id` cited from a document, when the host has one at hand. */
  function citedCableFile(documentUri: string, id: string): CitedCableFile | undefined {
    return host.citedCables?.find(documentUri, id);
  }

  connection.onDefinition((params, token) =>
    runSafe('textDocument/definition', token, log.error, async () => {
      const { model } = await session.analysisOf(params.textDocument.uri);
      const found = features.definition(model, params.textDocument.uri, params.position);
      if (found.length) return found;
      // On a REF item: the cable it cites, when a file of that name is at hand.
      const cited = features.citedCableAt(model, params.position);
      const file = cited && citedCableFile(params.textDocument.uri, cited);
      return file ? [{ uri: file.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }] : [];
    }),
  );

  connection.onDocumentLinks((params, token) =>
    runSafe('textDocument/documentLink', token, log.error, async () => {
      const links: DocumentLink[] = [];
      for (const cited of features.citedCables((await session.analysisOf(params.textDocument.uri)).model)) {
        const file = citedCableFile(params.textDocument.uri, cited.id);
        if (file) links.push({ range: cited.range, target: file.uri, tooltip: `Open ${cited.id}, the cable this REF item cites` });
      }
      return links;
    }),
  );

  connection.onReferences((params, token) =>
    runSafe('textDocument/references', token, log.error, async () => features.references((await session.analysisOf(params.textDocument.uri)).model, params.textDocument.uri, params.position, params.context.includeDeclaration)),
  );

  connection.onPrepareRename((params, token) =>
    runSafe('textDocument/prepareRename', token, log.error, async () => {
      const result = features.prepareRename((await session.analysisOf(params.textDocument.uri)).model, params.position);
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
      return result;
    }),
  );

  connection.onRenameRequest((params, token) =>
    runSafe('textDocument/rename', token, log.error, async () => {
      const analysis = await session.analysisOf(params.textDocument.uri);
      const result = features.rename(analysis.model, analysis.uri, params.position, params.newName, session.client.versionedEdits ? analysis.version : undefined);
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
      return result;
    }),
  );

  connection.onHover((params, token) =>
    runSafe('textDocument/hover', token, log.error, async () => {
      const analysis = await session.analysisOf(params.textDocument.uri);
      const found = features.hover(analysis.model, params.position, analysis.vocabulary);
      // On a REF item whose cable is at hand: what that cable is, read from its file.
      const cited = found && features.citedCableAt(analysis.model, params.position);
      const file = cited && citedCableFile(params.textDocument.uri, cited);
      const summary = file && file.summary();
      if (found && summary) found.contents.value += `\n\n---\n\n${summary}`;
      return found ?? null;
    }),
  );

  connection.onCompletion((params, token) =>
    runSafe('textDocument/completion', token, log.error, async () => {
      const analysis = await session.analysisOf(params.textDocument.uri);
      return features.completion(analysis.model, params.position, { extraTags: analysis.config.tags, today: today() });
    }),
  );

  connection.onDocumentFormatting((params, token) =>
    runSafe('textDocument/formatting', token, log.error, async () => {
      const analysis = await session.analysisOf(params.textDocument.uri);
      if (analysis.tooLarge) return [];
      return features.formatEdits(analysis.text, { config: analysis.config, vocabulary: analysis.vocabulary, fileName: analysis.fileName });
    }),
  );

  connection.onWorkspaceSymbol((params, token) =>
    runSafe('workspace/symbol', token, log.error, async () => {
      const symbols: features.SymbolInformation[] = [];
      for (const document of session.documents.all()) {
        if (token.isCancellationRequested) break;
        const symbol = features.cableSymbol((await session.analysisOf(document.uri)).model, document.uri);
        if (symbol && features.matchesQuery(symbol, params.query)) symbols.push(symbol);
      }
      return symbols;
    }),
  );

  connection.onRequest('cable/documentInfo', (params: { uri?: unknown }, token) =>
    runSafe('cable/documentInfo', token, log.error, async () => {
      if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'cable/documentInfo takes { uri }.');
      return features.documentInfo((await session.analysisOf(params.uri)).model);
    }),
  );

  connection.onRequest('cable/newCable', (params: features.NewCableParams, token) =>
    runSafe('cable/newCable', token, log.error, () => {
      const result = features.newCableText(params ?? ({} as features.NewCableParams), today());
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidParams, result.error);
      return result;
    }),
  );
}
