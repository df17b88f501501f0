// Co-attendance projection + layout time for the viewer's graph at 20,000 people.
// Prefers the viewer's own headless code (viz/src/core/headless.ts: the same projection capped
// at the edges the page draws, communities, community seed and ForceAtlas2 the page runs), loaded through vite because viz/ is
// TypeScript compiled only into the browser bundle; without vite (a production install) it
// falls back to graphology + graphology-layout-forceatlas2 directly, and says so.
import { createRequire } from 'node:module';
import { fromRoot } from '../../paths.js';
import { median } from '../measure.js';
import { measureBrowser, type BrowserFigures } from './browser.js';

export interface ViewerFigures {
  implementation: string;
  people: number;
  meetings: number;
  nodes: number;
  edges: number;
  projectionMs: number;
  communitiesMs: number;
  layoutMs: number;
  /** Of which noverlap (0 where the viewer skips it). */
  noverlapMs: number;
  iterations: number;
  totalMs: number;
}

interface HeadlessModule {
  syntheticPayload(opts: { people: number; meetings: number; attendeesPerMeeting?: number; seed?: number }): unknown;
  projectAndLayout(payload: unknown, opts?: { maxEdges?: number }): { timings: { projectionMs: number; communitiesMs: number; fa2Ms: number; noverlapMs: number; iterations: number; nodes: number; edges: number } };
  viewerSettings?: { lod: { maxEdges: number } };
}

async function loadViewerHeadless(): Promise<{ mod: HeadlessModule; close: () => Promise<void> } | { reason: string }> {
  try {
    const spec = 'vite';
    const vite = (await import(spec)) as { createServer: (c: object) => Promise<{ ssrLoadModule(p: string): Promise<unknown>; close(): Promise<void> }> };
    const server = await vite.createServer({
      root: fromRoot(),
      configFile: false,
      logLevel: 'silent',
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    const mod = (await server.ssrLoadModule(fromRoot('viz', 'src', 'core', 'headless.ts'))) as HeadlessModule;
    if (typeof mod.projectAndLayout !== 'function') {
      await server.close();
      return { reason: 'viz/src/core/headless.ts has no projectAndLayout' };
    }
    return { mod, close: () => server.close() };
  } catch (err) {
    return { reason: String((err as Error).message).split('\n')[0] ?? String(err) };
  }
}

/** Fallback: a seeded co-attendance graph built and laid out with graphology directly. */
async function graphologyOnly(people: number, meetings: number, perMeeting: number): Promise<Omit<ViewerFigures, 'implementation' | 'people' | 'meetings'>> {
  const { UndirectedGraph } = await import('graphology');
  // a CommonJS module: load it the CommonJS way so it works the same under vitest and node
  const forceAtlas2 = createRequire(import.meta.url)('graphology-layout-forceatlas2') as typeof import('graphology-layout-forceatlas2').default;
  const { createRng } = await import('../prng.js');
  const rng = createRng('viewer');
  const t0 = performance.now();
  const g = new UndirectedGraph();
  for (let m = 0; m < meetings; m++) {
    const group = Math.floor(rng.next() * (people / 40));
    const who = new Set<number>();
    while (who.size < perMeeting) who.add(rng.chance(0.8) ? (group * 40 + rng.int(0, 39)) % people : rng.int(0, people - 1));
    const ids = [...who].map((p) => `p${p}`);
    for (const id of ids) if (!g.hasNode(id)) g.addNode(id, { x: rng.next() * 1000, y: rng.next() * 1000, size: 1 });
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i]!, b = ids[j]!;
      if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, 'weight', (w: number | undefined) => (w ?? 1) + 1);
      else g.addEdge(a, b, { weight: 1 });
    }
  }
  const t1 = performance.now();
  const iterations = g.order > 10_000 ? 60 : 150;
  forceAtlas2.assign(g, { iterations, settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 2000 }, getEdgeWeight: 'weight' });
  const t2 = performance.now();
  return { nodes: g.order, edges: g.size, projectionMs: t1 - t0, communitiesMs: 0, layoutMs: t2 - t1, noverlapMs: 0, iterations, totalMs: t2 - t0 };
}

export type BrowserOutcome = { ok: true; value: BrowserFigures } | { ok: false; reason: string };

export async function measureViewer(people: number, runs: number, browser: boolean): Promise<ViewerFigures & { note?: string; browser: BrowserOutcome }> {
  const meetings = Math.round(people / 2);
  const perMeeting = 8;
  const loaded = await loadViewerHeadless();
  const results: Omit<ViewerFigures, 'implementation' | 'people' | 'meetings'>[] = [];
  let implementation: string, note: string | undefined;
  let inBrowser: BrowserOutcome = { ok: false, reason: browser ? 'needs the viewer headless code for its payload' : 'skipped (--skip)' };
  if ('mod' in loaded) {
    implementation = 'viewer headless (viz/src/core/headless.ts)';
    try {
      const payload = loaded.mod.syntheticPayload({ people, meetings, attendeesPerMeeting: perMeeting, seed: 7 });
      for (let r = 0; r < runs; r++) {
        // the graph the page lays out: co-attendance capped at the edges it draws
        const maxEdges = loaded.mod.viewerSettings?.lod.maxEdges;
        const { timings: t } = loaded.mod.projectAndLayout(payload, maxEdges === undefined ? {} : { maxEdges });
        const layoutMs = t.fa2Ms + t.noverlapMs;
        results.push({ nodes: t.nodes, edges: t.edges, projectionMs: t.projectionMs, communitiesMs: t.communitiesMs, layoutMs, noverlapMs: t.noverlapMs, iterations: t.iterations, totalMs: t.projectionMs + t.communitiesMs + layoutMs });
      }
      if (browser) {
        try {
          inBrowser = { ok: true, value: await measureBrowser(payload, people, runs) };
        } catch (err) {
          inBrowser = { ok: false, reason: String((err as Error).message).split('\n')[0] ?? 'failed' };
        }
      }
    } finally {
      await loaded.close();
    }
  } else {
    implementation = 'graphology + graphology-layout-forceatlas2 directly';
    note = `viewer headless code not loadable (${loaded.reason})`;
    for (let r = 0; r < runs; r++) results.push(await graphologyOnly(people, meetings, perMeeting));
  }
  const med = (k: keyof (typeof results)[number]) => median(results.map((x) => x[k]));
  return {
    implementation, people, meetings,
    nodes: med('nodes'), edges: med('edges'), projectionMs: med('projectionMs'), communitiesMs: med('communitiesMs'),
    layoutMs: med('layoutMs'), noverlapMs: med('noverlapMs'), iterations: med('iterations'), totalMs: med('totalMs'),
    ...(note ? { note } : {}),
    browser: inBrowser,
  };
}
