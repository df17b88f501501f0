// The API's answers computed from a snapshot (the store-independent half of the server).
import { describe, expect, it } from 'vitest';
import { EdgeDetail, GraphPayload, MeetingDetail, PersonDetail } from '../../schema/viewer-api.js';
import type { Snapshot } from '../../src/serve/snapshot.js';
import { sentenceOf } from '../../src/serve/snapshot.js';
import { buildViews, edgeDetail, meetingDetail, personDetail } from '../../src/serve/views.js';

function snapshot(): Snapshot {
  const people = [['p1', '周海峰'], ['p2', '秦雪梅'], ['p3', '卢东亮']] as const;
  const meetings = [['m1', '常委会', '2026-01-12'], ['m2', '经济工作会议', '2026-02-03'], ['m3', '座谈会', null]] as const;
  const att = (person: string, meeting: string, role: string, order: number) => ({
    person, meeting, role, roles: [role], order, articleId: `a-${meeting}`, sentence: `${person}${role}${meeting}。`,
  });
  return {
    people: new Map(people.map(([id, name]) => [id, { id, name, idBasis: '同名同城' }])),
    meetings: new Map(meetings.map(([id, name, date]) => [id, { id, name, kind: '会议', date, place: null }])),
    articles: new Map(meetings.map(([id, name, date]) => [`a-${id}`, { id: `a-${id}`, headline: `${name}召开`, date, file: `${id}.txt`, newspaper: '云岭日报' }])),
    orgs: new Map([['o1', { id: 'o1', name: '云岭市委' }], ['o2', { id: 'o2', name: '云岭市人民政府' }]]),
    attendances: [att('p1', 'm1', '主持', 0), att('p2', 'm1', '出席', 1), att('p3', 'm1', '出席', 2), att('p2', 'm2', '讲话', 1), att('p1', 'm2', '主持', 0), att('p3', 'm3', '主持', 0)],
    holds: [
      { person: 'p1', org: 'o1', title: '市委书记', firstSeen: '2026-02-03', lastSeen: '2026-02-03', articleIds: ['a-m2'] },
      { person: 'p1', org: 'o1', title: '市委书记', firstSeen: '2026-01-12', lastSeen: '2026-01-12', articleIds: ['a-m1'] },
      { person: 'p3', org: 'o2', title: '副市长', firstSeen: null, lastSeen: null, articleIds: [] },
    ],
    mentions: [{ person: 'p1', article: 'a-m1', sentences: ['周海峰在会上强调。'] }],
    reportedIn: new Map([['m1', ['a-m1']]]),
    loadedAt: '2026-01-01T00:00:00Z',
  };
}

describe('views over a snapshot', () => {
  const v = buildViews(snapshot());

  it('builds a valid compact graph payload with each person\'s main organisation', () => {
    const g = GraphPayload.parse(v.payload);
    expect(g.attendances).toHaveLength(6);
    expect(g.people.find((p) => p.id === 'p1')).toMatchObject({ org: '云岭市委', title: '市委书记', orgs: ['云岭市委'] });
    expect(g.people.find((p) => p.id === 'p2')!.org).toBeNull();
  });

  it('merges title rows into one with the first and last sighting', () => {
    const d = PersonDetail.parse(personDetail(v, 'p1'));
    expect(d.titles).toEqual([{ title: '市委书记', org: '云岭市委', orgId: 'o1', firstSeen: '2026-01-12', lastSeen: '2026-02-03' }]);
    expect(d.meetings.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(d.coAttendees).toEqual([{ id: 'p2', name: '秦雪梅', shared: 2 }, { id: 'p3', name: '卢东亮', shared: 1 }]);
    expect(d.evidence.map((e) => e.sentence)).toContain('周海峰在会上强调。');
    expect(d.meetings[0]!.evidence?.source).toMatchObject({ headline: '常委会召开', file: 'm1.txt', newspaper: '云岭日报' });
    expect(personDetail(v, 'nobody')).toBeNull();
  });

  it('lists a meeting\'s attendees in protocol order and an edge\'s shared meetings', () => {
    const m = MeetingDetail.parse(meetingDetail(v, 'm2'));
    expect(m.attendees.map((a) => a.id)).toEqual(['p1', 'p2']);
    const e = EdgeDetail.parse(edgeDetail(v, 'p2', 'p1'));
    expect(e.meetings.map((x) => [x.id, x.roleA, x.roleB])).toEqual([['m1', '出席', '主持'], ['m2', '讲话', '主持']]);
    expect(edgeDetail(v, 'p1', 'p1')).toBeNull();
  });

  it('searches people, meetings and organisations', () => {
    expect(v.search.search('zhf')[0]).toMatchObject({ id: 'p1', type: 'person' });
    expect(v.search.search('人民政府')[0]).toMatchObject({ id: 'o2', type: 'organization' });
  });

  it('reads the evidence sentence whether stored as text, a map or JSON', () => {
    expect(sentenceOf({ evidence: '甲出席。' })).toBe('甲出席。');
    expect(sentenceOf({ evidence: { sentence: '乙主持。', start: 1 } })).toBe('乙主持。');
    expect(sentenceOf({ evidence: JSON.stringify({ sentence: '丙讲话。', start: 3 }) })).toBe('丙讲话。');
    expect(sentenceOf({ sentence: '丁致辞。' })).toBe('丁致辞。');
    expect(sentenceOf({})).toBeNull();
  });
});
