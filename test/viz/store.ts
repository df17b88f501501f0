// A real embedded Kuzu store in a temp dir, filled with the fictional fixture documents.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../../src/paths.js';
import type { GraphStore } from '../../src/store/types.js';
import { fixtureResults } from './fixtures.js';

export interface TempStore { store: GraphStore; dir: string; cleanup(): Promise<void> }

/** Why the store-backed viewer tests cannot run here, or null when they can. */
export const storeMissing: string | null = existsSync(fromRoot('src', 'store', 'index.ts')) ? null
  : 'src/store/index.ts (openStore) is not in this tree yet';

export async function fixtureStore(): Promise<TempStore> {
  const { openStore } = await import('../../src/store/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'kg-viz-'));
  const store = openStore({ kind: 'kuzu', path: join(dir, 'kg.kuzu') });
  await store.open();
  await store.writeDocuments(fixtureResults());
  return {
    store, dir,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
