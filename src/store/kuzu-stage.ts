// The rows of one embedded-store write, gathered over many extraction batches. Rows go
// straight to CSV files (the files COPY loads), so a write of millions of rows holds little
// memory: what stays in memory is what a commit must merge or decide against the store (title
// histories, organisation links, attendances of meetings that may be stored) and the ids seen,
// to stage each node once. Nodes the store holds already are dropped from the files at commit. Few, large writes matter because every Kuzu commit
// after a COPY rewrites the person-keyed relationship tables whole (see kuzu-store.ts).
import { closeSync, createReadStream, mkdtempSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_TABLES, type GraphBatch, type NodeTable, type RelTable } from '../../schema/graph.js';
import { csvRows, type CsvConvert } from './csv.js';

/** CSV columns in the order of each table's DDL (schema/cypher/kuzu.cypher). */
export const NODE_COLUMNS: Record<NodeTable, string[]> = {
  Person: ['id', 'name', 'jurisdiction', 'idBasis'],
  Organization: ['id', 'name', 'fullName'],
  Meeting: ['id', 'name', 'kind', 'date', 'place', 'jurisdiction'],
  Article: ['id', 'hash', 'headline', 'date', 'newspaper', 'file', 'url', 'locale'],
  Journalist: ['id', 'name', 'newspaper'],
  Sentence: ['id', 'articleId', 'text'],
};
/**
 * Only the two tables a write looks rows up in keep their `key`; elsewhere the key is the pair
 * of endpoints (and the role), and a unique string per row made every commit slower.
 */
export const REL_COLUMNS: Record<RelTable, string[]> = {
  ATTENDED: ['from', 'to', 'role', 'roles', 'order', 'sentenceId', 'evidenceStart', 'evidenceEnd'],
  HOLDS: ['from', 'to', 'key', 'title', 'firstSeen', 'lastSeen', 'articleIds'],
  PART_OF: ['from', 'to', 'key'],
  REPORTED_IN: ['from', 'to'],
  MENTIONED_IN: ['from', 'to', 'count', 'sentenceId'],
  WROTE: ['from', 'to', 'role'],
};
/** Relationship tables written by appending: their rows name the article, new with the document. */
const APPENDED = ['REPORTED_IN', 'MENTIONED_IN', 'WROTE'] as const;
/** Node tables whose rows are new with their article (a sentence belongs to one): appended, never looked up. */
type ArticleNode = 'Sentence';
/** Node tables several documents share: a write decides their rows against the ids stored. */
export type SharedNode = Exclude<NodeTable, ArticleNode>;
export const SHARED_NODES = NODE_TABLES.filter((t): t is SharedNode => t !== 'Sentence');

type Table = NodeTable | RelTable;
type Attended = GraphBatch['ATTENDED'][number];

export interface StageContext {
  /** True when the store may hold this meeting (stored, or a write under way is storing it). */
  meetingStored(id: string): boolean;
  /** Column conversions (list properties as the store keeps them). */
  convert: Partial<Record<Table, CsvConvert>>;
}

const STAGE_DIR = /^kg-stage-(\d+)-/;
let staleRemoved = false;

