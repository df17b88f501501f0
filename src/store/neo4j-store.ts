// The Neo4j store: constraints and indexes on open(), then batched `UNWIND $rows … MERGE` writes,
// all of one writeDocuments call in one managed transaction (executeWrite retries transient
// errors), so a failure never leaves part of a batch. neo4j:// URIs route, so clusters and Aura
// work unchanged. The password is handed to the driver only; nothing here prints it.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { buildGraph } from '../graph/build.js';
import { articleId, sentenceId } from '../graph/identity.js';
import { NODE_TABLES, REL_TABLES, type GraphBatch, type RelTable } from '../../schema/graph.js';
import type { ExtractionResult, GraphStore, GraphValue, QueryOptions, QueryResult, StoreConfig, WriteOptions, WriteStats } from '../types.js';
import { describeStore } from '../config.js';
import {
  ARTICLES_TO_REPLACE, INLINE_EVIDENCE, KNOWN_DOCUMENTS, LONG_ARTICLE_IDS, LONG_HISTORY_IDS, MOVE_EVIDENCE, NODE_IDS_BY_ELEMENT_ID, REPLACE_STATEMENTS,
  SET_ARTICLE_IDS, SET_HISTORY_IDS, mergeNodes, mergeRels, neo4jDdl,
} from './neo4j-cypher.js';

type Neo4jConfig = Extract<StoreConfig, { kind: 'neo4j' }>;

/** Rows per UNWIND: big enough to amortise round trips, small enough for the server's memory. */
const CHUNK = 5000;

/** JS numbers that are whole become Neo4j integers (LIMIT, SKIP and int properties need them). */
export function toNeo4jParam(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (typeof v === 'bigint') return neo4j.int(v.toString());
  if (Array.isArray(v)) return v.map(toNeo4jParam);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4jParam(x)]));
  }
  return v;
}

/**
 * Driver values → the shapes of src/store/types.ts. `endpoints` maps element ids to `id`
 * properties so relationships name their nodes the way Kuzu's do.
 */
export function fromNeo4j(v: unknown, endpoints: Map<string, string>): GraphValue {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) {
    const i = v as ReturnType<typeof neo4j.int>;
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => fromNeo4j(x, endpoints));
  if (neo4j.isNode(v as never)) {
    const n = v as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    const id = typeof n.properties.id === 'string' ? n.properties.id : n.elementId;
    return { $type: 'node', id, labels: [...n.labels], properties: props(n.properties, endpoints) };
  }
  if (neo4j.isRelationship(v as never)) {
    const r = v as { type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
    return {
      $type: 'relationship', type: r.type,
      start: endpoints.get(r.startNodeElementId) ?? r.startNodeElementId,
      end: endpoints.get(r.endNodeElementId) ?? r.endNodeElementId,
      properties: props(r.properties, endpoints),
    };
  }
  if (neo4j.isPath(v as never)) {
    // A path becomes the list node, relationship, node, … like Kuzu's recursive results
    const p = v as { start: unknown; segments: { relationship: unknown; end: unknown }[] };
    return [fromNeo4j(p.start, endpoints), ...p.segments.flatMap((s) => [fromNeo4j(s.relationship, endpoints), fromNeo4j(s.end, endpoints)])];
  }
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return props(v as Record<string, unknown>, endpoints);
  // temporal, spatial and other driver types print as Cypher literals do
  return String(v);
}

function props(o: Record<string, unknown>, endpoints: Map<string, string>): Record<string, GraphValue> {
  const out: Record<string, GraphValue> = {};
  for (const [k, x] of Object.entries(o)) out[k] = fromNeo4j(x, endpoints);
  return out;
}

