import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const domain = fileURLToPath(new URL('../libs/domain/src/index.ts', import.meta.url));
// The API the dev server proxies to (`npm start` listens on 3000); override with API_URL=http://localhost:3100.
const api = process.env.API_URL ?? 'http://localhost:3000';

/** The API serves `web/dist` at `/` in production; in development Vite proxies the API's paths. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: { '@red-chair/domain': domain } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022', manifest: true },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/health': api,
      '/export': api,
    },
  },
});
