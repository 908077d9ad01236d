// What every handler of one connection shares: the open documents, what the client can do, the
// settings per document and the cached analyses, and the host that supplies the file system.
import { Connection, ErrorCodes, InitializeParams, ResponseError, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LoadedConfig } from '../service';
import { Analysis } from './analysis';
import { ConfigScope, ServerHost } from './host';
import { CableSettings, DEFAULT_SETTINGS, normalizeSettings } from './settings';

/** What the client said it can do (initialize). */
export interface ClientCapabilities {
  configuration: boolean;
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  versionedEdits: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  workspaceFolders: boolean;
  prepareRename: boolean;
}

export function readClientCapabilities(params: InitializeParams): ClientCapabilities {
  const caps = params.capabilities;
  return {
    configuration: !!caps.workspace?.configuration,
    pullDiagnostics: !!caps.textDocument?.diagnostic,
    diagnosticRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
    versionedEdits: !!caps.workspace?.workspaceEdit?.documentChanges,
    watchedFilesRegistration: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    configurationRegistration: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
    workspaceFolders: !!caps.workspace?.workspaceFolders,
    prepareRename: !!caps.textDocument?.rename?.prepareSupport,
  };
}

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly log = {
    info: (message: string) => this.connection.console.info(message),
    warn: (message: string) => this.connection.console.warn(message),
    error: (message: string) => this.connection.console.error(message),
  };
  client: ClientCapabilities = readClientCapabilities({ capabilities: {}, processId: null, rootUri: null });
  /** The client's workspace folders (URIs), kept up to date. */
  workspaceFolders: readonly string[] = [];

  private globalSettings: CableSettings = DEFAULT_SETTINGS;
  private readonly settingsByUri = new Map<string, Promise<CableSettings>>();
  /** Settings problems already logged: each document reads the settings again, the log says it once per change. */
  private readonly settingProblemsTold = new Set<string>();
  /** Bumped when settings or config files change: every cached analysis becomes stale. */
  private generation = 0;
  private readonly analyses = new Map<string, Analysis>();

  constructor(
    readonly connection: Connection,
    readonly host: ServerHost,
  ) {}

  private warnSettingOnce = (message: string): void => {
    if (this.settingProblemsTold.has(message)) return;
    this.settingProblemsTold.add(message);
    this.log.warn(message);
  };

  settingsFor(uri: string): Promise<CableSettings> {
    if (!this.client.configuration) return Promise.resolve(this.globalSettings);
    let settings = this.settingsByUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'cable' }).then(
        (raw) => normalizeSettings(raw, this.warnSettingOnce),
        (error) => {
          this.log.warn(`Could not read the cable settings for ${uri}: ${error}`);
          return this.globalSettings;
        },
      );
      this.settingsByUri.set(uri, settings);
    }
    return settings;
  }

  /** The settings changed: read them again (from `pushed`, a didChangeConfiguration's, when the client cannot be asked). */
  settingsChanged(pushed: unknown): void {
    this.settingsByUri.clear();
    this.settingProblemsTold.clear();
    if (!this.client.configuration) this.globalSettings = normalizeSettings((pushed as { cable?: unknown } | null)?.cable, this.warnSettingOnce);
  }

  openDocument(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `The document ${uri} is not open; open it (textDocument/didOpen) first.`);
    return document;
  }

  /** The analysis of a document's current text under its current configuration (cached). */
  async analysisOf(uri: string): Promise<Analysis> {
    this.openDocument(uri);
    const settings = await this.settingsFor(uri);
    const configFiles = this.host.configFiles;
    const configFile = await configFiles?.resolve(uri);
    // The text may have changed while the settings and config were fetched: analyse what is there now.
    const document = this.openDocument(uri);
    const cached = this.analyses.get(uri);
    if (cached && cached.matches(document, settings, configFile, this.generation)) return cached;
    const scope = configFile && configFiles?.scopeFor(configFile, uri);
    // The previous version's model lets an edit be re-parsed around the edit only.
    const analysis = new Analysis(document, settings, configFile, scope, this.generation, cached?.modelForNextVersion);
    this.analyses.set(uri, analysis);
    return analysis;
  }

  /** The `.cablelintrc.json` that applies to a document, and what it says of it (its `ignores`, its `overrides`). */
  async configFor(uri: string): Promise<{ file?: LoadedConfig; scope?: ConfigScope }> {
    const configFiles = this.host.configFiles;
    const file = await configFiles?.resolve(uri);
    return { file, scope: file && configFiles?.scopeFor(file, uri) };
  }

  /** The analysis of a file's text that is not open (read from disk), under `settings` and its `config` (configFor); not cached. */
  analysisOfText(uri: string, text: string, settings: CableSettings, config: { file?: LoadedConfig; scope?: ConfigScope }): Analysis {
    return new Analysis(TextDocument.create(uri, 'cable', 0, text), settings, config.file, config.scope, this.generation);
  }

  /** Settings or config files changed: no cached analysis is reused. */
  invalidateAnalyses(): void {
    this.generation++;
    this.analyses.clear();
  }

  /** A document was closed: nothing of it is kept. */
  forget(uri: string): void {
    this.analyses.delete(uri);
    this.settingsByUri.delete(uri);
  }
}
