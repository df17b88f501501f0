// Layout off the main thread, in one message each way: the arranged community seed and a fixed
// number of ForceAtlas2 iterations (large graphs: the same run as the headless benchmark),
// and/or noverlap.
import { UndirectedGraph } from 'graphology';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { VizGraph } from '../core/graph/types.js';
import { forceAtlas2Iterations, removeOverlaps, seedByCommunity } from '../core/layout/index.js';
import type { LayoutDescriptor } from '../core/layout/types.js';

export interface LayoutJob {
  /** x, y, size, community, weighted degree per node, in the caller's node order. */
  nodes: Float64Array;
  /** source index, target index per edge. */
  edges: Uint32Array;
  weights: Float64Array;
  /** Reseed from the communities, arranged as a graph of communities. */
  arrange: boolean;
  fa2: { settings: ForceAtlas2Settings; iterations: number } | null;
  noverlap: LayoutDescriptor['noverlap'];
}

const F = 5;

self.onmessage = (e: MessageEvent<LayoutJob>) => {
  const job = e.data;
  const n = job.nodes.length / F;
  const g = new UndirectedGraph() as unknown as VizGraph;
  for (let i = 0; i < n; i++) {
    const o = i * F;
    g.addNode(String(i), {
      kind: 'person', label: '', meetings: 0, org: null, color: '',
      x: job.nodes[o]!, y: job.nodes[o + 1]!, size: job.nodes[o + 2]!, community: job.nodes[o + 3]!, wdegree: job.nodes[o + 4]!,
    });
  }
  for (let k = 0; k < job.weights.length; k++) {
    g.addEdge(String(job.edges[k * 2]), String(job.edges[k * 2 + 1]), { weight: job.weights[k]!, size: 1, color: '' });
  }
  if (job.arrange) seedByCommunity(g, { arrange: true });
  if (job.fa2) forceAtlas2Iterations(g, job.fa2.settings, job.fa2.iterations);
  if (job.noverlap) removeOverlaps(g, { noverlap: job.noverlap });
  const out = new Float64Array(n * 2);
  g.forEachNode((key, a) => { const i = Number(key); out[i * 2] = a.x; out[i * 2 + 1] = a.y; });
  (self as unknown as Worker).postMessage(out, [out.buffer]);
};
