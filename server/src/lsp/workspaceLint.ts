// Lint Workspace (`cable/lintWorkspace`): every cable file under the workspace folders checked
// from disk, as `cable-lint FOLDER` would, its problems pushed (publishDiagnostics) so they stand in
// the Problems panel with the open cables'. An open cable's problems come from its editor text, so
// its disk result is withdrawn while it is open and checked again from disk when it is closed: a
// problem never shows twice. When settings or config files change, the files it checked are
// checked again in the background, so a TAG added to the config leaves no stale findings behind;
// a cable changed, added or deleted on disk (a git pull) is checked again, added or withdrawn.
import { CancellationToken, Diagnostic, DidChangeWatchedFilesNotification, Disposable, ErrorCodes, FileChangeType, FileEvent, FileSystemWatcher, ProgressToken, RAL, RequestType, ResponseError, WatchKind, WorkDoneProgressReporter } from 'vscode-languageserver';
import { lspDiagnostics } from './diagnosticsHandlers';
import { RequestCancelledError } from './analysis';
import { WorkspaceCables } from './host';
import { runSafe } from './runSafe';
import { Session } from './session';

export interface LintWorkspaceParams {
  /** Progress (files checked of files found) is reported on this token when given. */
  workDoneToken?: ProgressToken;
}

export interface LintWorkspaceResult {
  /** Cable files found. */
  files: number;
  /** Problems found in them: in their editor text for the open ones. */
  problems: number;
  filesWithProblems: number;
  /** Files and folders that could not be checked, with why, in words (binary, unreadable). */
  unchecked: string[];
}

export const LintWorkspaceRequest = new RequestType<LintWorkspaceParams, LintWorkspaceResult, void>('cable/lintWorkspace');

/** How long a run may hold the server before it lets other requests (typing) through. */
const SLICE_MS = 20;

/**
 * One key per file whatever the URI's encoding: the server writes `Copy%20(2).txt` where VS Code
 * writes `Copy%20%282%29.txt`, and both must find the same open document.
 */
function fileKey(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** Whether the walk of the folder reaches the file: no hidden entry and no node_modules on the way, as cable-lint walks. */
function walkReaches(uri: string, folder: string): boolean {
  const below = fileKey(uri).slice(fileKey(folder).replace(/\/$/, '').length + 1);
  return !below.split('/').some((name) => name.startsWith('.') || name === 'node_modules');
}

/** The innermost workspace folder holding the file, whose settings it is checked under. */
function folderOf(uri: string, folders: readonly string[]): string | undefined {
  const key = fileKey(uri);
  return folders.filter((folder) => key.startsWith(fileKey(folder.endsWith('/') ? folder : `${folder}/`))).sort((a, b) => b.length - a.length)[0];
}

/** The files a client is asked to watch for Lint Workspace: what cable-lint's walk takes (`.cable`, `.txt`). */
const CABLE_FILES_GLOB = '**/*.{cable,txt,CABLE,TXT}';
const CABLE_FILE = /\.(cable|txt)$/i;

/**
 * What Lint Workspace asks the client to watch, from its first run on: the cable files, and
 * anything created or deleted, since a folder deleted, or moved in, comes as one event for the
 * folder, which the cable glob does not match.
 */
const CABLE_WATCHERS: FileSystemWatcher[] = [{ globPattern: CABLE_FILES_GLOB }, { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete }];

/** What the rest of the server tells Lint Workspace. */
export interface WorkspaceLint {
  /** Settings or config files changed: the files an earlier run checked are checked again, in the background. */
  refresh(): void;
  /** Files changed on disk (watched files: a git pull, another program): a cable among them is checked again, added or withdrawn. */
  filesChanged(changes: readonly FileEvent[]): void;
}

export function registerWorkspaceLint(session: Session): WorkspaceLint {
  const files = session.host.workspaceCables;
  if (files) return lintWorkspaceFiles(session, files);
  session.connection.onRequest(LintWorkspaceRequest, () => new ResponseError(ErrorCodes.InvalidRequest, "Lint Workspace needs the workspace's files, which this server cannot reach."));
  return { refresh: () => undefined, filesChanged: () => undefined };
}

/** What checking one file gave. */
type Checked = { diagnostics: Diagnostic[] } | { problem: string } | { ignored: true };

/** A run's stop flag: a newer run, or the client, stops it. */
interface Stop {
  isCancellationRequested: boolean;
}

/** How often a run waiting on the editor looks whether it was stopped. */
const STOP_POLL_MS = 100;

/** A promise that rejects with RequestCancelledError once `stopped()` says so, for a run to race what it waits for. */
function whenStopped(stopped: () => boolean): { promise: Promise<never>; dispose(): void } {
  let timer: Disposable | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = RAL().timer.setInterval(() => {
      if (!stopped()) return;
      timer?.dispose();
      reject(new RequestCancelledError());
    }, STOP_POLL_MS);
  });
  // Only ever raced: a rejection nobody waits for any more is no error.
  promise.catch(() => undefined);
  return { promise, dispose: () => timer?.dispose() };
}

