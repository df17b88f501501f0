// Layout descriptors and the headless layout (ForceAtlas2 then noverlap), DOM-free: the browser
// runs the same settings in graphology's web worker; the benchmark runs them here in Node.
import fa2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import type { AbstractGraph as Graph } from 'graphology-types';
import { cjsDefault } from '../interop.js';
import type { VizGraph } from '../graph/types.js';
import type { LayoutDescriptor, Positions } from './types.js';

export type { LayoutDescriptor, Positions } from './types.js';

const forceAtlas2 = cjsDefault(fa2Module);
const noverlap = cjsDefault(noverlapModule);

/** Settings and budgets scaled to the graph: Barnes-Hut above a few hundred nodes, shorter runs when large. */
export function describeLayout(graph: VizGraph): LayoutDescriptor {
  const order = graph.order;
  const inferred = forceAtlas2.inferSettings(Math.max(order, 1));
  return {
    settings: {
      ...inferred,
      barnesHutOptimize: order > 300,
      edgeWeightInfluence: 1,
      linLogMode: false,
      outboundAttractionDistribution: false,
      adjustSizes: false,
      gravity: order > 2000 ? 0.5 : 1,
      scalingRatio: order > 2000 ? 10 : order > 100 ? 5 : 2,
      slowDown: 1 + Math.log10(Math.max(10, order)),
    },
    iterations: order > 10_000 ? 60 : order > 2000 ? 150 : 400,
    workerMs: order > 10_000 ? 6000 : order > 2000 ? 3500 : 1500,
    noverlap: { maxIterations: order > 10_000 ? 4 : order > 2000 ? 20 : 80, margin: 2, ratio: 1.2 },
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

/** noverlap pass (the second step after ForceAtlas2), on the main thread or in Node. */
export function removeOverlaps(graph: VizGraph, desc: LayoutDescriptor): void {
  if (graph.order < 2) return;
  noverlap.assign(graph as unknown as Graph, {
    maxIterations: desc.noverlap.maxIterations,
    settings: { margin: desc.noverlap.margin, ratio: desc.noverlap.ratio },
  });
}

/** Full layout without a browser: seed, ForceAtlas2 (synchronous), noverlap. Returns timings in ms. */
export function layoutHeadless(graph: VizGraph, opts: { iterations?: number } = {}): { fa2Ms: number; noverlapMs: number; iterations: number } {
  const desc = describeLayout(graph);
  const iterations = opts.iterations ?? desc.iterations;
  seedPositions(graph);
  const t0 = performance.now();
  if (graph.order > 1) forceAtlas2.assign(graph as unknown as Graph, { iterations, settings: desc.settings, getEdgeWeight: 'weight' });
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
  graph.forEachNode((n) => {
    const p = positions[n];
    if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) graph.mergeNodeAttributes(n, { x: p[0], y: p[1] });
    else all = false;
  });
  return all;
}
