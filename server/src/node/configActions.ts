// Quick fixes that change the `.cablelintrc.json` a cable is checked under rather than the cable:
// "Add XXXX to the known tags" and "Turn off RULE for this cable", so the editor and cable-lint in
// CI agree. Each is a command the server carries out itself, writing the file: a workspace edit
// would leave the config edited but unsaved in the editor (VS Code saves files a code action edits
// only when it edits several), and the cable would stay flagged until the user found it. The
// edits of the text are the pure service's (features/configEdits.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { CodeAction, CodeActionKind, Diagnostic } from 'vscode-languageserver';
import { errorWords } from './fileErrors';
import { CHANGE_CONFIG_COMMAND, ConfigChange, NEVER_TURNED_OFF, TAG_SHAPE } from '../lsp/configCommand';
import { CONFIG_FILE_NAME, RULE_IDS } from '../service';
import { addTagEdits, configWithRuleOff, configWithTag, isPlainPath, turnOffRuleEdits } from '../service/features';
import { applyEdits, TextEdit } from '../service';
import { uriToPath } from './configResolver';

/** Where a change goes: the config file that applies to the cable, else a new one in its workspace folder. */
export interface ConfigTarget {
  existing?: string;
  folder?: string;
}

export function configActions(documentUri: string, lines: readonly string[], diagnostics: readonly Diagnostic[], target: ConfigTarget): CodeAction[] {
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  const offer = (key: string, change: ConfigChange, diagnostic: Diagnostic, title: (file: string) => string) => {
    if (offered.has(key)) return;
    offered.add(key);
    const planned = plan(documentUri, change, target);
    if (!planned) return;
    const text = title(planned.created ? `a new ${CONFIG_FILE_NAME}` : displayPath(planned.path, target.folder));
    actions.push({ title: text, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: text, command: CHANGE_CONFIG_COMMAND, arguments: [documentUri, change] } });
  };
  for (const diagnostic of diagnostics) {
    const tag = unknownTag(lines, diagnostic);
    if (tag) offer(`tag ${tag}`, { addTag: tag }, diagnostic, (file) => `Add ${tag} to the known tags in ${file}`);
  }
  // After the fixes of the text, as ESLint lists its "disable" actions last.
  for (const diagnostic of diagnostics) {
    const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
    if (rule && RULE_IDS.has(rule) && rule !== NEVER_TURNED_OFF) offer(`rule ${rule}`, { turnOff: rule }, diagnostic, (file) => `Turn off ${rule} for this cable in ${file}`);
  }
  return actions;
}

const UNKNOWN_TAG_MESSAGE = 'Unknown tag ';

/** The TAG an unknown-tag diagnostic flags, as a config lists it. */
function unknownTag(lines: readonly string[], diagnostic: Diagnostic): string | undefined {
  if (diagnostic.code !== 'tags-unknown' || !diagnostic.message.startsWith(UNKNOWN_TAG_MESSAGE)) return undefined;
  const { start, end } = diagnostic.range;
  if (start.line !== end.line) return undefined;
  const text = (lines[start.line] ?? '').slice(start.character, end.character).trim();
  // A diagnostic from before an edit may cover other text now: what it covers must be the TAG it names.
  const named = diagnostic.message.slice(UNKNOWN_TAG_MESSAGE.length);
  if (!named.startsWith(text) || /[\w-]/.test(named.charAt(text.length))) return undefined;
  const tag = text.toUpperCase();
  return TAG_SHAPE.test(tag) ? tag : undefined;
}

/**
 * How a title names the config file: by its path in the workspace folder (`.cablelintrc.json`,
 * `cables/.cablelintrc.json`); one above the folder, which may hold settings for much more than
 * this workspace, by its full path (`~/.cablelintrc.json`, `/srv/corpus/.cablelintrc.json`).
 */
function displayPath(path: string, folder: string | undefined): string {
  const inFolder = folder !== undefined ? relative(folder, path) : '..';
  if (!inFolder.startsWith('..') && !isAbsolute(inFolder)) return inFolder.split(sep).join('/');
  const inHome = relative(homedir(), path);
  return !inHome.startsWith('..') && !isAbsolute(inHome) ? `~/${inHome.split(sep).join('/')}` : path;
}

/** The config file's new text with the change made, or undefined when it is made already or cannot be. */
function plan(documentUri: string, change: ConfigChange, target: ConfigTarget): { path: string; text: string; created: boolean } | undefined {
  // No config above the cable (resolve walks to the root): a new one in its folder applies to cable-lint too.
  const path = target.existing ?? (target.folder && join(target.folder, CONFIG_FILE_NAME));
  if (!path) return undefined;
  let file = '';
  if ('turnOff' in change) {
    // The cable as the `files` patterns name it: relative to the config's folder, `/`-separated.
    const cable = uriToPath(documentUri);
    file = cable ? relative(dirname(path), cable).split(sep).join('/') : '';
    if (!isPlainPath(file)) return undefined;
  }
  if (!target.existing) return { path, text: 'addTag' in change ? configWithTag(change.addTag) : configWithRuleOff(change.turnOff, file), created: true };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const edits: TextEdit[] | undefined = 'addTag' in change ? addTagEdits(text, change.addTag) : turnOffRuleEdits(text, change.turnOff, file);
  return edits?.length ? { path, text: applyEdits(text, edits).text, created: false } : undefined;
}

/**
 * Carries out the command: makes the change in the config file that applies now (read again: it
 * may have changed since the action was offered). The path written (with why, in words, when it
 * could not be), or undefined when there was nothing to do. A new file is created only where none exists (`wx`): one made meanwhile is never overwritten.
 */
export function changeConfig(documentUri: string, change: ConfigChange, target: ConfigTarget): { path: string; failure?: string } | undefined {
  const planned = plan(documentUri, change, target);
  if (!planned) return undefined;
  try {
    writeFileSync(planned.path, planned.text, planned.created ? { flag: 'wx' } : {});
  } catch (error) {
    return { path: planned.path, failure: errorWords(error) };
  }
  return { path: planned.path };
}
