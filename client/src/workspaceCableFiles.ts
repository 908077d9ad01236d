// VS Code for the Web: Lint Workspace's files for the language server in a worker, which has no
// disk. Found as cable-lint walks a folder (hidden entries and node_modules left out, `.cable` and
// `.txt` in any case, by name) and read through vscode.workspace.fs, which reaches vscode.dev's and
// github.dev's virtual file systems; decoded as cable-lint decodes a file (the same byteLayout).
import * as vscode from 'vscode';
import { byteLayout } from '../../server/src/service/text/encoding';
import { FindCableFilesParams, FindCableFilesResult, ReadCableFileParams, ReadCableFileResult } from './protocol';

const CABLE_FILE = /\.(cable|txt)$/i;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How a file is named in a message: its path in the workspace. */
const label = (uri: vscode.Uri): string => vscode.workspace.asRelativePath(uri, true);

export async function findCableFiles(params: FindCableFilesParams): Promise<FindCableFilesResult> {
  const result: FindCableFilesResult = { uris: [], problems: [] };
  const walk = async (folder: vscode.Uri): Promise<void> => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch (error) {
      result.problems.push(`${label(folder)}: Cannot read the directory: ${describe(error)}.`);
      return;
    }
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, type] of entries) {
      // A link is neither walked nor read, as cable-lint's walk leaves it.
      if (name.startsWith('.') || name === 'node_modules' || type & vscode.FileType.SymbolicLink) continue;
      const uri = vscode.Uri.joinPath(folder, name);
      if (type & vscode.FileType.Directory) await walk(uri);
      else if (type & vscode.FileType.File && CABLE_FILE.test(name)) result.uris.push(uri.toString());
    }
  };
  for (const folder of Array.isArray(params?.folders) ? params.folders : []) await walk(vscode.Uri.parse(folder, true));
  return result;
}

const DECODER_LABELS = { utf8: 'utf-8', utf16le: 'utf-16le', utf16be: 'utf-16be' } as const;

/** The text of a cable file's bytes, or why it is not one. */
function decode(bytes: Uint8Array): { text: string } | { problem: string } {
  const layout = byteLayout(bytes);
  if (layout === 'binary') return { problem: 'Binary file (it contains NUL bytes): not a cable, not checked.' };
  const { encoding, bomLength } = layout;
  // As cable-lint reads: bad bytes become U+FFFD (it only refuses to write such a file back), an odd
  // last byte of UTF-16 is dropped, and a U+FEFF after the BOM is text (ignoreBOM keeps it).
  const end = encoding === 'utf8' ? bytes.length : bomLength + ((bytes.length - bomLength) & ~1);
  return { text: new TextDecoder(DECODER_LABELS[encoding], { ignoreBOM: true }).decode(bytes.subarray(bomLength, end)) };
}

export async function readCableFile(params: ReadCableFileParams): Promise<ReadCableFileResult> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(params.uri, true);
  } catch {
    return { problem: `${String(params?.uri)}: Not a file the editor can read.` };
  }
  try {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > params.maxBytes) return { problem: `${label(uri)}: Larger than cable.maxValidatedSize (${size} bytes; the limit is ${params.maxBytes}): not checked.` };
    const read = decode(await vscode.workspace.fs.readFile(uri));
    return 'text' in read ? read : { problem: `${label(uri)}: ${read.problem}` };
  } catch (error) {
    return { problem: `${label(uri)}: Cannot read the file: ${describe(error)}.` };
  }
}
