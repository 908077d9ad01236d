// The shapes the editor features return. They match the Language Server Protocol's (numbers
// included) so the server passes them through unchanged, but are declared here so the service
// depends on no protocol package and runs anywhere (server, CLI, browser, tests).
import { Position, Range, TextEdit } from '../text/types';

/** LSP SymbolKind values used by the outline. */
export const SymbolKind = {
  Module: 2,
  Namespace: 3,
  Property: 7,
  Field: 8,
  Constant: 14,
  String: 15,
  Key: 20,
  Object: 19,
} as const;
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  /** Must lie inside `range`. */
  selectionRange: Range;
  children: DocumentSymbol[];
}

export interface Location {
  uri: string;
  range: Range;
}

export interface SymbolInformation {
  name: string;
  kind: SymbolKind;
  location: Location;
  containerName?: string;
}

export type FoldingRangeKind = 'comment' | 'imports' | 'region';

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: FoldingRangeKind;
  collapsedText?: string;
}

/** LSP DiagnosticSeverity. */
export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export type DiagnosticSeverity = (typeof DiagnosticSeverity)[keyof typeof DiagnosticSeverity];

/** What the server stores in `Diagnostic.data`: which lint result of which document version it is. */
export interface CableDiagnosticData {
  rule: string;
  version: number;
  index: number;
}

export interface LspDiagnostic {
  range: Range;
  severity?: DiagnosticSeverity;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  data?: unknown;
}

export interface TextDocumentEdit {
  textDocument: { uri: string; version: number | null };
  edits: TextEdit[];
}

export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: TextDocumentEdit[];
}

export interface CodeAction {
  title: string;
  kind: string;
  diagnostics?: LspDiagnostic[];
  isPreferred?: boolean;
  edit: WorkspaceEdit;
}

export const CodeActionKind = {
  QuickFix: 'quickfix',
  Source: 'source',
  SourceFixAll: 'source.fixAll',
  SourceFixAllCable: 'source.fixAll.cable',
} as const;

export interface MarkupContent {
  kind: 'markdown' | 'plaintext';
  value: string;
}

export interface Hover {
  contents: MarkupContent;
  range: Range;
}

/** LSP CompletionItemKind values used here. */
export const CompletionItemKind = {
  Text: 1,
  Field: 5,
  Value: 12,
  Keyword: 14,
  Snippet: 15,
  Reference: 18,
  Constant: 21,
  EnumMember: 20,
} as const;
export type CompletionItemKind = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

export interface CompletionItem {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  documentation?: MarkupContent;
  sortText?: string;
  filterText?: string;
  preselect?: boolean;
  textEdit: TextEdit;
}

export interface CompletionList {
  isIncomplete: boolean;
  items: CompletionItem[];
}

export interface PrepareRenameResult {
  range: Range;
  placeholder: string;
}

/** A request a feature refuses, with the reason to show the user. */
export interface FeatureError {
  error: string;
}

export type { Position, Range, TextEdit };

/** A versioned edit of one document when the client supports it, else a plain `changes` map. */
export function workspaceEdit(uri: string, edits: TextEdit[], version?: number): WorkspaceEdit {
  if (version === undefined) return { changes: { [uri]: edits } };
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}
