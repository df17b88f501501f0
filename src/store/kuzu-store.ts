// The embedded store (Kuzu): the default when no Neo4j is configured. Writes are bulk loads:
// the rows of a batch are decided against the ids and keys already stored, the new ones are
// written to CSV and loaded with COPY, all inside one transaction, so a batch lands whole or
// not at all.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import kuzu from 'kuzu';
import { readDdl } from './ddl.js';
import { buildGraph } from '../graph/build.js';
import { NODE_TABLES, REL_TABLES, type GraphBatch, type NodeTable, type RelTable } from '../../schema/graph.js';
import type { ExtractionResult, GraphStore, QueryOptions, QueryResult, WriteOptions, WriteStats } from '../types.js';
import { writeCsv } from './csv.js';
import { collectKuzuNodeIds, fromKuzu, missingKuzuEndpoints } from './values.js';
import { writingClause } from '../query/read-only.js';

type KuzuResult = { getAll(): Promise<Record<string, unknown>[]>; getColumnNames(): Promise<string[]> };

const NODE_COLUMNS: Record<NodeTable, string[]> = {
  Person: ['id', 'name', 'jurisdiction', 'idBasis'],
  Organization: ['id', 'name', 'fullName'],
  Meeting: ['id', 'name', 'kind', 'date', 'place', 'jurisdiction'],
  Article: ['id', 'hash', 'headline', 'date', 'newspaper', 'file', 'url', 'locale'],
  Journalist: ['id', 'name', 'newspaper'],
};
const REL_COLUMNS: Record<RelTable, string[]> = {
  ATTENDED: ['from', 'to', 'key', 'role', 'roles', 'order', 'articleId', 'evidence', 'evidenceStart', 'evidenceEnd'],
  HOLDS: ['from', 'to', 'key', 'title', 'firstSeen', 'lastSeen', 'articleIds'],
  PART_OF: ['from', 'to', 'key'],
  REPORTED_IN: ['from', 'to', 'key'],
  MENTIONED_IN: ['from', 'to', 'key', 'count', 'evidence'],
  WROTE: ['from', 'to', 'key', 'role'],
};

export const kuzuDdl = (): string[] => readDdl('kuzu.cypher');

export class KuzuStore implements GraphStore {
  readonly kind = 'kuzu' as const;
  private db: InstanceType<typeof kuzu.Database> | null = null;
  private conn: InstanceType<typeof kuzu.Connection> | null = null;
  /** Ids and relationship keys already stored, loaded once: deciding new rows costs no scan per batch. */
  private known: Map<string, Set<string>> | null = null;
  /** Column names of the last statement run (an empty result still has them). */
  private lastColumns: string[] = [];

  constructor(private readonly path: string) {}

  async open(): Promise<void> {
    if (this.conn) return;
    mkdirSync(dirname(this.path), { recursive: true });
    try {
      // Kuzu sizes its buffer pool itself (a share of the machine's memory): a fixed 1 GiB pool
      // failed ("buffer pool is full") on a 100k-article corpus
      this.db = new kuzu.Database(this.path);
      this.conn = new kuzu.Connection(this.db);
      for (const stmt of kuzuDdl()) await this.conn.query(stmt);
    } catch (err) {
      throw new Error(`kuzu store at ${this.path}: ${(err as Error).message}`);
    }
  }

  private async run(cypher: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]> {
    if (!this.conn) throw new Error('kuzu store: not open (call open() first)');
    let res: KuzuResult | KuzuResult[];
    if (params && Object.keys(params).length) {
      const ps = await this.conn.prepare(cypher);
      res = (await this.conn.execute(ps, params as never)) as unknown as KuzuResult;
    } else res = (await this.conn.query(cypher)) as unknown as KuzuResult;
    const all = Array.isArray(res) ? res : [res];
    try {
      const last = all[all.length - 1]!;
      this.lastColumns = await last.getColumnNames();
      return await last.getAll();
    } finally {
      // results left open crash the process (SIGSEGV) when the database closes: close each now
      for (const r of all) (r as unknown as { close(): void }).close();
    }
  }