/** Removes the stage folders of processes that are gone (a killed ingest leaves its stage behind). */
export function removeStaleStages(dir = tmpdir()): void {
  for (const name of readdirSync(dir)) {
    const pid = Number(STAGE_DIR.exec(name)?.[1] ?? 0);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
}

export class KuzuStage {
  readonly dir: string;
  private readonly fds = new Map<Table, number>();
  /** Rows appended per table. */
  readonly counts = new Map<Table, number>();
  /** Node ids the staged documents refer to, stored or not. */
  readonly seen = Object.fromEntries(SHARED_NODES.map((t) => [t, new Set<string>()])) as Record<SharedNode, Set<string>>;
  private readonly attendedKeys = new Set<string>();
  /** Attendances of meetings that may be stored already: the commit asks the store which are. */
  readonly attendedOfStoredMeetings: Attended[] = [];
  readonly holds = new Map<string, GraphBatch['HOLDS'][number]>();
  /** Each title history's articles as a set (an official's can run to thousands in one write). */
  private readonly holdArticles = new Map<string, Set<string>>();
  readonly partOf = new Map<string, GraphBatch['PART_OF'][number]>();
  rows = 0;

  constructor(private readonly ctx: StageContext) {
    if (!staleRemoved) {
      staleRemoved = true;
      removeStaleStages();
    }
    this.dir = mkdtempSync(join(tmpdir(), `kg-stage-${process.pid}-`));
  }

  /** Stages the rows of whole documents (rows shared with documents staged before are merged). */
  add(batch: GraphBatch): void {
    for (const t of SHARED_NODES) {
      const seen = this.seen[t];
      this.append(t, NODE_COLUMNS[t], (batch[t] as { id: string }[]).filter((r) => !seen.has(r.id) && !!seen.add(r.id)));
    }
    this.append('Sentence', NODE_COLUMNS.Sentence, batch.Sentence);
    const attended: Attended[] = [];
    for (const r of batch.ATTENDED) {
      if (this.attendedKeys.has(r.key)) continue;
      this.attendedKeys.add(r.key);
      if (this.ctx.meetingStored(r.to)) {
        this.attendedOfStoredMeetings.push(r);
        this.rows++;
      } else attended.push(r);
    }
    this.append('ATTENDED', REL_COLUMNS.ATTENDED, attended);
    for (const t of APPENDED) this.append(t, REL_COLUMNS[t], batch[t]);
    for (const r of batch.HOLDS) {
      const prev = this.holds.get(r.key);
      if (!prev) {
        this.holds.set(r.key, { ...r, articleIds: [...r.articleIds] });
        this.holdArticles.set(r.key, new Set(r.articleIds));
        this.rows++;
        continue;
      }
      if (r.firstSeen && (!prev.firstSeen || r.firstSeen < prev.firstSeen)) prev.firstSeen = r.firstSeen;
      if (r.lastSeen && (!prev.lastSeen || r.lastSeen > prev.lastSeen)) prev.lastSeen = r.lastSeen;
      const ids = this.holdArticles.get(r.key)!;
      for (const a of r.articleIds) {
        if (ids.has(a)) continue;
        ids.add(a);
        prev.articleIds.push(a);
      }
    }
    for (const r of batch.PART_OF) {
      if (this.partOf.has(r.key)) continue;
      this.partOf.set(r.key, r);
      this.rows++;
    }
  }

  /** Appends rows to a table's file (also used by the commit for rows it decided on). */
  append(table: Table, columns: string[], rows: Record<string, unknown>[]): void {
    if (!rows.length) return;
    let fd = this.fds.get(table);
    if (fd === undefined) {
      fd = openSync(this.file(table), 'a');
      this.fds.set(table, fd);
    }
    // in slices: a commit may append a few hundred thousand rows at once
    for (let i = 0; i < rows.length; i += 8192) writeSync(fd, csvRows(columns, rows, this.ctx.convert[table], i, Math.min(rows.length, i + 8192)));
    this.counts.set(table, (this.counts.get(table) ?? 0) + rows.length);
    this.rows += rows.length;
  }

  /** The file COPY loads for a table (closed for writing), or null when it holds no rows. */
  staged(table: Table): string | null {
    const fd = this.fds.get(table);
    if (fd !== undefined) {
      closeSync(fd);
      this.fds.delete(table);
    }
    return this.counts.get(table) ? this.file(table) : null;
  }

  /** Drops the staged nodes of a table whose id `stored` says the store holds (ids lead each line, unquoted). */
  async dropStored(table: SharedNode, stored: (id: string) => boolean): Promise<void> {
    const ids = [...this.seen[table]].filter(stored);
    if (!ids.length) return;
    const drop = new Set(ids);
    const file = this.staged(table);
    if (!file) return;
    const fd = openSync(`${file}.kept`, 'w');
    let kept = 0;
    try {
      let out = '';
      for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
        if (drop.has(line.slice(0, line.indexOf(',')))) continue;
        out += line + '\n';
        kept++;
        if (out.length > 1 << 20) {
          writeSync(fd, out);
          out = '';
        }
      }
      writeSync(fd, out);
    } finally {
      closeSync(fd);
    }
    renameSync(`${file}.kept`, file);
    this.counts.set(table, kept);
  }

  private file(table: Table): string {
    return join(this.dir, `${table}.csv`);
  }

  /** Deletes the files (after the commit, or when the stage is dropped). */
  remove(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
