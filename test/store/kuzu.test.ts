// The embedded Kuzu store: the shared contract, persistence across reopen, and atomicity under
// an injected failure in the middle of a batch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { GraphStore } from '../../src/store/types.js';
import { counts, graphStoreContract } from './contract.js';
import { storeFixtures } from './fixtures.js';

function tempKuzu(): { store: GraphStore; path: string; cleanup(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
  const path = join(dir, 'kg.kuzu');
  const store = openStore({ kind: 'kuzu', path });
  return { store, path, async cleanup() { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

graphStoreContract('kuzu', async () => tempKuzu());

describe('kuzu store', () => {
  it('keeps the graph across close and reopen, and open() is idempotent', async () => {
    const t = tempKuzu();
    try {
      await t.store.open();
      await t.store.open();
      await t.store.writeDocuments(storeFixtures());
      const before = await counts(t.store);
      await t.store.close();
      const again = openStore({ kind: 'kuzu', path: t.path });
      await again.open();
      try {
        expect(await counts(again)).toEqual(before);
        expect((await again.writeDocuments(storeFixtures())).skipped).toBe(4);
      } finally {
        await again.close();
      }
    } finally {
      await t.cleanup();
    }
  });

  it('a batch that fails half-way leaves none of its documents, and can be written again', async () => {
    const t = tempKuzu();
    try {
      await t.store.open();
      const docs = storeFixtures();
      await t.store.writeDocuments(docs.slice(0, 1));
      const before = await counts(t.store);
      // inject a failure after the node tables of the batch are loaded, before its relationships
      const inner = t.store as unknown as { run(c: string, p?: Record<string, unknown>): Promise<unknown> };
      const real = inner.run.bind(inner);
      let failed = false;
      inner.run = async (c, p) => {
        if (!failed && /^COPY ATTENDED/.test(c)) { failed = true; throw new Error('injected failure'); }
        return real(c, p);
      };
      await expect(t.store.writeDocuments(docs.slice(1))).rejects.toThrow('injected failure');
      expect(failed).toBe(true);
      expect(await counts(t.store)).toEqual(before);
      expect((await t.store.knownDocuments(docs.map((d) => d.document.hash))).size).toBe(1);
      // the same batch then goes through whole
      const stats = await t.store.writeDocuments(docs.slice(1));
      expect(stats.documents).toBe(3);
      expect((await counts(t.store)).Article).toBe(4);
    } finally {
      await t.cleanup();
    }
  });
});
