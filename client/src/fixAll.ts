import * as vscode from 'vscode';
import { CodeAction, CodeActionRequest } from 'vscode-languageclient';
import { isCableEditor } from './documentInfo';
import { CableServer } from './languageClient';

/** The server's fix-all code action kind (codeActionsOnSave: `source.fixAll.cable`). */
const FIX_ALL_KIND = 'source.fixAll.cable';

/** The run of cable.fixAll in progress, which the next one waits for. */
let running: Promise<unknown> = Promise.resolve();

/**
 * `cable.fixAll`: applies every safe fix to the active cable, as fix-all on save does, without
 * saving (ESLint's "Fix all auto-fixable Problems"). Asks our server directly, as
 * renumberParagraphs does. Resolves to true when the text changed.
 *
 * One run at a time: two runs side by side both asked for the same text, and VS Code applied both
 * edits, as the version check below runs before either edit reaches the document.
 */
export function fixAll(server: CableServer): Promise<boolean> {
  const run = running.then(() => fixAllNow(server));
  running = run.catch(() => undefined);
  return run;
}

async function fixAllNow(server: CableServer): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!isCableEditor(editor)) return false;
  const document = editor.document;
  const version = document.version;
  const asked = await server.request((client) =>
    client.sendRequest(CodeActionRequest.type, {
      textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(document),
      range: client.code2ProtocolConverter.asRange(new vscode.Range(0, 0, document.lineCount, 0)),
      context: { diagnostics: [], only: [FIX_ALL_KIND] },
    }),
  );
  if (!asked) return false;
  const { client, answer: actions } = asked;
  const action = actions?.find((a): a is CodeAction => 'kind' in a && a.kind === FIX_ALL_KIND && !!a.edit);
  if (!action?.edit) {
    void vscode.window.setStatusBarMessage('Cable: nothing to fix automatically', 3000);
    return false;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(action.edit);
  // The edit is for the text the server saw. Checked right before applyEdit, which stamps the
  // edit with the document's version then: a text changed by now (a fix-all run beside this one)
  // is not edited with stale ranges, and one changed later refuses the stamped edit.
  if (document.version !== version) return false;
  return vscode.workspace.applyEdit(edit);
}
