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
