// `kg serve`: the built viewer plus a small read-only JSON API over the configured store, on
// node:http. Every input is parsed with zod and every answer checked against its schema.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import {
  CypherRequest, CypherResponse, EdgeDetail, EdgeQuery, GraphPayload, IdParam, MeetingDetail, PersonDetail, SearchQuery, SearchResponse,
} from '../../schema/viewer-api.js';
import type { GraphStore } from '../store/types.js';
import { CypherRejected, runCypher } from './cypher.js';
import { loadSnapshot } from './snapshot.js';
import { serveStatic } from './static.js';
import { buildViews, edgeDetail, meetingDetail, personDetail, type Views } from './views.js';

export interface ServeOptions {
  store: GraphStore;
  /** Directory of the built viewer; null serves the API only. */
  staticDir: string | null;
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningServer {
  url: string;
  server: Server;
  /** Re-reads the store (after an ingest). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
  + "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

class HttpError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

/** Parses with zod; a failure is a 400 naming the parameter. */
function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const msg = r.error.issues.map((i) => `${[what, ...i.path.map(String)].join('.')}: ${i.message}`).join('; ');
  throw new HttpError(400, msg);
}

/** Checks an answer against its schema before it leaves (a bug here is a 500, not bad data). */
function checked<T>(schema: z.ZodType<T>, value: T): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpError(500, `response failed validation: ${r.error.issues[0]?.message ?? ''}`);
  return r.data;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'body must be application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'body is larger than 1 MiB');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  let views: Views | null = null;
  let loading: Promise<Views> | null = null;
  // the graph payload is validated once per snapshot: it is the large answer
  let payloadChecked = false;
  const getViews = (): Promise<Views> => {
    if (views) return Promise.resolve(views);
    loading ??= loadSnapshot(opts.store).then((s) => {
      views = buildViews(s);
      payloadChecked = false;
      return views;
    }).finally(() => { loading = null; });
    return loading;
  };

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const q = Object.fromEntries(url.searchParams);
    if (path === '/api/cypher') {
      if (method !== 'POST') throw new HttpError(405, 'use POST for /api/cypher');
      const body = parse(CypherRequest, await readJson(req), 'body');
      try {
        return send(res, 200, checked(CypherResponse, await runCypher(opts.store, body)));
      } catch (err) {
        if (err instanceof CypherRejected) throw new HttpError(403, err.message);
        if (err instanceof HttpError) throw err;
        throw new HttpError(400, `query failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method} is not allowed on ${path}`);
    const v = await getViews();
    if (path === '/api/health') {
      return send(res, 200, { ok: true, store: opts.store.kind, people: v.snap.people.size, meetings: v.snap.meetings.size, loadedAt: v.snap.loadedAt });
    }
    if (path === '/api/graph') {
      if (!payloadChecked) { checked(GraphPayload, v.payload); payloadChecked = true; }
      return send(res, 200, v.payload);
    }
    const person = /^\/api\/person\/([^/]+)$/.exec(path);
    if (person) {
      const id = parse(IdParam, decodeURIComponent(person[1]!), 'id');
      const d = personDetail(v, id);
      if (!d) throw new HttpError(404, `no person with id ${id}`);
      return send(res, 200, checked(PersonDetail, d));
    }
    const meeting = /^\/api\/meeting\/([^/]+)$/.exec(path);
    if (meeting) {
      const id = parse(IdParam, decodeURIComponent(meeting[1]!), 'id');
      const d = meetingDetail(v, id);
      if (!d) throw new HttpError(404, `no meeting with id ${id}`);
      return send(res, 200, checked(MeetingDetail, d));
    }
    if (path === '/api/edge') {
      const { a, b } = parse(EdgeQuery, q, 'query');
      const d = edgeDetail(v, a, b);
      if (!d) throw new HttpError(404, `no people with ids ${a} and ${b}`);
      return send(res, 200, checked(EdgeDetail, d));
    }
    if (path === '/api/search') {
      const { q: text, limit } = parse(SearchQuery, q, 'query');
      return send(res, 200, checked(SearchResponse, { query: text, hits: v.search.search(text, limit) }));
    }
    throw new HttpError(404, `no API route ${path}`);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async (): Promise<void> => {
      if (url.pathname.startsWith('/api/')) return api(req, res, url);
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, `${req.method} is not allowed`);
      res.setHeader('content-security-policy', CSP);
      res.setHeader('referrer-policy', 'no-referrer');
      if (opts.staticDir && (await serveStatic(opts.staticDir, req, res))) return;
      if (!opts.staticDir && url.pathname === '/') {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('The viewer is not built: run `npm run build`. The JSON API is under /api/.\n');
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    };
    handle().catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof Error ? err.message : String(err);
      if (status >= 500) process.stderr.write(`kg serve: ${req.method} ${url.pathname}: ${message}\n`);
      if (res.headersSent) res.destroy();
      else send(res, status, { error: message });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => { server.off('error', reject); resolve(); });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${host}:${addr.port}/`,
    server,
    async reload() { views = null; await getViews(); },
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    }),
  };
}
