// Finding and reading `.cablelintrc.json` on disk, for the CLI and the language server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LineIndex, LoadedConfig, parseConfig, RULE_IDS } from '../service';

export { LoadedConfig };

export const CONFIG_FILE_NAME = '.cablelintrc.json';

/** The nearest `.cablelintrc.json` in `dir` or above, up to the file system's root. */
export function findConfigFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads a config file; an unreadable file is a problem, not an exception. */
export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, config: {}, problems: [{ message: `Cannot read the file: ${(error as Error).message}`, offset: 0, length: 0, line: 1, column: 1 }] };
  }
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
