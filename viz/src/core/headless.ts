// Projection + layout in one call, for the benchmark (Node, no DOM): builds the co-attendance
// graph the viewer shows, its communities and its layout (community seed, ForceAtlas2, noverlap
// where cheap), with timings. fa2Ms includes the seed.
import type { GraphPayload } from '../../../schema/viewer-api.js';
import { DEFAULT_FILTERS } from './filters/index.js';
import type { Filters } from './filters/types.js';
import { assignCommunities, buildCoAttendance } from './graph/index.js';
import type { VizGraph } from './graph/types.js';
import { layoutHeadless } from './layout/index.js';

export { syntheticPayload } from './graph/index.js';
/** The cap on drawn co-attendance edges the browser applies (viz/src/settings.ts lod.maxEdges). */
export { settings as viewerSettings } from '../settings.js';

export interface HeadlessTimings {
  projectionMs: number;
  communitiesMs: number;
  fa2Ms: number;
  noverlapMs: number;
  iterations: number;
  nodes: number;
  edges: number;
}

export function projectAndLayout(payload: GraphPayload, opts: { filters?: Partial<Filters>; iterations?: number; maxEdges?: number } = {}): { graph: VizGraph; timings: HeadlessTimings } {
  const t0 = performance.now();
  const graph = buildCoAttendance(payload, { ...DEFAULT_FILTERS, ...opts.filters }, opts.maxEdges === undefined ? {} : { maxEdges: opts.maxEdges });
  const t1 = performance.now();
  assignCommunities(graph);
  const t2 = performance.now();
  const layout = layoutHeadless(graph, opts.iterations === undefined ? {} : { iterations: opts.iterations });
  return {
    graph,
    timings: { projectionMs: t1 - t0, communitiesMs: t2 - t1, ...layout, nodes: graph.order, edges: graph.size },
  };
}
