import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/build.js';
import { GraphBatch } from '../../schema/graph.js';

const doc = (text: string, locale: string, date: string) => extract({ text, locale: `北川省${locale}`, date, source: `${locale.slice(0, 2)}日报` });

describe('graph rows from extraction results', () => {
  const a = doc('本报讯 3月2日，全市安全生产工作会议召开。省委常委、市委书记冯立新主持会议并讲话。副市长陶然出席。', '北岭市', '2026-03-03');
  const b = doc('本报讯 4月5日，全省文旅大会召开。省委常委、市委书记冯立新出席。副市长陶然、秦川参加。', '南溪市', '2026-04-06');

  it('produces rows valid against the graph schema, one per id or key', () => {
    const g = GraphBatch.parse(buildGraph([a, a]));
    expect(g.Article.length).toBe(1);
    expect(g.Meeting.map((m) => [m.name, m.date])).toEqual([['全市安全生产工作会议', '2026-03-02']]);
    expect(g.ATTENDED.map((r) => [r.role, r.roles, r.order])).toEqual([['主持', ['主持', '讲话'], 0], ['出席', ['出席'], 1]]);
  });

  it('stores each evidence sentence once, as a Sentence node the attendances and mentions name by a short id', () => {
    const g = buildGraph([b]);
    const text = new Map(g.Sentence.map((s) => [s.id, s.text]));
    const article = g.Article[0]!;
    // 陶然 and 秦川 are listed in one sentence: one Sentence for both attendances
    const listed = g.ATTENDED.filter((r) => r.role === '参加');
    expect(listed.length).toBe(2);
    expect(new Set(listed.map((r) => r.sentenceId)).size).toBe(1);
    expect(text.get(listed[0]!.sentenceId)).toBe('副市长陶然、秦川参加。');
    for (const r of [...g.ATTENDED, ...g.MENTIONED_IN]) expect(text.has(r.sentenceId)).toBe(true);
    expect(g.Sentence.every((s) => s.articleId === article.id && b.document.text.includes(s.text))).toBe(true);
    // ids short enough for Kuzu to keep inline on relationship rows
    for (const id of [article.id, ...text.keys()]) expect(id).toMatch(/^[\w-]{12}$/);
    expect(article.hash).toBe(b.document.hash);
  });

  it('joins a provincial official across two cities’ papers, keeps same-named locals apart, and says why', () => {
    const g = buildGraph([a, b]);
    const feng = g.Person.filter((p) => p.name === '冯立新');
    const tao = g.Person.filter((p) => p.name === '陶然');
    expect(feng.length).toBe(1);
    expect(feng[0]!.idBasis).toContain('provincial post');
    expect(tao.length).toBe(2);
    expect(tao.map((p) => p.jurisdiction).sort()).toEqual(['北岭市', '南溪市']);
  });

  it('keeps a title history: first and last seen across documents', () => {
    const later = doc('本报讯 5月1日，全市安全生产工作会议召开。省委常委、市委书记冯立新出席。', '北岭市', '2026-05-02');
    const g = buildGraph([a, later]);
    const h = g.HOLDS.find((r) => r.title === '市委书记')!;
    expect([h.firstSeen, h.lastSeen, h.articleIds.length]).toEqual(['2026-03-03', '2026-05-02', 2]);
  });

  it('links a department to the organisation it belongs to', () => {
    const g = buildGraph([doc('市委常委、组织部部长钱蓓出席。', '北岭市', '2026-03-03')]);
    const names = new Map(g.Organization.map((o) => [o.id, o.fullName]));
    expect(g.PART_OF.map((r) => [names.get(r.from), names.get(r.to)])).toEqual([['北岭市委组织部', '北岭市委']]);
  });
});

describe('who is who across cities', () => {
  it('joins a city official reported by another city’s paper, by the organisation of the title', async () => {
    const { buildResult } = await import('../store/fixtures.js');
    const home = buildResult({
      city: '云岭市', date: '2024-03-05', file: null, headline: '云岭市召开会议',
      events: [{ name: '全市工作会议', kind: '会议', date: '2024-03-05', place: null, attendees: [{ name: '冯建国', title: '市长', org: '云岭市人民政府', role: '讲话' }, { name: '陶然', title: '副市长', org: '云岭市人民政府', role: '出席' }] }],
    });
    const away = buildResult({
      city: '青川市', date: '2024-04-01', file: null, headline: '两市合作座谈会',
      events: [{ name: '两市合作座谈会', kind: '座谈会', date: '2024-04-01', place: null, attendees: [{ name: '冯建国', title: '市长', org: '云岭市人民政府', role: '出席' }, { name: '陶然', title: '副市长', org: '青川市人民政府', role: '出席' }] }],
    });
    const g = buildGraph([home, away]);
    const feng = g.Person.filter((p) => p.name === '冯建国');
    expect(feng.map((p) => p.jurisdiction)).toEqual(['云岭市']);
    expect(feng[0]!.idBasis).toContain('云岭市人民政府');
    // same name, posts in two different cities: two people
    expect(g.Person.filter((p) => p.name === '陶然').map((p) => p.jurisdiction).sort()).toEqual(['云岭市', '青川市']);
    const att = g.ATTENDED.filter((a) => a.from === feng[0]!.id);
    expect(att.length).toBe(2);
  });
});
