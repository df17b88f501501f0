import { describe, expect, it } from 'vitest';
import {
  applyEncoding, assignCommunities, buildBipartite, buildCoAttendance, buildEgo, edgeKey, graphHash, syntheticPayload,
} from '../../viz/src/core/graph/index.js';
import { DEFAULT_FILTERS } from '../../viz/src/core/filters/index.js';
import { projectAndLayout } from '../../viz/src/core/headless.js';
import { applyPositions, readPositions } from '../../viz/src/core/layout/index.js';
import { smallPayload } from './payload.js';

const palette = { categories: ['#111111', '#222222', '#333333'], other: '#999999', meeting: '#000000', edge: '#cccccc' };

describe('co-attendance projection', () => {
  it('links each pair who attended a meeting together, weight = shared meetings', () => {
    const g = buildCoAttendance(smallPayload(), DEFAULT_FILTERS);
    expect(g.getEdgeAttribute(edgeKey('a', 'b'), 'weight')).toBe(2);
    expect(g.getEdgeAttribute(edgeKey('a', 'c'), 'weight')).toBe(1);
    expect(g.getEdgeAttribute(edgeKey('b', 'd'), 'weight')).toBe(1);
    expect(g.getEdgeAttribute(edgeKey('a', 'e'), 'weight')).toBe(1);
    expect(g.hasEdge('c', 'd')).toBe(false);
    expect(g.size).toBe(5);
  });

  it('has a node per person who attended something, with meeting counts and weighted degree', () => {
    const g = buildCoAttendance(smallPayload(), DEFAULT_FILTERS);
    expect(g.nodes().sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
    expect(g.getNodeAttribute('a', 'meetings')).toBe(3);
    expect(g.getNodeAttribute('a', 'wdegree')).toBe(2 + 1 + 1);
    expect(g.getNodeAttribute('g', 'wdegree')).toBe(0);
    expect(g.getNodeAttribute('a', 'label')).toBe('周海峰');
  });

  it('counts a person listed twice for one meeting once', () => {
    const p = smallPayload();
    p.attendances.push([1, 0, 1, 5]);
    const g = buildCoAttendance(p, DEFAULT_FILTERS);
    expect(g.getEdgeAttribute(edgeKey('a', 'b'), 'weight')).toBe(2);
    expect(g.getNodeAttribute('b', 'meetings')).toBe(3);
  });

  it('drops edges under the minimum of shared meetings and, when asked, the isolated people', () => {
    const g = buildCoAttendance(smallPayload(), { ...DEFAULT_FILTERS, minShared: 2 });
    expect(g.edges().map((e) => g.extremities(e).sort().join('-'))).toEqual(['a-b']);
    expect(g.order).toBe(6);
    const h = buildCoAttendance(smallPayload(), { ...DEFAULT_FILTERS, minShared: 2, hideIsolated: true });
    expect(h.nodes().sort()).toEqual(['a', 'b']);
  });

  it('raises the minimum until at most maxEdges edges remain, and says which minimum it used', () => {
    const g = buildCoAttendance(smallPayload(), DEFAULT_FILTERS, { maxEdges: 3 });
    expect(g.size).toBe(1);
    expect(g.getAttribute('minShared')).toBe(2);
    const all = buildCoAttendance(smallPayload(), DEFAULT_FILTERS, { maxEdges: 5 });
    expect(all.size).toBe(5);
    expect(all.getAttribute('minShared')).toBe(1);
    const big = buildCoAttendance(syntheticPayload({ people: 2000, meetings: 3000, seed: 5 }), DEFAULT_FILTERS, { maxEdges: 1000 });
    expect(big.size).toBeLessThanOrEqual(1000);
    const under = buildCoAttendance(syntheticPayload({ people: 2000, meetings: 3000, seed: 5 }), { ...DEFAULT_FILTERS, minShared: big.getAttribute('minShared')! - 1 });
    expect(under.size).toBeGreaterThan(1000);
  });
});

describe('bipartite and ego views', () => {
  it('bipartite: people and meetings, one edge per attendance with its role', () => {
    const g = buildBipartite(smallPayload(), DEFAULT_FILTERS);
    expect(g.filterNodes((_, a) => a.kind === 'meeting').length).toBe(5);
    expect(g.filterNodes((_, a) => a.kind === 'person').length).toBe(6);
    expect(g.size).toBe(10);
    expect(g.getEdgeAttribute(g.edge('a', 'm:m1')!, 'role')).toBe('主持');
    expect(g.getNodeAttribute('m:m1', 'meetings')).toBe(3);
  });

  it('ego: the person and co-attendees within N hops', () => {
    const one = buildEgo(smallPayload(), DEFAULT_FILTERS, 'd', 1);
    expect(one.nodes().sort()).toEqual(['b', 'd']);
    const two = buildEgo(smallPayload(), DEFAULT_FILTERS, 'd', 2);
    expect(two.nodes().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(two.hasEdge(edgeKey('a', 'c'))).toBe(true);
    expect(buildEgo(smallPayload(), DEFAULT_FILTERS, 'f', 2).order).toBe(0);
  });
});

describe('encoding, communities, layout', () => {
  it('sizes by meetings or weighted degree and thickens heavier edges', () => {
    const g = buildCoAttendance(smallPayload(), DEFAULT_FILTERS);
    applyEncoding(g, { sizeBy: 'meetings', colorBy: 'org', minSize: 2, maxSize: 10 }, palette);
    expect(g.getNodeAttribute('a', 'size')).toBe(10);
    expect(g.getNodeAttribute('c', 'size')).toBeLessThan(g.getNodeAttribute('b', 'size'));
    expect(g.getEdgeAttribute(edgeKey('a', 'b'), 'size')).toBeGreaterThan(g.getEdgeAttribute(edgeKey('a', 'c'), 'size'));
    applyEncoding(g, { sizeBy: 'wdegree', colorBy: 'org', minSize: 2, maxSize: 10 }, palette);
    expect(g.getNodeAttribute('g', 'size')).toBe(2);
  });

  it('colours by organisation with a legend, largest group first, overflow as 其他', () => {
    const g = buildCoAttendance(smallPayload(), DEFAULT_FILTERS);
    const legend = applyEncoding(g, { sizeBy: 'meetings', colorBy: 'org', minSize: 2, maxSize: 10 }, palette);
    expect(legend[0]!.count).toBe(2);
    expect(legend.map((l) => l.label)).toContain('其他');
    expect(g.getNodeAttribute('a', 'color')).toBe(g.getNodeAttribute('c', 'color'));
    expect(g.getNodeAttribute('a', 'color')).not.toBe(g.getNodeAttribute('d', 'color'));
  });

  it('finds Louvain communities of two separate cliques', () => {
    const p = syntheticPayload({ people: 0, meetings: 0 });
    p.people = ['a', 'b', 'c', 'x', 'y', 'z'].map((id) => ({ id, name: id, org: null, orgs: [], title: null }));
    p.meetings = [0, 1, 2, 3].map((i) => ({ id: `m${i}`, name: `m${i}`, kind: '会议', date: null, place: null }));
    p.attendances = [[0, 0, 0, 0], [1, 0, 0, 1], [2, 0, 0, 2], [0, 1, 0, 0], [1, 1, 0, 1], [2, 1, 0, 2],
      [3, 2, 0, 0], [4, 2, 0, 1], [5, 2, 0, 2], [2, 3, 0, 0], [3, 3, 0, 1]];
    const g = buildCoAttendance(p, DEFAULT_FILTERS);
    expect(assignCommunities(g)).toBe(2);
    expect(g.getNodeAttribute('a', 'community')).toBe(g.getNodeAttribute('b', 'community'));
    expect(g.getNodeAttribute('a', 'community')).not.toBe(g.getNodeAttribute('y', 'community'));
  });

  it('lays a graph out headlessly (finite, distinct positions) and caches positions by hash', () => {
    const { graph, timings } = projectAndLayout(syntheticPayload({ people: 300, meetings: 200, seed: 3 }), { iterations: 50 });
    expect(timings.nodes).toBe(graph.order);
    expect(timings.edges).toBeGreaterThan(0);
    const xs = new Set<number>();
    graph.forEachNode((_, a) => { expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true); xs.add(a.x); });
    expect(xs.size).toBeGreaterThan(graph.order * 0.9);
    const again = buildCoAttendance(syntheticPayload({ people: 300, meetings: 200, seed: 3 }), DEFAULT_FILTERS);
    expect(graphHash(again)).toBe(graphHash(graph));
    expect(applyPositions(again, readPositions(graph))).toBe(true);
    const n = graph.nodes()[0]!;
    expect(again.getNodeAttribute(n, 'x')).toBeCloseTo(graph.getNodeAttribute(n, 'x'), 1);
    const other = buildCoAttendance(syntheticPayload({ people: 300, meetings: 200, seed: 4 }), DEFAULT_FILTERS);
    expect(graphHash(other)).not.toBe(graphHash(graph));
  });
});
