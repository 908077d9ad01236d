// Quick fixes that change the `.cablelintrc.json` a cable is checked under rather than the cable:
// "Add XXXX to the known tags", so the editor and cable-lint in CI both stop flagging a TAG the
// team uses. The fix is a command the server carries out itself, writing the file: a workspace
// edit would leave the config edited but unsaved in the editor (VS Code saves files a code action
// edits only when it edits several), and the cable would stay flagged until the user found it.
// The edit of the text is the pure service's (features/configEdits.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeAction, CodeActionKind, Diagnostic } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../node/configFiles';
import { addTagEdits, configWithTag } from '../service/features';
import { applyEdits } from '../service';

export const ADD_TAG_COMMAND = 'cable.addTagToConfig';

/** Where a TAG goes: the config file that applies to the cable, else a new one in its workspace folder. */
export interface ConfigTarget {
  existing?: string;
  folder?: string;
}

/** A TAG as a config can list it: what the rule flags is a token of letters, digits and hyphens. */
const TAG_SHAPE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

export function addTagActions(documentUri: string, lines: readonly string[], diagnostics: readonly Diagnostic[], target: ConfigTarget): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.code !== 'tags-unknown' || !diagnostic.message.startsWith('Unknown tag')) continue;
    const { start, end } = diagnostic.range;
    if (start.line !== end.line) continue;
    const tag = (lines[start.line] ?? '').slice(start.character, end.character).trim().toUpperCase();
    if (!TAG_SHAPE.test(tag) || seen.has(tag)) continue;
    seen.add(tag);
    const change = configChange(tag, target);
    if (!change) continue;
    const title = `Add ${tag} to the known tags in ${change.created ? `a new ${CONFIG_FILE_NAME}` : CONFIG_FILE_NAME}`;
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ADD_TAG_COMMAND, arguments: [documentUri, tag] } });
  }
  return actions;
}

/** The config file's new text with `tag` added, or undefined when it lists the TAG already or cannot take it. */
function configChange(tag: string, target: ConfigTarget): { path: string; text: string; created: boolean } | undefined {
  if (!target.existing) return target.folder ? { path: join(target.folder, CONFIG_FILE_NAME), text: configWithTag(tag), created: true } : undefined;
  let text: string;
  try {
    text = readFileSync(target.existing, 'utf8');
  } catch {
    return undefined;
  }
  const edits = addTagEdits(text, tag);
  return edits?.length ? { path: target.existing, text: applyEdits(text, edits).text, created: false } : undefined;
}

/**
 * Carries out the command: adds `tag` to the config file that applies now (read again: it may have
 * changed since the action was offered). The path written, or undefined when there was nothing to do.
 * A new file is created only where none exists (`wx`), so a file made meanwhile is never overwritten.
 */
export function addTagToConfig(tag: string, target: ConfigTarget): string | undefined {
  if (!TAG_SHAPE.test(tag)) throw new Error(`"${tag}" is not a TAG code.`);
  const change = configChange(tag, target);
  if (!change) return undefined;
  writeFileSync(change.path, change.text, change.created ? { flag: 'wx' } : {});
  return change.path;
}
