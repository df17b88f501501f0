// `kg query` in-process against a real Kuzu store in a temp dir: ad-hoc Cypher with parameters,
// saved queries, --list, the three formats, and read-only unless --write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { listSavedQueries } from '../../src/query/saved.js';
import { NASTY_NAME, storeFixtures } from './fixtures.js';

let dir: string;
let path: string;

async function kg(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out += String(s); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => { err += String(s); return true; });
  try {
    const code = await main(['node', 'kg', '--store', path, ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

beforeAll(async () => {
  vi.stubEnv('NEO4J_URI', ''); // this suite is about the embedded store
  dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
  path = join(dir, 'kg.kuzu');
  const store = openStore({ kind: 'kuzu', path });
  await store.open();
  await store.writeDocuments(storeFixtures());
  await store.close();
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('kg query', () => {
  it('runs Cypher with a parameter and prints JSON rows', async () => {
    const r = await kg('query', 'MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name, p.jurisdiction AS j', '--param', `name=${NASTY_NAME}`, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([{ name: NASTY_NAME, j: '云岭市' }]);
  });

  it('prints CSV with quoted fields and an aligned table', async () => {
    const csv = await kg('query', 'MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name', '--param', `name=${NASTY_NAME}`, '--format', 'csv');
    expect(csv.out).toBe(`name\n"O'Brien""}{"\n`);
    const table = await kg('query', 'MATCH (m:Meeting) RETURN m.name AS meeting, m.date AS date ORDER BY date LIMIT $n', '--param', 'n=2');
    expect(table.code).toBe(0);
    const lines = table.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^meeting\s+│ date$/);
    expect(lines[2]).toContain('市委常委会会议');
    expect(lines.at(-1)).toBe('(2 rows)');
  });

  it('runs a saved query with typed parameters and lists every saved query', async () => {
    const r = await kg('query', '--saved', 'attendees-of-meeting', '--param', 'meeting=全市文旅发展大会', '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { name: string }[]).map((x) => x.name)).toEqual(['周海峰', '韩明远', NASTY_NAME]);
    const list = await kg('query', '--list');
    for (const q of listSavedQueries()) expect(list.out).toContain(q.name);
    expect(list.out).toContain('--param meeting=<string>');
  });

  it('is read-only unless --write', async () => {
    const refused = await kg('query', "CREATE (:Person {id: 'x', name: 'x', jurisdiction: 'x', idBasis: 'x'})");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/read-only: CREATE .*--write/);
    // a writing word inside a quoted value is not a clause
    const quoted = await kg('query', "MATCH (p:Person) WHERE p.name = 'SET DELETE' RETURN count(p) AS c", '--format', 'json');
    expect(JSON.parse(quoted.out)).toEqual([{ c: 0 }]);
    const wrote = await kg('query', 'CREATE (:Person {id: $id, name: $name, jurisdiction: $j, idBasis: $b})', '--param', 'id=cli-1', '--param', 'name=测试员', '--param', 'j=云岭市', '--param', 'b=manual', '--write');
    expect(wrote.code).toBe(0);
    const check = await kg('query', 'MATCH (p:Person {id: $id}) RETURN p.name AS name', '--param', 'id=cli-1', '--format', 'json');
    expect(JSON.parse(check.out)).toEqual([{ name: '测试员' }]);
  });

  it('rejects bad usage with one line naming the option', async () => {
    expect((await kg('query', '--saved', 'no-such-query')).err).toMatch(/--saved: no saved query named "no-such-query"/);
    const badType = await kg('query', '--saved', 'co-attendance-pairs', '--param', 'limit=many');
    expect(badType.code).toBe(2);
    expect(badType.err).toMatch(/--param limit: expected an integer/);
    const unknown = await kg('query', '--saved', 'co-attendance-pairs', '--param', 'person=x');
    expect(unknown.err).toMatch(/has no such parameter \(it takes: minShared, limit\)/);
    expect((await kg('query', 'MATCH (n) RETURN n', '--format', 'xml')).err).toMatch(/--format/);
    expect((await kg('query', 'MATCH (n) RETURN n', '--param', 'novalue')).err).toMatch(/--param/);
    expect((await kg('query')).code).toBe(2);
  });
});
