// Vite builds the single-page app in web/ into web/dist, which `simpul serve
// --web-root web/dist` serves. Hashed files go under /assets/ so the server can
// cache them forever; index.html is served with no-cache.
//
// JSX is compiled by esbuild straight to Preact's automatic runtime, so no
// framework plugin is needed.
import { defineConfig } from 'vite';

const webRoot = decodeURIComponent(new URL('.', import.meta.url).pathname);
const devApi = 'http://127.0.0.1:8080'; // `npm run dev` forwards API calls here

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2020',
    sourcemap: false,
  },
  server: {
    proxy: { '/api': devApi, '/healthz': devApi, '/readyz': devApi },
  },
});
