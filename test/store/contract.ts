// The GraphStore contract: one suite, run against Kuzu always (kuzu.test.ts) and against Neo4j
// when NEO4J_URI is set (neo4j.test.ts). `make()` gives a fresh, empty, unopened store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship, GraphStore, GraphValue } from '../../src/store/types.js';
import type { ExtractionResult } from '../../src/types.js';
import { NODE_TABLES, REL_TABLES } from '../../schema/graph.js';
import { listSavedQueries, savedParams } from '../../src/query/saved.js';
import { articleId } from '../../src/graph/identity.js';
import { NASTY_NAME, buildResult, storeFixtureDocs, storeFixtures } from './fixtures.js';

export interface StoreUnderTest {
  store: GraphStore;
  cleanup(): Promise<void>;
}

/** Node and relationship counts per label/type, through the store's own query path. */
export async function counts(store: GraphStore): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const l of NODE_TABLES) out[l] = Number((await store.query(`MATCH (n:${l}) RETURN count(n) AS c`)).rows[0]!.c);
  for (const t of Object.keys(REL_TABLES)) out[t] = Number((await store.query(`MATCH ()-[r:${t}]->() RETURN count(r) AS c`)).rows[0]!.c);
  return out;
}

/** Nodes with no relationship at all: a replace must leave none behind. */
async function orphans(store: GraphStore): Promise<number> {
  let n = 0;
  for (const l of ['Person', 'Meeting', 'Article', 'Journalist']) {
    const r = await store.query(`MATCH (n:${l}) OPTIONAL MATCH (n)-[r]-() WITH n, count(r) AS c WHERE c = 0 RETURN count(n) AS k`);
    n += Number(r.rows[0]!.k);
  }
  return n;
}

const isNode = (v: GraphValue | undefined): v is GraphNode => typeof v === 'object' && v !== null && !Array.isArray(v) && v.$type === 'node';
const isRel = (v: GraphValue | undefined): v is GraphRelationship => typeof v === 'object' && v !== null && !Array.isArray(v) && v.$type === 'relationship';

