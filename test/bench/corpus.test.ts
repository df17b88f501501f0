// The synthetic corpus generator: deterministic for a seed, gold in the scorer's format, and
// every answer in the gold actually readable in the page it belongs to.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/bench/corpus.js';
import { GoldDocumentSchema, type GoldDocumentFile } from '../../src/bench/gold-schema.js';
import { createRng } from '../../src/bench/prng.js';

const tmp = mkdtempSync(join(tmpdir(), 'kg-bench-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function readDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) out.set(f, readFileSync(join(dir, f), 'utf8'));
  for (const f of readdirSync(join(dir, 'gold')).sort()) out.set(`gold/${f}`, readFileSync(join(dir, 'gold', f), 'utf8'));
  return out;
}

describe('seeded PRNG', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRng('x'), b = createRng('x'), c = createRng('y');
    const sa = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(sa);
    expect(sa.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('kg bench corpus generator', () => {
  const one = join(tmp, 'a1'), two = join(tmp, 'a2'), other = join(tmp, 'b');
  const s1 = writeCorpus({ articles: 120, seed: 'seed-a', out: one });
  writeCorpus({ articles: 120, seed: 'seed-a', out: two });
  writeCorpus({ articles: 120, seed: 'seed-b', out: other });
  const pages = readdirSync(one).filter((f) => f.endsWith('.txt')).sort();

  it('writes exactly the articles asked for, several per page, with a manifest', () => {
    expect(s1.articles).toBe(120);
    expect(s1.pages).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(120 / 6);
    expect(pages.length).toBeLessThan(120 / 2);
    const manifest = JSON.parse(readFileSync(join(one, 'corpus.json'), 'utf8'));
    expect(manifest).toMatchObject({ seed: 'seed-a', articles: 120, pages: pages.length });
  });

  it('is byte-for-byte deterministic for a seed, and another seed gives another corpus', () => {
    const a = readDir(one), b = readDir(two), c = readDir(other);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [k, v] of a) expect(b.get(k), k).toBe(v);
    const firstA = a.get(pages[0]!)!;
    expect([...c.values()].some((v) => v === firstA)).toBe(false);
  });

  it('writes one gold file per page that validates against the GUIDE format', () => {
    for (const p of pages) {
      const goldFile = join(one, 'gold', p.replace(/\.txt$/, '.json'));
      expect(existsSync(goldFile), goldFile).toBe(true);
      const parsed = GoldDocumentSchema.safeParse(JSON.parse(readFileSync(goldFile, 'utf8')));
      expect(parsed.success, `${goldFile}: ${parsed.error?.message}`).toBe(true);
      expect(parsed.data!.document).toBe(p);
    }
  });

  it('only gives answers that can be read in the page text', () => {
    let persons = 0, events = 0;
    for (const p of pages) {
      const text = readFileSync(join(one, p), 'utf8');
      const gold = JSON.parse(readFileSync(join(one, 'gold', p.replace(/\.txt$/, '.json')), 'utf8')) as GoldDocumentFile;
      for (const person of gold.persons) {
        expect(text, `${p}: ${person.name}`).toContain(person.name);
        for (const t of person.titles ?? []) expect(text, `${p}: title ${t}`).toContain(t + (person.titles!.at(-1) === t ? person.name : ''));
        persons++;
      }
      for (const b of gold.bylines) expect(text, `${p}: byline ${b.name}`).toContain(b.name);
      for (const o of gold.organizations) {
        const alts = Array.isArray(o) ? o : o.name;
        expect(alts.some((a) => text.includes(a)), `${p}: organisation ${alts.join('/')}`).toBe(true);
      }
      const names = new Set(gold.persons.map((x) => x.name));
      for (const e of gold.events) {
        expect([e.name, ...(e.aliases ?? [])].some((n) => text.includes(n)) || text.includes(e.name.replace(/^.+?会见/, '会见')), `${p}: event ${e.name}`).toBe(true);
        const [m, d] = e.date!.split('-').map(Number);
        expect(text, `${p}: date of ${e.name}`).toContain(`${m}月${d}日`);
        for (const part of e.participants) expect(names.has(part.name), `${p}: participant ${part.name}`).toBe(true);
        events++;
      }
      // bylines are never persons
      for (const b of gold.bylines) expect(names.has(b.name), `${p}: byline ${b.name} listed as a person`).toBe(false);
    }
    expect(persons).toBeGreaterThan(100);
    expect(events).toBeGreaterThan(60);
  });

  it('pages read like a city paper: masthead, date line, bylines of several kinds', () => {
    const all = pages.map((p) => readFileSync(join(one, p), 'utf8')).join('\n');
    for (const p of pages) expect(readFileSync(join(one, p), 'utf8')).toMatch(/^\p{Script=Han}{2}日报\n\n\d{4}年\d{1,2}月\d{1,2}日 第\d版\n/u);
    expect(all).toMatch(/本报讯（记者 \p{Script=Han}{2,4}）/u);
    expect(all).toMatch(/本报讯（记者 \p{Script=Han}{2,4} 通讯员 \p{Script=Han}{2,4}）/u);
    expect(all).toMatch(/□ 本报记者 \p{Script=Han}{2,4}/u);
    expect(all).toMatch(/市领导\p{Script=Han}{2,4}、/u);
    expect(all).toMatch(/省委常委、市委书记\p{Script=Han}{2,4}/u);
  });

  it('shares people across meetings so the co-attendance network is connected within a city', () => {
    // union-find over people co-attending any event
    const parent = new Map<string, string>();
    const find = (x: string): string => { let r = x; while (parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
    const meetingsPerPerson = new Map<string, number>();
    for (const f of readdirSync(join(one, 'gold'))) {
      const gold = JSON.parse(readFileSync(join(one, 'gold', f), 'utf8')) as GoldDocumentFile;
      for (const e of gold.events) {
        const ps = e.participants.map((p) => p.name);
        for (const p of ps) { if (!parent.has(p)) parent.set(p, p); meetingsPerPerson.set(p, (meetingsPerPerson.get(p) ?? 0) + 1); }
        for (const p of ps.slice(1)) parent.set(find(p), find(ps[0]!));
      }
    }
    const components = new Set([...parent.keys()].map(find));
    expect(parent.size).toBeGreaterThan(30);
    expect(components.size).toBe(1);
    expect([...meetingsPerPerson.values()].filter((n) => n >= 3).length).toBeGreaterThan(10);
  });

  const scorer = join(__dirname, '..', '..', '..', 'shared', 'eval', 'score.mjs');
  describe.skipIf(!existsSync(scorer))('with the shared scorer (../shared is absent in a user clone)', () => {
    it('scores a prediction made from the gold answers as perfect', () => {
      const pred = join(tmp, 'pred');
      mkdirSync(pred, { recursive: true });
      for (const f of readdirSync(join(one, 'gold'))) {
        const g = JSON.parse(readFileSync(join(one, 'gold', f), 'utf8')) as GoldDocumentFile;
        writeFileSync(join(pred, f), JSON.stringify({
          document: g.document,
          persons: g.persons.map((p) => ({ name: p.name, titles: p.titles ?? [], orgs: (p.orgs ?? []).map((o) => o[0]) })),
          bylines: g.bylines,
          organizations: g.organizations.filter(Array.isArray).map((o) => o[0]),
          events: g.events.map((e) => ({ name: e.name, date: e.date, participants: e.participants.map((p) => ({ name: p.name, role: p.role[0] })) })),
        }));
      }
      const out = join(tmp, 'scores.json');
      const run = spawnSync(process.execPath, [scorer, join(one, 'gold'), pred, '--json', out], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const scores = JSON.parse(readFileSync(out, 'utf8'));
      for (const k of ['persons', 'titles', 'affiliations', 'bylines', 'organizations', 'events', 'participation', 'coattendance']) expect(scores[k].f1, k).toBe(1);
    });
  });
});
