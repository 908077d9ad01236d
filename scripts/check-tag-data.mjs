#!/usr/bin/env node
// Cross-checks the shipped vocabulary (server/src/service/data/tags.ts, posts.ts) against the reference
// data in ../shared/data, so a data update is easy to verify. Reads the compiled service: run `npx tsc -b
// server/src/service` first. Usage: node scripts/check-tag-data.mjs [shared data folder]. Exits 1 on a mismatch.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.argv[2] ?? join(repo, '..', 'shared', 'data'));
const require = createRequire(import.meta.url);
const { TAGS } = require(join(repo, 'out/server/src/service/data/tags.js'));
const { POSTS } = require(join(repo, 'out/server/src/service/data/posts.js'));

// Free-text tokens deliberately left out: merged codes (so tags-unknown flags and splits them) and
// fragments of person tags cut at a comma.
const DROPPED_TAGS = new Set([
  'HRPGOV', 'HRPREL', 'HRKAWC', 'IZPREL', 'VTPGOV', 'VTPHUM', 'VTPREL', 'PGOV PREL',
  'HILLARY)', 'MOHAMED ET AL)', 'OVIP (CLINTON', 'HO (MORRIS ARNOLD FREDERICK)', 'SP ()',
]);

// Station spellings left out: one- or two-off misspellings of a real post, and ids with a caption or
// banner fragment glued before the post (checked by pattern below).
const GARBLED_POSTS = new Set(`
  NDJAENA AITTAIPIE TILISI THEHAGU THEHAGE SOIA SARAEVO SANTOOMINGO SANODOMINGO RUSSELS QXICO POTAUPRINCE
  PORTOFPAIN NSSAU NOUKKCHOTT MINSI MILSK MAILA MAAMA LINSK KINSHAA KINHASA KAPALA INSHASA IHARTOUM HONGKOG
  GUATEMLA GEORGETON DULIN DAMASCCUS COPENHAEN BUSSELS BUENOSQRES BRUSSQLS BRUSSLS BRUSELS BRASIIA BRAILIA
  BELGADE BEIRT BEIJIG BAU BANGOK ATANANARIVO ARAJEVO AQNA ANOI ANILA`.trim().split(/\s+/));
const CAPTION_PREFIX = /^(EFTO|NOFORN|SIFIED|AMEMBASSY)(.+)$/;

const problems = [];

const tagRows = readFileSync(join(dataDir, 'tags.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
const expectedCodes = new Set();
for (const [code, kind, sourceMeaning] of tagRows) {
  expectedCodes.add(code);
  const tag = TAGS.get(code);
  if (DROPPED_TAGS.has(code)) {
    if (tag) problems.push(`tag ${code}: listed as dropped but present`);
    if (kind !== 'other') problems.push(`tag ${code}: only free-text (other) tokens may be dropped, this one is ${kind}`);
    continue;
  }
  if (!tag) problems.push(`tag ${code}: missing`);
  else if (tag.kind !== kind) problems.push(`tag ${code}: kind ${tag.kind}, data says ${kind}`);
  else if (sourceMeaning && !tag.meaning) problems.push(`tag ${code}: data has a meaning, ours is missing`);
  else if (kind !== 'geo' && sourceMeaning && tag.meaning.toLowerCase() === sourceMeaning.toLowerCase()) {
    problems.push(`tag ${code}: meaning copies the source text; paraphrase it`);
  }
}
for (const code of TAGS.keys()) if (!expectedCodes.has(code)) problems.push(`tag ${code}: not in tags.tsv`);

const stationNames = readFileSync(join(dataDir, 'stations.txt'), 'utf8').trim().split('\n').map((line) => line.trim().split(/\s+/)[1]);
const stationSet = new Set(stationNames);
for (const name of stationNames) {
  const prefixed = CAPTION_PREFIX.exec(name);
  const dropped = GARBLED_POSTS.has(name) || (prefixed !== null && stationSet.has(prefixed[2]));
  if (dropped && POSTS.has(name)) problems.push(`post ${name}: listed as dropped but present`);
  if (!dropped && !POSTS.has(name)) problems.push(`post ${name}: missing`);
}
for (const name of POSTS) if (!stationSet.has(name)) problems.push(`post ${name}: not in stations.txt`);

for (const problem of problems) console.error(problem);
console.log(`${TAGS.size} tags, ${POSTS.size} posts checked against ${dataDir}: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
