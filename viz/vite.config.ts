import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The viewer is a static page built into dist/viz and served by `kg serve`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: fileURLToPath(new URL('../dist/viz', import.meta.url)), emptyOutDir: true },
});
