// The cables Lint Workspace checks, found and read exactly as `cable-lint FOLDER` finds and reads
// them (the same walk, `ignores`, encodings and limits), so the Problems panel shows what CI shows.
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { collectFiles, readCable } from '../cli/files';
import { WorkspaceCables } from '../lsp/host';
import { ConfigResolver, uriToPath } from './configResolver';

export function workspaceCables(resolver: ConfigResolver): WorkspaceCables {
  return {
    list(folderUris) {
      const folders = folderUris.map(uriToPath).filter((p): p is string => !!p);
      // A folder without cables is no problem here: the command says how many it found.
      const { files, problems } = collectFiles(folders, true, resolver.isIgnored);
      return { uris: files.map((path) => pathToFileURL(path).href), problems: problems.map((p) => `${p.path}: ${p.message}`) };
    },
    read(uri, maxBytes) {
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
