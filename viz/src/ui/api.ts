// Calls to `kg serve`'s API; every answer is checked against the shared schema.
import type { z } from 'zod';
import {
  CypherResponse, EdgeDetail, GraphPayload, MeetingDetail, PersonDetail, SearchResponse,
} from '../../../schema/viewer-api.js';

async function getJson<T>(path: string, schema: z.ZodType<T>, init?: RequestInit, mark?: string): Promise<T> {
  const res = await fetch(path, init);
  const body: unknown = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }));
  if (mark) performance.mark(`${mark}:json`);
  if (!res.ok) {
    const msg = typeof body === 'object' && body && 'error' in body ? String((body as { error: unknown }).error) : res.statusText;
    throw new Error(msg);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`unexpected answer from ${path.split('?')[0]}: ${parsed.error.issues[0]?.message ?? ''}`);
  if (mark) performance.mark(`${mark}:checked`);
  return parsed.data;
}

const enc = encodeURIComponent;

export const api = {
  graph: () => getJson('api/graph', GraphPayload, undefined, 'kg:graph'),
  person: (id: string) => getJson(`api/person/${enc(id)}`, PersonDetail),
  meeting: (id: string) => getJson(`api/meeting/${enc(id)}`, MeetingDetail),
  edge: (a: string, b: string) => getJson(`api/edge?a=${enc(a)}&b=${enc(b)}`, EdgeDetail),
  search: (q: string, signal?: AbortSignal) => getJson(`api/search?q=${enc(q)}&limit=12`, SearchResponse, signal ? { signal } : {}),
  cypher: (query: string, params: Record<string, unknown>) => getJson('api/cypher', CypherResponse, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }),
  }),
};
