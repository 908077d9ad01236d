// The cable's problems, pushed (publishDiagnostics, debounced while typing) or pulled by the
// client (textDocument/diagnostic), as the client can; `lint.run: onSave` checks on save only.
import { Diagnostic, DiagnosticSeverity, DocumentDiagnosticReport } from 'vscode-languageserver';
import * as features from '../service/features';
import { Analysis } from './analysis';
import { runSafe } from './runSafe';
import { Scheduler } from './scheduler';
import { Session } from './session';

/** What a client is told of an analysis: its problems, or why it has none to tell. */
export function lspDiagnostics(analysis: Analysis): Diagnostic[] {
  // Ignored by its .cablelintrc.json: an empty report, pushed or pulled, clears what was shown.
  if (analysis.ignored) return [];
  if (analysis.tooLarge) {
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        source: features.DIAGNOSTIC_SOURCE,
        message: `This cable is larger than cable.maxValidatedSize (${analysis.settings.maxValidatedSize} bytes) and was not fully validated.`,
      },
    ];
  }
  return features.toLspDiagnostics(analysis.diagnostics, analysis.version) as Diagnostic[];
}

export interface DiagnosticsControl {
  /** Settings or config files changed: check every open cable again. */
  revalidateAll(): void;
  dispose(): void;
}

export function registerDiagnostics(session: Session): DiagnosticsControl {
  const { connection, documents, log } = session;

  /** Pull mode with `lint.run: onSave`: what the client gets is the result of the last open or save. */
  const savedReports = new Map<string, { resultId: string; items: Diagnostic[] }>();
  let reportCounter = 0;

  async function pushDiagnostics(uri: string): Promise<void> {
    try {
      if (!documents.get(uri)) return;
      const analysis = await session.analysisOf(uri);
      await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: lspDiagnostics(analysis) });
    } catch (error) {
      log.error(`Validating ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  async function snapshotReport(uri: string): Promise<void> {
    const analysis = await session.analysisOf(uri);
    savedReports.set(uri, { resultId: `saved:${++reportCounter}`, items: lspDiagnostics(analysis) });
  }

  const scheduler = new Scheduler((uri) => void pushDiagnostics(uri));

  function revalidateAll(): void {
    session.invalidateAnalyses();
    if (session.client.pullDiagnostics) {
      savedReports.clear();
      if (session.client.diagnosticRefresh) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) scheduler.schedule(document.uri);
  }

  /** Documents whose open event was just handled: the content event that follows it is not an edit. */
  const justOpened = new Set<string>();

  documents.onDidOpen((event) => {
    if (session.client.pullDiagnostics) return;
    justOpened.add(event.document.uri);
    scheduler.schedule(event.document.uri, 0);
  });

  documents.onDidChangeContent(async (event) => {
    if (session.client.pullDiagnostics || justOpened.delete(event.document.uri)) return;
    const settings = await session.settingsFor(event.document.uri);
    if (settings.lintRun === 'onType') scheduler.schedule(event.document.uri);
  });

  documents.onDidSave(async (event) => {
    const uri = event.document.uri;
    const settings = await session.settingsFor(uri);
    if (!session.client.pullDiagnostics) {
      scheduler.schedule(uri, 0);
      return;
    }
    if (settings.lintRun === 'onSave') {
      await snapshotReport(uri).catch((error) => log.error(`Validating ${uri} failed: ${error}`));
      if (session.client.diagnosticRefresh) void connection.languages.diagnostics.refresh();
    }
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    scheduler.cancel(uri);
    session.forget(uri);
    savedReports.delete(uri);
    if (!session.client.pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params, token) =>
    runSafe('textDocument/diagnostic', token, log.error, async (): Promise<DocumentDiagnosticReport> => {
      const uri = params.textDocument.uri;
      const settings = await session.settingsFor(uri);
      if (settings.lintRun === 'onSave') {
        if (!savedReports.has(uri)) await snapshotReport(uri);
        const saved = savedReports.get(uri)!;
        if (params.previousResultId === saved.resultId) return { kind: 'unchanged', resultId: saved.resultId };
        return { kind: 'full', resultId: saved.resultId, items: saved.items };
      }
      const analysis = await session.analysisOf(uri);
      const resultId = `analysis:${analysis.id}`;
      if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
      return { kind: 'full', resultId, items: lspDiagnostics(analysis) };
    }),
  );

  return { revalidateAll, dispose: () => scheduler.dispose() };
}
