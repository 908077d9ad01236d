// Edits to a `.cablelintrc.json` that add a TAG to its `tags`: the "add to the known tags" quick
// fix, a spell checker's "add to dictionary" for TAGS a team uses that no list holds (an office
// symbol, a program of its own). The file's comments, order and layout are kept.
import { findNodeAtLocation, parseTree, ParseError } from 'jsonc-parser';
import { LineIndex } from '../text/lines';
import { TextEdit } from '../text/types';

/** A new config file that knows `tag`. */
export function configWithTag(tag: string): string {
  return `{\n  "tags": [${JSON.stringify(tag)}]\n}\n`;
}

/**
 * The edit adding `tag` (upper case) to the top-level `tags` of the config `text`, touching
 * nothing else: none when it lists the TAG already (so a second application adds nothing),
 * undefined when the file cannot take it (not a JSON object, or `tags` not a list: the file's own
 * problem is shown on it).
 */
export function addTagEdits(text: string, tag: string): TextEdit[] | undefined {
  const index = new LineIndex(text);
  const at = (offset: number, newText: string): TextEdit[] => [{ range: { start: index.positionAt(offset), end: index.positionAt(offset) }, newText }];
  if (text.trim() === '') return [{ range: { start: { line: 0, character: 0 }, end: index.positionAt(text.length) }, newText: configWithTag(tag) }];
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length || root?.type !== 'object') return undefined;
  const quoted = JSON.stringify(tag);
  const tags = findNodeAtLocation(root, ['tags']);
  if (tags) {
    if (tags.type !== 'array') return undefined;
    const listed = tags.children ?? [];
    if (listed.some((t) => typeof t.value === 'string' && t.value.trim().toUpperCase() === tag)) return [];
    const last = listed[listed.length - 1];
    return last ? at(last.offset + last.length, `, ${quoted}`) : at(tags.offset + 1, quoted);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const properties = root.children ?? [];
  const last = properties[properties.length - 1];
  if (!last) return at(root.offset + 1, `${eol}  "tags": [${quoted}]${eol}`);
  const lineStart = text.lastIndexOf('\n', last.offset) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, last.offset))?.[0] ?? '';
  // On the last property's line when it shares one with others (`{ "date": "2004-11-02" }`), else on a line of its own.
  const sameLine = text.slice(lineStart, last.offset).trim() !== '';
  return at(last.offset + last.length, sameLine ? `, "tags": [${quoted}]` : `,${eol}${indent}"tags": [${quoted}]`);
}
