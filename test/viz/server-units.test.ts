import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { assertReadOnly, CypherRejected, jsonSafe } from '../../src/serve/cypher.js';
import { resolveStatic } from '../../src/serve/static.js';
import { cellText, resultGraph } from '../../viz/src/core/cypher/index.js';

describe('read-only Cypher check', () => {
  it.each([
    'MATCH (p:Person) RETURN p.name',
    "MATCH (p:Person {name: 'CREATE (x)'}) RETURN p // DELETE in a comment",
    'MATCH (p:Person) WHERE p.name CONTAINS "SET" RETURN count(*) AS n',
    'CALL show_tables() RETURN *',
    'MATCH (p:Person)-[a:ATTENDED]->(m:Meeting) RETURN p, a, m ORDER BY m.date LIMIT 10',
  ])('accepts %s', (q) => {
    expect(() => assertReadOnly(q)).not.toThrow();
  });

  it.each([
    ['CREATE (p:Person {id: "x"})', 'CREATE'],
    ['MATCH (p) DETACH DELETE p', 'DETACH'],
    ['MATCH (p:Person) SET p.name = "x"', 'SET'],
    ['MERGE (p:Person {id: $id})', 'MERGE'],
    ["COPY Person FROM 'x.csv'", 'COPY'],
    ['match (p) remove p.name', 'REMOVE'],
    ['DROP TABLE Person', 'DROP'],
    ['CALL db.clearQueryCaches()', 'CALL db.clearQueryCaches'],
    ['MATCH (n) CALL { WITH n RETURN n } RETURN n', 'CALL {'],
  ])('rejects %s', (q, word) => {
    expect(() => assertReadOnly(q)).toThrow(CypherRejected);
    expect(() => assertReadOnly(q)).toThrow(word);
  });

  it('makes values JSON-safe', () => {
    expect(jsonSafe({ a: 10n, b: [NaN, 'x'], c: 2n ** 60n })).toEqual({ a: 10, b: [null, 'x'], c: (2n ** 60n).toString() });
  });
});

describe('static files', () => {
  const root = '/srv/viewer';
  it('maps / to index.html and keeps paths inside the root', () => {
    expect(resolveStatic(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStatic(root, '/assets/index-1.js?x=1')).toBe(join(root, 'assets/index-1.js'));
    expect(resolveStatic(root, '/../../etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(resolveStatic(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(resolveStatic(root, '/a%00b')).toBeNull();
    expect(resolveStatic(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('Cypher results as table cells and graph', () => {
  const n1 = { $type: 'node', id: 'p1', labels: ['Person'], properties: { name: '周海峰' } };
  const n2 = { $type: 'node', id: 'm1', labels: ['Meeting'], properties: { name: '常委会' } };
  const r = { $type: 'relationship', type: 'ATTENDED', start: 'p1', end: 'm1', properties: { role: '主持' } };

  it('renders nodes, relationships and lists as text', () => {
    expect(cellText(n1)).toBe('(:Person 周海峰)');
    expect(cellText(r)).toBe('[:ATTENDED]');
    expect(cellText([1, 'a', null])).toBe('[1, a, ]');
    expect(cellText({ k: 1 })).toBe('{"k":1}');
  });

  it('builds a graph when rows hold nodes and relationships, null otherwise', () => {
    const g = resultGraph([{ p: n1, a: r, m: n2 }, { path: [n1, r, n2] }], () => '#123456');
    expect(g?.order).toBe(2);
    expect(g?.size).toBe(1);
    expect(g?.getNodeAttribute('p1', 'label')).toBe('周海峰');
    expect(resultGraph([{ name: '周海峰', n: 3 }], () => '#000000')).toBeNull();
  });
});
