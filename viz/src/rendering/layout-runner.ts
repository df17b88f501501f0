// Runs the layout off the main thread: ForceAtlas2 in graphology's web worker for a time budget,
// then noverlap in our own worker; positions are cached in localStorage keyed by the graph's
// hash, so reopening the same graph is instant.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { z } from 'zod';
import { graphHash } from '../core/graph/utils.js';
import type { VizGraph } from '../core/graph/types.js';
import { applyPositions, describeLayout, readPositions, seedPositions } from '../core/layout/index.js';
import type { Positions } from '../core/layout/types.js';
import type { ViewerSettings } from '../settings.js';

const ANIMATE_BELOW = 5000;

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

function noverlapInWorker(graph: VizGraph, opts: { maxIterations: number; margin: number; ratio: number }): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./noverlap.worker.ts', import.meta.url), { type: 'module' });
    const nodes: [string, number, number, number][] = [];
    graph.forEachNode((n, a) => nodes.push([n, a.x, a.y, a.size]));
    worker.onmessage = (e: MessageEvent<Positions>) => { worker.terminate(); resolve(e.data); };
    worker.onerror = (e) => { worker.terminate(); reject(new Error(e.message)); };
    worker.postMessage({ nodes, ...opts });
  });
}

/**
 * Lays `graph` out in place. `onTick` is called while ForceAtlas2 runs so the view can animate.
 */
export function runLayout(graph: VizGraph, s: ViewerSettings, onTick: () => void): LayoutRun {
  const key = s.layoutCachePrefix + graphHash(graph);
  const cached = readCache(key);
  if (cached && applyPositions(graph, cached)) return { done: Promise.resolve(), cached: true, cancel: () => undefined };
  const desc = describeLayout(graph);
  seedPositions(graph);
  if (graph.order < 2) return { done: Promise.resolve(), cached: false, cancel: () => undefined };
  let cancelled = false;
  // small graphs animate in place; large ones run on a copy so sigma does not re-index
  // 200k edges at every worker iteration, and take the result once at the end
  const animate = graph.order < ANIMATE_BELOW;
  const target = animate ? graph : (graph.copy() as VizGraph);
  const fa2 = new FA2Layout(target, { settings: desc.settings, getEdgeWeight: 'weight' });
  const done = (async () => {
    fa2.start();
    const started = performance.now();
    while (!cancelled && performance.now() - started < desc.workerMs) {
      await new Promise((r) => setTimeout(r, 120));
      onTick();
    }
    fa2.kill();
    if (cancelled) return;
    if (!animate) applyPositions(graph, readPositions(target));
    const moved = await noverlapInWorker(graph, desc.noverlap);
    if (cancelled) return;
    applyPositions(graph, moved);
    writeCache(s.layoutCachePrefix, key, readPositions(graph));
    onTick();
  })();
  return { done, cached: false, cancel: () => { cancelled = true; fa2.kill(); } };
}
