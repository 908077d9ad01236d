// Where the benchmark texts come from: the real corpus next to the project (../shared/corpus/dev)
// when present, else a generated one; the seeds; the release metadata for cables.csv rows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = join(ROOT, '..', 'shared', 'corpus', 'dev');
const METADATA = join(ROOT, '..', 'shared', 'corpus', 'dev-metadata.tsv');

/**
 * The corpus in memory as `{ name, text, path? }`, sorted by name; `source` says which one.
 * Without the real corpus: a generated one, or undefined when `allowGenerated` is false.
 */
export function loadCorpus({ allowGenerated = true } = {}) {
  if (existsSync(CORPUS_DIR)) {
    const names = readdirSync(CORPUS_DIR).filter((n) => n.endsWith('.txt')).sort();
    const cables = names.map((name) => ({ name, path: join(CORPUS_DIR, name), text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
    return Object.assign(cables, { source: `real corpus (${CORPUS_DIR.replace(ROOT + '/', '')})` });
  }
  if (!allowGenerated) return undefined;
  return Object.assign(generateCorpus(), { source: 'generated corpus (bench/generate.mjs; ../shared/corpus/dev absent)' });
}

export function seedCables() {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Release facts per refid, as the CLI's --csv reader passes them to the service (a ReleaseRecord). */
export function loadMetadata() {
  const rows = new Map();
  if (!existsSync(METADATA)) return rows;
  const [head, ...lines] = readFileSync(METADATA, 'utf8').split('\n');
  const cols = head.split('\t');
  const at = (name) => cols.indexOf(name);
  for (const line of lines) {
    if (!line) continue;
    const f = line.split('\t');
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(f[at('date')] ?? '');
    rows.set(f[at('refid')], {
      refid: f[at('refid')],
      date: m ? { year: +m[1], month: +m[2], day: +m[3] } : undefined,
      classification: f[at('classification')] || undefined,
    });
  }
  return rows;
}
