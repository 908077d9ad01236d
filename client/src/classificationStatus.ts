import * as vscode from 'vscode';
import { isCableEditor, requestDocumentInfo } from './documentInfo';
import { CableServer } from './languageClient';
import { DocumentInfo } from './protocol';

const REFRESH_DELAY_MS = 300;

/**
 * A language status item (the `{}` area of the status bar) with the cable's overall
 * classification and its highest portion mark; a warning when a portion outranks the banner.
 */
export class ClassificationStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('cable.classification', { language: 'cable' });
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly server: CableServer) {
    this.item.name = 'Cable classification';
    this.item.text = 'Classification: …';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh()),
      // A .txt cable switched to the cable language reopens under the same editor.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.scheduleRefresh();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.scheduleRefresh();
      }),
    );
    this.scheduleRefresh();
  }

  private async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!isCableEditor(editor)) return;
    try {
      const info = await requestDocumentInfo(await this.server.client(), editor.document);
      // A slow answer about an editor left meanwhile must not replace the current editor's.
      if (vscode.window.activeTextEditor?.document === editor.document) render(this.item, info);
    } catch {
      // The server restarts or the document closed in between; the next change refreshes again.
    }
  }

  /** What the item shows now (the extension exports this for tests and other extensions). */
  snapshot(): { text: string; detail: string | undefined; severity: vscode.LanguageStatusSeverity; label: string | undefined } {
    return { text: this.item.text, detail: this.item.detail, severity: this.item.severity, label: this.item.accessibilityInformation?.label };
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }
}

function render(item: vscode.LanguageStatusItem, info: DocumentInfo): void {
  const classification = info.classification ?? 'no banner';
  item.text = `$(shield) ${classification}`;
  const portion = info.highestPortion?.replace(/^\(|\)$/g, '');
  const highest = portion ? `highest portion (${portion})` : 'no portion marks';
  // What outranks the banner may be the SUBJECT or the routing line, not the highest portion.
  const above = info.understates ? outrankingText(info) : undefined;
  item.detail = above ? `${above}; ${highest}` : highest;
  item.severity = info.understates ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  item.accessibilityInformation = {
    label: above ? `Classification ${classification} is lower than the cable's markings: ${above}` : `Classification ${classification}, ${highest}`,
  };
}

function outrankingText(info: DocumentInfo): string {
  if (!info.outranking) return 'a marking is above the banner';
  return `${info.outranking.where} is marked ${info.outranking.mark}, above the banner`;
}