  private async loadKnown(): Promise<Map<string, Set<string>>> {
    if (this.known) return this.known;
    const known = new Map<string, Set<string>>();
    for (const t of NODE_TABLES) known.set(t, new Set((await this.run(`MATCH (n:${t}) RETURN n.id AS k`)).map((r) => String(r.k))));
    for (const t of Object.keys(REL_TABLES)) known.set(t, new Set((await this.run(`MATCH ()-[r:${t}]->() RETURN r.key AS k`)).map((r) => String(r.k))));
    return (this.known = known);
  }

  async knownDocuments(hashes: string[]): Promise<Set<string>> {
    const known = (await this.loadKnown()).get('Article')!;
    return new Set(hashes.filter((h) => known.has(h)));
  }

  async writeDocuments(results: ExtractionResult[], opts: WriteOptions = {}): Promise<WriteStats> {
    const known = await this.loadKnown();
    const seen = new Set<string>();
    const fresh = results.filter((r) => {
      const h = r.document.hash;
      if (seen.has(h)) return false;
      seen.add(h);
      return opts.replace || !known.get('Article')!.has(h);
    });
    const stats: WriteStats = { documents: fresh.length, skipped: results.length - fresh.length, nodes: 0, relationships: 0 };
    if (!fresh.length) return stats;
    const replacing = fresh.map((r) => r.document.hash).filter((h) => known.get('Article')!.has(h));
    if (opts.replace) {
      // a changed file has a new hash: its earlier version is found by file name and replaced too
      const files = fresh.map((r) => r.document.file).filter((f): f is string => !!f);
      if (files.length) {
        for (const r of await this.run('MATCH (a:Article) WHERE a.file IN $files RETURN a.id AS id', { files })) {
          if (!replacing.includes(String(r.id))) replacing.push(String(r.id));
        }
      }
    }
    const batch = buildGraph(fresh);
    const dir = mkdtempSync(join(tmpdir(), 'kg-kuzu-'));
    let inTx = false;
    try {
      await this.run('BEGIN TRANSACTION');
      inTx = true;
      if (replacing.length) await this.deleteDocuments(replacing);
      const k = replacing.length ? await this.reloadKnown() : known;
      for (const t of NODE_TABLES) {
        const rows = (batch[t] as { id: string }[]).filter((r) => !k.get(t)!.has(r.id));
        if (!rows.length) continue;
        const file = join(dir, `${t}.csv`);
        stats.nodes += await writeCsv(file, NODE_COLUMNS[t], rows);
        await this.run(`COPY ${t} FROM '${file}' (header=false)`);
      }
      for (const t of Object.keys(REL_TABLES) as RelTable[]) {
        const all = batch[t] as GraphBatch[RelTable][number][];
        const rows = all.filter((r) => !k.get(t)!.has(r.key));
        if (t === 'HOLDS') await this.extendTitleHistory(all.filter((r) => k.get(t)!.has(r.key)) as GraphBatch['HOLDS']);
        if (!rows.length) continue;
        const file = join(dir, `${t}.csv`);
        stats.relationships += await writeCsv(file, REL_COLUMNS[t], rows as Record<string, unknown>[]);
        await this.run(`COPY ${t} FROM '${file}' (header=false)`);
      }
      await this.run('COMMIT');
      inTx = false;
      for (const t of NODE_TABLES) for (const r of batch[t] as { id: string }[]) k.get(t)!.add(r.id);
      for (const t of Object.keys(REL_TABLES) as RelTable[]) for (const r of batch[t] as { key: string }[]) k.get(t)!.add(r.key);
      return stats;
    } catch (err) {
      if (inTx) await this.run('ROLLBACK').catch(() => undefined);
      this.known = null; // what is stored is re-read on the next write
      throw err;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  private async reloadKnown(): Promise<Map<string, Set<string>>> {
    this.known = null;
    return this.loadKnown();
  }

  /** A title seen again: widen its first/last seen dates and add the articles. */
  private async extendTitleHistory(rows: GraphBatch['HOLDS']): Promise<void> {
    if (!rows.length) return;
    const stored = await this.run('MATCH ()-[h:HOLDS]->() WHERE h.key IN $keys RETURN h.key AS key, h.firstSeen AS f, h.lastSeen AS l, h.articleIds AS a', { keys: rows.map((r) => r.key) });
    const byKey = new Map(stored.map((s) => [String(s.key), s]));
    const updates = rows.map((r) => {
      const s = byKey.get(r.key);
      const f = [s?.f as string | null, r.firstSeen].filter(Boolean).sort()[0] ?? null;
      const l = [s?.l as string | null, r.lastSeen].filter(Boolean).sort().pop() ?? null;
      const a = [...new Set([...((s?.a as string[] | null) ?? []), ...r.articleIds])];
      return { key: r.key, f: f ?? '', l: l ?? '', a };
    });
    await this.run('UNWIND $rows AS u MATCH ()-[h:HOLDS]->() WHERE h.key = u.key SET h.firstSeen = u.f, h.lastSeen = u.l, h.articleIds = u.a', { rows: updates });
  }

  /** Removes what these documents contributed, then nodes nothing refers to any more. */
  private async deleteDocuments(ids: string[]): Promise<void> {
    const p = { ids };
    await this.run('MATCH ()-[r:ATTENDED]->() WHERE r.articleId IN $ids DELETE r', p);
    await this.run('MATCH ()-[r:REPORTED_IN]->(a:Article) WHERE a.id IN $ids DELETE r', p);
    await this.run('MATCH ()-[r:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids DELETE r', p);
    await this.run('MATCH ()-[r:WROTE]->(a:Article) WHERE a.id IN $ids DELETE r', p);
    // one list_contains per id, each a parameter (Kuzu takes no parameter inside a list predicate)
    const holdsParams = Object.fromEntries(ids.map((id, i) => [`i${i}`, id]));
    const anyId = ids.map((_, i) => `list_contains(h.articleIds, $i${i})`).join(' OR ');
    const holds = await this.run(`MATCH ()-[h:HOLDS]->() WHERE ${anyId} RETURN h.key AS key, h.articleIds AS a`, holdsParams);
    const drop = holds.filter((h) => (h.a as string[]).every((x) => ids.includes(x))).map((h) => String(h.key));
    const keep = holds.filter((h) => !drop.includes(String(h.key))).map((h) => ({ key: String(h.key), a: (h.a as string[]).filter((x) => !ids.includes(x)) }));
    if (drop.length) await this.run('MATCH ()-[h:HOLDS]->() WHERE h.key IN $keys DELETE h', { keys: drop });
    if (keep.length) await this.run('UNWIND $rows AS u MATCH ()-[h:HOLDS]->() WHERE h.key = u.key SET h.articleIds = u.a', { rows: keep });
    await this.run('MATCH (a:Article) WHERE a.id IN $ids DELETE a', p);
    await this.run('MATCH (m:Meeting) WHERE NOT EXISTS { MATCH (m)-[:REPORTED_IN]->(:Article) } DETACH DELETE m');
    await this.run('MATCH (x:Person) WHERE NOT EXISTS { MATCH (x)-[:MENTIONED_IN]->(:Article) } DETACH DELETE x');
    await this.run('MATCH (j:Journalist) WHERE NOT EXISTS { MATCH (j)-[:WROTE]->(:Article) } DETACH DELETE j');
  }

  async query(cypher: string, params: Record<string, unknown> = {}, opts: QueryOptions = {}): Promise<QueryResult> {
    // Kuzu has no read-only transaction: the statement itself is checked
    const clause = opts.write ? null : writingClause(cypher);
    if (clause) throw new Error(`the query writes to the store (${clause}); pass --write to allow it`);
    if (!this.conn) throw new Error('kuzu store: not open (call open() first)');
    const rows = await this.run(cypher, params);
    const columns = this.lastColumns;
    if (opts.write) this.known = null;
    const ids = new Map<string, string>();
    collectKuzuNodeIds(rows, ids);
    const missing = missingKuzuEndpoints(rows, ids);
    if (missing.size) {
      // relationships returned without their nodes still name them by `id`, as Neo4j's do
      const found = await this.run('MATCH (n) WHERE string(id(n)) IN $ids RETURN string(id(n)) AS e, n.id AS id', { ids: [...missing] });
      for (const f of found) if (typeof f.id === 'string') ids.set(String(f.e), f.id);
    }
    return { columns, rows: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fromKuzu(v, ids)]))) };
  }

  async close(): Promise<void> {
    const conn = this.conn;
    const db = this.db;
    this.conn = null;
    this.db = null;
    this.known = null;
    if (conn) await conn.close();
    if (db) await db.close();
  }
}
