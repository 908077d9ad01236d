import * as vscode from 'vscode';

/**
 * Switches plain-text documents whose first line looks like a cable (the `firstLine` pattern of
 * our language contribution) to the cable language. VS Code itself consults `firstLine` only
 * when no language claims the file name, and the built-in plaintext language claims `.txt`,
 * which is how released cables are stored. Off with `cable.detectInPlainText: false`.
 *
 * Only a document's first opening counts: VS Code reports a change of language (the user's
 * "Change Language Mode", or another extension's) as a close immediately followed by an open, and
 * a cable the user set back to Plain Text must stay plain text.
 */
export function detectCablesInPlainText(firstLine: RegExp): vscode.Disposable {
  const languageChanging = new Set<string>();
  const check = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'plaintext' || document.lineCount === 0) return;
    if (languageChanging.has(document.uri.toString())) return;
    if (!vscode.workspace.getConfiguration('cable', document).get<boolean>('detectInPlainText', true)) return;
    if (firstLine.test(document.lineAt(0).text.replace(/^\uFEFF/, ''))) {
      void vscode.languages.setTextDocumentLanguage(document, 'cable');
    }
  };
  const noteClose = (document: vscode.TextDocument): void => {
    // The open that belongs to a language change follows in the same task; a real reopen never does.
    const key = document.uri.toString();
    languageChanging.add(key);
    setTimeout(() => languageChanging.delete(key), 0);
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.Disposable.from(vscode.workspace.onDidCloseTextDocument(noteClose), vscode.workspace.onDidOpenTextDocument(check));
}

/** The `firstLine` pattern from this extension's package.json (one source of truth). */
export function contributedFirstLine(extension: vscode.Extension<unknown>): RegExp {
  const languages: { id: string; firstLine?: string }[] = extension.packageJSON.contributes?.languages ?? [];
  const pattern = languages.find((language) => language.id === 'cable')?.firstLine;
  if (!pattern) throw new Error('package.json contributes no firstLine for the cable language');
  return new RegExp(pattern);
}