/** Element ids of relationship endpoints, and the `id` of every node already in the result. */
function scan(v: unknown, endpoints: Map<string, string>, wanted: Set<string>): void {
  if (!v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) scan(x, endpoints, wanted);
  } else if (neo4j.isNode(v as never)) {
    const n = v as { elementId: string; properties: Record<string, unknown> };
    if (typeof n.properties.id === 'string') endpoints.set(n.elementId, n.properties.id);
  } else if (neo4j.isRelationship(v as never)) {
    const r = v as { startNodeElementId: string; endNodeElementId: string };
    wanted.add(r.startNodeElementId);
    wanted.add(r.endNodeElementId);
  } else if (neo4j.isPath(v as never)) {
    const p = v as { start: unknown; segments: { relationship: unknown; end: unknown }[] };
    scan(p.start, endpoints, wanted);
    for (const s of p.segments) { scan(s.relationship, endpoints, wanted); scan(s.end, endpoints, wanted); }
  } else if (Object.getPrototypeOf(v) === Object.prototype) {
    for (const x of Object.values(v)) scan(x, endpoints, wanted);
  }
}

/** Relationship rows as the MERGE statements take them: identity fields apart from properties. */
function relParams(rows: { key: string; from: string; to: string }[]): unknown[] {
  return rows.map(({ key, from, to, ...rest }) => ({ key, from, to, props: toNeo4jParam(rest) }));
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private driver: Driver | null = null;

  constructor(private readonly config: Neo4jConfig) {}

  private session(mode: 'READ' | 'WRITE'): Session {
    if (!this.driver) throw new Error('neo4j store: not open (call open() first)');
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.config.database ? { database: this.config.database } : {}),
    });
  }

  async open(): Promise<void> {
    if (this.driver) return;
    const driver = neo4j.driver(this.config.uri, neo4j.auth.basic(this.config.user, this.config.password), { userAgent: 'kg/0.1.0' });
    try {
      await driver.verifyConnectivity(this.config.database ? { database: this.config.database } : {});
      this.driver = driver;
      const s = this.session('WRITE');
      try {
        // schema statements cannot share a transaction with each other's data; each is idempotent
        for (const stmt of neo4jDdl()) await s.executeWrite((tx) => tx.run(stmt));
        await convertEarlierLayout(s);
      } finally {
        await s.close();
      }
    } catch (err) {
      this.driver = null;
      await driver.close();
      // describeStore never includes the password
      throw new Error(`neo4j store ${describeStore(this.config)}: ${(err as Error).message}`);
    }
  }

  async knownDocuments(hashes: string[]): Promise<Set<string>> {
    if (!hashes.length) return new Set();
    const s = this.session('READ');
    try {
      const res = await s.executeRead((tx) => tx.run(KNOWN_DOCUMENTS, { hashes }));
      return new Set(res.records.map((r) => String(r.get('hash'))));
    } finally {
      await s.close();
    }
  }

  async writeDocuments(results: ExtractionResult[], opts: WriteOptions = {}): Promise<WriteStats> {
    const s = this.session('WRITE');
    try {
      return await s.executeWrite((tx) => this.writeInTx(tx, results, opts.replace ?? false));
    } finally {
      await s.close();
    }
  }

  /** The whole batch in one transaction; executeWrite may call this again on a transient error. */
  private async writeInTx(tx: ManagedTransaction, results: ExtractionResult[], replace: boolean): Promise<WriteStats> {
    const stats: WriteStats = { documents: 0, skipped: 0, nodes: 0, relationships: 0 };
    const count = (summary: { counters: { updates(): { nodesCreated: number; relationshipsCreated: number } } }): void => {
      const u = summary.counters.updates();
      stats.nodes += u.nodesCreated;
      stats.relationships += u.relationshipsCreated;
    };
    // one document per hash within the batch
    const byHash = new Map<string, ExtractionResult>();
    for (const r of results) if (!byHash.has(r.document.hash)) byHash.set(r.document.hash, r);
    let todo = [...byHash.values()];
    stats.skipped = results.length - todo.length;
    const hashes = todo.map((r) => r.document.hash);
    if (replace) {
      const files = todo.map((r) => r.document.file).filter((f): f is string => !!f);
      const old = await tx.run(ARTICLES_TO_REPLACE, { hashes, files });
      const ids = old.records.map((r) => String(r.get('id')));
      if (ids.length) for (const stmt of REPLACE_STATEMENTS) await tx.run(stmt, { ids });
    } else {
      const known = await tx.run(KNOWN_DOCUMENTS, { hashes });
      const have = new Set(known.records.map((r) => String(r.get('hash'))));
      todo = todo.filter((r) => !have.has(r.document.hash));
      stats.skipped += have.size;
    }
    stats.documents = todo.length;
    if (!todo.length) return stats;
    const batch: GraphBatch = buildGraph(todo);
    for (const label of NODE_TABLES) {
      for (const rows of chunks<unknown>(batch[label])) count((await tx.run(mergeNodes(label), { rows: toNeo4jParam(rows) })).summary);
    }
    for (const type of Object.keys(REL_TABLES) as RelTable[]) {
      for (const rows of chunks(batch[type] as { key: string; from: string; to: string }[])) {
        count((await tx.run(mergeRels(type), { rows: relParams(rows) })).summary);
      }
    }
    return stats;
  }

  async query(cypher: string, params: Record<string, unknown> = {}, opts: QueryOptions = {}): Promise<QueryResult> {
    const s = this.session(opts.write ? 'WRITE' : 'READ');
    const p = toNeo4jParam(params) as Record<string, unknown>;
    try {
      // a read transaction: the server itself refuses writes, and a cluster routes it to a reader
      const work = async (tx: ManagedTransaction) => {
        const run = tx.run(cypher, p);
        const keys = (await run.keys()).map(String);
        return { keys, records: (await run).records };
      };
      const res = opts.write ? await s.executeWrite(work) : await s.executeRead(work);
      const endpoints = new Map<string, string>();
      const wanted = new Set<string>();
      for (const rec of res.records) for (const k of rec.keys) scan(rec.get(k), endpoints, wanted);
      const missing = [...wanted].filter((e) => !endpoints.has(e));
      if (missing.length) {
        const ids = await s.executeRead((tx) => tx.run(NODE_IDS_BY_ELEMENT_ID, { elementIds: missing }));
        for (const r of ids.records) if (typeof r.get('id') === 'string') endpoints.set(String(r.get('elementId')), r.get('id') as string);
      }
      const columns = res.keys;
      const rows = res.records.map((rec) => Object.fromEntries(rec.keys.map((k) => [String(k), fromNeo4j(rec.get(k), endpoints)])));
      return { columns, rows };
    } finally {
      await s.close();
    }
  }

  async close(): Promise<void> {
    const d = this.driver;
    this.driver = null;
    if (d) await d.close();
  }
}

