import * as vscode from 'vscode';
import { CodeAction, CodeActionRequest, Command } from 'vscode-languageclient/node';
import { isCableEditor } from './documentInfo';
import { CableServer } from './languageClient';

/** The server's fix-all code action kind (codeActionsOnSave: `source.fixAll.cable`). */
const FIX_ALL_KIND = 'source.fixAll.cable';

/**
 * `cable.fixAll`: applies every safe fix to the active cable, as fix-all on save does, without
 * saving (ESLint's "Fix all auto-fixable Problems"). Asks our server directly, as
 * renumberParagraphs does. Resolves to true when the text changed.
 */
export async function fixAll(server: CableServer): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!isCableEditor(editor)) return false;
  const client = await server.client();
  const document = editor.document;
  let actions: Array<Command | CodeAction> | null;
  try {
    actions = await client.sendRequest(CodeActionRequest.type, {
      textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(document),
      range: client.code2ProtocolConverter.asRange(new vscode.Range(0, 0, document.lineCount, 0)),
      context: { diagnostics: [], only: [FIX_ALL_KIND] },
    });
  } catch (error) {
    // The client stopped mid-request (Cable: Restart Language Server): no error box for what the user asked for.
    if (client.isRunning()) throw error;
    void vscode.window.setStatusBarMessage('Cable: the language server stopped before answering; nothing fixed', 3000);
    return false;
  }
  const action = actions?.find((a): a is CodeAction => 'kind' in a && a.kind === FIX_ALL_KIND && !!a.edit);
  if (!action?.edit) {
    void vscode.window.setStatusBarMessage('Cable: nothing to fix automatically', 3000);
    return false;
  }
  return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(action.edit));
}
