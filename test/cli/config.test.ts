import { describe, expect, it } from 'vitest';
import { resolveStoreConfig, describeStore, DEFAULT_STORE } from '../../src/config.js';
import { UsageError } from '../../src/cli/errors.js';

describe('resolveStoreConfig', () => {
  it('defaults to the embedded Kuzu store at ./data/kg.kuzu', () => {
    expect(resolveStoreConfig({}, {})).toEqual({ kind: 'kuzu', path: DEFAULT_STORE });
  });

  it('reads KG_STORE from the environment, and a flag wins over it', () => {
    expect(resolveStoreConfig({}, { KG_STORE: '/tmp/a.kuzu' })).toEqual({ kind: 'kuzu', path: '/tmp/a.kuzu' });
    expect(resolveStoreConfig({ store: '/tmp/b.kuzu' }, { KG_STORE: '/tmp/a.kuzu' })).toEqual({ kind: 'kuzu', path: '/tmp/b.kuzu' });
  });

  it('switches to Neo4j when NEO4J_URI is set, with routing schemes accepted', () => {
    const c = resolveStoreConfig({}, { NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 's3cret' });
    expect(c).toEqual({ kind: 'neo4j', uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 's3cret', database: null });
  });

  it('rejects a malformed URI with a message naming the option', () => {
    expect(() => resolveStoreConfig({ neo4jUri: 'http://localhost:7474' }, {})).toThrow(UsageError);
    expect(() => resolveStoreConfig({ neo4jUri: 'http://localhost:7474' }, {})).toThrow(/--neo4j-uri \/ NEO4J_URI/);
  });

  it('never includes the password when describing the store', () => {
    const c = resolveStoreConfig({}, { NEO4J_URI: 'neo4j://localhost:7687', NEO4J_PASSWORD: 'hunter2' });
    expect(describeStore(c)).not.toContain('hunter2');
    expect(describeStore(c)).toBe('neo4j:neo4j://localhost:7687 as neo4j');
  });

  it('sizes the embedded buffer pool from --buffer-pool or KG_BUFFER_POOL, and rejects a bad size', () => {
    expect(resolveStoreConfig({ bufferPool: '512MB' }, {})).toEqual({ kind: 'kuzu', path: DEFAULT_STORE, bufferPool: 512 * 1024 ** 2 });
    expect(resolveStoreConfig({}, { KG_BUFFER_POOL: '2GB' })).toMatchObject({ bufferPool: 2 * 1024 ** 3 });
    expect(() => resolveStoreConfig({ bufferPool: 'lots' }, {})).toThrow(/--buffer-pool \/ KG_BUFFER_POOL/);
    expect(() => resolveStoreConfig({}, { KG_BUFFER_POOL: '16MB' })).toThrow(UsageError);
  });
});
