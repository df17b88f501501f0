// The large-graph layout path: community seed (discs, isolated people on a ring outside),
// budgets by size, and the buffer order the renderer's level of detail relies on.
import { describe, expect, it } from 'vitest';
import { assignCommunities, buildCoAttendance, syntheticPayload } from '../../viz/src/core/graph/index.js';
import type { VizGraph } from '../../viz/src/core/graph/types.js';
import { DEFAULT_FILTERS } from '../../viz/src/core/filters/index.js';
import { describeLayout, readPositions, seedByCommunity } from '../../viz/src/core/layout/index.js';

function graph(people: number, maxEdges?: number): VizGraph {
  const g = buildCoAttendance(syntheticPayload({ people, meetings: people / 2, seed: 5 }), DEFAULT_FILTERS, maxEdges === undefined ? {} : { maxEdges });
  assignCommunities(g);
  return g;
}

const centroid = (g: VizGraph, nodes: string[]): [number, number] => {
  let x = 0, y = 0;
  for (const n of nodes) { x += g.getNodeAttribute(n, 'x'); y += g.getNodeAttribute(n, 'y'); }
  return [x / nodes.length, y / nodes.length];
};

describe('community seed', () => {
  it('puts each community in a disc of its own and isolated people on a ring outside', () => {
    const g = graph(1200, 800);
    seedByCommunity(g, { arrange: true });
    const byCommunity = new Map<number, string[]>();
    const isolated: string[] = [];
    g.forEachNode((n, a) => {
      if (g.degree(n) === 0) isolated.push(n);
      else byCommunity.set(a.community, [...(byCommunity.get(a.community) ?? []), n]);
    });
    expect(isolated.length).toBeGreaterThan(0);
    // members are closer to their own community's centre than to the nearest other one
    const centres = [...byCommunity].map(([c, nodes]) => [c, centroid(g, nodes)] as const);
    let own = 0, total = 0;
    for (const [c, nodes] of byCommunity) {
      const [cx, cy] = centres.find(([k]) => k === c)![1];
      for (const n of nodes) {
        const x = g.getNodeAttribute(n, 'x'), y = g.getNodeAttribute(n, 'y');
        const mine = Math.hypot(x - cx, y - cy);
        const other = Math.min(...centres.filter(([k]) => k !== c).map(([, [ox, oy]]) => Math.hypot(x - ox, y - oy)));
        total++;
        if (mine < other) own++;
      }
    }
    expect(own / total).toBeGreaterThan(0.95);
    const radius = (n: string): number => Math.hypot(g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y'));
    const inner = Math.max(...[...byCommunity.values()].flat().map(radius));
    expect(Math.min(...isolated.map(radius))).toBeGreaterThan(inner);
  });

  it('is deterministic, with distinct finite positions', () => {
    const a = graph(600);
    const b = graph(600);
    seedByCommunity(a, { arrange: true });
    seedByCommunity(b, { arrange: true });
    expect(readPositions(a)).toEqual(readPositions(b));
    const seen = new Set(Object.values(readPositions(a)).map(([x, y]) => `${x},${y}`));
    expect(seen.size).toBe(a.order);
  });
});

describe('layout budgets and buffer order', () => {
  it('skips noverlap and animation on large graphs, runs fewer iterations, faster Barnes-Hut', () => {
    const big = describeLayout(graph(12_000, 15_000));
    expect(big.noverlap).toBeNull();
    expect(big.animate).toBe(false);
    expect(big.iterations).toBeLessThanOrEqual(30);
    expect(big.settings.barnesHutTheta).toBeGreaterThan(1);
    const small = describeLayout(graph(200));
    expect(small.noverlap).not.toBeNull();
    expect(small.animate).toBe(true);
  });

  it('holds people by decreasing meetings and ties by decreasing weight (the renderer draws prefixes)', () => {
    const g = graph(2000);
    const meetings = g.mapNodes((_, a) => a.meetings);
    expect(meetings).toEqual([...meetings].sort((x, y) => y - x));
    const weights = g.mapEdges((_, a) => a.weight);
    expect(weights).toEqual([...weights].sort((x, y) => y - x));
    expect(weights[0]).toBeGreaterThan(weights[weights.length - 1]!);
  });
});