/** An article id of a graph written before short ids (the whole sha256) as it is now. */
const shortArticleId = (id: string): string => (id.length === 64 ? articleId(id) : id);

/**
 * Converts a graph written before Sentence nodes and short article ids, a page per transaction
 * (each step reads only what is left to convert, so an interrupted conversion goes on at the
 * next open): evidence sentences kept on relationships become Sentence nodes, articles get
 * their short ids, title histories list those. The Kuzu store does the same (kuzu-migrate.ts).
 */
async function convertEarlierLayout(s: Session): Promise<void> {
  const pages = async (read: string, row: (r: Neo4jRecord) => Record<string, unknown>, write: string): Promise<void> => {
    for (;;) {
      const page = await s.executeRead((tx) => tx.run(read, { limit: neo4j.int(5000) }));
      if (!page.records.length) return;
      const rows = page.records.map(row);
      await s.executeWrite((tx) => tx.run(write, { rows }));
    }
  };
  await pages(INLINE_EVIDENCE, (r) => {
    const a = shortArticleId(String(r.get('a')));
    const t = String(r.get('t'));
    return { e: String(r.get('e')), id: sentenceId(a, t), a, t };
  }, MOVE_EVIDENCE);
  await pages(LONG_ARTICLE_IDS, (r) => ({ old: String(r.get('id')), id: shortArticleId(String(r.get('id'))) }), SET_ARTICLE_IDS);
  await pages(LONG_HISTORY_IDS, (r) => ({ e: String(r.get('e')), ids: (r.get('ids') as unknown[]).map((x) => shortArticleId(String(x))) }), SET_HISTORY_IDS);
}
