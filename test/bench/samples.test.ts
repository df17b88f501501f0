// samples/: the hand-written fictional pages and their hand-made gold answers. The gold must be
// in the scorer's format, every answer must be readable in its page, the formats promised in
// samples/README.md must really be there, and the people must form one connected network.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { GoldDocumentSchema, type GoldDocumentFile } from '../../src/bench/gold-schema.js';

const dir = join(__dirname, '..', '..', 'samples');
const goldDir = join(dir, 'gold');

function documentText(document: string): string {
  const [file, line] = document.split(':') as [string, string | undefined];
  const bytes = readFileSync(join(dir, file));
  const text = file.includes('gbk') ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8');
  if (!line) return text;
  return (JSON.parse(text.trim().split('\n')[Number(line) - 1] ?? 'null') as { text: string }).text;
}

const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => ({ f, g: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldDocumentFile }));

describe('samples/', () => {
  it('has a gold file in the GUIDE format for every sample document', () => {
    const files = readdirSync(dir).filter((f) => /\.(txt|md|html|jsonl)$/.test(f) && f !== 'README.md');
    expect(files.length).toBeGreaterThanOrEqual(9);
    const documents = new Set(golds.map(({ g }) => g.document.split(':')[0]));
    for (const f of files) expect(documents.has(f), `${f} has no gold`).toBe(true);
    for (const { f, g } of golds) {
      const r = GoldDocumentSchema.safeParse(g);
      expect(r.success, `${f}: ${r.error?.message}`).toBe(true);
      const expected = g.document.includes(':') ? g.document.replace(/\.jsonl:(\d+)$/, '-L$1.json') : g.document.replace(/\.[a-z]+$/, '.json');
      expect(f).toBe(expected);
    }
  });

  it('gold answers are all readable in their documents', () => {
    for (const { f, g } of golds) {
      const text = documentText(g.document);
      const persons = new Set(g.persons.map((p) => p.name));
      for (const p of g.persons) {
        expect(text, `${f}: ${p.name}`).toContain(p.name);
        for (const t of p.titles ?? []) expect(text, `${f}: ${p.name}'s title ${t}`).toContain(t);
      }
      for (const b of g.bylines) {
        expect(text, `${f}: byline ${b.name}`).toContain(b.name);
        expect(persons.has(b.name), `${f}: byline ${b.name} is not a person`).toBe(false);
      }
      for (const o of g.organizations) {
        const alts = Array.isArray(o) ? o : o.name;
        expect(alts.some((a) => text.includes(a)), `${f}: organisation ${alts.join('/')}`).toBe(true);
      }
      for (const e of g.events) {
        expect([e.name, ...(e.aliases ?? [])].some((n) => text.includes(n)), `${f}: event ${e.name}`).toBe(true);
        if (e.date) expect(text, `${f}: date of ${e.name}`).toContain(`${Number(e.date.slice(0, 2))}月${Number(e.date.slice(3))}日`);
        for (const p of e.participants) expect(persons.has(p.name), `${f}: participant ${p.name} of ${e.name}`).toBe(true);
      }
    }
  });

  it('holds the promised formats: GBK bytes, an HTML page with title and date, a JSONL feed', () => {
    const gbk = readFileSync(join(dir, '2026-03-15-yunling-daily-p1-gbk.txt'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(iconv.decode(gbk, 'gbk')).toContain('政协云岭市第十五届委员会');
    const html = readFileSync(join(dir, '2026-03-13-yunling-daily-p3.html'), 'utf8');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta [^>]*content="2026-03-13/);
    const lines = readFileSync(join(dir, '2026-03-19-yunling-feed.jsonl'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(Object.keys(JSON.parse(l)).sort()).toEqual(['date', 'source', 'text', 'title', 'url']);
  });

  it('forms one connected co-attendance network with people in several meetings', () => {
    const parent = new Map<string, string>();
    const find = (x: string): string => { let r = x; while (parent.get(r) !== r) r = parent.get(r)!; return r; };
    const meetings = new Map<string, Set<string>>();
    let events = 0;
    for (const { g } of golds) {
      for (const e of g.events) {
        if (e.optional) continue;
        events++;
        const ps = e.participants.filter((p) => !p.optional).map((p) => p.name);
        for (const p of ps) {
          if (!parent.has(p)) parent.set(p, p);
          meetings.set(p, (meetings.get(p) ?? new Set()).add(`${g.document}#${e.name}`));
        }
        for (const p of ps.slice(1)) parent.set(find(p), find(ps[0]!));
      }
    }
    expect(events).toBeGreaterThanOrEqual(15);
    expect(parent.size).toBeGreaterThanOrEqual(25);
    expect(new Set([...parent.keys()].map(find)).size).toBe(1);
    expect([...meetings.values()].filter((m) => m.size >= 3).length).toBeGreaterThanOrEqual(8);
  });
});
