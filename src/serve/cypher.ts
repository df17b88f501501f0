// POST /api/cypher: read-only Cypher for the viewer's panel. The store is asked read-only (it
// refuses writes itself); this check refuses them earlier with a clear message.
import type { CypherRequest, CypherResponse } from '../../schema/viewer-api.js';
import type { GraphStore, GraphValue } from '../store/types.js';
import { writingClause } from '../query/read-only.js';

export class CypherRejected extends Error {}

/** Throws CypherRejected naming the clause when the query could write (the check of `kg query`). */
export function assertReadOnly(query: string): void {
  const clause = writingClause(query);
  if (!clause) return;
  if (clause.startsWith('CALL')) throw new CypherRejected(`read-only: ${clause} is not allowed here`);
  throw new CypherRejected(`read-only: ${clause} is not allowed here (use \`kg query --write\` to change the graph)`);
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
