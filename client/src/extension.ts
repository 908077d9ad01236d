import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { ClassificationStatus } from './classificationStatus';
import { createLanguageClient } from './languageClient';
import { newCable } from './newCable';
import { moveToParagraph } from './paragraphNavigation';
import { NewCableParams } from './protocol';
import { renumberParagraphs } from './renumberParagraphs';

/** What `activate` returns: for other extensions and the integration tests. */
export interface CableAuthorApi {
  readonly client: LanguageClient;
  readonly classificationStatus: ClassificationStatus;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CableAuthorApi> {
  const output = vscode.window.createOutputChannel('Cable Author');
  client = createLanguageClient(output);
  const languageClient = client;
  const classificationStatus = new ClassificationStatus(languageClient);
  context.subscriptions.push(
    output,
    classificationStatus,
    vscode.commands.registerCommand('cable.newCable', (preset?: Partial<NewCableParams>) => newCable(languageClient, preset)),
    vscode.commands.registerCommand('cable.nextParagraph', () => moveToParagraph(languageClient, 'next')),
    vscode.commands.registerCommand('cable.previousParagraph', () => moveToParagraph(languageClient, 'previous')),
    vscode.commands.registerCommand('cable.renumberParagraphs', () => renumberParagraphs(languageClient)),
  );
  await languageClient.start();
  void classificationStatus.refresh();
  return { client: languageClient, classificationStatus };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
