#!/usr/bin/env node
// The first-load budget (≤ 170 KB gzip per route): for each page of the web app, what a browser downloads to
// show it from a cold cache — the shell (index.html's chunk and CSS) plus the page's lazy chunk and everything
// it imports statically, JavaScript and CSS, each gzipped as the server sends it. Reads the build's manifest
// (run `npx nx run web:build` first). Exits 1 when a route is over budget.
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

/** The files of a chunk and of everything it imports statically (not its dynamic imports: those load later). */
function filesOf(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return new Set();
  seen.add(key);
  const files = new Set([chunk.file, ...(chunk.css ?? [])]);
  for (const imported of chunk.imports ?? []) for (const file of filesOf(imported, seen)) files.add(file);
  return files;
}

const shell = filesOf('index.html');
// The reader's words load with the page (src/i18n/translate.ts): count the heavier language.
const dictionaries = Object.entries(manifest).filter(([, chunk]) => /^src\/i18n\/\w+\.json$/.test(chunk.src ?? ''));
const wordsKb = Math.max(0, ...dictionaries.map(([, chunk]) => gzipKb(chunk.file)));
const pages = Object.entries(manifest).filter(([, chunk]) => chunk.isDynamicEntry && /Page\.tsx$/.test(chunk.src ?? ''));
const rows = pages
  .map(([key, chunk]) => {
    const files = new Set([...shell, ...filesOf(key)]);
    const kb = [...files].reduce((sum, file) => sum + gzipKb(file), 0) + wordsKb;
    return { page: chunk.src.replace(/^src\/features\//, ''), kb };
  })
  .sort((a, b) => b.kb - a.kb);

const shellKb = [...shell].reduce((sum, file) => sum + gzipKb(file), 0);
process.stdout.write(
  `first load per route, gzip (budget ${BUDGET_KB} KB; the shell is ${shellKb.toFixed(1)} KB, a language's words ${wordsKb.toFixed(1)} KB)\n`,
);
for (const { page, kb } of rows)
  process.stdout.write(`  ${kb.toFixed(1).padStart(6)} KB  ${page}${kb > BUDGET_KB ? '  OVER BUDGET' : ''}\n`);
const over = rows.filter((row) => row.kb > BUDGET_KB);
if (over.length) {
  process.stderr.write(`bundle-size: ${over.length} route(s) over ${BUDGET_KB} KB gzip: ${over.map((row) => row.page).join(', ')}\n`);
  process.exit(1);
}
