// Finding cable files and reading them without ever losing a byte: encodings are detected,
// a BOM is remembered and written back, and text that did not decode cleanly is never rewritten.
import { chmodSync, chownSync, Dirent, readdirSync, readFileSync, realpathSync, renameSync, rmSync, Stats, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errorWords, wordsForCode } from '../node/fileErrors';
import { byteLayout, Encoding } from '../service/text/encoding';
import { STDIN_PATH } from './args';

export const CABLE_EXTENSIONS = ['.cable', '.txt'];

/** Whether a file's name ends as a cable file's (.cable, .txt, in any case): the walk takes only these, and --fix writes only these. */
export function isCableFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return CABLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
/** Files larger than this are reported, not read: no cable comes close. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface FileProblem {
  path: string;
  message: string;
  /**
   * What the problem left undone, for the text summary: by default the path was not checked; or it
   * was, but its fixes were not written; or it is a directory that holds no cable file.
   */
  kind?: 'unwritten' | 'empty-directory';
}

/** Whether a path found while walking is ignored by its config (`folder`: a directory, not walked into). */
export type IgnoredCheck = (path: string, folder: boolean) => boolean;

/**
 * Files named on the command line, and cable files found under named directories, in a stable
 * order. `-` (standard input) stays in the list where it was named. What `ignored` says is left
 * out of the walk (named files are kept: the caller warns about them, as ESLint does). A named
 * directory in which nothing was found (no cable file, no problem) is a problem unless
 * `allowEmptyDirs`: as with ESLint's "No files matching", a CI job pointed at the wrong folder
 * must not pass; the message says so when the files were there but all ignored.
 */
export function collectFiles(paths: readonly string[], allowEmptyDirs = false, ignored: IgnoredCheck = () => false): { files: string[]; problems: FileProblem[] } {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  let skipped = 0;
  // Cable files found in the named directory being walked, taken or already in the list.
  let found = 0;
  // A path named twice (`seeds seeds/`), or a file named and inside a named directory, is checked once, where it first came.
  const namedBefore = new Set<string>();
  const listed = new Set<string>();
  const take = (path: string) => {
    const key = resolve(path);
    if (listed.has(key)) return;
    listed.add(key);
    files.push(path);
  };
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
    } catch (error) {
      problems.push({ path: dir, message: `Cannot read the directory: ${errorWords(error)}.` });
      return;
    }
    for (const entry of entries) {
      const kind = walkedKind(entry);
      if (!kind) continue;
      const path = join(dir, entry.name);
      const folder = kind === 'folder';
      if (ignored(path, folder)) skipped++;
      else if (folder) walk(path);
      else {
        found++;
        take(path);
      }
    }
  };
  for (const path of paths) {
    if (path === STDIN_PATH) {
      files.push(path);
      continue;
    }
    if (namedBefore.has(resolve(path))) continue;
    namedBefore.add(resolve(path));
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      problems.push({ path, message: statFailure(error, path) });
      continue;
    }
    if (!stat.isDirectory()) {
      take(path);
      continue;
    }
    const problemsBefore = problems.length;
    found = 0;
    skipped = 0;
    if (ignored(path, true)) skipped++;
    else walk(path);
    if (!found && problems.length === problemsBefore && !allowEmptyDirs) {
      const message = skipped
        ? 'Every .cable and .txt file in this directory is ignored by the "ignores" of .cablelintrc.json (--allow-empty-dirs accepts that).'
        : 'No .cable or .txt files in this directory or below it (--allow-empty-dirs accepts that).';
      problems.push({ path, message, kind: 'empty-directory' });
    }
  }
  return { files, problems };
}

/** What a walk does with a directory entry: walks into a folder, takes a cable file, or leaves it (hidden, node_modules, other files). */
export function walkedKind(entry: Dirent): 'folder' | 'file' | undefined {
  if (entry.name.startsWith('.') || entry.name === 'node_modules') return undefined;
  if (entry.isDirectory()) return 'folder';
  return entry.isFile() && isCableFileName(entry.name) ? 'file' : undefined;
}

/** Directory entries in the walk's stable order (by name, code unit order). */
export function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * A path named on the command line that cannot be reached: the words, and the code to search for.
 * A missing one with `*` or `?` in it is most likely a pattern the shell did not expand (quoted,
 * or on Windows): say that cable-lint does not expand it either.
 */
function statFailure(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words = wordsForCode(code);
  const message = words ? `${words[0].toUpperCase()}${words.slice(1)} (${code}).` : `Cannot reach the path (${code ?? 'unreadable'}).`;
  if (code !== 'ENOENT' || !/[*?]/.test(path)) return message;
  return `${message} cable-lint does not expand * or ? itself: name the folder instead (it is walked for .cable and .txt files), or leave the pattern unquoted for the shell to expand.`;
}

export interface CableFile {
  path: string;
  /** The decoded text without its BOM. */
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** True when invalid bytes were replaced while decoding: such a file is never written back. */
  lossy: boolean;
  /** The bytes as read, to notice a change on disk before writing fixes over it. */
  original: Buffer;
}

export type ReadResult = { ok: true; file: CableFile } | { ok: false; problem: FileProblem };

function swapBytes(bytes: Buffer): Buffer {
  const swapped = Buffer.from(bytes.subarray(0, bytes.length & ~1));
  swapped.swap16();
  return swapped;
}

export function decode(path: string, bytes: Buffer): ReadResult {
  const read = decodeBytes(path, bytes);
  return read.ok ? { ok: true, file: { ...read.file, original: bytes } } : read;
}

