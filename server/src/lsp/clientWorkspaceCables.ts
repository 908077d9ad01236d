// The cables Lint Workspace checks, for a server without a file system (the web worker): the
// client walks the workspace folders as cable-lint walks a folder (cable/findCableFiles) and reads
// each file for it (cable/readCableFile), through vscode.workspace.fs, which reaches vscode.dev's
// and github.dev's virtual file systems.
import { Connection, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { WorkspaceCables } from './host';

/** Request, server to client: the cable files under the folders, and the folders that could not be read, in words. */
export const FIND_CABLE_FILES_METHOD = 'cable/findCableFiles';
export interface FindCableFilesParams {
  folders: readonly string[];
}
export interface FindCableFilesResult {
  uris: string[];
  problems: string[];
}

/** Request, server to client: a file's text, or which file cannot be checked and why. */
export const READ_CABLE_FILE_METHOD = 'cable/readCableFile';
export interface ReadCableFileParams {
  uri: string;
  maxBytes: number;
}
export type ReadCableFileResult = { text: string } | { problem: string };

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createClientWorkspaceCables(connection: Connection): WorkspaceCables {
  return {
    async list(folderUris) {
      try {
        const answer = (await connection.sendRequest(FIND_CABLE_FILES_METHOD, { folders: folderUris } satisfies FindCableFilesParams)) as Partial<FindCableFilesResult> | null;
        return { uris: strings(answer?.uris), problems: strings(answer?.problems) };
      } catch (error) {
        if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) {
          throw new ResponseError(ErrorCodes.InvalidRequest, 'This editor cannot list the workspace\'s files for Lint Workspace.');
        }
        throw new ResponseError(ErrorCodes.InternalError, `The editor could not list the workspace's files: ${describe(error)}`);
      }
    },
    async read(uri, maxBytes) {
      try {
        const answer = (await connection.sendRequest(READ_CABLE_FILE_METHOD, { uri, maxBytes } satisfies ReadCableFileParams)) as Partial<{ text: unknown; problem: unknown }> | null;
        if (typeof answer?.text === 'string') return { text: answer.text };
        return { problem: typeof answer?.problem === 'string' ? answer.problem : `${uri}: The editor did not send the file.` };
      } catch (error) {
        return { problem: `${uri}: The editor could not read the file: ${describe(error)}` };
      }
    },
  };
}
