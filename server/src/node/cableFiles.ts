// Where a cited cable lies on disk. Released corpora keep one file per cable, named by its id
// (04RANGOON1370.txt): it is looked for beside the citing cable, then at the top of each workspace
// folder. A few file-exists checks per request; nothing is indexed, and a hover reads the head of
// the one file it names.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseCable } from '../service';
import { citedCableSummary } from '../service/features';
import { uriToPath } from './configResolver';

const EXTENSIONS = ['.txt', '.cable'];

/** The folders a cable's citations are looked for in, nearest first, without repeats. */
export function citationFolders(documentUri: string, workspaceFolders: readonly string[]): string[] {
  const path = uriToPath(documentUri);
  return [...new Set([...(path ? [dirname(path)] : []), ...workspaceFolders])];
}

export function findCableFile(id: string, folders: readonly string[]): string | undefined {
  for (const folder of folders) {
    for (const extension of EXTENSIONS) {
      const path = join(folder, id + extension);
      if (isFile(path)) return path;
    }
  }
  return undefined;
}

/** A regular file (through symlinks): a folder named like a cable is no link target, and reading a FIFO would block the server. */
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** Enough of a cable for its header: classification, date and subject come first. */
const HEAD_BYTES = 16_384;

/** What a hover shows of a cited cable (citedCableSummary), read from the head of its file; undefined when it cannot be read. */
export function readCitedCable(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, head, 0, HEAD_BYTES, 0);
    // A character cut at the end of the head decodes as U+FFFD, past the header anyway.
    return citedCableSummary(parseCable(head.subarray(0, length).toString('utf8'), { fileName: basename(path) }), basename(path));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
