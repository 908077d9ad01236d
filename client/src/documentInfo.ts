import * as vscode from 'vscode';
import { BaseLanguageClient } from 'vscode-languageclient';
import { DocumentInfo, DocumentInfoRequest } from './protocol';

/** Asks the server for a document's classification summary and paragraph starts. */
export function requestDocumentInfo(client: BaseLanguageClient, document: vscode.TextDocument): Promise<DocumentInfo> {
  return client.sendRequest(DocumentInfoRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) });
}

export function isCableEditor(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return editor !== undefined && editor.document.languageId === 'cable';
}
