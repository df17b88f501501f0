import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The viewer is a static page built into dist/viewer and served by `kg serve`. (Not dist/viz:
// tsc compiles the viewer's DOM-free core, which the server and benchmark import, to dist/viz/src,
// and emptyOutDir would delete it.)
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/viewer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
});
