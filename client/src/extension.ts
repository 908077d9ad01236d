// Desktop VS Code's entry point (package.json `main`): the language server in a Node process.
import * as vscode from 'vscode';
import { activateCableAuthor, CableAuthorApi, deactivateCableAuthor } from './activate';
import { serverProcess } from './serverProcess';

export function activate(context: vscode.ExtensionContext): CableAuthorApi {
  return activateCableAuthor(context, serverProcess);
}

export const deactivate = deactivateCableAuthor;
