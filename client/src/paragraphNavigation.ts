import * as vscode from 'vscode';
import { CableServer } from './languageClient';
import { isCableEditor, requestDocumentInfo } from './documentInfo';

export type Direction = 'next' | 'previous';

/** The first paragraph start after (or the last before) the cursor line, if any. */
export function findParagraphLine(starts: readonly number[], cursorLine: number, direction: Direction): number | undefined {
  const sorted = [...starts].sort((a, b) => a - b);
  if (direction === 'next') return sorted.find((line) => line > cursorLine);
  return sorted.reverse().find((line) => line < cursorLine);
}

/** Moves the cursor of the active cable editor to the next or previous paragraph and reveals it. */
export async function moveToParagraph(server: CableServer, direction: Direction): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!isCableEditor(editor)) return;
  const asked = await server.request((client) => requestDocumentInfo(client, editor.document));
  if (!asked) return;
  const target = findParagraphLine(
    asked.answer.paragraphs.map((p) => p.line),
    editor.selection.active.line,
    direction,
  );
  if (target === undefined) return;
  const position = new vscode.Position(target, 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
