// VS Code for the Web's entry point (package.json `browser`): the language server in a web worker.
import * as vscode from 'vscode';
import { activateCableAuthor, CableAuthorApi, deactivateCableAuthor } from './activate';
import { serverWorker } from './serverWorker';

export function activate(context: vscode.ExtensionContext): CableAuthorApi {
  return activateCableAuthor(context, serverWorker(context.extensionUri));
}

export const deactivate = deactivateCableAuthor;
