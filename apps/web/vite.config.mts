import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web app is built into dist/web, which the API process serves (apps/api/src/http/web-app.ts).
// In development `vite` proxies the API so the browser sees one origin, as in production.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      // React Router and TanStack Query mark their modules "use client" for React Server Components, which this
      // client-only app does not use: the bundler's note that it drops the directive says nothing here.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
});