type Decoded = { ok: true; file: Omit<CableFile, 'original'> } | { ok: false; problem: FileProblem };

function decodeBytes(path: string, bytes: Buffer): Decoded {
  const layout = byteLayout(bytes);
  if (layout === 'binary') return binaryFile(path);
  const { encoding, bomLength } = layout;
  const body = bytes.subarray(bomLength);
  if (encoding === 'utf8') return decodeUtf8(path, body, bomLength > 0);
  // An odd byte at the end is half a character: dropped from the text, so never written back.
  const text = (encoding === 'utf16le' ? body : swapBytes(body)).toString('utf16le');
  return { ok: true, file: { path, text, encoding, bom: bomLength > 0, lossy: body.length % 2 === 1 } };
}

function binaryFile(path: string): Decoded {
  return { ok: false, problem: { path, message: 'Binary file (it contains NUL bytes): not a cable, not checked.' } };
}

function decodeUtf8(path: string, bytes: Buffer, bom: boolean): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, file: { path, text, encoding: 'utf8', bom, lossy: false } };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { ok: true, file: { path, text, encoding: 'utf8', bom, lossy: true } };
  }
}

export function readCable(path: string): ReadResult {
  try {
    const stat = statSync(path);
    // Reading a device (/dev/zero) never ends and opening a FIFO blocks: only regular files are cables.
    if (!stat.isFile()) return { ok: false, problem: { path, message: stat.isDirectory() ? 'It is a directory, not a file: not checked.' : 'Not a regular file (a device, pipe or socket): not checked.' } };
    const size = stat.size;
    if (size > MAX_FILE_BYTES) return { ok: false, problem: { path, message: `File too large (${size} bytes; the limit is ${MAX_FILE_BYTES}): not checked.` } };
    return decode(path, readFileSync(path));
  } catch (error) {
    // The file was there a moment ago (it was listed, or named and found): gone now means removed.
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it was removed' : errorWords(error);
    return { ok: false, problem: { path, message: `Cannot read the file: ${why}.` } };
  }
}

/**
 * Reads standard input to its end and decodes it as a file's bytes, under `name`: binary input
 * gets the binary-file message, undecodable text is checked and flagged lossy, as for a file.
 */
export async function readStdin(name: string, input: AsyncIterable<Buffer | string> = process.stdin): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      // Stop reading: leaving the loop closes the stream, and nothing more is held in memory.
      if (size > MAX_FILE_BYTES) return { ok: false, problem: { path: name, message: `Standard input too large (over ${MAX_FILE_BYTES} bytes): not checked.` } };
      chunks.push(bytes);
    }
  } catch (error) {
    return { ok: false, problem: { path: name, message: `Cannot read standard input: ${errorWords(error)}.` } };
  }
  return decode(name, Buffer.concat(chunks, size));
}

function encode(file: CableFile, text: string): Buffer {
  if (file.encoding === 'utf8') return Buffer.from((file.bom ? '\ufeff' : '') + text, 'utf8');
  const le = Buffer.from((file.bom ? '\ufeff' : '') + text, 'utf16le');
  return file.encoding === 'utf16le' ? le : swapBytes(le);
}

/**
 * Writes fixed text next to the file, then renames over it, so a crash never leaves half a cable.
 * A symlink stays a symlink (its target is rewritten) and the file keeps its permissions and owner.
 * Where a new file cannot be the same file (another name links to it; its owner cannot be given
 * back, as when root fixes a file of another user; the folder is not writable) the bytes are
 * written into the file itself instead. A file that changed on disk since it was read (an editor
 * saved it meanwhile) is not overwritten.
 */
export function writeCable(file: CableFile, text: string): FileProblem | undefined {
  let temp: string | undefined;
  try {
    const target = realpathSync(file.path);
    const bytes = encode(file, text);
    const stat = statSync(target);
    if (stat.nlink > 1) return writeInPlace(file, target, bytes);
    temp = `${target}.cable-lint-${process.pid}.tmp`;
    try {
      writeFileSync(temp, bytes);
    } catch (error) {
      temp = undefined;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') return writeInPlace(file, target, bytes);
      throw error;
    }
    chmodSync(temp, stat.mode & 0o7777);
    if (!ownedAs(temp, stat)) {
      rmSync(temp, { force: true });
      temp = undefined;
      return writeInPlace(file, target, bytes);
    }
    // Compared at the last moment: checking and writing fixes took time.
    if (!readFileSync(target).equals(file.original)) {
      rmSync(temp, { force: true });
      return changedOnDisk(file);
    }
    renameSync(temp, target);
    return undefined;
  } catch (error) {
    if (temp) rmSync(temp, { force: true });
    return { path: file.path, message: `Cannot write the fixed file: ${errorWords(error)}.`, kind: 'unwritten' };
  }
}

/** Whether the new file has (or could be given) the owner and group of the old one. */
function ownedAs(path: string, original: Stats): boolean {
  const made = statSync(path);
  if (made.uid === original.uid && made.gid === original.gid) return true;
  try {
    chownSync(path, original.uid, original.gid);
    return true;
  } catch {
    return false;
  }
}

/** The file rewritten where it is: not atomic, but it stays the same file (links, owner, inode). */
function writeInPlace(file: CableFile, target: string, bytes: Buffer): FileProblem | undefined {
  if (!readFileSync(target).equals(file.original)) return changedOnDisk(file);
  writeFileSync(target, bytes);
  return undefined;
}

function changedOnDisk(file: CableFile): FileProblem {
  return { path: file.path, message: 'The file changed on disk while it was being checked; fixes not written (run again).', kind: 'unwritten' };
}
