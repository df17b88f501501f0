import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS, dateExtent, distinctKinds, distinctOrgs, meetingHistogram, selectAttendances,
} from '../../viz/src/core/filters/index.js';
import { buildCoAttendance, edgeKey } from '../../viz/src/core/graph/index.js';
import { smallPayload } from './payload.js';

describe('filters', () => {
  it('a date range keeps the meetings inside it and drops undated ones', () => {
    const p = smallPayload();
    const kept = selectAttendances(p, { ...DEFAULT_FILTERS, from: '2025-02-01', to: '2025-06-30' });
    expect(new Set(kept.map((i) => p.meetings[p.attendances[i]![1]]!.id))).toEqual(new Set(['m2', 'm3']));
    const g = buildCoAttendance(p, { ...DEFAULT_FILTERS, from: '2025-02-01', to: '2025-06-30' });
    expect(g.getEdgeAttribute(edgeKey('a', 'b'), 'weight')).toBe(1);
    expect(g.hasNode('c')).toBe(false);
    expect(g.hasNode('e')).toBe(false);
  });

  it('no range keeps undated meetings', () => {
    const g = buildCoAttendance(smallPayload(), DEFAULT_FILTERS);
    expect(g.hasEdge(edgeKey('a', 'e'))).toBe(true);
  });

  it('meeting kinds and organisations narrow the network', () => {
    const byKind = buildCoAttendance(smallPayload(), { ...DEFAULT_FILTERS, kinds: ['调研'] });
    expect(byKind.nodes().sort()).toEqual(['b', 'd']);
    const byOrg = buildCoAttendance(smallPayload(), { ...DEFAULT_FILTERS, orgs: ['云岭市委'] });
    expect(byOrg.nodes().sort()).toEqual(['a', 'c']);
    expect(byOrg.getEdgeAttribute(edgeKey('a', 'c'), 'weight')).toBe(1);
  });

  it('histogram counts meetings per month and fills gaps', () => {
    const bins = meetingHistogram(smallPayload());
    expect(bins[0]).toEqual({ label: '2025-01', start: '2025-01-01', end: '2025-01-31', meetings: 1 });
    expect(bins.map((b) => b.label)).toHaveLength(9);
    expect(bins.reduce((s, b) => s + b.meetings, 0)).toBe(4);
    expect(bins.find((b) => b.label === '2025-02')!.meetings).toBe(0);
    expect(bins.find((b) => b.label === '2025-02')!.end).toBe('2025-02-28');
    expect(dateExtent(smallPayload())).toEqual({ min: '2025-01-10', max: '2025-09-01' });
  });

  it('bins by day when every dated meeting falls within three months', () => {
    const p = smallPayload();
    p.meetings = p.meetings.map((m, i) => ({ ...m, date: m.date ? `2026-03-${String(10 + i).padStart(2, '0')}` : null }));
    const bins = meetingHistogram(p);
    expect(bins[0]).toEqual({ label: '2026-03-10', start: '2026-03-10', end: '2026-03-10', meetings: 1 });
    expect(bins).toHaveLength(5);
    expect(bins.find((b) => b.label === '2026-03-13')!.meetings).toBe(0);
  });

  it('lists kinds and organisations by frequency', () => {
    expect(distinctKinds(smallPayload())[0]).toEqual({ value: '会议', count: 2 });
    expect(distinctOrgs(smallPayload()).slice(0, 2).map((o) => o.count)).toEqual([2, 2]);
  });
});
