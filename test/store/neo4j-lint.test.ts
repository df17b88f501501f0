// Neo4j cannot run here, so every statement the Neo4j store can send, and every saved query, is
// checked with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { NODE_TABLES, REL_TABLES } from '../../schema/graph.js';
import { allNeo4jStatements } from '../../src/store/neo4j-cypher.js';
import { listSavedQueries } from '../../src/query/saved.js';

// its ESM build is broken: load the CommonJS one
const require = createRequire(import.meta.url);
const { lintCypherQuery } = require('@neo4j-cypher/language-support') as {
  lintCypherQuery(q: string, schema: Record<string, unknown>): { severity: number; message: string }[];
};

const PROPERTY_KEYS = [
  'id', 'name', 'jurisdiction', 'idBasis', 'fullName', 'kind', 'date', 'place', 'hash', 'headline', 'newspaper', 'file', 'url', 'locale',
  'key', 'role', 'roles', 'order', 'articleId', 'sentenceId', 'text', 'evidenceStart', 'evidenceEnd', 'title', 'firstSeen', 'lastSeen', 'articleIds', 'count',
];

function lint(cypher: string, params: Record<string, unknown>): string[] {
  const diags = lintCypherQuery(cypher, {
    labels: [...NODE_TABLES], relationshipTypes: Object.keys(REL_TABLES), propertyKeys: PROPERTY_KEYS, parameters: params,
  });
  return diags.map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
}

describe('Neo4j statements pass Neo4j’s own linter', () => {
  const statements = allNeo4jStatements();
  it('covers the DDL, the merges for every label and type, and the replace path', () => {
    expect(statements.filter((s) => s.cypher.startsWith('CREATE CONSTRAINT')).length).toBe(NODE_TABLES.length);
    expect(statements.some((s) => s.cypher.startsWith('CREATE FULLTEXT INDEX'))).toBe(true);
    for (const l of NODE_TABLES) expect(statements.some((s) => s.cypher.includes(`MERGE (n:${l} {id: row.id})`))).toBe(true);
    for (const t of Object.keys(REL_TABLES)) expect(statements.some((s) => s.cypher.includes(`MERGE (a)-[r:${t} {key: row.key}]->(b)`))).toBe(true);
  });
  it.each(statements.map((s) => [s.cypher.slice(0, 70), s] as const))('%s', (_label, s) => {
    expect(lint(s.cypher, s.params)).toEqual([]);
  });
  it('the linter does catch a broken statement (so the checks above can fail)', () => {
    expect(lint('MATCH (p:Person) WHERE p.name = $name RETRUN p', { name: 'x' }).length).toBeGreaterThan(0);
    expect(lint('MATCH (p:Person) WHERE p.name = $name RETURN p', {}).some((d) => d.startsWith('error'))).toBe(true);
  });
});

describe('saved queries pass Neo4j’s own linter', () => {
  const queries = listSavedQueries();
  it('there are at least eight, each documented', () => {
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const q of queries) expect(q.description.length).toBeGreaterThan(10);
  });
  it.each(queries.map((q) => [q.name, q] as const))('%s', (_name, q) => {
    const params = Object.fromEntries(q.params.map((p) => [p.name, p.default]));
    expect(lint(q.cypher, params)).toEqual([]);
  });
});
