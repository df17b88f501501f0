// openStore(config): the store the configuration names — embedded Kuzu by default, Neo4j when
// a URI is given. The Neo4j module is loaded only when asked for.
import type { GraphStore, StoreConfig } from '../types.js';
import { KuzuStore } from './kuzu-store.js';

export async function openStoreAsync(config: StoreConfig): Promise<GraphStore> {
  if (config.kind === 'kuzu') return new KuzuStore(config.path, { bufferPool: config.bufferPool });
  const { Neo4jStore } = await import('./neo4j-store.js');
  return new Neo4jStore(config);
}

export function openStore(config: StoreConfig): GraphStore {
  if (config.kind === 'kuzu') return new KuzuStore(config.path, { bufferPool: config.bufferPool });
  return new LazyNeo4jStore(config);
}

/** Defers loading neo4j-driver until the store is opened. */
class LazyNeo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private inner: GraphStore | null = null;
  constructor(private readonly config: StoreConfig) {}
  private get store(): GraphStore {
    if (!this.inner) throw new Error('neo4j store: not open (call open() first)');
    return this.inner;
  }
  async open(): Promise<void> {
    if (!this.inner) this.inner = await openStoreAsync(this.config);
    await this.inner.open();
  }
  knownDocuments(h: string[]) { return this.store.knownDocuments(h); }
  writeDocuments(...a: Parameters<GraphStore['writeDocuments']>) { return this.store.writeDocuments(...a); }
  query(...a: Parameters<GraphStore['query']>) { return this.store.query(...a); }
  async close(): Promise<void> { if (this.inner) await this.inner.close(); }
}

export { KuzuStore };
