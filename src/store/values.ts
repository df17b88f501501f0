// Query values from either store, normalised to one shape (src/store/types.ts): nodes and
// relationships carry the `id` property of their nodes, integers are plain numbers.
import type { GraphValue } from './types.js';

interface KuzuId {
  offset: number | bigint;
  table: number | bigint;
}
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const internalKey = (id: KuzuId): string => `${id.table}:${id.offset}`;

function props(o: Record<string, unknown>, ids: Map<string, string>): Record<string, GraphValue> {
  const out: Record<string, GraphValue> = {};
  for (const [k, v] of Object.entries(o)) if (!k.startsWith('_')) out[k] = fromKuzu(v, ids);
  return out;
}

/** Collects the internal id → `id` property of every node in a value, to resolve relationship ends. */
export function collectKuzuNodeIds(v: unknown, ids: Map<string, string>): void {
  if (Array.isArray(v)) for (const x of v) collectKuzuNodeIds(x, ids);
  else if (isObj(v)) {
    if (isObj(v._id) && !('_src' in v) && typeof v.id === 'string') ids.set(internalKey(v._id as unknown as KuzuId), v.id);
    for (const [k, x] of Object.entries(v)) if (k === '_nodes' || k === '_rels' || !k.startsWith('_')) collectKuzuNodeIds(x, ids);
  }
}

/** Internal ids of relationship ends whose node is not in the value (looked up separately). */
export function missingKuzuEndpoints(v: unknown, ids: Map<string, string>, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(v)) for (const x of v) missingKuzuEndpoints(x, ids, out);
  else if (isObj(v)) {
    if ('_src' in v && '_dst' in v) {
      for (const end of [v._src, v._dst]) if (isObj(end) && !ids.has(internalKey(end as unknown as KuzuId))) out.add(internalKey(end as unknown as KuzuId));
    }
    for (const [k, x] of Object.entries(v)) if (k === '_nodes' || k === '_rels' || !k.startsWith('_')) missingKuzuEndpoints(x, ids, out);
  }
  return out;
}

export function fromKuzu(v: unknown, ids: Map<string, string>): GraphValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map((x) => fromKuzu(x, ids));
  if (isObj(v)) {
    if ('_nodes' in v && '_rels' in v) return { nodes: fromKuzu(v._nodes, ids), relationships: fromKuzu(v._rels, ids) };
    if ('_src' in v && '_dst' in v) {
      const src = internalKey(v._src as KuzuId);
      const dst = internalKey(v._dst as KuzuId);
      return { $type: 'relationship', type: String(v._label ?? ''), start: ids.get(src) ?? src, end: ids.get(dst) ?? dst, properties: props(v, ids) };
    }
    if ('_label' in v && '_id' in v) {
      const key = isObj(v._id) ? internalKey(v._id as unknown as KuzuId) : String(v._id);
      return { $type: 'node', id: typeof v.id === 'string' ? v.id : key, labels: v._label ? [String(v._label)] : [], properties: props(v, ids) };
    }
    const out: Record<string, GraphValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = fromKuzu(x, ids);
    return out;
  }
  return String(v);
}
