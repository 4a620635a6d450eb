import { fileURLToPath } from 'node:url';
import { constants as zlib } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const domain = fileURLToPath(new URL('../libs/domain/src/index.ts', import.meta.url));
// The API the dev server proxies to (`npm start` listens on 3000); override with API_URL=http://localhost:3100.
const api = process.env.API_URL ?? 'http://localhost:3000';

const generated = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));

/**
 * `graphql(\`query X …\`)` → the generated `XDocument` (fragments: `A_bFragmentDoc` → `A_BFragmentDoc`),
 * imported on its own. The preset's `graphql()` looks documents up in one map of every operation, which
 * puts them all in the first load; this gives each lazy page only the documents it uses (the codegen's
 * recommended babel plugin does the same). Each document is its own small virtual module
 * (`\0rc-gql:XDocument`, the JSON that codegen wrote), so a lazy page's documents stay in its chunk rather
 * than in the one module `graphql.ts` that the shell loads. Unknown names fail the build.
 */
function graphqlDocuments(): Plugin {
  const PREFIX = '\0rc-gql:';
  let documents = new Map<string, string>();
  return {
    name: 'red-chair:graphql-documents',
    apply: 'build',
    async buildStart() {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(generated, 'utf8');
      documents = new Map(
        [...source.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)].map((match) => [match[1]!, match[2]!]),
      );
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const json = documents.get(id.slice(PREFIX.length));
      return json === undefined ? null : `export default ${json};\n`;
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const imports = new Map<string, string>();
      const out = code.replace(/\bgraphql\(\s*`([\s\S]*?)`\s*\)/g, (whole, body: string) => {
        const match = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(body);
        if (!match) return whole;
        const [, kind, name] = match as unknown as [string, string, string];
        const exportName =
          kind === 'fragment'
            ? `${name
                .split('_')
                .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
                .join('_')}FragmentDoc`
            : `${name.charAt(0).toUpperCase()}${name.slice(1)}Document`;
        if (!documents.has(exportName)) this.error(`No generated ${exportName} for ${kind} ${name} in ${id}: run web:codegen`);
        const local = `__gql_${exportName}`;
        imports.set(exportName, local);
        return local;
      });
      if (!imports.size) return null;
      const header = [...imports].map(([name, local]) => `import ${local} from ${JSON.stringify(PREFIX + name)};\n`).join('');
      return { code: header + out, map: null };
    },
  };
}

/** The API serves `web/dist` at `/` in production; in development Vite proxies the API's paths. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    graphqlDocuments(),
    react(),
    // `file.br` and `file.gz` next to each file worth it, made once at build time at the highest levels
    // (the API serves them: api/src/web/serve-web-app.ts). Not the manifest, which only the build reads.
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      threshold: 1024,
      exclude: [/\.vite\//, /\.(br|gz)$/],
    }),
  ],
  resolve: { alias: { '@red-chair/domain': domain } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    manifest: true,
    // Everything the first page needs in one chunk: by default Rolldown splits the modules the shell
    // shares with lazy pages into many small chunks by who imports them, and each costs gzip overhead
    // on every first load (new lazy pieces kept adding ~0.3 KB each to it).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] } } },
    // The shell is ~510 KB before compression; what counts is the gzip budget per route (web/scripts/bundle-size.mjs).
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/health': api,
      '/export': api,
      '/auth/oidc': api,
    },
  },
});
