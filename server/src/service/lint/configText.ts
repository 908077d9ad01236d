// A `.cablelintrc.json` text as a LoadedConfig: the one reading shared by whoever fetches the file
// (the CLI and Node server from disk, the web server through the client), so all read it alike.
import { LineIndex } from '../text/lines';
import { RULE_IDS } from '../rules';
import { LoadedConfig, parseConfig } from './config';

export const CONFIG_FILE_NAME = '.cablelintrc.json';

/** `text` read from `path` (a file path, or a URI where there is no disk), problems placed by 1-based line and column. */
export function readConfigText(path: string, text: string): LoadedConfig {
  // A BOM (Windows editors write one) is not JSON; editors hide it, so positions count from after it.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const { config, problems } = parseConfig(text, RULE_IDS);
  const index = new LineIndex(text);
  return {
    path,
    config,
    problems: problems.map((p) => {
      const at = index.positionAt(p.offset);
      return { ...p, line: at.line + 1, column: at.character + 1 };
    }),
  };
}

/** A file that could not be read: a problem at its start, not an exception. */
export function unreadableConfig(path: string, reason: string): LoadedConfig {
  return { path, config: {}, problems: [{ message: `Cannot read the file: ${reason}`, offset: 0, length: 0, line: 1, column: 1, unused: true }] };
}
