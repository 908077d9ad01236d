// The extension's activation, the same on the desktop and on the web: only where the language
// server runs differs (extension.ts, browserExtension.ts).
import * as vscode from 'vscode';
import { BaseLanguageClient } from 'vscode-languageclient';
import { contributedFirstLine, detectCablesInPlainText } from './cableDetection';
import { ClassificationStatus } from './classificationStatus';
import { fixAll } from './fixAll';
import { lintWorkspace } from './lintWorkspace';
import { CableServer, ClientFactory } from './languageClient';
import { newCable } from './newCable';
import { moveToParagraph } from './paragraphNavigation';
import { NewCableParams } from './protocol';
import { renumberParagraphs } from './renumberParagraphs';

/** What `activate` returns: for other extensions and the integration tests. */
export interface CableAuthorApi {
  /** The running language client (starts the server if no cable has yet). */
  client(): Promise<BaseLanguageClient>;
  readonly classificationStatus: ClassificationStatus;
}

let server: CableServer | undefined;

export function activateCableAuthor(context: vscode.ExtensionContext, createClient: ClientFactory): CableAuthorApi {
  const output = vscode.window.createOutputChannel('Cable Author');
  const cableServer = new CableServer(output, createClient);
  server = cableServer;
  const classificationStatus = new ClassificationStatus(cableServer);
  const startForCable = (document: vscode.TextDocument): void => {
    if (document.languageId === 'cable') void cableServer.client();
  };
  context.subscriptions.push(
    output,
    cableServer,
    classificationStatus,
    vscode.workspace.onDidOpenTextDocument(startForCable),
    detectCablesInPlainText(contributedFirstLine(context.extension)),
    vscode.commands.registerCommand('cable.newCable', (preset?: Partial<NewCableParams>) => newCable(cableServer, preset)),
    vscode.commands.registerCommand('cable.nextParagraph', () => moveToParagraph(cableServer, 'next')),
    vscode.commands.registerCommand('cable.previousParagraph', () => moveToParagraph(cableServer, 'previous')),
    vscode.commands.registerCommand('cable.renumberParagraphs', () => renumberParagraphs(cableServer)),
    vscode.commands.registerCommand('cable.fixAll', () => fixAll(cableServer)),
    vscode.commands.registerCommand('cable.lintWorkspace', () => lintWorkspace(cableServer, output)),
    vscode.commands.registerCommand('cable.restartServer', () => cableServer.restart()),
    vscode.commands.registerCommand('cable.showOutput', () => output.show(true)),
  );
  vscode.workspace.textDocuments.forEach(startForCable);
  return { client: () => cableServer.client(), classificationStatus };
}

export function deactivateCableAuthor(): Promise<void> | undefined {
  return server?.stop();
}