function lintWorkspaceFiles(session: Session, files: WorkspaceCables): WorkspaceLint {
  const { connection, documents, log } = session;
  /** The files the last run checked, by key, with the URI their results go under: checked again from disk whenever they are closed. */
  let checked = new Map<string, string>();
  /** Those whose pushed results are not empty now: what a later run or an opening must withdraw. */
  const showing = new Set<string>();
  /** The run under way: a newer run stops it, as the later results are the ones to show, except that a refresh waits for a run the client asked for. */
  let running: { stop: Stop; background: boolean; changedMeanwhile: Map<string, string> } | undefined;
  /** Settings or config changed during a run the client asked for: check again once it is done. */
  let refreshAfterRun = false;
  /** Whether the client was asked to watch the cables: not before a first run, so a session that never runs one gets no events of them. */
  let watching = false;

  const push = (key: string, uri: string, diagnostics: Diagnostic[]) => {
    if (!diagnostics.length && !showing.has(key)) return;
    if (diagnostics.length) showing.add(key);
    else showing.delete(key);
    void connection.sendDiagnostics({ uri, diagnostics });
  };

  /** The open document of the file, under whatever encoding of its URI. */
  const openDocument = (uri: string) => documents.get(uri) ?? documents.all().find((d) => fileKey(d.uri) === fileKey(uri));

  /** The problems of the file on disk, under the settings of its workspace folder and its config; or which file cannot be checked and why; or that its config's `ignores` leave it out. */
  async function fromDisk(uri: string): Promise<Checked> {
    const settings = await session.settingsFor(folderOf(uri, session.workspaceFolders) ?? uri);
    const config = await session.configFor(uri);
    // Before reading: a web client lists what `ignores` leaves out, and each read asks it.
    if (config.scope?.ignored) return { ignored: true };
    const read = await files.read(uri, settings.maxValidatedSize);
    if ('problem' in read) return read;
    return { diagnostics: lspDiagnostics(session.analysisOfText(uri, read.text, settings, config)) };
  }

  /** An open file's problems, from its editor text. */
  async function fromEditor(uri: string): Promise<Checked> {
    const analysis = await session.analysisOf(uri);
    return analysis.ignored ? { ignored: true } : { diagnostics: lspDiagnostics(analysis) };
  }

  /** Checks every cable file under the workspace folders; stops (throwing RequestCancelledError) when the client or a newer run says so. */
  async function run(client: CancellationToken | undefined, reporter?: WorkDoneProgressReporter): Promise<LintWorkspaceResult> {
    if (running) running.stop.isCancellationRequested = true;
    const stop: Stop = { isCancellationRequested: false };
    const self = (running = { stop, background: !client, changedMeanwhile: new Map<string, string>() });
    const stopped = () => stop.isCancellationRequested || !!client?.isCancellationRequested;
    const now = new Map<string, string>();
    if (!watching && session.client.watchedFilesRegistration) {
      // Before the folders are listed: a change while they are is heard.
      watching = true;
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CABLE_WATCHERS });
    }
    // On the web every file, setting and config is a request to the editor: one never answered
    // must not hold a stopped run (and its progress) for good.
    const stopping = whenStopped(stopped);
    try {
      reporter?.begin('Linting the workspace cables', 0, 'Finding the files', true);
      const { uris, problems } = await Promise.race([files.list(session.workspaceFolders, stopped), stopping.promise]);
      // Stopped while listing: the list is cut short, and must not withdraw what it left out.
      if (stopped()) throw new RequestCancelledError();
      const result: LintWorkspaceResult = { files: 0, problems: 0, filesWithProblems: 0, unchecked: problems };
      let sliceStart = Date.now();
      for (const uri of uris) {
        if (stopped()) throw new RequestCancelledError();
        if (Date.now() - sliceStart > SLICE_MS) {
          await new Promise<void>((resolve) => RAL().timer.setImmediate(resolve));
          reporter?.report(Math.floor((100 * result.files) / uris.length), `${result.files} of ${uris.length} files`);
          sliceStart = Date.now();
        }
        const key = fileKey(uri);
        // Nested workspace folders list a file twice.
        if (now.has(key)) continue;
        // Open: its editor text is checked as it changes, and those problems count.
        const open = openDocument(uri);
        const found = await Promise.race([open ? fromEditor(open.uri) : fromDisk(uri), stopping.promise]);
        if ('ignored' in found) continue;
        now.set(key, uri);
        result.files++;
        if ('problem' in found) {
          result.unchecked.push(found.problem);
          // What an earlier run showed was found in a text the file no longer holds.
          if (!open) push(key, uri, []);
          continue;
        }
        const { diagnostics } = found;
        if (diagnostics.length) {
          result.problems += diagnostics.length;
          result.filesWithProblems++;
        }
        if (!open) push(key, uri, diagnostics);
      }
      // A file added on disk while the folders were listed was checked on its own: it stays.
      for (const [key, uri] of self.changedMeanwhile) if (!now.has(key)) now.set(key, uri);
      // Files no longer found (deleted, now ignored) lose what an earlier run showed.
      for (const [key, uri] of checked) if (!now.has(key) && !openDocument(uri)) push(key, uri, []);
      checked = now;
      return result;
    } catch (error) {
      // Stopped: what was shown stays, and the next run withdraws what it no longer finds.
      for (const [key, uri] of now) checked.set(key, uri);
      throw error;
    } finally {
      stopping.dispose();
      reporter?.done();
      if (running === self) running = undefined;
      if (client && refreshAfterRun) {
        refreshAfterRun = false;
        RAL().timer.setImmediate(refresh);
      }
    }
  }

  connection.onRequest(LintWorkspaceRequest.method, (...args: unknown[]) => {
    // Sent without parameters, or with an empty Lua table (`[]` in JSON: Neovim), the request's
    // arguments are spread away and the token comes first: it is always the last argument.
    const token = args[args.length - 1] as CancellationToken;
    const params = (args.length > 1 && args[0] && typeof args[0] === 'object' ? args[0] : {}) as LintWorkspaceParams;
    const reporter = params.workDoneToken !== undefined ? connection.window.attachWorkDoneProgress(params.workDoneToken) : undefined;
    return runSafe('cable/lintWorkspace', token, log.error, () => run(token, reporter));
  });

  // A client that pulls diagnostics keeps them apart from pushed ones: withdraw the disk result
  // while the editor's own are shown. A client taking pushed diagnostics gets the editor's at open,
  // for the same file, in their place.
  documents.onDidOpen((event) => {
    const key = fileKey(event.document.uri);
    const pushedAs = checked.get(key);
    if (pushedAs && session.client.pullDiagnostics) push(key, pushedAs, []);
  });

  documents.onDidClose(async (event) => {
    const key = fileKey(event.document.uri);
    const pushedAs = checked.get(key);
    if (!pushedAs) return;
    try {
      const found = await fromDisk(pushedAs);
      // Opened again meanwhile: its editor's results stand. Unreadable or ignored now: nothing to show.
      if (!openDocument(pushedAs)) push(key, pushedAs, 'diagnostics' in found ? found.diagnostics : []);
    } catch (error) {
      log.error(`Checking ${pushedAs} from disk failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  });

  function refresh(): void {
    if (running && !running.background) {
      refreshAfterRun = true;
      return;
    }
    // Nothing shown, nothing to bring up to date: a session that never ran it pays nothing.
    if (!checked.size) return;
    run(undefined).catch((error) => {
      if (!(error instanceof RequestCancelledError)) log.error(`Checking the workspace cables again failed: ${error instanceof Error ? error.stack : String(error)}`);
    });
  }

  /** One file changed on disk: checked again (or for the first time, when new under a folder), or withdrawn when deleted. */
  async function fileChanged({ uri, type }: FileEvent): Promise<void> {
    const key = fileKey(uri);
    if (type === FileChangeType.Deleted) {
      if (checked.delete(key)) push(key, uri, []);
      return;
    }
    const pushedAs = checked.get(key) ?? uri;
    if (openDocument(pushedAs)) return;
    if (!checked.has(key)) {
      // A new file: checked when a run would have found it.
      const folder = folderOf(uri, session.workspaceFolders);
      if (type !== FileChangeType.Created || !folder || !walkReaches(uri, folder)) return;
    }
    const found = await fromDisk(pushedAs);
    if (openDocument(pushedAs)) return;
    if ('ignored' in found) {
      if (checked.delete(key)) push(key, pushedAs, []);
      return;
    }
    checked.set(key, pushedAs);
    // A run listing the folders now may have missed it: it must not withdraw it at its end.
    running?.changedMeanwhile.set(key, pushedAs);
    push(key, pushedAs, 'diagnostics' in found ? found.diagnostics : []);
  }

  /** Folders deleted (by key): the files shown under them are withdrawn. Each file's folders are looked up, so a build deleting many files costs one pass. */
  function foldersDeleted(folders: ReadonlySet<string>): void {
    for (const [key, pushedAs] of checked) {
      for (let slash = key.lastIndexOf('/'); slash > 0; slash = key.lastIndexOf('/', slash - 1)) {
        if (!folders.has(key.slice(0, slash))) continue;
        checked.delete(key);
        push(key, pushedAs, []);
        break;
      }
    }
  }

  /**
   * Created paths that may be folders moved or copied in: the cables a run would find under them
   * are checked, but for those their own events brought in already. A file among the paths is no
   * folder, and lists nothing.
   */
  async function foldersCreated(uris: readonly string[]): Promise<void> {
    const reached = uris.filter((uri) => {
      const folder = folderOf(uri, session.workspaceFolders);
      return folder !== undefined && walkReaches(uri, folder);
    });
    if (!reached.length) return;
    const found = await files.list(reached, () => false);
    for (const uri of found.uris) if (!checked.has(fileKey(uri))) await fileChanged({ uri, type: FileChangeType.Created });
  }

  /** Taken one at a time, in order: a file created then changed ends with the changed text's results. */
  let changesDone = Promise.resolve();

  const logged = (what: string) => (error: unknown) => log.error(`${what} failed: ${error instanceof Error ? error.stack : String(error)}`);

  function filesChanged(changes: readonly FileEvent[]): void {
    // Before a first run nothing is shown, and nothing is to follow.
    if (!checked.size) return;
    const deleted = new Set<string>();
    const created = new Set<string>();
    // A cable file is matched by both watchers: one event each is enough.
    const seen = new Set<string>();
    for (const change of changes) {
      // Any path created or deleted (the client's `**/*` watcher) may be a folder holding cables,
      // even one named like a cable file (`drafts.txt/`).
      if (change.type === FileChangeType.Deleted) deleted.add(fileKey(change.uri).replace(/\/$/, ''));
      else if (change.type === FileChangeType.Created) created.add(change.uri);
      if (!CABLE_FILE.test(change.uri)) continue;
      const once = `${change.type} ${fileKey(change.uri)}`;
      if (seen.has(once)) continue;
      seen.add(once);
      changesDone = changesDone.then(() => fileChanged(change).catch(logged(`Checking ${change.uri} again`)));
    }
    if (deleted.size) changesDone = changesDone.then(() => foldersDeleted(deleted));
    if (created.size) changesDone = changesDone.then(() => foldersCreated([...created]).catch(logged('Checking the cables of a new folder')));
  }

  return { refresh, filesChanged };
}
