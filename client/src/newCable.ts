import * as vscode from 'vscode';
import { CableServer } from './languageClient';
import { CLASSIFICATION_LEVELS, ClassificationLevel, NewCableParams, NewCableRequest } from './protocol';

/**
 * `cable.newCable`: asks for the classification level, the post and the subject, then opens an
 * untitled cable with the server's skeleton. Callers (keybindings, tests, other extensions) may
 * pass `{ level, post, subject, date? }` to skip the prompts. Returns the new editor, or
 * undefined when the user cancels.
 */
export async function newCable(
  server: CableServer,
  preset?: Partial<NewCableParams>,
): Promise<vscode.TextEditor | undefined> {
  const params = await completeParams(preset ?? {});
  if (!params) return undefined;
  const asked = await server.request((client) => client.sendRequest(NewCableRequest, params));
  if (!asked) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'cable', content: asked.answer.text });
  return vscode.window.showTextDocument(document);
}

async function completeParams(preset: Partial<NewCableParams>): Promise<NewCableParams | undefined> {
  const level = preset.level ?? (await pickLevel());
  if (!level) return undefined;
  const post =
    preset.post ??
    (await vscode.window.showInputBox({
      title: 'New Cable: post',
      prompt: 'Drafting post as it appears in the banner, e.g. BANGKOK or STATE',
      validateInput: (value) => (/^[A-Za-z][A-Za-z .'-]*$/.test(value.trim()) ? undefined : 'Letters only, e.g. RANGOON'),
    }));
  if (post === undefined) return undefined;
  const subject =
    preset.subject ??
    (await vscode.window.showInputBox({
      title: 'New Cable: subject',
      prompt: 'Subject line, e.g. MEKONG MINISTERS PLEDGE COOPERATION',
      validateInput: (value) => (value.trim() ? undefined : 'A cable needs a subject'),
    }));
  if (subject === undefined) return undefined;
  const params: NewCableParams = { level, post: post.trim().toUpperCase(), subject: subject.trim() };
  if (preset.date) params.date = preset.date;
  return params;
}

function pickLevel(): Thenable<ClassificationLevel | undefined> {
  return vscode.window.showQuickPick(CLASSIFICATION_LEVELS, {
    title: 'New Cable: classification',
    placeHolder: 'Overall classification of the cable',
  }) as Thenable<ClassificationLevel | undefined>;
}
