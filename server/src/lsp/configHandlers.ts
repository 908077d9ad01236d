// What a cable is checked under changing: the `cable.*` settings, `.cablelintrc.json` files (their
// problems shown on the file itself) and the config quick fixes' command. The files are the
// host's (from disk in Node, asked of the client in a browser worker).
import { Diagnostic, DiagnosticSeverity, ErrorCodes, FileChangeType, FileEvent, MessageType, ResponseError, ShowMessageNotification } from 'vscode-languageserver';
import { LoadedConfig } from '../service';
import * as features from '../service/features';
import { CHANGE_CONFIG_COMMAND, readChange } from './configCommand';
import { runSafe } from './runSafe';
import { Session } from './session';

export function registerConfigHandlers(session: Session, revalidateAll: () => void, cableFilesChanged: (changes: FileEvent[]) => void): void {
  const { connection, host, log } = session;

  /** Config files whose problems are shown, so fixed files get their diagnostics cleared. */
  const configProblemFiles = new Set<string>();

  host.configFiles?.onDidLoad((loaded: LoadedConfig, uri: string) => {
    for (const p of loaded.problems) log.warn(`${loaded.path}:${p.line}:${p.column}: ${p.message} (${p.unused ? 'the file is not used: the defaults apply' : 'ignored; the rest of the file applies'})`);
    if (!loaded.problems.length && !configProblemFiles.has(uri)) return;
    if (loaded.problems.length) configProblemFiles.add(uri);
    else configProblemFiles.delete(uri);
    const diagnostics: Diagnostic[] = loaded.problems.map((p) => ({
      range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column - 1 + Math.max(1, p.length) } },
      severity: DiagnosticSeverity.Warning,
      source: features.DIAGNOSTIC_SOURCE,
      message: p.unused ? `${p.message} None of this file applies until it is mended: the defaults do.` : p.message,
    }));
    void connection.sendDiagnostics({ uri, diagnostics });
  });

  connection.onDidChangeConfiguration((change) => {
    session.settingsChanged(change.settings);
    revalidateAll();
  });

  // Every watched file reaches the server in one notification: the cables go to Lint Workspace.
  connection.onDidChangeWatchedFiles((params) => {
    let changed = false;
    for (const event of params.changes) {
      if (!host.configFiles?.changed(event.uri)) continue;
      if (event.type === FileChangeType.Deleted && configProblemFiles.delete(event.uri)) void connection.sendDiagnostics({ uri: event.uri, diagnostics: [] });
      changed = true;
    }
    if (changed) revalidateAll();
    cableFilesChanged(params.changes);
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
}
