// The viewer's JSON API against a real embedded Kuzu store holding the fixture documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { EdgeDetail, GraphPayload, MeetingDetail, PersonDetail, SearchResponse } from '../../schema/viewer-api.js';
import { MEETINGS, SCRIPT_NAME, sharedMeetings } from './fixtures.js';
import { fixtureStore, storeMissing, type TempStore } from './store.js';

describe.skipIf(storeMissing !== null)(`viewer API over Kuzu${storeMissing ? ` — skipped: ${storeMissing}` : ''}`, () => {
  let tmp: TempStore;
  let server: RunningServer;

  async function get(path: string): Promise<{ status: number; body: unknown }> {
    const res = await fetch(new URL(path, server.url));
    return { status: res.status, body: await res.json() };
  }

  async function idOf(name: string): Promise<string> {
    const { body } = await get(`api/search?q=${encodeURIComponent(name)}`);
    const hit = SearchResponse.parse(body).hits.find((h) => h.type === 'person' && h.label === name);
    if (!hit) throw new Error(`no person ${name}`);
    return hit.id;
  }

  beforeAll(async () => {
    tmp = await fixtureStore();
    server = await startServer({ store: tmp.store, staticDir: null, host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await tmp?.cleanup();
  });

  describe('GET /api/graph', () => {
    it('holds every person, meeting and attendance of the fixture', async () => {
      const { status, body } = await get('api/graph');
      expect(status).toBe(200);
      const g = GraphPayload.parse(body);
      const names = new Set(MEETINGS.flatMap((m) => m.attendees.map((a) => a.name)));
      expect(new Set(g.people.map((p) => p.name))).toEqual(names);
      expect(g.meetings.map((m) => m.name).sort()).toEqual(MEETINGS.map((m) => m.name).sort());
      expect(g.attendances).toHaveLength(MEETINGS.reduce((s, m) => s + m.attendees.length, 0));
      const lu = g.people.find((p) => p.name === '卢东亮')!;
      expect(lu.orgs).toContain('云岭市人民政府');
    });
  });

  describe('GET /api/person/:id', () => {
    it('lists titles, meetings with role and order, ranked co-attendees and evidence with its article', async () => {
      const { status, body } = await get(`api/person/${encodeURIComponent(await idOf('卢东亮'))}`);
      expect(status).toBe(200);
      const d = PersonDetail.parse(body);
      const expected = MEETINGS.filter((m) => m.attendees.some((a) => a.name === '卢东亮')).sort((x, y) => x.date.localeCompare(y.date));
      expect(d.meetings.map((m) => m.name)).toEqual(expected.map((m) => m.name));
      const forum = d.meetings.find((m) => m.name === '文旅融合发展论坛')!;
      expect(forum.role).toBe('致辞');
      expect(forum.order).toBe(0);
      expect(forum.date).toBe('2026-04-20');
      expect(d.titles.some((t) => t.title.includes('副市长'))).toBe(true);
      expect(d.coAttendees[0]!.shared).toBeGreaterThanOrEqual(d.coAttendees.at(-1)!.shared);
      const qin = d.coAttendees.find((c) => c.name === '秦雪梅')!;
      expect(qin.shared).toBe(sharedMeetings('卢东亮', '秦雪梅'));
      expect(d.evidence.some((e) => e.sentence.includes('卢东亮'))).toBe(true);
      expect(forum.evidence?.source.headline).toBe('文旅融合发展论坛召开');
    });

    it('answers 404 for an unknown id and 400 for an oversized one', async () => {
      expect((await get('api/person/nobody')).status).toBe(404);
      expect((await get(`api/person/${'x'.repeat(300)}`)).status).toBe(400);
    });
  });

  describe('GET /api/meeting/:id and /api/edge', () => {
    it('gives a meeting\'s attendees in protocol order', async () => {
      const g = GraphPayload.parse((await get('api/graph')).body);
      const m = g.meetings.find((x) => x.name === '全市经济工作会议')!;
      const d = MeetingDetail.parse((await get(`api/meeting/${encodeURIComponent(m.id)}`)).body);
      expect(d.attendees.map((a) => a.name)).toEqual(MEETINGS[1]!.attendees.map((a) => a.name));
      expect(d.attendees[1]!.role).toBe('主持');
      expect(d.sources[0]?.headline).toBe('全市经济工作会议召开');
    });

    it('explains an edge with the shared meetings, both roles and evidence', async () => {
      const [a, b] = [await idOf('周海峰'), await idOf('秦雪梅')];
      const d = EdgeDetail.parse((await get(`api/edge?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`)).body);
      expect(d.meetings).toHaveLength(sharedMeetings('周海峰', '秦雪梅'));
      const first = d.meetings[0]!;
      expect(first.name).toBe('市委常委会会议');
      expect(first.roleA).toBe('主持');
      expect(first.evidenceB?.sentence).toContain('秦雪梅');
      expect((await get('api/edge?a=x')).status).toBe(400);
    });
  });

  describe('GET /api/search', () => {
    it('finds by Chinese substring, full pinyin and initials', async () => {
      for (const q of ['东亮', 'ludongliang', 'ldl']) {
        const r = SearchResponse.parse((await get(`api/search?q=${q}`)).body);
        expect(r.hits[0]?.label, q).toBe('卢东亮');
      }
      const org = SearchResponse.parse((await get(`api/search?q=${encodeURIComponent('卫生健康')}`)).body);
      expect(org.hits.map((h) => h.type)).toEqual(expect.arrayContaining(['meeting']));
    });

    it('rejects an empty query with a message naming q', async () => {
      const r = await get('api/search?q=');
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain('q');
    });

    it('returns names with markup as plain data', async () => {
      const r = SearchResponse.parse((await get('api/search?q=script')).body);
      expect(r.hits.find((h) => h.type === 'person')?.label).toBe(SCRIPT_NAME);
    });
  });

  describe('POST /api/cypher', () => {
    const post = async (body: unknown, type = 'application/json') => {
      const res = await fetch(new URL('api/cypher', server.url), { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    it('runs a read query with parameters and returns rows', async () => {
      const r = await post({ query: 'MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name', params: { name: '卢东亮' } });
      expect(r.status).toBe(200);
      expect(r.body.columns).toEqual(['name']);
      expect(r.body.rows).toEqual([{ name: '卢东亮' }]);
    });

    it('returns nodes and relationships in the normalised shape', async () => {
      const r = await post({ query: 'MATCH (p:Person)-[a:ATTENDED]->(m:Meeting) RETURN p, a, m LIMIT 3' });
      const row = (r.body.rows as Record<string, { $type: string }>[])[0]!;
      expect(row.p!.$type).toBe('node');
      expect(row.a!.$type).toBe('relationship');
    });

    it('rejects writes, leaves the graph unchanged, and rejects bad bodies', async () => {
      const before = await post({ query: 'MATCH (p:Person) RETURN count(p) AS n' });
      const w = await post({ query: "CREATE (p:Person {id: 'x', name: 'x'})" });
      expect(w.status).toBe(403);
      expect(String(w.body.error)).toContain('read-only');
      const after = await post({ query: 'MATCH (p:Person) RETURN count(p) AS n' });
      expect(after.body.rows).toEqual(before.body.rows);
      expect((await post({ query: '' })).status).toBe(400);
      expect((await post({ query: 'MATCH (n) RETURN n' }, 'text/plain')).status).toBe(415);
      expect((await post({ query: 'MATCH (n RETURN n' })).status).toBe(400);
    });

    it('refuses GET', async () => {
      expect((await get('api/cypher')).status).toBe(405);
    });
  });
});
