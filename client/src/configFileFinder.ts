// VS Code for the Web: the language server in a worker has no disk, so the editor finds and reads
// `.cablelintrc.json` for it (cable/findConfigFile) through vscode.workspace.fs, which reaches
// vscode.dev's and github.dev's virtual file systems. Found as cable-lint finds it on disk: the
// nearest one walking up from the document's folder to the root of its file system.
import * as vscode from 'vscode';
import { FindConfigFileParams, FindConfigFileResult } from './protocol';

const CONFIG_FILE_NAME = '.cablelintrc.json';

/** Where the walk starts: the document's folder, or for an untitled cable the first workspace folder. */
function startFolder(documentUri: string): vscode.Uri | undefined {
  const uri = vscode.Uri.parse(documentUri, true);
  if (uri.scheme === 'untitled') return vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.Uri.joinPath(uri, '..');
}

/**
 * Whether `uri` is a file. Not there is false; any other failure (github.dev's file system is a
 * remote one) is thrown, so the request fails and the server asks again at its next check rather
 * than taking "no config" for an answer.
 */
async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return false;
    throw error;
  }
}

/** The UTF-8 text, as Node's readFileSync(path, 'utf8') gives it (bad bytes become U+FFFD). */
async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

export async function findConfigFile(params: FindConfigFileParams): Promise<FindConfigFileResult> {
  let folder: vscode.Uri | undefined;
  try {
    folder = typeof params?.uri === 'string' ? startFolder(params.uri) : undefined;
  } catch {
    // A URI the editor cannot parse: no config for it.
    return null;
  }
  // A file system that fails (not a missing file) fails the request: see isFile.
  while (folder) {
    const candidate = vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return { uri: candidate.toString(), text: await readText(candidate) };
    if (folder.path === '/' || folder.path === '') return null;
    folder = vscode.Uri.joinPath(folder, '..');
  }
  return null;
}
