// The Cable language server on any connection: Node's stdio or IPC (server.ts) or a browser
// worker's postMessage (browserServer.ts). What needs a file system comes from the host
// (lsp/host.ts), so this and every module it uses run in both; ESLint keeps Node out of lsp/.
import {
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  InitializeParams,
  InitializeResult,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import * as features from '../service/features';
import { CHANGE_CONFIG_COMMAND } from './configCommand';
import { registerConfigHandlers } from './configHandlers';
import { registerDiagnostics } from './diagnosticsHandlers';
import { registerFeatures } from './featureHandlers';
import { ServerHost } from './host';
import { readClientCapabilities, Session } from './session';
import { registerWorkspaceLint } from './workspaceLint';

/** Registers every handler on `connection` and starts listening; `host` supplies the file system, if any. */
export function startLanguageServer(connection: Connection, host: ServerHost): void {
  const session = new Session(connection, host);
  const diagnostics = registerDiagnostics(session);
  const workspaceLint = registerWorkspaceLint(session);
  const revalidateAll = () => {
    diagnostics.revalidateAll();
    workspaceLint.refresh();
  };
  registerConfigHandlers(session, revalidateAll, workspaceLint.filesChanged);
  registerFeatures(session);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const client = (session.client = readClientCapabilities(params));
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    session.workspaceFolders = folders;
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
    const client = session.client;
    session.log.info(`Cable language server ready (diagnostics ${client.pullDiagnostics ? 'pulled by the client' : 'pushed'}).`);
    if (client.configurationRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'cable' });
    if (client.watchedFilesRegistration && host.configFiles) {
      // Lint Workspace asks for the cables' own at its first run.
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.cablelintrc.json' }] });
    }
    if (client.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = ((await connection.workspace.getWorkspaceFolders()) ?? []).map((f) => f.uri);
        session.workspaceFolders = folders;
        host.setWorkspaceFolders?.(folders);
        revalidateAll();
      });
    }
  });

  connection.onShutdown(() => diagnostics.dispose());

  session.documents.listen(connection);
  connection.listen();
}
