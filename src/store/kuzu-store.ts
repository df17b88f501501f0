// The embedded store (Kuzu): the default when no Neo4j is configured. Writes are bulk loads:
// documents are staged as CSV files of graph rows (src/store/kuzu-stage.ts), the rest decided
// against the ids and keys already stored, and everything loaded with COPY inside one
// transaction, so a write lands whole or not at all. Every transaction holding a COPY ends in a
// checkpoint that rewrites the person-keyed relationship tables, so its cost grows with the
// store: writes are few and large (ingest/pipeline.ts stages many extraction batches per write),
// and those tables hold only numbers and short strings (evidence sentences are Sentence nodes).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import kuzu from 'kuzu';
import { readDdl } from './ddl.js';
import { buildGraph, concatBatches } from '../graph/build.js';
import { NODE_TABLES, REL_TABLES, type GraphBatch, type RelTable } from '../../schema/graph.js';
import type { ExtractionResult, GraphStore, QueryOptions, QueryResult, WriteOptions, WriteStats } from '../types.js';
import type { StagedDocument, StagedWriter } from './types.js';
import { KuzuStage, REL_COLUMNS, SHARED_NODES, type SharedNode } from './kuzu-stage.js';
import { convertInlineEvidence, hasInlineEvidence } from './kuzu-migrate.js';
import { articleId } from '../graph/identity.js';
import { collectKuzuNodeIds, fromKuzu, missingKuzuEndpoints } from './values.js';
import { JOINED_PROPS, joinList, joinedToLists, readJoinedAsLists, splitList } from './kuzu-lists.js';
import { writingClause } from '../query/read-only.js';

type KuzuResult = { getAll(): Promise<Record<string, unknown>[]>; getColumnNames(): Promise<string[]> };

/** What is kept in memory to decide new rows: node ids, and the keys of the two small tables that repeat across articles. */
type KnownTable = SharedNode | 'HOLDS' | 'PART_OF';
const KNOWN_RELS = ['HOLDS', 'PART_OF'] as const;
type Gone = Map<KnownTable, Set<string>>;
/** A title history as it is to be stored. */
interface History { a: string[]; f: string | null; l: string | null }

export const kuzuDdl = (): string[] => readDdl('kuzu.cypher');

export interface KuzuStoreOptions {
  /** Buffer pool bytes (resolved from --buffer-pool / KG_BUFFER_POOL by src/config.ts); default Kuzu's, 80% of RAM. */
  bufferPool?: number | undefined;
}

export class KuzuStore implements GraphStore {
  readonly kind = 'kuzu' as const;
  private db: InstanceType<typeof kuzu.Database> | null = null;
  private conn: InstanceType<typeof kuzu.Connection> | null = null;
  /** Ids and keys already stored, loaded once and kept up to date by each commit. */
  private known: Map<KnownTable, Set<string>> | null = null;
  /** Column names of the last statement run (an empty result still has them). */
  private lastColumns: string[] = [];
  /** The write under way: staging may go on meanwhile, but must not read the store while it runs. */
  private writing: Promise<unknown> | null = null;
  /** Node ids the write under way is storing: staging meanwhile counts them as stored. */
  private inFlight: Record<SharedNode, Set<string>> | null = null;
  /** Writes that failed so far: what was staged while one was under way cannot be written. */
  private failures = 0;
  /** Why this store refuses writes (a write ran out of buffer pool; see poolFull), or null. */
  private writeBlocked: string | null = null;

  constructor(private readonly path: string, private readonly options: KuzuStoreOptions = {}) {}

  async open(): Promise<void> {
    if (this.conn) return;
    mkdirSync(dirname(this.path), { recursive: true });
    // the mark of a store deleted since (to start again at the same path) does not apply
    if (!existsSync(this.path)) rmSync(this.blockFile, { force: true });
    this.writeBlocked = existsSync(this.blockFile) ? readFileSync(this.blockFile, 'utf8') : null;
    try {
      await this.connect();
      // stores made before Sentence nodes are converted (every table that names articles is
      // rebuilt, which also drops the per-row keys and STRING[] lists of still earlier versions)
      if (hasInlineEvidence(await this.run("CALL table_info('ATTENDED') RETURN *"))) await convertInlineEvidence((c) => this.run(c), kuzuDdl());
    } catch (err) {
      throw new Error(`kuzu store at ${this.path}: ${(err as Error).message}`);
    }
  }

