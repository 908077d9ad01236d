// Finding and reading `.cablelintrc.json` on disk, for the CLI and the language server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME, LoadedConfig, readConfigText, unreadableConfig } from '../service';
import { errorWords } from './fileErrors';

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
    // In words, as other file errors: "no such file or directory", not Node's "ENOENT: ..., open 'x'".
    return unreadableConfig(path, `${errorWords(error)}.`);
  }
  return readConfigText(path, text);
}
