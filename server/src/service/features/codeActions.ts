// Code actions: a quick-fix per fix of each diagnostic in range (the diagnostic attached, the
// obvious one preferred), "Fix all <rule> problems", and `source.fixAll.cable`, which applies
// every safe fix until none is left (what `editor.codeActionsOnSave` runs).
import { CableDiagnostic } from '../lint/diagnostic';
import { comparePositions, Range, rangesOverlap, TextEdit } from '../text/types';
import { findCableDiagnostic, toLspDiagnostic } from './diagnostics';
import { fixToFixedPoint, passEdits, unattendedFix } from './fixLoop';
import { CodeAction, CodeActionKind, LspDiagnostic, workspaceEdit } from './protocol';
import { diffEdits } from './textDiff';

export interface CodeActionParams {
  uri: string;
  /** Document version the diagnostics and edits belong to. */
  version: number;
  /** Put the version into the edits (clients supporting versioned document changes). */
  versionedEdits: boolean;
  text: string;
  range: Range;
  /** Our lint results for this version. */
  diagnostics: readonly CableDiagnostic[];
  /** The diagnostics the client sent in the request's context. */
  contextDiagnostics: readonly LspDiagnostic[];
  /** Requested kinds (`context.only`); all kinds when absent. */
  only?: readonly string[];
  /** Lints a text with the document's configuration, for the fix-all passes. */
  lint: (text: string) => readonly CableDiagnostic[];
}

/** Whether `kind` was asked for: `only: ['source']` covers `source.fixAll.cable`. */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function overlapsOrTouches(a: Range, b: Range): boolean {
  return rangesOverlap(a, b) || comparePositions(a.start, b.end) === 0 || comparePositions(b.start, a.end) === 0 || (comparePositions(b.start, a.start) >= 0 && comparePositions(b.end, a.end) <= 0);
}

/** The diagnostics to act on, each with the client's own object to attach (or ours converted). */
function targets(p: CodeActionParams): Array<{ ours: CableDiagnostic; theirs: LspDiagnostic }> {
  const out: Array<{ ours: CableDiagnostic; theirs: LspDiagnostic }> = [];
  for (const theirs of p.contextDiagnostics) {
    const ours = findCableDiagnostic(p.diagnostics, theirs, p.version);
    if (ours && !out.some((t) => t.ours === ours)) out.push({ ours, theirs });
  }
  if (out.length || p.contextDiagnostics.length) return out;
  // A client that sends no context diagnostics still gets the fixes under the cursor.
  p.diagnostics.forEach((ours, i) => {
    if (overlapsOrTouches(ours.range, p.range)) out.push({ ours, theirs: toLspDiagnostic(ours, p.version, i) });
  });
  return out;
}

function quickFixes(p: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  const rulesInRange = new Set<string>();
  for (const { ours, theirs } of targets(p)) {
    rulesInRange.add(ours.rule);
    for (const fix of ours.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [theirs],
        ...(fix.preferred ? { isPreferred: true } : {}),
        edit: workspaceEdit(p.uri, fix.edits, p.versionedEdits ? p.version : undefined),
      });
    }
  }
  for (const rule of rulesInRange) {
    const action = fixAllOfRule(p, rule);
    if (action) actions.push(action);
  }
  return actions;
}

/**
 * "Fix all <rule> problems", offered when more than one of them can be fixed without a choice.
 * One pass over the current results, as ESLint does: cheap enough to compute on every light-bulb request.
 */
function fixAllOfRule(p: CodeActionParams, rule: string): CodeAction | undefined {
  const fixable = p.diagnostics.filter((d) => d.rule === rule && unattendedFix(d));
  if (fixable.length < 2) return undefined;
  const edits = passEdits(fixable, p.text, unattendedFix);
  if (!edits.length) return undefined;
  return {
    title: `Fix all ${rule} problems`,
    kind: CodeActionKind.QuickFix,
    diagnostics: fixable.map((d) => toLspDiagnostic(d, p.version, p.diagnostics.indexOf(d))),
    edit: workspaceEdit(p.uri, edits, p.versionedEdits ? p.version : undefined),
  };
}

/** Every safe fix, iterated to a fixed point, as minimal edits of `text` (none when nothing is fixable). */
export function fixAllEdits(text: string, lint: (text: string) => readonly CableDiagnostic[]): TextEdit[] {
  const result = fixToFixedPoint(text, { lint });
  return diffEdits(text, result.text);
}

function fixAllAction(p: CodeActionParams): CodeAction | undefined {
  const edits = fixAllEdits(p.text, p.lint);
  if (!edits.length) return undefined;
  return {
    title: 'Fix all auto-fixable cable problems',
    kind: CodeActionKind.SourceFixAllCable,
    edit: workspaceEdit(p.uri, edits, p.versionedEdits ? p.version : undefined),
  };
}

export function codeActions(p: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wanted(p.only, CodeActionKind.QuickFix)) actions.push(...quickFixes(p));
  // Source actions only when asked for (the Source Action menu, codeActionsOnSave), as other linters do.
  if (p.only && wanted(p.only, CodeActionKind.SourceFixAllCable)) {
    const fixAll = fixAllAction(p);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}
