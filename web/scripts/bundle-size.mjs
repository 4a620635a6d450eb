#!/usr/bin/env node
// The first-load budget (≤ 170 KB gzip per route): for each page of the web app, what a browser downloads to
// show it from a cold cache — the shell (index.html's chunk and CSS) plus the page's lazy chunk and everything
// it imports statically, JavaScript and CSS, each gzipped as the server sends it, plus the reader's words: the
// core dictionary and the features' words the page's chunks load (src/i18n/words.ts). Reads the build's
// manifest (run `npx nx run web:build` first). Exits 1 when a route is over budget.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.argv[2] ?? 170);
const dist = resolve(import.meta.dirname, '../dist');
const manifestFile = join(dist, '.vite/manifest.json');
if (!existsSync(manifestFile)) {
  process.stderr.write('bundle-size: no web/dist/.vite/manifest.json; build the web app first (npx nx run web:build)\n');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const gzipCache = new Map();
const gzipKb = (file) => {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024);
  return gzipCache.get(file);
};

/** The chunks a chunk imports statically, itself included (not its dynamic imports: those load later). */
function chunksOf(key, seen = new Set()) {
  if (!manifest[key] || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) chunksOf(imported, seen);
  return seen;
}
/** The files of a chunk and of everything it imports statically. */
const filesOf = (key) => new Set([...chunksOf(key)].flatMap((chunk) => [manifest[chunk].file, ...(manifest[chunk].css ?? [])]));

/** Words load in the reader's language, one file each: count the heavier language of a dictionary. */
const LANGUAGE_FILE = /^(.*\/i18n\/(?:.+\/)?)\w+\.json$/;
function wordsKbOf(jsonKeys) {
  const byDictionary = new Map();
  for (const key of jsonKeys) {
    const dictionary = LANGUAGE_FILE.exec(key)[1];
    byDictionary.set(dictionary, Math.max(byDictionary.get(dictionary) ?? 0, gzipKb(manifest[key].file)));
  }
  return [...byDictionary.values()].reduce((sum, kb) => sum + kb, 0);
}

const shell = filesOf('index.html');
// The core words load with every page (src/i18n/translate.ts).
const coreWordsKb = wordsKbOf(Object.keys(manifest).filter((key) => /^src\/i18n\/\w+\.json$/.test(key)));
// A page's features' words: the dictionaries its chunks (or their static imports) load dynamically. The route
// loads them alongside the page (src/app/routes.tsx), and the page waits for them.
const featureWordsOf = (key) =>
  [...chunksOf(key)].flatMap((chunk) =>
    (manifest[chunk].dynamicImports ?? []).filter((imported) => /^src\/features\/.*\/i18n\/.*\.json$/.test(imported)),
  );
const pages = Object.entries(manifest).filter(([, chunk]) => chunk.isDynamicEntry && /Page\.tsx$/.test(chunk.src ?? ''));
const rows = pages
  .map(([key, chunk]) => {
    const files = new Set([...shell, ...filesOf(key)]);
    const featureKb = wordsKbOf(new Set(featureWordsOf(key)));
    const kb = [...files].reduce((sum, file) => sum + gzipKb(file), 0) + coreWordsKb + featureKb;
    return { page: chunk.src.replace(/^src\/features\//, ''), kb, featureKb };
  })
  .sort((a, b) => b.kb - a.kb);

const shellKb = [...shell].reduce((sum, file) => sum + gzipKb(file), 0);
process.stdout.write(
  `first load per route, gzip (budget ${BUDGET_KB} KB; the shell is ${shellKb.toFixed(1)} KB, the core words ${coreWordsKb.toFixed(1)} KB)\n`,
);
for (const { page, kb, featureKb } of rows) {
  const words = featureKb ? `  (its features' words ${featureKb.toFixed(1)} KB)` : '';
  process.stdout.write(`  ${kb.toFixed(1).padStart(6)} KB  ${page}${words}${kb > BUDGET_KB ? '  OVER BUDGET' : ''}\n`);
}
const over = rows.filter((row) => row.kb > BUDGET_KB);
if (over.length) {
  process.stderr.write(`bundle-size: ${over.length} route(s) over ${BUDGET_KB} KB gzip: ${over.map((row) => row.page).join(', ')}\n`);
  process.exit(1);
}
