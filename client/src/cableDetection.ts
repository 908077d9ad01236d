import * as vscode from 'vscode';

/**
 * Switches plain-text documents whose first line looks like a cable (the `firstLine` pattern of
 * our language contribution) to the cable language. VS Code itself consults `firstLine` only
 * when no language claims the file name, and the built-in plaintext language claims `.txt`,
 * which is how released cables are stored. Off with `cable.detectInPlainText: false`.
 */
export function detectCablesInPlainText(firstLine: RegExp): vscode.Disposable {
  const check = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'plaintext' || document.lineCount === 0) return;
    if (!vscode.workspace.getConfiguration('cable', document).get<boolean>('detectInPlainText', true)) return;
    if (firstLine.test(document.lineAt(0).text.replace(/^\uFEFF/, ''))) {
      void vscode.languages.setTextDocumentLanguage(document, 'cable');
    }
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.workspace.onDidOpenTextDocument(check);
}

/** The `firstLine` pattern from this extension's package.json (one source of truth). */
export function contributedFirstLine(extension: vscode.Extension<unknown>): RegExp {
  const languages: { id: string; firstLine?: string }[] = extension.packageJSON.contributes?.languages ?? [];
  const pattern = languages.find((language) => language.id === 'cable')?.firstLine;
  if (!pattern) throw new Error('package.json contributes no firstLine for the cable language');
  return new RegExp(pattern);
}