export function graphStoreContract(name: string, make: () => Promise<StoreUnderTest>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let sut: StoreUnderTest;
    let docs: ExtractionResult[];
    beforeEach(async () => {
      sut = await make();
      await sut.store.open();
      docs = storeFixtures();
    });
    afterEach(async () => {
      await sut.cleanup();
    });

    it('writes whole documents and merges people by name within a jurisdiction, not across cities', async () => {
      const stats = await sut.store.writeDocuments(docs);
      expect(stats).toMatchObject({ documents: 4, skipped: 0 });
      expect(stats.nodes).toBeGreaterThan(0);
      const c = await counts(sut.store);
      expect(c.Article).toBe(4);
      expect(c.Meeting).toBe(5);
      expect(c.Journalist).toBe(1);
      const zhou = await sut.store.query('MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id, p.jurisdiction AS j, p.idBasis AS basis ORDER BY j', { name: '周海峰' });
      expect(zhou.rows.map((r) => r.j)).toEqual(['云岭市', '青川市']);
      expect(zhou.rows.every((r) => typeof r.basis === 'string' && r.basis.length > 0)).toBe(true);
      expect(await sut.store.knownDocuments([docs[0]!.document.hash, 'f'.repeat(64)])).toEqual(new Set([docs[0]!.document.hash]));
    });

    it('is idempotent: the same documents twice leave identical counts', async () => {
      await sut.store.writeDocuments(docs);
      const before = await counts(sut.store);
      const again = await sut.store.writeDocuments(docs);
      expect(again).toMatchObject({ documents: 0, skipped: 4, nodes: 0, relationships: 0 });
      expect(await counts(sut.store)).toEqual(before);
      // and so is writing them one by one into a fresh graph state: same counts
      await sut.store.writeDocuments(docs, { replace: true });
      expect(await counts(sut.store)).toEqual(before);
    });

    it('keeps a title history across batches: first and last seen, every article', async () => {
      await sut.store.writeDocuments(docs.slice(0, 2));
      await sut.store.writeDocuments(docs.slice(2));
      const r = await sut.store.query(
        'MATCH (p:Person)-[h:HOLDS]->(o:Organization) WHERE p.name = $name AND p.jurisdiction = $j RETURN h.title AS title, h.firstSeen AS f, h.lastSeen AS l, h.articleIds AS a, o.fullName AS org',
        { name: '周海峰', j: '云岭市' },
      );
      expect(r.rows.length).toBe(1);
      expect(r.rows[0]).toMatchObject({ org: '云岭市委', f: '2024-03-05', l: '2024-09-20' });
      expect([...(r.rows[0]!.a as string[])].sort()).toEqual([docs[0]!, docs[1]!, docs[2]!].map((d) => articleId(d.document.hash)).sort());
    });

    it('stores and finds a name with quotes and braces through parameters only', async () => {
      await sut.store.writeDocuments(docs);
      const r = await sut.store.query('MATCH (p:Person) WHERE p.name = $name RETURN p', { name: NASTY_NAME });
      expect(r.columns).toEqual(['p']);
      expect(r.rows.length).toBe(1);
      const p = r.rows[0]!.p;
      expect(isNode(p)).toBe(true);
      expect((p as GraphNode).labels).toEqual(['Person']);
      expect((p as GraphNode).properties.name).toBe(NASTY_NAME);
      expect((p as GraphNode).id).toBe((p as GraphNode).properties.id);
      const m = await sut.store.query('MATCH (p:Person {name: $name})-[r:ATTENDED]->(m:Meeting) RETURN m.name AS meeting, r.role AS role ORDER BY meeting', { name: NASTY_NAME });
      expect(m.rows).toEqual([{ meeting: '文旅项目推进座谈会', role: '参加' }, { meeting: '全市文旅发展大会', role: '出席' }].sort((a, b) => (a.meeting < b.meeting ? -1 : 1)));
    });

    it('returns relationships as {type, start, end, properties} naming the nodes by id', async () => {
      await sut.store.writeDocuments(docs);
      const r = await sut.store.query('MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) WHERE m.name = $m OPTIONAL MATCH (s:Sentence {id: r.sentenceId}) RETURN p.id AS pid, p.name AS name, m.id AS mid, r, s ORDER BY r.`order`', { m: '全市文旅发展大会' });
      expect(r.rows.length).toBe(3);
      for (const [i, row] of r.rows.entries()) {
        expect(isRel(row.r)).toBe(true);
        const rel = row.r as GraphRelationship;
        expect(rel).toMatchObject({ type: 'ATTENDED', start: row.pid, end: row.mid });
        expect(rel.properties.order).toBe(i);
        expect(rel.properties.roles).toEqual([rel.properties.role]);
        const text = docs[1]!.document.text;
        // the offsets point at the person's name inside the document text
        expect(text.slice(rel.properties.evidenceStart as number, rel.properties.evidenceEnd as number)).toBe(row.name);
        // the evidence sentence is a Sentence node of that article, named by the relationship
        const s = row.s as GraphNode;
        expect(s).toMatchObject({ $type: 'node', labels: ['Sentence'], id: rel.properties.sentenceId });
        expect(s.properties.articleId).toBe(articleId(docs[1]!.document.hash));
        expect(s.properties.text).toContain('全市文旅发展大会');
        expect(text).toContain(s.properties.text);
      }
    });

    it('replace: a re-extracted document loses its old facts, gains no duplicates and leaves no orphans', async () => {
      await sut.store.writeDocuments(docs);
      const before = await counts(sut.store);
      // the same document (same hash) re-extracted without the nasty-named official
      const changed = structuredClone(docs[1]!);
      const gone = changed.persons.find((p) => p.name === NASTY_NAME)!.key;
      changed.persons = changed.persons.filter((p) => p.key !== gone);
      for (const e of changed.events) e.participants = e.participants.filter((x) => x.person !== gone);
      const stats = await sut.store.writeDocuments([changed], { replace: true });
      expect(stats.documents).toBe(1);
      const after = await counts(sut.store);
      expect(after.ATTENDED).toBe(before.ATTENDED! - 2);
      expect(after.Article).toBe(before.Article);
      expect(after.Meeting).toBe(before.Meeting);
      expect((await sut.store.query('MATCH (p:Person) WHERE p.name = $n RETURN p.id AS id', { n: NASTY_NAME })).rows).toEqual([]);
      expect(await orphans(sut.store)).toBe(0);
      // writing the original back restores the original graph exactly
      await sut.store.writeDocuments([docs[1]!], { replace: true });
      expect(await counts(sut.store)).toEqual(before);
    });

    it('replace: title histories lose the replaced article and recompute first and last seen', async () => {
      await sut.store.writeDocuments(docs);
      const history = async (name: string) => (await sut.store.query(
        'MATCH (p:Person)-[h:HOLDS]->(:Organization) WHERE p.name = $name AND p.jurisdiction = $j RETURN h.firstSeen AS f, h.lastSeen AS l, h.articleIds AS a',
        { name, j: '云岭市' },
      )).rows.map((r) => ({ ...r, a: [...(r.a as string[])].sort() }));
      const hash = (i: number) => articleId(docs[i]!.document.hash);
      expect(await history('周海峰')).toEqual([{ f: '2024-03-05', l: '2024-09-20', a: [hash(0), hash(1), hash(2)].sort() }]);
      // the September report re-extracted without 周海峰: his history ends in April again
      const changed = structuredClone(docs[2]!);
      const gone = changed.persons.find((p) => p.name === '周海峰')!.key;
      changed.persons = changed.persons.filter((p) => p.key !== gone);
      for (const e of changed.events) e.participants = e.participants.filter((x) => x.person !== gone);
      await sut.store.writeDocuments([changed], { replace: true });
      expect(await history('周海峰')).toEqual([{ f: '2024-03-05', l: '2024-04-10', a: [hash(0), hash(1)].sort() }]);
      expect(await history('秦雪梅')).toEqual([{ f: '2024-03-05', l: '2024-09-20', a: [hash(0), hash(2)].sort() }]);
      // and the first report replaced the same way moves the start
      const first = structuredClone(docs[0]!);
      const z0 = first.persons.find((p) => p.name === '周海峰')!.key;
      first.persons = first.persons.filter((p) => p.key !== z0);
      for (const e of first.events) e.participants = e.participants.filter((x) => x.person !== z0);
      await sut.store.writeDocuments([first], { replace: true });
      expect(await history('周海峰')).toEqual([{ f: '2024-04-10', l: '2024-04-10', a: [hash(1)] }]);
      expect(await orphans(sut.store)).toBe(0);
    });

    it('replace: a changed file (new content hash) replaces the version stored under the same file name', async () => {
      await sut.store.writeDocuments(docs);
      const before = await counts(sut.store);
      const d = storeFixtureDocs()[2]!;
      const edited = buildResult({ ...d, extra: '（本报记者 补充报道）', events: [{ ...d.events[0]!, place: '西坪镇' }] });
      expect(edited.document.hash).not.toBe(docs[2]!.document.hash);
      await sut.store.writeDocuments([edited], { replace: true });
      expect(await counts(sut.store)).toEqual(before);
      expect(await sut.store.knownDocuments([docs[2]!.document.hash, edited.document.hash])).toEqual(new Set([edited.document.hash]));
      const m = await sut.store.query('MATCH (m:Meeting) WHERE m.name = $n RETURN m.place AS place', { n: '秋粮收购调研' });
      expect(m.rows).toEqual([{ place: '西坪镇' }]);
      expect(await orphans(sut.store)).toBe(0);
    });

    it('refuses a writing query unless asked to write', async () => {
      await expect(sut.store.query("CREATE (:Person {id: 'x', name: 'x'})")).rejects.toThrow();
      expect((await counts(sut.store)).Person).toBe(0);
      await sut.store.query('CREATE (:Person {id: $id, name: $name, jurisdiction: $j, idBasis: $b})', { id: 'x1', name: '测试', j: '云岭市', b: 'manual' }, { write: true });
      expect((await counts(sut.store)).Person).toBe(1);
    });

    it('runs every saved query unchanged with its default parameters', async () => {
      await sut.store.writeDocuments(docs);
      for (const q of listSavedQueries()) {
        const res = await sut.store.query(q.cypher, savedParams(q, {}));
        expect(Array.isArray(res.rows), q.name).toBe(true);
      }
    });

    it('answers the saved questions correctly', async () => {
      await sut.store.writeDocuments(docs);
      const saved = Object.fromEntries(listSavedQueries().map((q) => [q.name, q]));
      const run = async (name: string, given: Record<string, string> = {}) => (await sut.store.query(saved[name]!.cypher, savedParams(saved[name]!, given))).rows;

      const att = await run('attendees-of-meeting', { meeting: '全市文旅发展大会' });
      expect(att.map((r) => [r.protocolOrder, r.name, r.role])).toEqual([[0, '周海峰', '讲话'], [1, '韩明远', '主持'], [2, NASTY_NAME, '出席']]);

      const zhou = (await sut.store.query('MATCH (p:Person) WHERE p.name = $n AND p.jurisdiction = $j RETURN p.id AS id', { n: '周海峰', j: '云岭市' })).rows[0]!.id as string;
      const mine = await run('meetings-of-person', { person: zhou });
      expect(mine.map((r) => r.date)).toEqual(['2024-09-20', '2024-04-10', '2024-03-05']);
      expect((await run('meetings-of-person', { person: '周海峰' })).length).toBe(4);

      const pairs = await run('co-attendance-pairs', { minShared: '2' });
      expect(pairs.every((r) => r.shared === 2)).toBe(true);
      expect(pairs.map((r) => [r.nameA, r.nameB].sort().join('+')).sort()).toEqual([['周海峰', '韩明远'].sort().join('+'), [NASTY_NAME, '韩明远'].sort().join('+'), ['周海峰', '秦雪梅'].sort().join('+')].sort());

      const org = await run('people-of-organization', { org: '云岭市委' });
      expect(org.map((r) => r.name).sort()).toEqual(['周海峰', '秦雪梅'].sort());

      const hist = await run('title-history', { person: zhou });
      expect(hist).toEqual([expect.objectContaining({ organization: '云岭市委', firstSeen: '2024-03-05', lastSeen: '2024-09-20', articles: 3 })]);

      const april = await run('meetings-in-range', { fromDate: '2024-04-01', toDate: '2024-04-30' });
      expect(april.map((r) => [r.meeting, r.attendees])).toEqual([['全市文旅发展大会', 3], ['文旅项目推进座谈会', 2]]);

      const top = await run('most-connected-people', { limit: '2' });
      expect(top.length).toBe(2);
      expect(top[0]!.coAttendees).toBe(4);

      expect(await run('organization-hierarchy')).toEqual([expect.objectContaining({ parent: '云岭市委', child: '云岭市委组织部' })]);

      const all = await run('attendances');
      expect(all.length).toBe((await counts(sut.store)).ATTENDED);
      expect(all.every((r) => typeof r.evidence === 'string' && typeof r.evidenceStart === 'number')).toBe(true);

      const people = await run('persons-with-titles');
      const qin = people.find((r) => r.name === '秦雪梅')!;
      expect(qin.titles).toEqual(['市委副书记']);
      expect((await run('meetings')).length).toBe(5);
      expect((await run('find-person', { name: 'Brien' })).map((r) => r.name)).toEqual([NASTY_NAME]);
    });
  });
}
