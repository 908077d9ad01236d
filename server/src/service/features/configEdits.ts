// Edits to a `.cablelintrc.json` for the quick fixes that change the configuration rather than the
// cable: add a TAG to `tags` (a spell checker's "add to dictionary", for TAGS a team uses that no
// list holds) and turn a rule off for one file (an `overrides` entry, as ESLint's "disable for
// this file" for a format without comments). Each edit inserts what is missing and touches
// nothing else, so the file's comments, order, layout and line ends are kept.
import { createScanner, Node, parseTree, ParseError, SyntaxKind } from 'jsonc-parser';
import { LineIndex } from '../text/lines';
import { TextEdit } from '../text/types';

/** A new config file that knows `tag`. */
export function configWithTag(tag: string): string {
  return `{\n  "tags": [${JSON.stringify(tag)}]\n}\n`;
}

/** A new config file that turns `rule` off for `file`. */
export function configWithRuleOff(rule: string, file: string): string {
  return `{\n  "overrides": [${overrideEntry(rule, file)}]\n}\n`;
}

/** Characters the `files` patterns read as glob syntax: a path holding one is not written as a pattern. */
const GLOB_SYNTAX = /[*?[\]{}!\\]/;

/** Whether `file` (relative to the config's folder, `/`-separated) can be named in `overrides`. */
export function isPlainPath(file: string): boolean {
  return file !== '' && !GLOB_SYNTAX.test(file) && !file.startsWith('../');
}

function overrideEntry(rule: string, file: string): string {
  return `{ "files": [${JSON.stringify(file)}], "rules": { ${JSON.stringify(rule)}: "off" } }`;
}

/**
 * The edit adding `tag` (upper case) to the top-level `tags` of the config `text`: none when it
 * lists the TAG already (so a second application adds nothing), undefined when the file cannot
 * take it (not a JSON object, or `tags` not a list: the file's own problem is shown on it).
 */
export function addTagEdits(text: string, tag: string): TextEdit[] | undefined {
  if (text.trim() === '') return replaceAll(text, configWithTag(tag));
  const root = objectRoot(text);
  if (!root) return undefined;
  const quoted = JSON.stringify(tag);
  const tags = valueAt(root, 'tags');
  if (!tags) return edits(text, addProperty(text, root, `"tags": [${quoted}]`));
  if (tags.type !== 'array') return undefined;
  if ((tags.children ?? []).some((t) => typeof t.value === 'string' && t.value.trim().toUpperCase() === tag)) return [];
  return edits(text, addElement(text, tags, quoted));
}

/**
 * The edit turning `rule` off for `file` (isPlainPath) in the config `text`: into the override
 * whose `files` is exactly that file, else a new one at the end of `overrides` (later entries win).
 * None when that override turns the rule off already; undefined when the file cannot take it.
 */
export function turnOffRuleEdits(text: string, rule: string, file: string): TextEdit[] | undefined {
  if (text.trim() === '') return replaceAll(text, configWithRuleOff(rule, file));
  const root = objectRoot(text);
  if (!root) return undefined;
  const overrides = valueAt(root, 'overrides');
  if (!overrides) return edits(text, addProperty(text, root, `"overrides": [${overrideEntry(rule, file)}]`));
  if (overrides.type !== 'array') return undefined;
  const entries = overrides.children ?? [];
  const own = entries.length ? entries[entries.length - 1] : undefined;
  // Only the last entry is reused: one further up could be overridden by a later one matching the file too.
  if (own?.type === 'object' && isOnlyFile(valueAt(own, 'files'), file)) {
    const rules = valueAt(own, 'rules');
    const off = `${JSON.stringify(rule)}: "off"`;
    if (!rules) return edits(text, addProperty(text, own, `"rules": { ${off} }`));
    if (rules.type !== 'object') return undefined;
    const setting = valueAt(rules, rule);
    if (!setting) return edits(text, addProperty(text, rules, off));
    if (setting.value === 'off' || (setting.type === 'object' && valueAt(setting, 'severity')?.value === 'off')) return [];
    return edits(text, { offset: setting.offset, length: setting.length, newText: '"off"' });
  }
  return edits(text, addElement(text, overrides, overrideEntry(rule, file)));
}

