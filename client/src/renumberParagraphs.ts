import * as vscode from 'vscode';
import { DocumentFormattingRequest } from 'vscode-languageclient';
import { isCableEditor } from './documentInfo';
import { CableServer } from './languageClient';

/**
 * `cable.renumberParagraphs`: applies the Cable server's document formatting (which renumbers
 * paragraphs) to the active editor. It asks our server directly rather than running
 * `editor.action.formatDocument`, so another default formatter for the language cannot take over.
 * Resolves to true when the text changed.
 */
export async function renumberParagraphs(server: CableServer): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!isCableEditor(editor)) return false;
  const { tabSize, insertSpaces } = editor.options;
  const version = editor.document.version;
  const asked = await server.request((client) =>
    client.sendRequest(DocumentFormattingRequest.type, {
      textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(editor.document),
      options: {
        tabSize: typeof tabSize === 'number' ? tabSize : 8,
        insertSpaces: insertSpaces === true,
      },
    }),
  );
  if (!asked) return false;
  const { client, answer: edits } = asked;
  if (!edits || edits.length === 0) return false;
  const converted = await client.protocol2CodeConverter.asTextEdits(edits);
  // Edits for the text the server saw: not applied to a text changed meanwhile (editor.edit itself
  // refuses a change made after this call).
  if (editor.document.version !== version) return false;
  return editor.edit((builder) => {
    for (const edit of converted ?? []) builder.replace(edit.range, edit.newText);
  });
}
