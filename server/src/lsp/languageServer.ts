// The Cable language server's wiring: every LSP handler over the pure language service, for any
// connection (Node's stdio or IPC, a browser worker's postMessage). What needs a file system comes
// from the host (lsp/host.ts), so this module imports no Node built-in and runs in both.
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  DocumentLink,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReport,
  ErrorCodes,
  FileChangeType,
  InitializeParams,
  InitializeResult,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LoadedConfig } from '../service';
import * as features from '../service/features';
import { Analysis } from './analysis';
import { CHANGE_CONFIG_COMMAND, readChange } from './configCommand';
import { CitedCableFile, ServerHost } from './host';
import { runSafe } from './runSafe';
import { Scheduler } from './scheduler';
import { CableSettings, DEFAULT_SETTINGS, normalizeSettings } from './settings';

/** Registers every handler on `connection` and starts listening; `host` supplies the file system, if any. */
export function startLanguageServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const log = {
    info: (message: string) => connection.console.info(message),
    warn: (message: string) => connection.console.warn(message),
    error: (message: string) => connection.console.error(message),
  };

  /** What the client said it can do. */
  const client = {
    configuration: false,
    pullDiagnostics: false,
    diagnosticRefresh: false,
    versionedEdits: false,
    watchedFilesRegistration: false,
    configurationRegistration: false,
    workspaceFolders: false,
    prepareRename: false,
  };

  let globalSettings: CableSettings = DEFAULT_SETTINGS;
  const settingsByUri = new Map<string, Promise<CableSettings>>();
  /** Bumped when settings or config files change: every cached analysis becomes stale. */
  let generation = 0;
  const analyses = new Map<string, Analysis>();
  /** Config files whose problems are shown, so fixed files get their diagnostics cleared. */
  const configProblemFiles = new Set<string>();

  host.configFiles?.onDidLoad(reportConfigProblems);

  function reportConfigProblems(loaded: LoadedConfig, uri: string): void {
    for (const p of loaded.problems) log.warn(`${loaded.path}:${p.line}:${p.column}: ${p.message} (the rest of the file still applies)`);
    if (!loaded.problems.length && !configProblemFiles.has(uri)) return;
    if (loaded.problems.length) configProblemFiles.add(uri);
    else configProblemFiles.delete(uri);
    const diagnostics: Diagnostic[] = loaded.problems.map((p) => ({
      range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column - 1 + Math.max(1, p.length) } },
      severity: DiagnosticSeverity.Warning,
      source: features.DIAGNOSTIC_SOURCE,
      message: p.message,
    }));
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  /** Settings problems already logged: each document reads the settings again, the log says it once per change. */
  const settingProblemsTold = new Set<string>();

  function warnSettingOnce(message: string): void {
    if (settingProblemsTold.has(message)) return;
    settingProblemsTold.add(message);
    log.warn(message);
  }

  function settingsFor(uri: string): Promise<CableSettings> {
    if (!client.configuration) return Promise.resolve(globalSettings);
    let settings = settingsByUri.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'cable' }).then((raw) => normalizeSettings(raw, warnSettingOnce), (error) => {
        log.warn(`Could not read the cable settings for ${uri}: ${error}`);
        return globalSettings;
      });
      settingsByUri.set(uri, settings);
    }
    return settings;
  }

  function openDocument(uri: string): TextDocument {
    const document = documents.get(uri);
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `The document ${uri} is not open; open it (textDocument/didOpen) first.`);
    return document;
  }

  /** The analysis of a document's current text under its current configuration (cached). */
  async function analysisOf(uri: string): Promise<Analysis> {
    openDocument(uri);
    const settings = await settingsFor(uri);
    // The text may have changed while the settings were fetched: analyse what is there now.
    const document = openDocument(uri);
    const configFiles = host.configFiles;
    const configFile = configFiles?.resolve(uri);
    const cached = analyses.get(uri);
    if (cached && cached.matches(document, settings, configFile, generation)) return cached;
    const scope = configFile && configFiles?.scopeFor(configFile, uri);
    // The previous version's model lets an edit be re-parsed around the edit only.
    const analysis = new Analysis(document, settings, configFile, scope, generation, cached?.modelForNextVersion);
    analyses.set(uri, analysis);
    return analysis;
  }

  function lspDiagnostics(analysis: Analysis): Diagnostic[] {
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

  // Diagnostics ------------------------------------------------------------------------------

  /** Pull mode with `lint.run: onSave`: what the client gets is the result of the last open or save. */
  const savedReports = new Map<string, { resultId: string; items: Diagnostic[] }>();
  let reportCounter = 0;

  async function pushDiagnostics(uri: string): Promise<void> {
    try {
      if (!documents.get(uri)) return;
      const analysis = await analysisOf(uri);
      await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: lspDiagnostics(analysis) });
    } catch (error) {
      log.error(`Validating ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  async function snapshotReport(uri: string): Promise<void> {
    const analysis = await analysisOf(uri);
    savedReports.set(uri, { resultId: `saved:${++reportCounter}`, items: lspDiagnostics(analysis) });
  }

  const scheduler = new Scheduler((uri) => void pushDiagnostics(uri));

  /** Settings or config files changed: check every open cable again. */
  function revalidateAll(): void {
    generation++;
    analyses.clear();
    if (client.pullDiagnostics) {
      savedReports.clear();
      if (client.diagnosticRefresh) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of documents.all()) scheduler.schedule(document.uri);
  }

  /** Documents whose open event was just handled: the content event that follows it is not an edit. */
  const justOpened = new Set<string>();

  documents.onDidOpen((event) => {
    if (client.pullDiagnostics) return;
    justOpened.add(event.document.uri);
    scheduler.schedule(event.document.uri, 0);
  });

  documents.onDidChangeContent(async (event) => {
    if (client.pullDiagnostics || justOpened.delete(event.document.uri)) return;
    const settings = await settingsFor(event.document.uri);
    if (settings.lintRun === 'onType') scheduler.schedule(event.document.uri);
  });

  documents.onDidSave(async (event) => {
    const uri = event.document.uri;
    const settings = await settingsFor(uri);
    if (!client.pullDiagnostics) {
      scheduler.schedule(uri, 0);
      return;
    }
    if (settings.lintRun === 'onSave') {
      await snapshotReport(uri).catch((error) => log.error(`Validating ${uri} failed: ${error}`));
      if (client.diagnosticRefresh) void connection.languages.diagnostics.refresh();
    }
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    scheduler.cancel(uri);
    analyses.delete(uri);
    savedReports.delete(uri);
    settingsByUri.delete(uri);
    if (!client.pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params, token) =>
    runSafe('textDocument/diagnostic', token, log.error, async (): Promise<DocumentDiagnosticReport> => {
      const uri = params.textDocument.uri;
      const settings = await settingsFor(uri);
      if (settings.lintRun === 'onSave') {
        if (!savedReports.has(uri)) await snapshotReport(uri);
        const saved = savedReports.get(uri)!;
        if (params.previousResultId === saved.resultId) return { kind: 'unchanged', resultId: saved.resultId };
        return { kind: 'full', resultId: saved.resultId, items: saved.items };
      }
      const analysis = await analysisOf(uri);
      const resultId = `analysis:${analysis.id}`;
      if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
      return { kind: 'full', resultId, items: lspDiagnostics(analysis) };
    }),
  );

  // Settings and config files ------------------------------------------------------------------

  connection.onDidChangeConfiguration((change) => {
    settingsByUri.clear();
    settingProblemsTold.clear();
    if (!client.configuration) globalSettings = normalizeSettings((change.settings as { cable?: unknown } | null)?.cable, warnSettingOnce);
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    let changed = false;
    for (const event of params.changes) {
      if (!host.configFiles?.changed(event.uri)) continue;
      if (event.type === FileChangeType.Deleted && configProblemFiles.delete(event.uri)) void connection.sendDiagnostics({ uri: event.uri, diagnostics: [] });
      changed = true;
    }
    if (changed) revalidateAll();
  });

  connection.onExecuteCommand((params, token) =>
    runSafe('workspace/executeCommand', token, log.error, async () => {
      const [documentUri, argument] = params.arguments ?? [];
      const change = readChange(argument);
      const fixes = host.configFixes;
      if (params.command !== CHANGE_CONFIG_COMMAND || typeof documentUri !== 'string' || !change || !fixes) {
        throw new ResponseError(ErrorCodes.InvalidParams, `${params.command} takes a document URI and { addTag } or { turnOff }.`);
      }
      const result = fixes.change(documentUri, change);
      if (!result) return null;
      const written = result.path;
      if (result.failure) {
        // Said in words by the server: the editor would only say that the command failed.
        const message = `Could not write ${written}: ${result.failure}.`;
        log.warn(message);
        // A notification: connection.window.showErrorMessage is a request that waits for an answer.
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
        return null;
      }
      log.info('addTag' in change ? `Added ${change.addTag} to the tags of ${written}.` : `Turned ${change.turnOff} off for ${documentUri} in ${written}.`);
      // The editor's watcher will tell too, later: the cables it covers are checked again now.
      revalidateAll();
      return null;
    }),
  );

  // Features -------------------------------------------------------------------------------------

  connection.onDocumentSymbol((params, token) => runSafe('textDocument/documentSymbol', token, log.error, async () => features.documentSymbols((await analysisOf(params.textDocument.uri)).model)));

  connection.onFoldingRanges((params, token) => runSafe('textDocument/foldingRange', token, log.error, async () => features.foldingRanges((await analysisOf(params.textDocument.uri)).model)));

  connection.onCodeAction((params: CodeActionParams, token) =>
    runSafe('textDocument/codeAction', token, log.error, async () => {
      const analysis = await analysisOf(params.textDocument.uri);
      if (analysis.tooLarge) return [];
      const actions: CodeAction[] = features.codeActions({
        uri: analysis.uri,
        version: analysis.version,
        versionedEdits: client.versionedEdits,
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
      const { model } = await analysisOf(params.textDocument.uri);
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
      for (const cited of features.citedCables((await analysisOf(params.textDocument.uri)).model)) {
        const file = citedCableFile(params.textDocument.uri, cited.id);
        if (file) links.push({ range: cited.range, target: file.uri, tooltip: `Open ${cited.id}, the cable this REF item cites` });
      }
      return links;
    }),
  );

  connection.onReferences((params, token) =>
    runSafe('textDocument/references', token, log.error, async () => features.references((await analysisOf(params.textDocument.uri)).model, params.textDocument.uri, params.position, params.context.includeDeclaration)),
  );

  connection.onPrepareRename((params, token) =>
    runSafe('textDocument/prepareRename', token, log.error, async () => {
      const result = features.prepareRename((await analysisOf(params.textDocument.uri)).model, params.position);
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
      return result;
    }),
  );

  connection.onRenameRequest((params, token) =>
    runSafe('textDocument/rename', token, log.error, async () => {
      const analysis = await analysisOf(params.textDocument.uri);
      const result = features.rename(analysis.model, analysis.uri, params.position, params.newName, client.versionedEdits ? analysis.version : undefined);
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
      return result;
    }),
  );

  connection.onHover((params, token) =>
    runSafe('textDocument/hover', token, log.error, async () => {
      const analysis = await analysisOf(params.textDocument.uri);
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
      const analysis = await analysisOf(params.textDocument.uri);
      return features.completion(analysis.model, params.position, { extraTags: analysis.config.tags, today: today() });
    }),
  );

  connection.onDocumentFormatting((params, token) =>
    runSafe('textDocument/formatting', token, log.error, async () => {
      const analysis = await analysisOf(params.textDocument.uri);
      if (analysis.tooLarge) return [];
      return features.formatEdits(analysis.text, { config: analysis.config, vocabulary: analysis.vocabulary, fileName: analysis.fileName });
    }),
  );

  connection.onWorkspaceSymbol((params, token) =>
    runSafe('workspace/symbol', token, log.error, async () => {
      const symbols: features.SymbolInformation[] = [];
      for (const document of documents.all()) {
        if (token.isCancellationRequested) break;
        const symbol = features.cableSymbol((await analysisOf(document.uri)).model, document.uri);
        if (symbol && features.matchesQuery(symbol, params.query)) symbols.push(symbol);
      }
      return symbols;
    }),
  );

  connection.onRequest('cable/documentInfo', (params: { uri?: unknown }, token) =>
    runSafe('cable/documentInfo', token, log.error, async () => {
      if (typeof params?.uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'cable/documentInfo takes { uri }.');
      return features.documentInfo((await analysisOf(params.uri)).model);
    }),
  );

  connection.onRequest('cable/newCable', (params: features.NewCableParams, token) =>
    runSafe('cable/newCable', token, log.error, () => {
      const result = features.newCableText(params ?? ({} as features.NewCableParams), today());
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidParams, result.error);
      return result;
    }),
  );

  function today(): { year: number; month: number; day: number } {
    const now = new Date();
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  }

  // Lifecycle ------------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    client.configuration = !!caps.workspace?.configuration;
    client.pullDiagnostics = !!caps.textDocument?.diagnostic;
    client.diagnosticRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
    client.versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    client.watchedFilesRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    client.configurationRegistration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    client.workspaceFolders = !!caps.workspace?.workspaceFolders;
    client.prepareRename = !!caps.textDocument?.rename?.prepareSupport;

    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    host.setWorkspaceFolders?.(folders);

    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: { label: 'Cable' },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, features.CodeActionKind.SourceFixAllCable] },
        // Without a file system there is no config to change, nor cited cables to link.
        ...(host.configFixes ? { executeCommandProvider: { commands: [CHANGE_CONFIG_COMMAND] } } : {}),
        definitionProvider: true,
        ...(host.citedCables ? { documentLinkProvider: { resolveProvider: false } } : {}),
        referencesProvider: true,
        renameProvider: client.prepareRename ? { prepareProvider: true } : true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [...features.COMPLETION_TRIGGER_CHARACTERS] },
        documentFormattingProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'cable-language-server' },
    };
    if (client.pullDiagnostics) {
      result.capabilities.diagnosticProvider = { identifier: 'cable', interFileDependencies: false, workspaceDiagnostics: false };
    }
    return result;
  });

  connection.onInitialized(() => {
    log.info(`Cable language server ready (diagnostics ${client.pullDiagnostics ? 'pulled by the client' : 'pushed'}).`);
    if (client.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'cable' });
    if (client.watchedFilesRegistration && host.configFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.cablelintrc.json' }] });
    }
    if (client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
        host.setWorkspaceFolders?.(folders.map((f) => f.uri));
        revalidateAll();
      });
    }
  });

  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}
