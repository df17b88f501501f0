// Runs the layout off the main thread (graphology's ForceAtlas2 worker for small graphs, our
// layout worker for large ones and for noverlap); positions are cached in localStorage keyed by
// the graph's hash, so reopening the same graph is instant.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { z } from 'zod';
import { graphHash } from '../core/graph/utils.js';
import type { VizGraph } from '../core/graph/types.js';
import { applyPositions, describeLayout, readPositions, seedByCommunity } from '../core/layout/index.js';
import type { Positions } from '../core/layout/types.js';
import type { ViewerSettings } from '../settings.js';
import type { LayoutJob } from './layout.worker.js';

const CachedPositions = z.record(z.string(), z.tuple([z.number(), z.number()]));

export interface LayoutRun {
  /** Resolves when positions are final (immediately on a cache hit). */
  done: Promise<void>;
  cached: boolean;
  cancel(): void;
}

function readCache(key: string): Positions | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed = CachedPositions.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeCache(prefix: string, key: string, positions: Positions): void {
  try {
    localStorage.setItem(key, JSON.stringify(positions));
  } catch {
    // quota: drop older layouts and try once more
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k?.startsWith(prefix) && k !== key) localStorage.removeItem(k);
    }
    try { localStorage.setItem(key, JSON.stringify(positions)); } catch { /* too large to cache */ }
  }
}

let spare: Worker | null = null;
const newWorker = (): Worker => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

/** Starts a layout worker ahead of need (while the graph downloads): its module loads meanwhile. */
export function prewarmLayoutWorker(): void {
  spare ??= newWorker();
}

/** Runs `job` in the layout worker; resolves with node key → [x, y]. */
function layoutInWorker(graph: VizGraph, arrange: boolean, fa2: LayoutJob['fa2'], overlap: LayoutJob['noverlap']): { result: Promise<Positions>; stop(): void } {
  const worker = spare ?? newWorker();
  spare = null;
  const keys = graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const nodes = new Float64Array(keys.length * 5);
  keys.forEach((k, i) => {
    const a = graph.getNodeAttributes(k);
    nodes.set([a.x, a.y, a.size, a.community, a.wdegree], i * 5);
  });
  const edges = new Uint32Array(graph.size * 2);
  const weights = new Float64Array(graph.size);
  let k = 0;
  graph.forEachEdge((_, a, src, tgt) => { edges[k * 2] = index.get(src)!; edges[k * 2 + 1] = index.get(tgt)!; weights[k++] = a.weight; });
  let stop = (): void => undefined;
  const result = new Promise<Positions>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Float64Array>) => {
      worker.terminate();
      const out: Positions = {};
      keys.forEach((key, i) => { out[key] = [e.data[i * 2]!, e.data[i * 2 + 1]!]; });
      resolve(out);
    };
    worker.onerror = (e) => { worker.terminate(); reject(new Error(e.message)); };
    // a cancelled run settles with no positions, so nothing waits on it forever
    stop = () => { worker.terminate(); resolve({}); };
  });
  const job: LayoutJob = { nodes, edges, weights, arrange, fa2, noverlap: overlap };
  worker.postMessage(job, [nodes.buffer, edges.buffer, weights.buffer]);
  return { result, stop: () => stop() };
}

/**
 * Lays `graph` out in place, starting from the community seed. Small graphs animate:
 * ForceAtlas2 in graphology's worker moves the nodes on screen (`onTick`), then noverlap.
 * Large ones are shown at their seed positions at once while one worker runs a fixed number of
 * ForceAtlas2 iterations, and take the result in one update.
 */
export function runLayout(graph: VizGraph, s: ViewerSettings, onTick: () => void): LayoutRun {
  const key = s.layoutCachePrefix + graphHash(graph);
  const cached = readCache(key);
  if (cached && applyPositions(graph, cached)) return { done: Promise.resolve(), cached: true, cancel: () => undefined };
  const desc = describeLayout(graph);
  seedByCommunity(graph);
  if (graph.order < 2) return { done: Promise.resolve(), cached: false, cancel: () => undefined };
  let cancelled = false;
  let stopWorker = (): void => undefined;
  const finish = (positions: Positions): void => {
    applyPositions(graph, positions);
    writeCache(s.layoutCachePrefix, key, readPositions(graph));
    onTick();
  };
  if (!desc.animate) {
    const run = layoutInWorker(graph, true, { settings: desc.settings, iterations: desc.iterations }, desc.noverlap);
    stopWorker = run.stop;
    // a failed worker leaves the seed positions, which are a layout already: shown, but not
    // cached (the next visit tries the worker again)
    const done = run.result.then((p) => { if (!cancelled) finish(p); }, () => { if (!cancelled) onTick(); });
    return { done, cached: false, cancel: () => { cancelled = true; stopWorker(); } };
  }
  const fa2 = new FA2Layout(graph, { settings: desc.settings, getEdgeWeight: 'weight' });
  const done = (async () => {
    fa2.start();
    const started = performance.now();
    while (!cancelled && performance.now() - started < desc.workerMs) {
      await new Promise((r) => setTimeout(r, 120));
      onTick();
    }
    fa2.kill();
    if (cancelled) return;
    if (!desc.noverlap) { finish(readPositions(graph)); return; }
    const run = layoutInWorker(graph, false, null, desc.noverlap);
    stopWorker = run.stop;
    const moved = await run.result.catch(() => readPositions(graph));
    if (!cancelled) finish(moved);
  })();
  return { done, cached: false, cancel: () => { cancelled = true; fa2.kill(); stopWorker(); } };
}
