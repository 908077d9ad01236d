// Quick fixes that edit the `.cablelintrc.json` a cable is checked under rather than the cable:
// "Add XXXX to the known tags", so the editor and cable-lint in CI both stop flagging a TAG the
// team uses. The edit itself is computed by the pure service (features/configEdits.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeAction, CodeActionKind, Diagnostic, WorkspaceEdit } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../node/configFiles';
import { addTagEdits, configWithTag } from '../service/features';

/** Where the TAG goes: the config file that applies, else a new one in the workspace folder (when the client can create files). */
export interface ConfigTarget {
  existing?: string;
  folder?: string;
  canCreateFiles: boolean;
}

/** A TAG as a config can list it: what the rule flags is a token of letters, digits and hyphens. */
const TAG_SHAPE = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

export function addTagActions(lines: readonly string[], diagnostics: readonly Diagnostic[], target: ConfigTarget): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.code !== 'tags-unknown' || !diagnostic.message.startsWith('Unknown tag')) continue;
    const { start, end } = diagnostic.range;
    if (start.line !== end.line) continue;
    const tag = (lines[start.line] ?? '').slice(start.character, end.character).trim().toUpperCase();
    if (!TAG_SHAPE.test(tag) || seen.has(tag)) continue;
    seen.add(tag);
    const edit = addTagEdit(tag, target);
    if (edit) actions.push({ title: `Add ${tag} to the known tags in ${edit.fileName}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit.edit });
  }
  return actions;
}

function addTagEdit(tag: string, target: ConfigTarget): { edit: WorkspaceEdit; fileName: string } | undefined {
  if (target.existing) {
    let text: string;
    try {
      text = readFileSync(target.existing, 'utf8');
    } catch {
      return undefined;
    }
    const edits = addTagEdits(text, tag);
    // Listed already (the file changed since the cable was checked) or not a file a TAG can be added to.
    if (!edits?.length) return undefined;
    return { edit: { changes: { [pathToFileURL(target.existing).href]: edits } }, fileName: CONFIG_FILE_NAME };
  }
  if (!target.folder || !target.canCreateFiles) return undefined;
  const uri = pathToFileURL(join(target.folder, CONFIG_FILE_NAME)).href;
  const start = { line: 0, character: 0 };
  return {
    edit: { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: configWithTag(tag) }] }] },
    fileName: `a new ${CONFIG_FILE_NAME}`,
  };
}
