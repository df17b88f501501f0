// POST /api/cypher: read-only Cypher for the viewer's panel. The store is asked read-only (it
// refuses writes itself); this check refuses them earlier with a clear message, after removing
// string literals and comments so a word inside a quoted name cannot trip it.
import type { CypherRequest, CypherResponse } from '../../schema/viewer-api.js';
import type { GraphStore, GraphValue } from '../store/types.js';

const WRITE_CLAUSES = /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|COPY|LOAD|INSTALL|ATTACH|DETACH|IMPORT|EXPORT|CHECKPOINT|BEGIN|COMMIT|ROLLBACK|FOREACH|USE|GRANT|REVOKE|DENY|TERMINATE|START|STOP|ENABLE|DISABLE)\b/i;
/** Procedures that only read the schema (Kuzu's and Neo4j's). */
const READ_PROCEDURES = /^(show_tables|table_info|show_connection|db\.labels|db\.relationshipTypes|db\.propertyKeys|db\.schema\.visualization|db\.indexes)$/i;

export class CypherRejected extends Error {}

function stripLiteralsAndComments(q: string): string {
  return q
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`/g, "''");
}

/** Throws CypherRejected naming the clause when the query could write. */
export function assertReadOnly(query: string): void {
  const bare = stripLiteralsAndComments(query);
  const m = WRITE_CLAUSES.exec(bare);
  if (m) throw new CypherRejected(`read-only: ${m[1]!.toUpperCase()} is not allowed here (use \`kg query --write\` to change the graph)`);
  for (const call of bare.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    if (!READ_PROCEDURES.test(call[1]!)) throw new CypherRejected(`read-only: CALL ${call[1]} is not allowed here`);
  }
  if (/\bCALL\s*\{/i.test(bare)) throw new CypherRejected('read-only: CALL { … } subqueries are not allowed here');
}

/** JSON-safe copy: bigints to numbers (or strings beyond 2^53), non-finite numbers to null. */
export function jsonSafe(v: unknown): GraphValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(jsonSafe);
  if (typeof v === 'object') {
    const out: Record<string, GraphValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = jsonSafe(x);
    return out;
  }
  return String(v);
}

export async function runCypher(store: GraphStore, req: CypherRequest): Promise<CypherResponse> {
  assertReadOnly(req.query);
  const t0 = performance.now();
  const result = await store.query(req.query, req.params, { write: false });
  const ms = Math.round(performance.now() - t0);
  const rows = result.rows.slice(0, req.limit).map((r) => jsonSafe(r) as Record<string, GraphValue>);
  return { columns: result.columns, rows, truncated: result.rows.length > req.limit, ms };
}
