// Measures the JavaScript a first visit downloads: the entry chunk, its static imports, and each
// route's lazy chunk with its own static imports (gzip, as served). Run after `nx run web:build`:
//   node web/scripts/bundle-size.mjs [budgetKb]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const budget = Number(process.argv[2] ?? 170);

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const shell = closure([entry]);
const total = (keys) => [...keys].reduce((sum, key) => sum + gzipKb(manifest[key].file), 0);
console.log(`shell (entry + static imports): ${total(shell).toFixed(1)} KB gzip`);
let worst = 0;
for (const lazy of manifest[entry].dynamicImports ?? []) {
  const keys = closure([lazy], new Set(shell));
  const kb = total(keys);
  worst = Math.max(worst, kb);
  console.log(`  ${lazy.padEnd(48)} ${kb.toFixed(1)} KB gzip`);
}
const importers = Object.entries(manifest).filter(([, chunk]) => chunk.dynamicImports?.length && !chunk.isEntry);
for (const [key] of importers) console.log(`  (more lazy chunks under ${key})`);
console.log(`worst first load: ${worst.toFixed(1)} KB gzip (budget ${budget} KB)`);
process.exit(worst > budget ? 1 : 0);
