// Stores written before evidence sentences became Sentence nodes keep the sentence (and the
// 64-character article id) on every ATTENDED and MENTIONED_IN row. Opening one converts it, in
// one transaction: the sentences become Sentence nodes and both tables are rebuilt without
// them (filling a new column row by row runs at a few hundred rows per second in Kuzu; a
// rebuild is one COPY).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphBatch } from '../../schema/graph.js';
import { sentenceId } from '../graph/identity.js';
import { csvRows } from './csv.js';
import { NODE_COLUMNS, REL_COLUMNS } from './kuzu-stage.js';
import { joinList, splitList } from './kuzu-lists.js';

type Run = (cypher: string) => Promise<Record<string, unknown>[]>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const int = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : 0);

/** Whether a table description (`CALL table_info`) is of the layout before Sentence nodes. */
export const hasInlineEvidence = (columns: Record<string, unknown>[]): boolean => columns.some((c) => c.name === 'evidence');

/**
 * Moves the evidence sentences of ATTENDED and MENTIONED_IN into Sentence nodes; `ddl` holds
 * the current CREATE statements of both tables. Returns the rows moved.
 */
export async function moveEvidenceToSentences(run: Run, ddl: string[]): Promise<{ sentences: number; attended: number; mentioned: number }> {
  const create = (table: string): string => {
    const stmt = ddl.find((s) => s.startsWith(`CREATE REL TABLE IF NOT EXISTS ${table}(`));
    if (!stmt) throw new Error(`kuzu-migrate: no DDL for ${table}`);
    return stmt;
  };
  const sentences = new Map<string, GraphBatch['Sentence'][number]>();
  const sentence = (articleId: string, text: string): string => {
    const id = sentenceId(articleId, text);
    if (!sentences.has(id)) sentences.set(id, { id, articleId, text });
    return id;
  };
  const attended = (await run('MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) RETURN p.id AS f, m.id AS t, r.role AS role, r.roles AS roles, r.`order` AS o, r.articleId AS a, r.evidence AS e, r.evidenceStart AS s, r.evidenceEnd AS x'))
    .map((r) => ({
      from: str(r.f), to: str(r.t), role: str(r.role), roles: joinList(splitList(r.roles)), order: int(r.o),
      sentenceId: sentence(str(r.a), str(r.e)), evidenceStart: int(r.s), evidenceEnd: int(r.x),
    }));
  // a mention's article is the relationship's end
  const mentioned = (await run('MATCH (p:Person)-[r:MENTIONED_IN]->(a:Article) RETURN p.id AS f, a.id AS t, r.count AS c, r.evidence AS e'))
    .map((r) => ({ from: str(r.f), to: str(r.t), count: int(r.c), sentenceId: sentence(str(r.t), str(r.e)) }));
  const dir = mkdtempSync(join(tmpdir(), `kg-migrate-${process.pid}-`));
  try {
    const files = {
      Sentence: csvRows(NODE_COLUMNS.Sentence, [...sentences.values()]),
      ATTENDED: csvRows(REL_COLUMNS.ATTENDED, attended),
      MENTIONED_IN: csvRows(REL_COLUMNS.MENTIONED_IN, mentioned),
    };
    for (const [t, text] of Object.entries(files)) writeFileSync(join(dir, `${t}.csv`), text);
    await run('BEGIN TRANSACTION');
    try {
      for (const t of ['ATTENDED', 'MENTIONED_IN']) {
        await run(`DROP TABLE ${t}`);
        await run(create(t));
      }
      for (const [t, text] of Object.entries(files)) if (text) await run(`COPY ${t} FROM '${join(dir, `${t}.csv`)}' (header=false)`);
      await run('COMMIT');
    } catch (err) {
      await run('ROLLBACK').catch(() => undefined);
      throw new Error(`converting the store's evidence sentences to Sentence nodes failed (nothing was changed): ${(err as Error).message}`);
    }
    return { sentences: sentences.size, attended: attended.length, mentioned: mentioned.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