/** The value of `key` in `object`: the last one when the key is repeated, as the config reader takes it (findNodeAtLocation takes the first). */
function valueAt(object: Node, key: string): Node | undefined {
  let value: Node | undefined;
  for (const property of object.children ?? []) if (property.children?.[0]?.value === key) value = property.children[1];
  return value;
}

function isOnlyFile(files: Node | undefined, file: string): boolean {
  return files?.type === 'array' && files.children?.length === 1 && files.children[0].value === file;
}

/** The root object of a config text without syntax errors, else undefined. */
function objectRoot(text: string): Node | undefined {
  const errors: ParseError[] = [];
  // A BOM (as Windows editors save) read as a space: what follows keeps its offsets in `text`.
  const root = parseTree(text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text, errors, { allowTrailingComma: true });
  return !errors.length && root?.type === 'object' ? root : undefined;
}

interface OffsetEdit {
  offset: number;
  length: number;
  newText: string;
}

function edits(text: string, edit: OffsetEdit): TextEdit[] {
  const index = new LineIndex(text);
  return [{ range: { start: index.positionAt(edit.offset), end: index.positionAt(edit.offset + edit.length) }, newText: edit.newText }];
}

function replaceAll(text: string, newText: string): TextEdit[] {
  return edits(text, { offset: 0, length: text.length, newText });
}

/**
 * `property` (`"key": value`) added to `object`: after its last property, on a line of its own in
 * that property's indentation when it stands on one, on the same line when it shares it (`{ "a": 1 }`).
 */
function addProperty(text: string, object: Node, property: string): OffsetEdit {
  const last = object.children?.[object.children.length - 1];
  if (!last) return object.parent ? insertAt(object.offset + 1, ` ${property} `) : insertAt(object.offset + 1, `${eolOf(text)}  ${property}${eolOf(text)}`);
  return insertAfter(text, last, property);
}

/** `value` added at the end of `array`, laid out as addProperty lays out a property. */
function addElement(text: string, array: Node, value: string): OffsetEdit {
  const last = array.children?.[array.children.length - 1];
  return last ? insertAfter(text, last, value) : insertAt(array.offset + 1, value);
}

function insertAfter(text: string, last: Node, item: string): OffsetEdit {
  const lineStart = text.lastIndexOf('\n', last.offset) + 1;
  const before = text.slice(lineStart, last.offset);
  const end = last.offset + last.length;
  if (before.trim() !== '') return insertAt(end, `, ${item}`);
  const commentEnd = trailingCommentEnd(text, end);
  if (commentEnd === undefined) return insertAt(end, `,${eolOf(text)}${before}${item}`);
  // A comment ending the line stays beside what it is about: the new item goes on the next line.
  const rest = text.slice(end, commentEnd);
  return { offset: end, length: rest.length, newText: `${rest.trimStart().startsWith(',') ? '' : ','}${rest}${eolOf(text)}${before}${item}` };
}

/** Where the comment after `offset` (past blanks and a comma) ends on its line, when one does and nothing else follows it there. */
function trailingCommentEnd(text: string, offset: number): number | undefined {
  const scanner = createScanner(text, false);
  scanner.setPosition(offset);
  let comment = false;
  let comma = false;
  for (;;) {
    const token = scanner.scan();
    if (token === SyntaxKind.LineBreakTrivia || token === SyntaxKind.EOF) return comment ? scanner.getTokenOffset() : undefined;
    if (token === SyntaxKind.LineCommentTrivia || token === SyntaxKind.BlockCommentTrivia) comment = true;
    else if (token === SyntaxKind.CommaToken && !comma && !comment) comma = true;
    else if (token !== SyntaxKind.Trivia) return undefined;
  }
}

function insertAt(offset: number, newText: string): OffsetEdit {
  return { offset, length: 0, newText };
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
