// Writes syntaxes/cable.tmLanguage.json from syntaxes/cable.tmLanguage.src.mjs.
// `node syntaxes/build-grammar.mjs`          regenerate
// `node syntaxes/build-grammar.mjs --check`  exit 1 if the committed JSON differs from the source
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { grammar } from './cable.tmLanguage.src.mjs';

const target = fileURLToPath(new URL('./cable.tmLanguage.json', import.meta.url));
const json = `${JSON.stringify(grammar, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is simply out of date
  }
  if (current !== json) {
    console.error('syntaxes/cable.tmLanguage.json is out of date: run node syntaxes/build-grammar.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target, json);
}
