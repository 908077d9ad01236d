// Where a cited cable lies on disk. Released corpora keep one file per cable, named by its id
// (04RANGOON1370.txt): it is looked for beside the citing cable, then at the top of each workspace
// folder. A few file-exists checks per request; nothing is indexed or read.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}
