// The embedded Kuzu store: the shared contract, persistence across reopen, atomicity under an
// injected failure in the middle of a batch, staged writes, list properties kept as strings,
// stores made by earlier versions (converted when opened), and the buffer pool setting.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { resolveStoreConfig } from '../../src/config.js';
import kuzu from 'kuzu';
import { kuzuDdl } from '../../src/store/kuzu-store.js';
import { articleId } from '../../src/graph/identity.js';
import { readJoinedAsLists } from '../../src/store/kuzu-lists.js';
import type { GraphRelationship, GraphStore } from '../../src/store/types.js';
import { counts, graphStoreContract } from './contract.js';
import { NASTY_NAME, storeFixtures } from './fixtures.js';

type Runner = { run(c: string, p?: Record<string, unknown>): Promise<unknown> };

/** Makes the store's first statement matching `pattern` throw; `failed()` tells whether it did. */
function failOnce(store: GraphStore, pattern: RegExp, message = 'injected failure'): { failed(): boolean; restore(): void } {
  const inner = store as unknown as Runner;
  const real = inner.run.bind(inner);
  let failed = false;
  inner.run = async (c, p) => {
    if (!failed && pattern.test(c)) {
      failed = true;
      throw new Error(message);
    }
    return real(c, p);
  };
  return { failed: () => failed, restore: () => { inner.run = real; } };
}

