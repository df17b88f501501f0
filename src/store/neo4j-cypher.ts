// Every statement the Neo4j store sends, in one place, so the tests can lint each of them with
// Neo4j's own parser. Labels and types come from the fixed model in schema/graph.ts, never from
// input; all values travel as parameters.
import { readDdl } from './ddl.js';
import { NODE_TABLES, REL_TABLES, type NodeTable, type RelTable } from '../../schema/graph.js';

export interface Statement {
  cypher: string;
  /** Example parameters (names and shapes), used to declare them when linting. */
  params: Record<string, unknown>;
}

export const neo4jDdl = (): string[] => readDdl('neo4j.cypher');

export const KNOWN_DOCUMENTS = 'MATCH (a:Article) WHERE a.hash IN $hashes RETURN a.hash AS hash';

/** Node rows: created once with all their properties (ids are content-derived). */
export const mergeNodes = (label: NodeTable): string =>
  `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) ON CREATE SET n += row`;

/** Relationship rows `{key, from, to, props}`; HOLDS widens its title history on a match. */
export function mergeRels(type: RelTable): string {
  const [from, to] = REL_TABLES[type];
  const head = `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) MERGE (a)-[r:${type} {key: row.key}]->(b) ON CREATE SET r += row.props`;
  if (type !== 'HOLDS') return head;
  return head +
    ' ON MATCH SET r.articleIds = r.articleIds + [x IN row.props.articleIds WHERE NOT x IN r.articleIds],' +
    ' r.firstSeen = CASE WHEN r.firstSeen IS NULL OR (row.props.firstSeen IS NOT NULL AND row.props.firstSeen < r.firstSeen) THEN row.props.firstSeen ELSE r.firstSeen END,' +
    ' r.lastSeen = CASE WHEN r.lastSeen IS NULL OR (row.props.lastSeen IS NOT NULL AND row.props.lastSeen > r.lastSeen) THEN row.props.lastSeen ELSE r.lastSeen END';
}

/** ids of the stored articles a replace must clear: same content hash or same input file. */
export const ARTICLES_TO_REPLACE = 'MATCH (a:Article) WHERE a.hash IN $hashes OR (a.file IS NOT NULL AND a.file IN $files) RETURN a.id AS id';

/** A replace removes the old facts of the articles first, then the nodes nobody points to any more. */
export const REPLACE_STATEMENTS: readonly string[] = [
  // an attendance goes with the article its sentence is from (the first to report it)
  'MATCH (s:Sentence) WHERE s.articleId IN $ids WITH collect(s.id) AS sentences MATCH ()-[r:ATTENDED]->() WHERE r.sentenceId IN sentences DELETE r',
  'MATCH (s:Sentence) WHERE s.articleId IN $ids DELETE s',
  // drop the replaced articles from each title history and recompute its first/last seen from what is left
  'MATCH ()-[h:HOLDS]->() WHERE any(x IN h.articleIds WHERE x IN $ids) SET h.articleIds = [x IN h.articleIds WHERE NOT x IN $ids] WITH h OPTIONAL MATCH (a:Article) WHERE a.id IN h.articleIds WITH h, min(a.date) AS first, max(a.date) AS last SET h.firstSeen = first, h.lastSeen = last',
  'MATCH ()-[h:HOLDS]->() WHERE size(h.articleIds) = 0 DELETE h',
  'MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a',
  'MATCH (m:Meeting) WHERE NOT (m)-[:REPORTED_IN]->(:Article) DETACH DELETE m',
  'MATCH (j:Journalist) WHERE NOT (j)-[:WROTE]->(:Article) DETACH DELETE j',
  'MATCH (p:Person) WHERE NOT (p)--() DELETE p',
  'MATCH (o:Organization) WHERE NOT (o)--() DELETE o',
];

/**
 * Graphs written before Sentence nodes keep the evidence sentence (and ATTENDED its article id)
 * on each relationship: read a page of them, and move each page's sentences into Sentence nodes.
 */
export const INLINE_EVIDENCE =
  'MATCH (:Person)-[r:ATTENDED|MENTIONED_IN]->(x) WHERE r.evidence IS NOT NULL RETURN elementId(r) AS e, coalesce(r.articleId, x.id) AS a, r.evidence AS t LIMIT $limit';
export const MOVE_EVIDENCE =
  'UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.e MERGE (s:Sentence {id: row.id}) ON CREATE SET s.articleId = row.a, s.text = row.t SET r.sentenceId = row.id REMOVE r.evidence, r.articleId';
/** Graphs written before short article ids name articles by their whole sha256 (64 characters): a page of them, and their new ids. */
export const LONG_ARTICLE_IDS = 'MATCH (a:Article) WHERE size(a.id) = 64 RETURN a.id AS id LIMIT $limit';
export const SET_ARTICLE_IDS = 'UNWIND $rows AS row MATCH (a:Article {id: row.old}) SET a.id = row.id';
/** … and title histories listing such ids. */
export const LONG_HISTORY_IDS = 'MATCH ()-[h:HOLDS]->() WHERE any(x IN h.articleIds WHERE size(x) = 64) RETURN elementId(h) AS e, h.articleIds AS ids LIMIT $limit';
export const SET_HISTORY_IDS = 'UNWIND $rows AS row MATCH ()-[h:HOLDS]->() WHERE elementId(h) = row.e SET h.articleIds = row.ids';

/** The `id` property of nodes a returned relationship points at (relationships carry element ids). */
export const NODE_IDS_BY_ELEMENT_ID = 'MATCH (n) WHERE elementId(n) IN $elementIds RETURN elementId(n) AS elementId, n.id AS id';

/** Every statement the store can send, with example parameters. */
export function allNeo4jStatements(): Statement[] {
  const rows = [{ id: 'x', key: 'k', from: 'a', to: 'b', props: {} }];
  return [
    ...neo4jDdl().map((cypher) => ({ cypher, params: {} })),
    { cypher: KNOWN_DOCUMENTS, params: { hashes: ['h'] } },
    ...NODE_TABLES.map((l) => ({ cypher: mergeNodes(l), params: { rows } })),
    ...(Object.keys(REL_TABLES) as RelTable[]).map((t) => ({ cypher: mergeRels(t), params: { rows } })),
    { cypher: ARTICLES_TO_REPLACE, params: { hashes: ['h'], files: ['f'] } },
    ...REPLACE_STATEMENTS.map((cypher) => ({ cypher, params: { ids: ['a'] } })),
    { cypher: NODE_IDS_BY_ELEMENT_ID, params: { elementIds: ['4:x:1'] } },
    { cypher: INLINE_EVIDENCE, params: { limit: 1 } },
    { cypher: MOVE_EVIDENCE, params: { rows: [{ e: '5:x:1', id: 's', a: 'a', t: 't' }] } },
    { cypher: LONG_ARTICLE_IDS, params: { limit: 1 } },
    { cypher: SET_ARTICLE_IDS, params: { rows: [{ old: 'h', id: 'a' }] } },
    { cypher: LONG_HISTORY_IDS, params: { limit: 1 } },
    { cypher: SET_HISTORY_IDS, params: { rows: [{ e: '5:x:1', ids: ['a'] }] } },
  ];
}
