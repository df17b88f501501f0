// Layout descriptors, seeds and the headless layout (ForceAtlas2 then noverlap), DOM-free: the
// browser runs the same settings in web workers; the benchmark runs them here in Node.
import fa2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';
import { cjsDefault } from '../interop.js';
import type { VizGraph } from '../graph/types.js';
import type { LayoutDescriptor, Positions } from './types.js';

export type { LayoutDescriptor, Positions } from './types.js';

const forceAtlas2 = cjsDefault(fa2Module);
const noverlap = cjsDefault(noverlapModule);

/**
 * Settings and budgets scaled to the graph: Barnes-Hut above a few hundred nodes, shorter runs
 * when large (the community seed leaves little to do), noverlap only where it is cheap.
 */
/**
 * Below this many nodes the layout animates on screen and noverlap runs after it; above, one
 * worker lays the graph out at once and noverlap is skipped (~4 s on 20,000 nodes for a barely
 * visible change when zoomed out).
 */
const ANIMATED_BELOW = 5000;

export function describeLayout(graph: VizGraph): LayoutDescriptor {
  const order = graph.order;
  const small = order < ANIMATED_BELOW;
  const inferred = forceAtlas2.inferSettings(Math.max(order, 1));
  return {
    settings: {
      ...inferred,
      barnesHutOptimize: order > 300,
      // Gephi's default; 2.5× faster than graphology's 0.5 on 20,000 nodes, no visible difference
      barnesHutTheta: order > 2000 ? 1.2 : 0.5,
      edgeWeightInfluence: 1,
      linLogMode: false,
      outboundAttractionDistribution: false,
      adjustSizes: false,
      gravity: order > 2000 ? 0.5 : 1,
      scalingRatio: order > 2000 ? 10 : order > 100 ? 5 : 2,
      slowDown: 1 + Math.log10(Math.max(10, order)),
    },
    // measured on 20,000 people: from the arranged community seed, more iterations do not
    // shorten edges (docs/viewer.md); a few refine positions inside the communities
    iterations: order > 10_000 ? 15 : order > 2000 ? 100 : 400,
    workerMs: order > 2000 ? 3500 : 1500,
    animate: small,
    noverlap: small ? { maxIterations: order > 2000 ? 20 : 80, margin: 2, ratio: 1.2 } : null,
  };
}