function tempKuzu(): { store: GraphStore; path: string; cleanup(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
  const path = join(dir, 'kg.kuzu');
  const store = openStore({ kind: 'kuzu', path });
  return { store, path, async cleanup() { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Runs `fn` with an open store in a temporary folder, removed afterwards. */
async function withKuzu(fn: (t: { store: GraphStore; path: string }) => Promise<void>): Promise<void> {
  const t = tempKuzu();
  try {
    await t.store.open();
    await fn(t);
  } finally {
    await t.cleanup();
  }
}

graphStoreContract('kuzu', async () => tempKuzu());

describe('kuzu store', () => {
  it('keeps the graph across close and reopen, and open() is idempotent', async () => {
    await withKuzu(async (t) => {
      await t.store.open();
      await t.store.writeDocuments(storeFixtures());
      const before = await counts(t.store);
      await t.store.close();
      const again = openStore({ kind: 'kuzu', path: t.path });
      await again.open();
      try {
        expect(await counts(again)).toEqual(before);
        expect((await again.writeDocuments(storeFixtures())).skipped).toBe(4);
      } finally {
        await again.close();
      }
    });
  });

  it('a batch that fails half-way leaves none of its documents, and can be written again', async () => {
    await withKuzu(async (t) => {
      const docs = storeFixtures();
      await t.store.writeDocuments(docs.slice(0, 1));
      const before = await counts(t.store);
      // inject a failure after the node tables of the batch are loaded, before its relationships
      const inject = failOnce(t.store, /^COPY ATTENDED/);
      await expect(t.store.writeDocuments(docs.slice(1))).rejects.toThrow('injected failure');
      expect(inject.failed()).toBe(true);
      expect(await counts(t.store)).toEqual(before);
      expect((await t.store.knownDocuments(docs.map((d) => d.document.hash))).size).toBe(1);
      // the same batch then goes through whole
      const stats = await t.store.writeDocuments(docs.slice(1));
      expect(stats.documents).toBe(3);
      expect((await counts(t.store)).Article).toBe(4);
    });
  });
});

describe('kuzu store: staged writes', () => {
  it('stages several batches and writes them in one transaction: nothing before commit, the same graph after', async () => {
    await withKuzu(async (ref) => {
      await ref.store.writeDocuments(storeFixtures());
      await withKuzu(async (t) => {
        const docs = storeFixtures();
        const w = t.store.stagedWriter!();
        await w.add(docs.slice(0, 2));
        await w.add(docs.slice(1)); // overlaps: a document staged twice is written once
        expect(w.pendingDocuments).toBe(4);
        expect(w.pendingRows).toBeGreaterThan(0);
        expect((await counts(t.store)).Article).toBe(0);
        const stats = await w.commit();
        expect(stats).toMatchObject({ documents: 4, skipped: 1 });
        expect(w.pendingDocuments).toBe(0);
        expect(await counts(t.store)).toEqual(await counts(ref.store));
        const q = 'MATCH (p:Person)-[h:HOLDS]->() WHERE p.name = $n AND p.jurisdiction = $j RETURN h.firstSeen AS f, h.lastSeen AS l, size(h.articleIds) AS n';
        const args = { n: '周海峰', j: '云岭市' };
        expect((await t.store.query(q, args)).rows).toEqual((await ref.store.query(q, args)).rows);
      });
    });
  });

  it('a staged write that fails leaves none of its batches; discard() drops what is staged', async () => {
    await withKuzu(async (t) => {
      const docs = storeFixtures();
      await t.store.writeDocuments(docs.slice(0, 1));
      const before = await counts(t.store);
      failOnce(t.store, /^COPY MENTIONED_IN/);
      const w = t.store.stagedWriter!();
      await w.add(docs.slice(1, 2));
      await w.add(docs.slice(2));
      await expect(w.commit()).rejects.toThrow('injected failure');
      expect(await counts(t.store)).toEqual(before);
      const d = t.store.stagedWriter!();
      await d.add(docs.slice(1));
      d.discard();
      expect(await d.commit()).toMatchObject({ documents: 0 });
      expect(await counts(t.store)).toEqual(before);
      expect((await t.store.writeDocuments(docs.slice(1))).documents).toBe(3);
    });
  });

  it('a replace that fails after its COPYs leaves the stored graph exactly as it was', async () => {
    await withKuzu(async (t) => {
      const docs = storeFixtures();
      await t.store.writeDocuments(docs);
      const before = await counts(t.store);
      const hist = 'MATCH (p:Person)-[h:HOLDS]->() RETURN p.name AS n, h.firstSeen AS f, h.lastSeen AS l, size(h.articleIds) AS k ORDER BY n, f';
      const histBefore = (await t.store.query(hist)).rows;
      // the last statement before COMMIT: every delete and COPY of the replace has run
      const inject = failOnce(t.store, /^UNWIND \$rows AS u MATCH \(\)-\[h:HOLDS\]/);
      const changed = structuredClone(docs[2]!);
      changed.persons = changed.persons.filter((p) => p.name !== '周海峰');
      const keys = new Set(changed.persons.map((p) => p.key));
      for (const e of changed.events) e.participants = e.participants.filter((x) => keys.has(x.person));
      await expect(t.store.writeDocuments([changed], { replace: true })).rejects.toThrow('injected failure');
      expect(inject.failed()).toBe(true);
      expect(await counts(t.store)).toEqual(before);
      expect((await t.store.query(hist)).rows).toEqual(histBefore);
      inject.restore();
      await t.store.writeDocuments([changed], { replace: true });
      expect((await counts(t.store)).ATTENDED).toBe(before.ATTENDED! - 1);
    });
  });

  it('a write staged while another is under way stores what they share once', async () => {
    await withKuzu(async (ref) => {
      await ref.store.writeDocuments(storeFixtures());
      await withKuzu(async (t) => {
        const docs = storeFixtures();
        const a = t.store.stagedWriter!();
        await a.add(docs.slice(0, 2));
        const first = a.commit(); // not awaited: the next write stages meanwhile, as ingest does
        const b = t.store.stagedWriter!();
        await b.add(docs.slice(1)); // docs[1] is in the write under way
        expect(await first).toMatchObject({ documents: 2 });
        expect(await b.commit()).toMatchObject({ documents: 2, skipped: 1 });
        expect(await counts(t.store)).toEqual(await counts(ref.store));
      });
    });
  });

  it('a write staged while a failing write was under way is refused, not written against a graph that is not there', async () => {
    await withKuzu(async (t) => {
      const docs = storeFixtures();
      failOnce(t.store, /^COPY MENTIONED_IN/);
      const a = t.store.stagedWriter!();
      await a.add(docs.slice(0, 2));
      const first = a.commit();
      const b = t.store.stagedWriter!();
      await b.add(docs.slice(2));
      await expect(first).rejects.toThrow('injected failure');
      await expect(b.commit()).rejects.toThrow(/a write failed while these documents were being staged/);
      expect((await counts(t.store)).Article).toBe(0);
      expect((await t.store.writeDocuments(docs)).documents).toBe(4);
    });
  });

  it('a person a replace under way leaves without articles is still written by the next write that names them', async () => {
    await withKuzu(async (t) => {
      const docs = storeFixtures();
      await t.store.writeDocuments(docs);
      const name = NASTY_NAME;
      const changed = structuredClone(docs[1]!);
      const gone = changed.persons.find((p) => p.name === name)!.key;
      changed.persons = changed.persons.filter((p) => p.key !== gone);
      for (const e of changed.events) e.participants = e.participants.filter((x) => x.person !== gone);
      // a new document (another hash) naming the same official
      const later = structuredClone(docs[1]!);
      later.document = { ...later.document, hash: 'f'.repeat(40), file: null };
      const a = t.store.stagedWriter!({ replace: true });
      await a.add([changed]);
      const first = a.commit();
      const b = t.store.stagedWriter!();
      await b.add([later]);
      await first;
      await b.commit();
      const who = await t.store.query('MATCH (p:Person)-[:MENTIONED_IN]->(a:Article) WHERE p.name = $n RETURN a.id AS a', { n: name });
      expect(who.rows).toEqual([{ a: articleId('f'.repeat(40)) }]);
      expect((await t.store.query('MATCH (p:Person)-[r:ATTENDED]->() WHERE p.name = $n RETURN count(r) AS c', { n: name })).rows).toEqual([{ c: 2 }]);
    });
  });

  it('a replace reads back only what it touches, not every stored id', async () => {
    await withKuzu(async (t) => {
      const docs = storeFixtures();
      await t.store.writeDocuments(docs);
      const inner = t.store as unknown as Runner;
      const real = inner.run.bind(inner);
      const seen: string[] = [];
      inner.run = async (c, p) => { seen.push(c); return real(c, p); };
      await t.store.writeDocuments([docs[1]!], { replace: true });
      expect(seen.some((c) => /^COPY Article/.test(c))).toBe(true);
      // no scan of a whole table's ids (what reloading the known ids did)
      expect(seen.filter((c) => /^MATCH \(n:\w+\) RETURN n\.id AS k$/.test(c))).toEqual([]);
      // and what the store knows is still right: the same documents again are all skipped
      inner.run = real;
      expect((await t.store.writeDocuments(docs)).skipped).toBe(4);
    });
  });
});

describe('kuzu store: list properties', () => {
  it('reads roles and article lists as lists in any expression, and leaves literals alone', async () => {
    await withKuzu(async (t) => {
      await t.store.writeDocuments(storeFixtures());
      const r = await t.store.query("MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) WHERE '主持' IN r.roles AND m.name <> 'x.roles' RETURN p.name AS name, r.roles AS roles, size(r.roles) AS n, 'r.roles' AS text ORDER BY name");
      expect(r.rows.length).toBeGreaterThan(0);
      for (const row of r.rows) expect(row).toMatchObject({ roles: ['主持'], n: 1, text: 'r.roles' });
      // `=` compares outside SET: the same people
      const eq = await t.store.query("MATCH (p:Person)-[r:ATTENDED]->() WHERE r.roles = ['主持'] RETURN p.name AS name ORDER BY name");
      expect(eq.rows.map((x) => x.name)).toEqual(r.rows.map((x) => x.name));
      const h = await t.store.query('MATCH ()-[h:HOLDS]->() RETURN h.articleIds[1] AS first, h LIMIT 1');
      expect(h.rows[0]!.first).toMatch(/^[\w-]{12}$/);
      expect(((h.rows[0]!.h as GraphRelationship).properties.articleIds as string[])[0]).toBe(h.rows[0]!.first);
    });
  });
});

describe('kuzu store: stores made by earlier versions', () => {
  /** A store laid out as before Sentence nodes: evidence sentences and article ids on each row, articles named by their sha256. */
  const OLD_ID = 'ab'.repeat(32);
  /** `oldest`: also as still earlier versions, lists in STRING[] columns and a key on every relationship. */
  async function inlineEvidenceStore(path: string, oldest = false): Promise<void> {
    const old = new kuzu.Database(path);
    const conn = new kuzu.Connection(old);
    const exec = async (c: string): Promise<void> => {
      const res = await conn.query(c);
      (Array.isArray(res) ? res : [res]).forEach((x) => x.close());
    };
    for (const stmt of kuzuDdl()) {
      if (stmt.includes(' Sentence(')) continue;
      const before = stmt.replace('sentenceId STRING, evidenceStart', 'articleId STRING, evidence STRING, evidenceStart').replace('count INT64, sentenceId STRING', 'count INT64, evidence STRING');
      await exec(!oldest ? before : before.replace('roles STRING,', 'roles STRING[],').replace('articleIds STRING)', 'articleIds STRING[])')
        .replace(/^(CREATE REL TABLE IF NOT EXISTS (?:ATTENDED|REPORTED_IN|MENTIONED_IN|WROTE)\(FROM \w+ TO \w+)/, '$1, key STRING'));
    }
    const list = (items: string[]): string => (oldest ? `[${items.map((x) => `'${x}'`).join(', ')}]` : `'${items.join('|')}'`);
    await exec(`CREATE (:Article {id: '${OLD_ID}', hash: '${OLD_ID}', date: '2024-01-02', headline: '老标题'}), (:Meeting {id: 'm1', name: '老会议', kind: '会议'}), (:Person {id: 'p1', name: '甲某某'}), (:Person {id: 'p2', name: '乙某某'}), (:Organization {id: 'o1', name: '市委'}), (:Journalist {id: 'j1', name: '丙记者'})`);
    await exec(`MATCH (p:Person {id: 'p1'}), (m:Meeting {id: 'm1'}) CREATE (p)-[:ATTENDED {role: '主持', roles: ${list(['主持', '讲话'])}, \`order\`: 0, articleId: '${OLD_ID}', evidence: '甲某某主持会议并讲话，乙某某出席。', evidenceStart: 0, evidenceEnd: 3}]->(m)`);
    await exec(`MATCH (p:Person {id: 'p2'}), (m:Meeting {id: 'm1'}) CREATE (p)-[:ATTENDED {role: '出席', roles: ${list(['出席'])}, \`order\`: 1, articleId: '${OLD_ID}', evidence: '甲某某主持会议并讲话，乙某某出席。', evidenceStart: 11, evidenceEnd: 14}]->(m)`);
    await exec(`MATCH (p:Person {id: 'p1'}), (a:Article {id: '${OLD_ID}'}) CREATE (p)-[:MENTIONED_IN {count: 2, evidence: '市委书记甲某某指出。'}]->(a)`);
    await exec(`MATCH (m:Meeting {id: 'm1'}), (a:Article {id: '${OLD_ID}'}) CREATE (m)-[:REPORTED_IN]->(a)`);
    await exec(`MATCH (j:Journalist {id: 'j1'}), (a:Article {id: '${OLD_ID}'}) CREATE (j)-[:WROTE {role: '记者'}]->(a)`);
    await exec(`MATCH (p:Person {id: 'p1'}), (o:Organization {id: 'o1'}) CREATE (p)-[:HOLDS {key: 'p1>o1>市委书记', title: '市委书记', firstSeen: '2024-01-02', lastSeen: '2024-01-02', articleIds: ${list([OLD_ID])}}]->(o)`);
    await conn.close();
    await old.close();
  }

  for (const oldest of [false, true]) it(`moves evidence sentences kept on relationships into Sentence nodes and gives articles short ids when opened, keeping every row${oldest ? ' (lists in STRING[] columns, keys on every relationship)' : ''}`, async () => {
    const t = tempKuzu();
    try {
      await inlineEvidenceStore(t.path, oldest);
      await t.store.open();
      const columns = async (table: string): Promise<string[]> => (await t.store.query(`CALL table_info('${table}') RETURN name, type`)).rows.map((r) => `${String(r.name)} ${String(r.type)}`);
      for (const table of ['ATTENDED', 'MENTIONED_IN']) {
        expect(await columns(table)).toContain('sentenceId STRING');
        expect((await columns(table)).join()).not.toMatch(/evidence STRING|articleId/);
      }
      // the layout of today: lists joined in one string, no per-row keys but HOLDS' and PART_OF's
      expect(await columns('ATTENDED')).toContain('roles STRING');
      expect(await columns('HOLDS')).toContain('articleIds STRING');
      for (const table of ['ATTENDED', 'REPORTED_IN', 'MENTIONED_IN', 'WROTE']) expect((await columns(table)).join()).not.toMatch(/\bkey\b/);
      const att = await t.store.query('MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) MATCH (s:Sentence {id: r.sentenceId}) RETURN p.name AS p, m.name AS m, r.roles AS roles, r.`order` AS o, r.evidenceStart AS s0, s.text AS text, s.articleId AS a ORDER BY o');
      expect(att.rows).toEqual([
        { p: '甲某某', m: '老会议', roles: ['主持', '讲话'], o: 0, s0: 0, text: '甲某某主持会议并讲话，乙某某出席。', a: articleId(OLD_ID) },
        { p: '乙某某', m: '老会议', roles: ['出席'], o: 1, s0: 11, text: '甲某某主持会议并讲话，乙某某出席。', a: articleId(OLD_ID) },
      ]);
      // the article keeps its properties under its short id, and every link to it
      const art = await t.store.query('MATCH (a:Article) OPTIONAL MATCH (m:Meeting)-[:REPORTED_IN]->(a) OPTIONAL MATCH (j:Journalist)-[w:WROTE]->(a) RETURN a.id AS id, a.hash AS hash, a.headline AS h, m.name AS m, j.name AS j, w.role AS role');
      expect(art.rows).toEqual([{ id: articleId(OLD_ID), hash: OLD_ID, h: '老标题', m: '老会议', j: '丙记者', role: '记者' }]);
      const holds = await t.store.query('MATCH (:Person)-[h:HOLDS]->(:Organization) RETURN h.key AS key, h.title AS title, h.articleIds AS a, h.firstSeen AS f');
      expect(holds.rows).toEqual([{ key: 'p1>o1>市委书记', title: '市委书记', a: [articleId(OLD_ID)], f: '2024-01-02' }]);
      const men = await t.store.query('MATCH (p:Person)-[r:MENTIONED_IN]->(:Article) MATCH (s:Sentence {id: r.sentenceId}) RETURN p.name AS p, r.count AS c, s.text AS text');
      expect(men.rows).toEqual([{ p: '甲某某', c: 2, text: '市委书记甲某某指出。' }]);
      // one node per sentence: the two attendances share theirs
      expect((await counts(t.store)).Sentence).toBe(2);
      await t.store.writeDocuments(storeFixtures());
      expect((await counts(t.store)).Article).toBe(5);
      // a document stored before the conversion is still known by its content hash
      const known = await (t.store as unknown as { knownDocuments(h: string[]): Promise<Set<string>> }).knownDocuments([OLD_ID, 'cd'.repeat(32)]);
      expect([...known]).toEqual([OLD_ID]);
      // converted once: reopening finds the current layout
      await t.store.close();
      await t.store.open();
      expect((await counts(t.store)).Sentence).toBeGreaterThan(2);
    } finally {
      await t.cleanup();
    }
  });

  it('leaves a store it fails to convert as it was', async () => {
    const t = tempKuzu();
    try {
      await inlineEvidenceStore(t.path);
      const fail = failOnce(t.store, /^COPY ATTENDED/);
      await expect(t.store.open()).rejects.toThrow(/converting the store to Sentence nodes and short article ids failed \(nothing was changed\).*injected failure/);
      expect(fail.failed()).toBe(true);
      fail.restore();
      await t.store.close();
      await t.store.open();
      const att = await t.store.query('MATCH (:Person)-[r:ATTENDED]->(:Meeting) MATCH (s:Sentence {id: r.sentenceId}) RETURN count(*) AS n');
      expect(att.rows).toEqual([{ n: 2 }]);
    } finally {
      await t.cleanup();
    }
  });
});

describe('kuzu store: buffer pool', () => {
  it('refuses writes after one ran out of buffer pool (Kuzu 0.11 crashes on them), saying why, and still answers queries', async () => {
    const t = tempKuzu();
    try {
      await t.store.open();
      const docs = storeFixtures();
      await t.store.writeDocuments(docs.slice(0, 2));
      const full = 'Buffer manager exception: Unable to allocate memory! The buffer pool is full and no memory could be freed!';
      failOnce(t.store, /^COMMIT/, full);
      const refused = /needed more memory than the buffer pool.*written before are intact.*refuses writes.*new store.*--buffer-pool/;
      await expect(t.store.writeDocuments(docs.slice(2))).rejects.toThrow(refused);
      expect(existsSync(`${t.path}.write-failed`)).toBe(true);
      // reopened (as by the next run): refused before anything is staged; reads still work
      await t.store.close();
      await t.store.open();
      await expect(t.store.writeDocuments(docs.slice(2))).rejects.toThrow(refused);
      expect((await counts(t.store)).Article).toBe(2);
      // the marker is what blocks: without it, writes go through
      rmSync(`${t.path}.write-failed`);
      await t.store.close();
      await t.store.open();
      await t.store.writeDocuments(docs.slice(2));
      expect((await counts(t.store)).Article).toBe(4);
      // a store deleted to start again at the same path is not held by the mark of the one before
      writeFileSync(`${t.path}.write-failed`, 'refused');
      await t.store.close();
      rmSync(t.path, { recursive: true, force: true });
      await t.store.open();
      await t.store.writeDocuments(docs.slice(0, 1));
      expect((await counts(t.store)).Article).toBe(1);
    } finally {
      await t.cleanup();
    }
  });

  it('takes its size from KG_BUFFER_POOL (resolved once, with the other store settings) and refuses a bad value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
    const path = join(dir, 'kg.kuzu');
    expect(() => resolveStoreConfig({ store: path }, { KG_BUFFER_POOL: 'lots' })).toThrow(/KG_BUFFER_POOL must be a size like 512MB/);
    const config = resolveStoreConfig({ store: path }, { KG_BUFFER_POOL: '256MB' });
    expect(config).toMatchObject({ kind: 'kuzu', bufferPool: 256 * 1024 ** 2 });
    const store = openStore(config);
    try {
      await store.open();
      await store.writeDocuments(storeFixtures());
      expect((await counts(store)).Article).toBe(4);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reading joined lists', () => {
  it('rewrites reads of roles/articleIds, not assignments, literals, comments or other names', () => {
    const props = ['roles', 'articleIds'];
    expect(readJoinedAsLists("MATCH ()-[r:ATTENDED]->() WHERE '主持' IN r.roles RETURN size(r.roles) AS n", props))
      .toBe("MATCH ()-[r:ATTENDED]->() WHERE '主持' IN string_split(r.roles, '|') RETURN size(string_split(r.roles, '|')) AS n");
    expect(readJoinedAsLists("MATCH ()-[h:HOLDS]->() SET h.articleIds = 'a|b' RETURN h.articleIds, 'h.articleIds', x.rolesX // r.roles", props))
      .toBe("MATCH ()-[h:HOLDS]->() SET h.articleIds = 'a|b' RETURN string_split(h.articleIds, '|'), 'h.articleIds', x.rolesX // r.roles");
    expect(readJoinedAsLists('MATCH (p) RETURN p.roles', [])).toBe('MATCH (p) RETURN p.roles');
    expect(readJoinedAsLists("MATCH ()-[r:ATTENDED]->() WHERE r.roles = ['主持'] SET r.roles = '主持|讲话' WITH r where r.roles == r.roles RETURN r", props))
      .toBe("MATCH ()-[r:ATTENDED]->() WHERE string_split(r.roles, '|') = ['主持'] SET r.roles = '主持|讲话' WITH r where string_split(r.roles, '|') == string_split(r.roles, '|') RETURN r");
    expect(readJoinedAsLists('MATCH (set)-[r]->() SET r.x = set.roles', props)).toBe("MATCH (set)-[r]->() SET r.x = string_split(set.roles, '|')");
  });
});
