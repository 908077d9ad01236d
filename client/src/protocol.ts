// Custom requests the Cable language server adds to LSP (see the server's contract).
import { RequestType } from 'vscode-languageclient';

export type ClassificationLevel = 'UNCLASSIFIED' | 'SBU' | 'CONFIDENTIAL' | 'SECRET' | 'TOP SECRET';

export const CLASSIFICATION_LEVELS: readonly ClassificationLevel[] = [
  'UNCLASSIFIED',
  'SBU',
  'CONFIDENTIAL',
  'SECRET',
  'TOP SECRET',
];

export interface DocumentInfoParams {
  uri: string;
}

export interface ParagraphInfo {
  /** The paragraph's number, or null for an unnumbered paragraph. */
  number: number | null;
  /** 0-based line where the paragraph starts. */
  line: number;
}

export interface DocumentInfo {
  classification: string | null;
  highestPortion: string | null;
  /** True when a portion, the subject or the routing line is marked higher than the banner. */
  understates: boolean;
  /** When `understates`: the highest marking and where it is (`paragraph 3`, `the routing line`). */
  outranking: { mark: string; where: string } | null;
  paragraphs: ParagraphInfo[];
}

export interface NewCableParams {
  level: ClassificationLevel;
  post: string;
  subject: string;
  /** YYYY-MM-DD; the server uses today when absent. */
  date?: string;
}

export interface NewCableResult {
  text: string;
}

export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo, void>('cable/documentInfo');
export const NewCableRequest = new RequestType<NewCableParams, NewCableResult, void>('cable/newCable');

/** Server to client, VS Code for the Web only: the nearest `.cablelintrc.json` above a document, read by the editor (the worker has no disk). */
export interface FindConfigFileParams {
  uri: string;
}

export type FindConfigFileResult = { uri: string; text: string } | null;

export const FindConfigFileRequest = new RequestType<FindConfigFileParams, FindConfigFileResult, void>('cable/findConfigFile');

export interface LintWorkspaceParams {
  /** The server reports its progress (files checked of files found) on this token. */
  workDoneToken?: string;
}

export interface LintWorkspaceResult {
  /** Cable files found under the workspace folders. */
  files: number;
  problems: number;
  filesWithProblems: number;
  /** Files and folders that could not be checked, with why, in words. */
  unchecked: string[];
}

/** Every cable file under the workspace folders checked from disk, its problems pushed (desktop only). */
export const LintWorkspaceRequest = new RequestType<LintWorkspaceParams, LintWorkspaceResult, void>('cable/lintWorkspace');

/** Server to client, VS Code for the Web only: the cable files under the folders, found as cable-lint walks a folder. */
export interface FindCableFilesParams {
  folders: string[];
}

export interface FindCableFilesResult {
  uris: string[];
  /** Folders that could not be read, with why, in words. */
  problems: string[];
}

export const FindCableFilesRequest = new RequestType<FindCableFilesParams, FindCableFilesResult, void>('cable/findCableFiles');

/** Server to client, VS Code for the Web only: a cable file's text, or which file cannot be checked and why. */
export interface ReadCableFileParams {
  uri: string;
  /** cable.maxValidatedSize: a larger file is not read. */
  maxBytes: number;
}

export type ReadCableFileResult = { text: string } | { problem: string };

export const ReadCableFileRequest = new RequestType<ReadCableFileParams, ReadCableFileResult, void>('cable/readCableFile');
