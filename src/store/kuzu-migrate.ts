// Stores written before Sentence nodes keep the evidence sentence and a 64-character article id
// on every attendance and mention, and name articles by their whole sha256 (title histories list
// them). Opening one converts it in one transaction: articles get their short ids, sentences
// become Sentence nodes, and the tables that name articles are rebuilt (Kuzu cannot change a
// primary key, and filling a column row by row runs at a few hundred rows per second; a rebuild
// is one COPY per table).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphBatch, NodeTable, RelTable } from '../../schema/graph.js';
import { articleId, sentenceId } from '../graph/identity.js';
import { csvRows } from './csv.js';
import { NODE_COLUMNS, REL_COLUMNS } from './kuzu-stage.js';
import { joinList, splitList } from './kuzu-lists.js';

type Run = (cypher: string) => Promise<Record<string, unknown>[]>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : 0);

/** Whether a table description (`CALL table_info`) is of the layout before Sentence nodes. */
export const hasInlineEvidence = (columns: Record<string, unknown>[]): boolean => columns.some((c) => c.name === 'evidence');

/** Relationship tables rebuilt, dropped in this order (those naming Article before it) and created in reverse. */
const REBUILT: RelTable[] = ['ATTENDED', 'HOLDS', 'REPORTED_IN', 'MENTIONED_IN', 'WROTE'];

/**
 * Converts a store of the layout before Sentence nodes; `ddl` holds the current CREATE
 * statements. Returns the rows written per table.
 */
export async function convertInlineEvidence(run: Run, ddl: string[]): Promise<Partial<Record<NodeTable | RelTable, number>>> {
  const create = (table: string): string => {
    const stmt = ddl.find((s) => new RegExp(`^CREATE (?:NODE|REL) TABLE IF NOT EXISTS ${table}\\(`).test(s));
    if (!stmt) throw new Error(`kuzu-migrate: no DDL for ${table}`);
    return stmt;
  };
  const ids = new Map<string, string>();
  const articles = (await run(`MATCH (a:Article) RETURN ${NODE_COLUMNS.Article.map((c) => `a.${c} AS ${c}`).join(', ')}`)).map((a) => {
    const id = articleId(str(a.hash) ?? str(a.id)!);
    ids.set(str(a.id)!, id);
    return { ...a, id };
  });
  const idOf = (old: unknown): string => ids.get(str(old) ?? '') ?? str(old) ?? '';
  const sentences = new Map<string, GraphBatch['Sentence'][number]>();
  const sentence = (article: string, text: string): string => {
    const id = sentenceId(article, text);
    if (!sentences.has(id)) sentences.set(id, { id, articleId: article, text });
    return id;
  };
  const rows: Partial<Record<NodeTable | RelTable, Record<string, unknown>[]>> = { Article: articles };
  rows.ATTENDED = (await run('MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) RETURN p.id AS f, m.id AS t, r.role AS role, r.roles AS roles, r.`order` AS o, r.articleId AS a, r.evidence AS e, r.evidenceStart AS s, r.evidenceEnd AS x'))
    .map((r) => ({
      from: r.f, to: r.t, role: r.role, roles: joinList(splitList(r.roles)), order: int(r.o),
      sentenceId: sentence(idOf(r.a), str(r.e) ?? ''), evidenceStart: int(r.s), evidenceEnd: int(r.x),
    }));
  rows.MENTIONED_IN = (await run('MATCH (p:Person)-[r:MENTIONED_IN]->(a:Article) RETURN p.id AS f, a.id AS t, r.count AS c, r.evidence AS e'))
    .map((r) => ({ from: r.f, to: idOf(r.t), count: int(r.c), sentenceId: sentence(idOf(r.t), str(r.e) ?? '') }));
  rows.HOLDS = (await run('MATCH (p:Person)-[h:HOLDS]->(o:Organization) RETURN p.id AS f, o.id AS t, h.key AS key, h.title AS title, h.firstSeen AS fs, h.lastSeen AS ls, h.articleIds AS a'))
    .map((h) => ({ from: h.f, to: h.t, key: h.key, title: h.title, firstSeen: h.fs, lastSeen: h.ls, articleIds: joinList(splitList(h.a).map(idOf)) }));
  rows.REPORTED_IN = (await run('MATCH (m:Meeting)-[:REPORTED_IN]->(a:Article) RETURN m.id AS f, a.id AS t')).map((r) => ({ from: r.f, to: idOf(r.t) }));
  rows.WROTE = (await run('MATCH (j:Journalist)-[w:WROTE]->(a:Article) RETURN j.id AS f, a.id AS t, w.role AS role')).map((r) => ({ from: r.f, to: idOf(r.t), role: r.role }));
  rows.Sentence = [...sentences.values()];
  const dir = mkdtempSync(join(tmpdir(), `kg-migrate-${process.pid}-`));
  try {
    const order: (NodeTable | RelTable)[] = ['Article', 'Sentence', ...[...REBUILT].reverse()];
    const columns = { ...NODE_COLUMNS, ...REL_COLUMNS } as Record<NodeTable | RelTable, string[]>;
    for (const t of order) writeFileSync(join(dir, `${t}.csv`), csvRows(columns[t], rows[t] ?? []));
    await run('BEGIN TRANSACTION');
    try {
      for (const t of [...REBUILT, 'Article']) await run(`DROP TABLE ${t}`);
      for (const t of ['Article', ...[...REBUILT].reverse()]) await run(create(t));
      for (const t of order) if (rows[t]?.length) await run(`COPY ${t} FROM '${join(dir, `${t}.csv`)}' (header=false)`);
      await run('COMMIT');
    } catch (err) {
      await run('ROLLBACK').catch(() => undefined);
      throw new Error(`converting the store to Sentence nodes and short article ids failed (nothing was changed): ${(err as Error).message}`);
    }
    return Object.fromEntries(order.map((t) => [t, rows[t]?.length ?? 0]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