  private async connect(): Promise<void> {
    this.db = new kuzu.Database(this.path, this.options.bufferPool ?? 0); // 0: Kuzu's default
    this.conn = new kuzu.Connection(this.db);
    for (const stmt of kuzuDdl()) await this.run(stmt);
  }

  /**
   * After a failed write. Kuzu 0.11 rolls back a COPY into a relationship table that already
   * held rows wrongly: the table then reads as empty, and the checkpoint made on close would
   * store that. Reopening without that checkpoint brings back the last committed state.
   */
  private async recover(): Promise<void> {
    this.known = null;
    this.failures++;
    await this.run('ROLLBACK').catch(() => undefined);
    await this.run('CALL force_checkpoint_on_close=false').catch(() => undefined);
    const conn = this.conn;
    const db = this.db;
    this.conn = null;
    this.db = null;
    await conn?.close();
    await db?.close();
    await this.connect();
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

  private async loadKnown(): Promise<Map<KnownTable, Set<string>>> {
    if (this.known) return this.known;
    if (this.writing) await this.writing.catch(() => undefined); // a failed write reopens the database first
    if (this.known) return this.known;
    const known = new Map<KnownTable, Set<string>>();
    for (const t of SHARED_NODES) known.set(t, new Set((await this.run(`MATCH (n:${t}) RETURN n.id AS k`)).map((r) => String(r.k))));
    for (const t of KNOWN_RELS) known.set(t, new Set((await this.run(`MATCH ()-[r:${t}]->() RETURN r.key AS k`)).map((r) => String(r.k))));
    return (this.known = known);
  }

  /** Stored documents, and those the write under way is storing (so no write stages them again). */
  async knownDocuments(hashes: string[]): Promise<Set<string>> {
    await this.loadKnown();
    return new Set(hashes.filter((h) => this.stored('Article', articleId(h))));
  }

  /** Whether a node is stored or being stored (the ids already stored must have been loaded). */
  private stored(t: SharedNode, id: string): boolean {
    return !!this.known?.get(t)!.has(id) || !!this.inFlight?.[t].has(id);
  }

  /** A stage for one write. */
  async newStage(): Promise<{ stage: KuzuStage; epoch: number }> {
    if (this.writeBlocked) throw new Error(this.writeBlocked);
    await this.loadKnown();
    const convert = { ATTENDED: { roles: joinList }, HOLDS: { articleIds: joinList } };
    return { stage: new KuzuStage({ meetingStored: (id) => this.stored('Meeting', id), convert }), epoch: this.failures };
  }

  stagedWriter(opts: WriteOptions = {}): StagedWriter {
    return new KuzuStagedWriter(this, opts.replace ?? false);
  }

  async writeDocuments(results: ExtractionResult[], opts: WriteOptions = {}): Promise<WriteStats> {
    const w = this.stagedWriter(opts);
    try {
      await w.add(results);
      return await w.commit();
    } finally {
      w.discard();
    }
  }

  /**
   * Writes a stage in one transaction; `docs` are the staged documents (replace: their earlier
   * versions go first). `epoch` is the count of failed writes when staging began.
   */
  async commitStage(stage: KuzuStage, docs: { hash: string; file: string | null }[], replace: boolean, epoch: number): Promise<{ nodes: number; relationships: number }> {
    if (epoch !== this.failures) throw new Error('kuzu store: a write failed while these documents were being staged (they relied on it); stage them again');
    // set before the first await: documents staged from now on take these nodes as stored
    this.inFlight = stage.seen;
    const done = this.commitStageNow(stage, docs, replace);
    this.writing = done;
    try {
      return await done;
    } finally {
      if (this.writing === done) this.writing = null;
      if (this.inFlight === stage.seen) this.inFlight = null;
    }
  }

  private async commitStageNow(stage: KuzuStage, docs: { hash: string; file: string | null }[], replace: boolean): Promise<{ nodes: number; relationships: number }> {
    const known = await this.loadKnown();
    const replacing: string[] = [];
    if (replace) {
      for (const d of docs) if (known.get('Article')!.has(articleId(d.hash))) replacing.push(articleId(d.hash));
      // a changed file has a new hash: its earlier version is found by file name and replaced too
      const files = docs.map((d) => d.file).filter((f): f is string => !!f);
      if (files.length) {
        const have = new Set(replacing);
        for (const r of await this.run('MATCH (a:Article) WHERE a.file IN $files RETURN a.id AS id', { files })) {
          if (!have.has(String(r.id))) replacing.push(String(r.id));
        }
      }
    }
    try {
      await this.run('BEGIN TRANSACTION');
      const { gone, histories } = replacing.length ? await this.deleteDocuments(replacing) : { gone: new Map() as Gone, histories: new Map<string, History>() };
      const has = (t: KnownTable, id: string): boolean => known.get(t)!.has(id) && !gone.get(t)?.has(id);
      for (const t of SHARED_NODES) await stage.dropStored(t, (id) => has(t, id));
      // attendances of meetings stored before: only those not stored yet are added
      const old = stage.attendedOfStoredMeetings;
      if (old.length) {
        const ids = [...new Set(old.map((r) => r.to))];
        // (one primary-key lookup per meeting: `m.id IN $ids` scanned, 15× slower on a 9M-row store)
        const stored = new Set((await this.run('UNWIND $ids AS i MATCH (m:Meeting {id: i})<-[:ATTENDED]-(p:Person) RETURN p.id AS p, m.id AS m', { ids })).map((r) => `${String(r.p)}>${String(r.m)}`));
        stage.append('ATTENDED', REL_COLUMNS.ATTENDED, old.filter((r) => !stored.has(`${r.from}>${r.to}`)));
      }
      const holds = [...stage.holds.values()];
      stage.append('HOLDS', REL_COLUMNS.HOLDS, holds.filter((r) => !has('HOLDS', r.key)));
      stage.append('PART_OF', REL_COLUMNS.PART_OF, [...stage.partOf.values()].filter((r) => !has('PART_OF', r.key)));
      const stats = { nodes: 0, relationships: 0 };
      // nodes first: a relationship's endpoints must be stored when it is loaded
      for (const t of [...NODE_TABLES, ...(Object.keys(REL_TABLES) as RelTable[])]) {
        const file = stage.staged(t);
        if (!file) continue;
        await this.run(`COPY ${t} FROM '${file}' (header=false)`);
        stats[t in REL_TABLES ? 'relationships' : 'nodes'] += stage.counts.get(t) ?? 0;
      }
      // updates last: Kuzu 0.11 crashes rolling back an update followed by a COPY into the same table
      await this.updateTitleHistories(holds.filter((r) => has('HOLDS', r.key)), histories);
      await this.run('COMMIT');
      for (const [t, ids] of gone) for (const id of ids) known.get(t)!.delete(id);
      for (const t of SHARED_NODES) for (const id of stage.seen[t]) known.get(t)!.add(id);
      for (const k of stage.holds.keys()) known.get('HOLDS')!.add(k);
      for (const k of stage.partOf.keys()) known.get('PART_OF')!.add(k);
      return stats;
    } catch (err) {
      await this.recover(); // what is stored is re-read on the next write
      if (/buffer pool is full/i.test((err as Error).message)) {
        this.writeBlocked = this.poolFull(docs.length);
        writeFileSync(this.blockFile, this.writeBlocked);
        throw new Error(this.writeBlocked);
      }
      throw err;
    }
  }

  /** Marks a store that must take no more writes (next to it, so it survives restarts). */
  private get blockFile(): string {
    return `${this.path}.write-failed`;
  }

  /**
   * What a write that ran out of buffer pool tells the user. Kuzu 0.11 crashes (segfault) on
   * any later write into a store after that failure, so the store refuses writes from then on.
   */
  private poolFull(documents: number): string {
    const pool = this.options.bufferPool ? `${(this.options.bufferPool / 1024 ** 3).toFixed(2)} GB` : "Kuzu's default";
    return `kuzu store at ${this.path}: a write of ${documents} documents needed more memory than the buffer pool (${pool}) holds ` +
      `and was not written (${new Date().toISOString()}). The documents written before are intact and can be queried, but Kuzu 0.11 ` +
      'crashes on any later write into a store after this failure, so this store now refuses writes: ingest into a new store ' +
      `with a larger --buffer-pool (or KG_BUFFER_POOL), or without one (Kuzu then sizes its pool itself). Delete ${this.blockFile} to write anyway`;
  }

  /**
   * Title histories to rewrite: those seen again in this write (first/last seen widened,
   * articles added) and those a replace changed (`histories`, not yet stored).
   */
  private async updateTitleHistories(rows: GraphBatch['HOLDS'], histories: Map<string, History>): Promise<void> {
    const todo = new Map(histories);
    const unread = rows.map((r) => r.key).filter((k) => !todo.has(k));
    if (unread.length) {
      for (const s of await this.run('UNWIND $keys AS k MATCH ()-[h:HOLDS]->() WHERE h.key = k RETURN h.key AS key, h.firstSeen AS f, h.lastSeen AS l, h.articleIds AS a', { keys: unread })) {
        todo.set(String(s.key), { a: splitList(s.a), f: (s.f as string | null) ?? null, l: (s.l as string | null) ?? null });
      }
    }
    for (const r of rows) {
      const h = todo.get(r.key) ?? { a: [], f: null, l: null };
      todo.set(r.key, {
        a: [...new Set([...h.a, ...r.articleIds])],
        f: [h.f, r.firstSeen].filter(Boolean).sort()[0] ?? null,
        l: [h.l, r.lastSeen].filter(Boolean).sort().pop() ?? null,
      });
    }
    if (!todo.size) return;
    const updates = [...todo].map(([key, h]) => ({ key, f: h.f, l: h.l, a: joinList(h.a) }));
    await this.run('UNWIND $rows AS u MATCH ()-[h:HOLDS]->() WHERE h.key = u.key SET h.firstSeen = u.f, h.lastSeen = u.l, h.articleIds = u.a', { rows: updates });
  }

  /**
   * Removes what these documents contributed, then the people, meetings and journalists nothing
   * refers to any more; title histories lose these articles and have their first/last seen
   * dates recomputed from the articles left (returned, for the caller to store after its
   * COPYs). Returns the ids and keys deleted.
   */
  private async deleteDocuments(ids: string[]): Promise<{ gone: Gone; histories: Map<string, History> }> {
    const p = { ids };
    const gone: Gone = new Map([['Article', new Set(ids)], ['HOLDS', new Set()]]);
    const histories = new Map<string, History>();
    const column = async (cypher: string, params: Record<string, unknown> = p): Promise<string[]> => (await this.run(cypher, params)).map((r) => String(r.k));
    // who and what these articles name, before their links go: the candidates for orphans
    const persons = await column('MATCH (x:Person)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids RETURN DISTINCT x.id AS k');
    const meetings = await column('MATCH (m:Meeting)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids RETURN DISTINCT m.id AS k');
    const journalists = await column('MATCH (j:Journalist)-[:WROTE]->(a:Article) WHERE a.id IN $ids RETURN DISTINCT j.id AS k');
    // a title held in these articles belongs to a person mentioned in them
    if (persons.length) {
      const drop = new Set(ids);
      const holds = (await this.run('MATCH (x:Person)-[h:HOLDS]->() WHERE x.id IN $persons RETURN h.key AS key, h.articleIds AS a', { persons }))
        .map((h) => ({ key: String(h.key), a: splitList(h.a) }))
        .filter((h) => h.a.some((x) => drop.has(x)));
      const emptied = holds.filter((h) => h.a.every((x) => drop.has(x))).map((h) => h.key);
      const kept = holds.filter((h) => !h.a.every((x) => drop.has(x))).map((h) => ({ key: h.key, a: h.a.filter((x) => !drop.has(x)) }));
      if (emptied.length) await this.run('MATCH ()-[h:HOLDS]->() WHERE h.key IN $keys DELETE h', { keys: emptied });
      for (const k of emptied) gone.get('HOLDS')!.add(k);
      if (kept.length) {
        const dates = new Map<string, string | null>();
        const rest = [...new Set(kept.flatMap((h) => h.a))];
        for (const r of await this.run('MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.date AS d', { ids: rest })) dates.set(String(r.id), (r.d as string | null) ?? null);
        for (const h of kept) {
          const seen = h.a.map((x) => dates.get(x)).filter((d): d is string => !!d).sort();
          histories.set(h.key, { a: h.a, f: seen[0] ?? null, l: seen.at(-1) ?? null });
        }
      }
    }
    // an attendance goes with the article its sentence is from (the first to report it)
    const sentences = await column('MATCH (s:Sentence) WHERE s.articleId IN $ids RETURN s.id AS k');
    if (sentences.length) await this.run('MATCH ()-[r:ATTENDED]->() WHERE r.sentenceId IN $sentences DELETE r', { sentences });
    await this.run('MATCH (s:Sentence) WHERE s.articleId IN $ids DELETE s', p);
    await this.run('MATCH ()-[r:REPORTED_IN]->(a:Article) WHERE a.id IN $ids DELETE r', p);
    await this.run('MATCH ()-[r:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids DELETE r', p);
    await this.run('MATCH ()-[r:WROTE]->(a:Article) WHERE a.id IN $ids DELETE r', p);
    await this.run('MATCH (a:Article) WHERE a.id IN $ids DELETE a', p);
    const orphans = async (t: SharedNode, cands: string[], rel: string): Promise<void> => {
      if (!cands.length) return;
      const dead = await column(`MATCH (x:${t}) WHERE x.id IN $ids AND NOT EXISTS { MATCH (x)-[:${rel}]->(:Article) } RETURN x.id AS k`, { ids: cands });
      if (!dead.length) return;
      if (t === 'Person') for (const k of await column('MATCH (x:Person)-[h:HOLDS]->() WHERE x.id IN $ids RETURN h.key AS k', { ids: dead })) gone.get('HOLDS')!.add(k);
      await this.run(`MATCH (x:${t}) WHERE x.id IN $ids DETACH DELETE x`, { ids: dead });
      gone.set(t, new Set(dead));
    };
    await orphans('Meeting', meetings, 'REPORTED_IN');
    await orphans('Person', persons, 'MENTIONED_IN');
    await orphans('Journalist', journalists, 'WROTE');
    for (const k of gone.get('HOLDS')!) histories.delete(k);
    return { gone, histories };
  }

  async query(cypher: string, params: Record<string, unknown> = {}, opts: QueryOptions = {}): Promise<QueryResult> {
    // Kuzu has no read-only transaction: the statement itself is checked
    const clause = opts.write ? null : writingClause(cypher);
    if (clause) throw new Error(`the query writes to the store (${clause}); pass --write to allow it`);
    if (!this.conn) throw new Error('kuzu store: not open (call open() first)');
    const rows = await this.run(readJoinedAsLists(cypher, JOINED_PROPS), params);
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
    const out = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fromKuzu(v, ids)])));
    return { columns, rows: out.map((r) => joinedToLists(r, JOINED_PROPS) as typeof r) };
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