/** Deterministic starting positions (a phyllotaxis spiral by node order), so runs are reproducible. */
export function seedPositions(graph: VizGraph): void {
  let i = 0;
  const golden = Math.PI * (3 - Math.sqrt(5));
  graph.forEachNode((node) => {
    const r = 10 * Math.sqrt(i + 0.5);
    graph.mergeNodeAttributes(node, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
    i++;
  });
}

/**
 * Starting positions from the Louvain communities (node attribute `community`; the plain spiral
 * when there are fewer than two and nobody is isolated): each community
 * is a phyllotaxis disc of its members, heaviest members at its centre; people without any
 * drawn tie go on a ring outside. The discs are packed on a spiral, biggest first, or with
 * `arrange`, laid out as a graph of communities (ForceAtlas2 then noverlap on a few hundred
 * discs, milliseconds) so that communities with many ties between them end up side by side.
 * ForceAtlas2 on the whole graph then only refines: far fewer iterations. Deterministic.
 */
export function seedByCommunity(graph: VizGraph, opts: { arrange?: boolean } = {}): void {
  const groups = new Map<number, string[]>();
  const isolated: string[] = [];
  graph.forEachNode((n, a) => {
    if (graph.degree(n) === 0) { isolated.push(n); return; }
    let g = groups.get(a.community);
    if (!g) groups.set(a.community, (g = []));
    g.push(n);
  });
  if (groups.size < 2 && isolated.length === 0) { seedPositions(graph); return; }
  const golden = Math.PI * (3 - Math.sqrt(5));
  const spacing = 10;
  const ranked = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const radius = (count: number): number => spacing * Math.sqrt(count + 0.5);
  // disc centres on a spiral whose step grows with the area already used, so they do not overlap
  const centres = new Map<number, [number, number]>();
  let area = 0;
  ranked.forEach(([c, members], k) => {
    area += (radius(members.length) + spacing) ** 2 * 1.6;
    const r = k === 0 ? 0 : Math.sqrt(area);
    centres.set(c, [r * Math.cos(k * golden), r * Math.sin(k * golden)]);
  });
  if (opts.arrange && ranked.length > 2) arrangeCommunities(graph, ranked, centres, radius, spacing);
  let extent = 0;
  for (const [c, members] of ranked) {
    const [cx, cy] = centres.get(c)!;
    extent = Math.max(extent, Math.hypot(cx, cy) + radius(members.length));
    members.sort((x, y) => graph.getNodeAttribute(y, 'wdegree') - graph.getNodeAttribute(x, 'wdegree') || (x < y ? -1 : 1));
    members.forEach((node, i) => {
      const ri = spacing * Math.sqrt(i + 0.5);
      const a = graph.getNodeAttributes(node);
      a.x = cx + ri * Math.cos(i * golden);
      a.y = cy + ri * Math.sin(i * golden);
    });
  }
  // isolated people: an annulus of the same density around everything else
  const inner = extent + 4 * spacing;
  isolated.sort();
  isolated.forEach((node, i) => {
    const r = Math.sqrt(inner * inner + (spacing * spacing * (i + 0.5)) / Math.PI * 3.2);
    const a = graph.getNodeAttributes(node);
    a.x = r * Math.cos(i * golden);
    a.y = r * Math.sin(i * golden);
  });
}

/** Moves disc centres: ForceAtlas2 on the weighted graph of communities, then noverlap on the discs. */
function arrangeCommunities(graph: VizGraph, ranked: [number, string[]][], centres: Map<number, [number, number]>, radius: (n: number) => number, spacing: number): void {
  const cg = new UndirectedGraph();
  for (const [c, members] of ranked) {
    const [x, y] = centres.get(c)!;
    cg.addNode(c, { x, y, size: radius(members.length) + spacing });
  }
  graph.forEachEdge((_, a, _s, _t, sa, ta) => {
    if (sa.community === ta.community) return;
    cg.updateEdge(sa.community, ta.community, (e) => ({ weight: ((e.weight as number | undefined) ?? 0) + a.weight }));
  });
  // no ties between communities: the spiral packing is as good and has no overlaps
  if (cg.size === 0) return;
  const order = cg.order;
  forceAtlas2.assign(cg, {
    iterations: 100,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 300, gravity: 1, scalingRatio: spacing * 4, slowDown: 2 },
  });
  noverlap.assign(cg, { maxIterations: 30, settings: { margin: spacing, ratio: 1, expansion: 1.1 } });
  cg.forEachNode((c, a) => centres.set(Number(c), [a.x as number, a.y as number]));
}

/** noverlap pass (the second step after ForceAtlas2), on the main thread or in Node. */
export function removeOverlaps(graph: VizGraph, desc: Pick<LayoutDescriptor, 'noverlap'>): void {
  if (graph.order < 2 || !desc.noverlap) return;
  noverlap.assign(graph as unknown as Graph, {
    maxIterations: desc.noverlap.maxIterations,
    settings: { margin: desc.noverlap.margin, ratio: desc.noverlap.ratio },
  });
}

/** Synchronous ForceAtlas2 (headless, or inside the layout worker). */
export function forceAtlas2Iterations(graph: VizGraph, settings: LayoutDescriptor['settings'], iterations: number): void {
  if (graph.order > 1 && iterations > 0) forceAtlas2.assign(graph as unknown as Graph, { iterations, settings, getEdgeWeight: 'weight' });
}

/** Full layout without a browser: seed, ForceAtlas2 (synchronous), noverlap. Returns timings in ms. */
export function layoutHeadless(graph: VizGraph, opts: { iterations?: number } = {}): { fa2Ms: number; noverlapMs: number; iterations: number } {
  const desc = describeLayout(graph);
  const iterations = opts.iterations ?? desc.iterations;
  const t0 = performance.now();
  seedByCommunity(graph, { arrange: true });
  forceAtlas2Iterations(graph, desc.settings, iterations);
  const t1 = performance.now();
  removeOverlaps(graph, desc);
  const t2 = performance.now();
  return { fa2Ms: t1 - t0, noverlapMs: t2 - t1, iterations };
}

/** Node positions as a compact record for the cache. */
export function readPositions(graph: VizGraph): Positions {
  const out: Positions = {};
  graph.forEachNode((n, a) => { out[n] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100]; });
  return out;
}

/** Applies cached positions; true only when every node had one (otherwise the layout must run). */
export function applyPositions(graph: VizGraph, positions: Positions): boolean {
  let all = true;
  // one bulk update: sigma reindexes once, not once per node
  graph.updateEachNodeAttributes((n, a) => {
    const p = positions[n];
    if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) { a.x = p[0]; a.y = p[1]; } else all = false;
    return a;
  }, { attributes: ['x', 'y'] });
  return all;
}
