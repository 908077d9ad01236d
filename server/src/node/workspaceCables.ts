// The cables Lint Workspace checks, found and read as `cable-lint FOLDER` finds and reads them (the
// same entries, order, `ignores`, encodings and limits), so the Problems panel shows what CI shows.
// The walk is the CLI's, made asynchronous: a workspace the size of a home folder takes seconds to
// walk, and the server keeps answering the editor meanwhile, and stops when told to.
import { Dirent, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { byName, readCable, walkedKind } from '../cli/files';
import { errorWords } from './fileErrors';
import { WorkspaceCables } from '../lsp/host';
import { ConfigResolver, uriToPath } from './configResolver';

export function workspaceCables(resolver: ConfigResolver): WorkspaceCables {
  return {
    async list(folderUris, stopped) {
      const uris: string[] = [];
      const problems: string[] = [];
      const walk = async (dir: string): Promise<void> => {
        if (stopped()) return;
        let entries: Dirent[];
        try {
          entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
        } catch (error) {
          problems.push(`${dir}: Cannot read the directory: ${errorWords(error)}.`);
          return;
        }
        for (const entry of entries) {
          const kind = walkedKind(entry);
          if (!kind) continue;
          const path = join(dir, entry.name);
          if (resolver.isIgnored(path, kind === 'folder')) continue;
          if (kind === 'folder') await walk(path);
          else uris.push(pathToFileURL(path).href);
        }
      };
      for (const uri of folderUris) {
        const folder = uriToPath(uri);
        if (folder && !resolver.isIgnored(folder, true)) await walk(folder);
      }
      return { uris, problems };
    },
    async read(uri, maxBytes) {
      const path = uriToPath(uri);
      if (!path) return { problem: `${uri}: Not a file on disk.` };
      // A log or data file among the cables is not read into the server's memory to be refused there.
      const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
      if (size > maxBytes) return { problem: `${path}: Larger than cable.maxValidatedSize (${size} bytes; the limit is ${maxBytes}): not checked.` };
      const read = readCable(path);
      return read.ok ? { text: read.file.text } : { problem: `${path}: ${read.problem.message}` };
    },
  };
}
