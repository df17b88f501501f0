// noverlap off the main thread: receives [key, x, y, size] tuples, returns key → [x, y].
import { UndirectedGraph } from 'graphology';
import noverlap from 'graphology-layout-noverlap';

interface Job { nodes: [string, number, number, number][]; maxIterations: number; margin: number; ratio: number }

self.onmessage = (e: MessageEvent<Job>) => {
  const g = new UndirectedGraph();
  for (const [key, x, y, size] of e.data.nodes) g.addNode(key, { x, y, size });
  noverlap.assign(g, { maxIterations: e.data.maxIterations, settings: { margin: e.data.margin, ratio: e.data.ratio } });
  const out: Record<string, [number, number]> = {};
  g.forEachNode((n, a) => { out[n] = [a.x as number, a.y as number]; });
  (self as unknown as Worker).postMessage(out);
};
