// The Neo4j store's value conversions, with the driver's own types (no server needed), and its
// failure to connect, which must name the store but never the password.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromNeo4j, toNeo4jParam } from '../../src/store/neo4j-store.js';
import { openStore } from '../../src/store/index.js';

describe('neo4j value conversion', () => {
  it('sends whole numbers as Neo4j integers (LIMIT needs them), keeps fractions and text', () => {
    const p = toNeo4jParam({ limit: 25, ratio: 0.5, name: `O'Brien"}{`, ids: [1, 2], nested: { n: 3 } }) as Record<string, unknown>;
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect(p.ratio).toBe(0.5);
    expect(p.name).toBe(`O'Brien"}{`);
    expect((p.ids as unknown[]).every((x) => neo4j.isInt(x))).toBe(true);
    expect(neo4j.isInt((p.nested as Record<string, unknown>).n)).toBe(true);
  });

  it('returns nodes and relationships in the shared shape, naming ends by their id property', () => {
    const a = new neo4j.types.Node(neo4j.int(1), ['Person'], { id: 'p1', name: '周海峰', n: neo4j.int(7) }, '4:x:1');
    const b = new neo4j.types.Node(neo4j.int(2), ['Meeting'], { id: 'm1', name: '会议' }, '4:x:2');
    const r = new neo4j.types.Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), 'ATTENDED', { order: neo4j.int(0), roles: ['主持'] }, '5:x:9', '4:x:1', '4:x:2');
    const ends = new Map([['4:x:1', 'p1'], ['4:x:2', 'm1']]);
    expect(fromNeo4j(a, ends)).toEqual({ $type: 'node', id: 'p1', labels: ['Person'], properties: { id: 'p1', name: '周海峰', n: 7 } });
    expect(fromNeo4j(r, ends)).toEqual({ $type: 'relationship', type: 'ATTENDED', start: 'p1', end: 'm1', properties: { order: 0, roles: ['主持'] } });
    expect(fromNeo4j([neo4j.int(3), { x: neo4j.int(4) }, null], ends)).toEqual([3, { x: 4 }, null]);
    expect(fromNeo4j(neo4j.int('9007199254740993'), ends)).toBe('9007199254740993');
    expect(fromNeo4j(b, new Map())).toMatchObject({ id: 'm1', labels: ['Meeting'] });
  });
});

describe('neo4j store connection errors', () => {
  it('fails to open with a message naming the store, never the password', async () => {
    const store = openStore({ kind: 'neo4j', uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 's3cret-pw-123', database: null });
    const err = await store.open().then(() => null, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toContain('neo4j store neo4j:bolt://127.0.0.1:9 as neo4j');
    expect(err!.message).not.toContain('s3cret-pw-123');
    await store.close();
  });
});
