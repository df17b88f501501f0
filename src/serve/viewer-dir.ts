import { existsSync } from 'node:fs';
import { fromRoot } from '../paths.js';

/** Where `npm run build` puts the viewer (vite outDir, see viz/vite.config.ts), or null if not built. */
export function viewerDir(): string | null {
  const dir = fromRoot('dist', 'viewer');
  return existsSync(`${dir}/index.html`) ? dir : null;
}