/** Stages documents as graph rows in CSV files (src/store/kuzu-stage.ts) until commit. */
class KuzuStagedWriter implements StagedWriter {
  private stage: { stage: KuzuStage; epoch: number } | null = null;
  private docs: { hash: string; file: string | null }[] = [];
  private hashes = new Set<string>();
  private skipped = 0;

  constructor(private readonly store: KuzuStore, private readonly replace: boolean) {}

  get pendingDocuments(): number {
    return this.docs.length;
  }

  get pendingRows(): number {
    return this.stage?.stage.rows ?? 0;
  }

  async add(results: ExtractionResult[]): Promise<void> {
    await this.addRows(results.map((r) => ({ hash: r.document.hash, file: r.document.file, rows: buildGraph([r]) })));
  }

  async addRows(docs: StagedDocument[]): Promise<void> {
    const stored = this.replace ? null : await this.store.knownDocuments(docs.map((d) => d.hash));
    const fresh: GraphBatch[] = [];
    for (const d of docs) {
      if (this.hashes.has(d.hash) || stored?.has(d.hash)) {
        this.skipped++;
        continue;
      }
      this.hashes.add(d.hash);
      fresh.push(d.rows);
      this.docs.push({ hash: d.hash, file: d.file });
    }
    if (!fresh.length) return;
    this.stage ??= await this.store.newStage();
    this.stage.stage.add(concatBatches(fresh));
  }

  async commit(): Promise<WriteStats> {
    const { stage, docs, skipped } = this;
    this.stage = null;
    this.docs = [];
    this.hashes = new Set();
    this.skipped = 0;
    if (!stage || !docs.length) {
      stage?.stage.remove();
      return { documents: 0, skipped, nodes: 0, relationships: 0 };
    }
    try {
      const written = await this.store.commitStage(stage.stage, docs, this.replace, stage.epoch);
      return { documents: docs.length, skipped, ...written };
    } finally {
      stage.stage.remove();
    }
  }

  discard(): void {
    this.stage?.stage.remove();
    this.stage = null;
    this.docs = [];
    this.hashes = new Set();
    this.skipped = 0;
  }
}
