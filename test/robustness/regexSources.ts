// Every regular expression the product runs on workspace text, gathered for the regex-safety test:
// literals and constructor calls in the TypeScript sources, patterns built at run time (a census
// in a child process), the manifest's patterns, and the TextMate grammar's Oniguruma patterns
// converted to the JavaScript syntax recheck reads.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { REPO_ROOT } from '../support/arbitraries';
import type { BuiltRegExp } from './regexCensus';

export interface Pattern {
  /** Where it comes from: `file:line`, a manifest path, or a grammar rule. */
  where: string;
  source: string;
  flags: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/** Regex literals and `RegExp('literal')` calls; other `RegExp(...)` calls are returned as sites to find at run time. */
export function scanSources(dirs: readonly string[]): { literals: Pattern[]; dynamicSites: string[] } {
  const literals: Pattern[] = [];
  const dynamicSites: string[] = [];
  for (const file of dirs.flatMap((d) => tsFiles(join(REPO_ROOT, d)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(REPO_ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        literals.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [first, second] = node.arguments ?? [];
        const literal = (n: ts.Expression | undefined) => (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined);
        const pattern = literal(first);
        if (pattern !== undefined) literals.push({ where: where(node), source: pattern, flags: literal(second) ?? '' });
        else dynamicSites.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, dynamicSites };
}

/** Patterns built at run time, with the line that built them (see regexCensus.ts). */
export function censusOfBuiltPatterns(): Pattern[] {
  const run = spawnSync(process.execPath, ['--enable-source-maps', join(__dirname, 'regexCensus.js')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`regex census failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as BuiltRegExp[]).map((b) => ({ where: b.site, source: b.source, flags: b.flags }));
}

const json = (path: string) => JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8'));

/** Patterns VS Code runs for us: the first-line detector, the problem matcher, word and folding patterns, schema patterns. */
export function manifestPatterns(): Pattern[] {
  const found: Pattern[] = [];
  const add = (where: string, source: unknown) => {
    if (typeof source === 'string') found.push({ where, source, flags: '' });
  };
  const manifest = json('package.json');
  for (const language of manifest.contributes?.languages ?? []) add(`package.json languages.${language.id}.firstLine`, language.firstLine);
  for (const matcher of manifest.contributes?.problemMatchers ?? []) {
    for (const [i, p] of (Array.isArray(matcher.pattern) ? matcher.pattern : [matcher.pattern]).entries()) add(`package.json problemMatchers.${matcher.name}[${i}]`, p?.regexp);
  }
  for (const [name, property] of Object.entries<{ pattern?: string }>(manifest.contributes?.configuration?.properties ?? {})) add(`package.json ${name}.pattern`, property.pattern);
  const languageConfig = json('language-configuration.json');
  add('language-configuration.json wordPattern', languageConfig.wordPattern);
  add('language-configuration.json folding.start', languageConfig.folding?.markers?.start);
  add('language-configuration.json folding.end', languageConfig.folding?.markers?.end);
  for (const schema of readdirSync(join(REPO_ROOT, 'schemas')).filter((n) => n.endsWith('.json'))) {
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      for (const [key, child] of Object.entries(value)) {
        if (key === 'pattern' && typeof child === 'string') add(`schemas/${schema} ${path}`, child);
        else walk(child, `${path}.${key}`);
      }
    };
    walk(json(join('schemas', schema)), '');
  }
  return found;
}

/**
 * An Oniguruma pattern in JavaScript syntax, or why it cannot be. The conversion only ever allows
 * more backtracking than the original: possessive quantifiers and atomic groups become ordinary
 * ones, and `(?i:...)` makes the whole pattern case-insensitive.
 */
export function onigurumaToJs(pattern: string): { source: string; flags: string } | { unsupported: string } {
  let out = '';
  let flags = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next !== undefined && /[AzZGhHRXKy]/.test(next)) return { unsupported: `Oniguruma escape \\${next}` };
      out += c + (next ?? '');
      i++;
    } else if (inClass) {
      if (c === '[') return { unsupported: 'nested character class' };
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal.
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') out += pattern[++i];
    } else if (pattern.startsWith('(?i:', i) || pattern.startsWith('(?>', i)) {
      if (pattern[i + 2] === 'i') flags = 'i';
      out += '(?:';
      i += pattern[i + 2] === 'i' ? 3 : 2;
    } else if (c === '(' && pattern[i + 1] === '?' && /[imx-]/.test(pattern[i + 2] ?? '')) {
      return { unsupported: 'inline option group other than (?i:' };
    } else if (c === '(' && pattern[i + 1] === '?') {
      out += '(?';
      i++;
    } else if ('*+?}'.includes(c) && pattern[i + 1] === '+') {
      out += c;
      i++;
    } else out += c;
  }
  return { source: out, flags };
}

/** The grammar's match/begin/end/while patterns, with their rule's name. */
export function grammarPatterns(): Array<{ where: string; pattern: string }> {
  const found: Array<{ where: string; pattern: string }> = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`));
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (['match', 'begin', 'end', 'while'].includes(key) && typeof child === 'string') found.push({ where: `grammar ${path}.${key}`, pattern: child });
      else walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(json('syntaxes/cable.tmLanguage.json'), '');
  return found;
}
