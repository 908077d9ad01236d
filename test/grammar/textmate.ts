// Loads syntaxes/cable.tmLanguage.json into vscode-textmate with the Oniguruma build VS Code
// ships, and tokenizes text the way the editor does (line by line, carrying the rule stack).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** Repository root: this file runs from out/test/grammar. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const grammarPath = path.join(repoRoot, 'syntaxes', 'cable.tmLanguage.json');
export const SCOPE_NAME = 'text.cable';

export interface Token {
  /** 1-based line number. */
  line: number;
  /** 0-based, end exclusive, in UTF-16 code units like the editor. */
  start: number;
  end: number;
  text: string;
  /** Scope stack, outermost first, root scope included. */
  scopes: string[];
}

let onigLib: Promise<vsctm.IOnigLib> | undefined;

function loadOniguruma(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (sources: string[]) => oniguruma.createOnigScanner(sources),
      createOnigString: (text: string) => oniguruma.createOnigString(text),
    };
  })();
  return onigLib;
}

/** The grammar as stored on disk, as a plain object (tests may alter a copy). */
export function readRawGrammar(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as Record<string, unknown>;
}

/** A ready grammar; `rawGrammar` defaults to the file on disk, `theme` to none. */
export async function loadGrammar(
  rawGrammar: Record<string, unknown> = readRawGrammar(),
  theme?: vsctm.IRawTheme,
): Promise<{ grammar: vsctm.IGrammar; registry: vsctm.Registry }> {
  const registry = new vsctm.Registry({
    onigLib: loadOniguruma(),
    theme,
    loadGrammar: async (scopeName) =>
      scopeName === SCOPE_NAME ? vsctm.parseRawGrammar(JSON.stringify(rawGrammar), `${SCOPE_NAME}.json`) : null,
  });
  const grammar = await registry.loadGrammar(SCOPE_NAME);
  if (!grammar) throw new Error(`grammar ${SCOPE_NAME} did not load`);
  return { grammar, registry };
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Every token of every line, state carried from line to line. */
export function tokenizeText(grammar: vsctm.IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let state = vsctm.INITIAL;
  splitLines(text).forEach((lineText, index) => {
    const result = grammar.tokenizeLine(lineText, state);
    state = result.ruleStack;
    for (const token of result.tokens) {
      const end = Math.min(token.endIndex, lineText.length);
      if (end <= token.startIndex) continue;
      tokens.push({ line: index + 1, start: token.startIndex, end, text: lineText.slice(token.startIndex, end), scopes: token.scopes });
    }
  });
  return tokens;
}

/** Tokens of one line tokenized on its own, from the initial state. */
export function tokenizeLine(grammar: vsctm.IGrammar, lineText: string): Token[] {
  return tokenizeText(grammar, lineText).filter((token) => token.line === 1);
}

/** Compiles regexes with the same Oniguruma build; throws on a regex it rejects. */
export async function compileWithOniguruma(sources: string[]): Promise<void> {
  (await loadOniguruma()).createOnigScanner(sources);
}
