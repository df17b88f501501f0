// The viewer in a real browser at 20,000 people: the built page (dist/viewer) served with the
// same synthetic payload the headless figure uses, driven by playwright-core in Chromium.
// Times come from the page's own performance marks (ms since navigation): payload parsed, graph
// projected, communities, first frame drawn with the graph, layout finished. Interactivity is
// measured, not assumed: scripted pan (drag), zoom (wheel) and hover (node to node) with real
// input events, and the interval between the frames sigma actually rendered meanwhile.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { serveStatic } from '../../serve/static.js';
import { viewerDir } from '../../serve/viewer-dir.js';
import { median } from '../measure.js';

export interface BrowserFigures {
  people: number;
  nodes: number;
  /** Navigation to the first frame drawn with the graph (input is handled from then on). */
  interactiveMs: number;
  /** Navigation to the final layout (worker ForceAtlas2 + noverlap) applied. */
  layoutDoneMs: number;
  /** The worst of the pan, zoom and hover frame intervals (16.7 ms = 60 fps). */
  redrawMs: number;
  /** Median main-thread time of one sigma render during those interactions. */
  renderMs: number;
  /** Reloading the page: navigation to the layout done again (positions from the cache). */
  reopenMs: number;
  /** Page-side stages, ms since navigation: JSON parsed, payload checked, projected, communities. */
  stages: Record<string, number>;
  /** Bytes of the /api/graph answer. */
  payloadBytes: number;
  /**
   * Per interaction (dragging the stage; zooming with the wheel, which sigma animates step by
   * step; moving the mouse from node to node): frames drawn, the median interval between them,
   * the median requestAnimationFrame interval.
   */
  phases: Record<'pan' | 'zoom' | 'hover', { frames: number; intervalMs: number; rafMs: number }>;
}

export const chromiumPath = (): string => process.env.KG_CHROMIUM ?? '/usr/bin/chromium';

/** The viewer's test hook (viz/src/ui/app.ts). */
interface ViewerHook {
  layoutDone(): Promise<boolean>;
  visibleNodes(): number;
  nodeViewportPosition(id: string): { x: number; y: number } | null;
  marks(): Record<string, number>;
  frameLog(on: boolean): [number, number][];
}
type G = { __kgViewer: ViewerHook; innerWidth: number; innerHeight: number };

const VIEWPORT = { width: 1440, height: 900 };

/**
 * Runs a scripted interaction and returns the median interval between the frames the viewer
 * drew meanwhile (sigma renders, and on large graphs the hover overlay), the median main-thread
 * time of one, and the median requestAnimationFrame interval (the page's own frame rate).
 */
async function framesDuring(page: Page, act: () => Promise<void>): Promise<{ interval: number; render: number; frames: number; raf: number }> {
  // a string, not a function: transpilers that keep function names would inject helpers the page lacks
  await page.evaluate(`(() => {
    const g = globalThis;
    g.__raf = [];
    g.__rafOn = true;
    const tick = (t) => { g.__raf.push(t); if (g.__rafOn) g.requestAnimationFrame(tick); };
    g.requestAnimationFrame(tick);
    g.__kgViewer.frameLog(true);
  })()`);
  await act();
  const log = await page.evaluate(() => (globalThis as unknown as G).__kgViewer.frameLog(false));
  const raf = await page.evaluate(() => {
    const g = globalThis as unknown as { __raf: number[]; __rafOn: boolean };
    g.__rafOn = false;
    return g.__raf;
  });
  // let the last scheduled frame (and sigma's zoom animation) finish before the next phase
  await page.waitForTimeout(400);
  const gaps = (ts: number[]): number[] => ts.slice(1).map((t, i) => t - ts[i]!);
  return { interval: median(gaps(log.map(([t]) => t))), render: median(log.map(([, ms]) => ms)), frames: log.length, raf: median(gaps(raf)) };
}

async function pan(page: Page): Promise<void> {
  const cx = VIEWPORT.width / 2, cy = VIEWPORT.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(cx + 8 * i, cy + 4 * (i % 10));
  await page.mouse.up();
}

async function zoom(page: Page): Promise<void> {
  await page.mouse.move(VIEWPORT.width / 2 + 40, VIEWPORT.height / 2);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, i < 3 ? -240 : 240);
    // sigma animates each wheel step for 250 ms
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(250);
}

/** Moves the mouse onto `count` visible people in turn: each move enters a new node. */
async function hover(page: Page, ids: string[]): Promise<number> {
  const points = await nodesOnPage(page, ids);
  const inside = points.filter((p) => p.x > 300 && p.x < VIEWPORT.width - 80 && p.y > 80 && p.y < VIEWPORT.height - 140).slice(0, 25);
  for (const p of inside) await page.mouse.move(p.x, p.y);
  return inside.length;
}

/** Where nodes are on the page (the viewer gives positions inside the graph's container). */
export async function nodesOnPage(page: Page, ids: string[]): Promise<{ x: number; y: number }[]> {
  const box = (await page.locator('#graph').boundingBox()) ?? { x: 0, y: 0 };
  const points = await page.evaluate((xs) => {
    const g = globalThis as unknown as G;
    return xs.map((id) => g.__kgViewer.nodeViewportPosition(id)).filter((p): p is { x: number; y: number } => p !== null);
  }, ids);
  return points.map((p) => ({ x: p.x + box.x, y: p.y + box.y }));
}

/** The viewer in Chromium; `probe` runs on the first run's page once the figures are taken (tests check the page there). */
export async function measureBrowser(payload: unknown, people: number, runs: number, probe?: (page: Page, ids: string[]) => Promise<void>): Promise<BrowserFigures> {
  const dir = viewerDir();
  if (!dir) throw new Error('the viewer is not built (npm run build)');
  const exe = chromiumPath();
  if (!existsSync(exe)) throw new Error(`no Chromium at ${exe} (install chromium or set KG_CHROMIUM)`);
  const spec = 'playwright-core';
  const { chromium } = (await import(spec).catch(() => {
    throw new Error('playwright-core is not installed (it is a dev dependency)');
  })) as typeof import('playwright-core');
  const body = JSON.stringify(payload);
  const ids = ((payload as { people?: { id: string }[] }).people ?? []).map((p) => p.id);
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/api/graph')) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(body);
      return;
    }
    void serveStatic(dir, req, res).then((ok) => {
      if (!ok) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"error":"not found"}');
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: exe, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const samples: BrowserFigures[] = [];
    for (let r = 0; r < runs; r++) {
      // a fresh context per run: an empty localStorage, so the layout is computed, not cached
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => (globalThis as unknown as { __kgViewer?: unknown }).__kgViewer !== undefined, undefined, { timeout: 120_000 });
      await page.waitForFunction(() => (globalThis as unknown as G).__kgViewer.marks()['kg:first-frame'] !== undefined, undefined, { timeout: 120_000 });
      await page.evaluate(() => (globalThis as unknown as G).__kgViewer.layoutDone());
      // the frame after the final positions
      await page.evaluate(() => new Promise((r) => (globalThis as unknown as { requestAnimationFrame(cb: () => void): void }).requestAnimationFrame(() => r(null))));
      const marks = await page.evaluate(() => (globalThis as unknown as G).__kgViewer.marks());
      const interactiveMs = marks['kg:first-frame'] ?? NaN;
      const layoutDoneMs = marks['kg:coattendance:layout-done'] ?? Math.max(...Object.values(marks));
      const p = await framesDuring(page, () => pan(page));
      const z = await framesDuring(page, () => zoom(page));
      // the people drawn with the most ties are the likeliest to be on screen and hit
      const h = await framesDuring(page, async () => { await hover(page, ids.slice(0, 400)); });
      const nodes = await page.evaluate(() => (globalThis as unknown as G).__kgViewer.visibleNodes());
      if (probe && r === 0) await probe(page, ids);
      // reopening: same origin, so the layout comes from localStorage
      await page.reload();
      await page.waitForFunction(() => (globalThis as unknown as { __kgViewer?: unknown }).__kgViewer !== undefined, undefined, { timeout: 120_000 });
      await page.evaluate(() => (globalThis as unknown as G).__kgViewer.layoutDone());
      const again = await page.evaluate(() => (globalThis as unknown as G).__kgViewer.marks());
      const reopenMs = again['kg:coattendance:layout-done'] ?? NaN;
      if (errors.length) throw new Error(`page error: ${errors[0]}`);
      const stages: Record<string, number> = {};
      for (const [k, v] of Object.entries(marks)) stages[k.replace(/^kg:/, '')] = Math.round(v);
      samples.push({
        people, nodes, interactiveMs, layoutDoneMs,
        redrawMs: Math.max(p.interval, z.interval, h.interval),
        renderMs: median([p.render, z.render, h.render]),
        reopenMs, stages, payloadBytes: Buffer.byteLength(body),
        phases: {
          pan: { frames: p.frames, intervalMs: p.interval, rafMs: p.raf },
          zoom: { frames: z.frames, intervalMs: z.interval, rafMs: z.raf },
          hover: { frames: h.frames, intervalMs: h.interval, rafMs: h.raf },
        },
      });
      await context.close();
    }
    const med = (k: keyof Omit<BrowserFigures, 'stages' | 'phases'>): number => median(samples.map((s) => s[k]));
    const phase = (k: 'pan' | 'zoom' | 'hover'): BrowserFigures['phases']['pan'] => ({
      frames: median(samples.map((s) => s.phases[k].frames)),
      intervalMs: median(samples.map((s) => s.phases[k].intervalMs)),
      rafMs: median(samples.map((s) => s.phases[k].rafMs)),
    });
    return {
      people,
      nodes: med('nodes'), interactiveMs: med('interactiveMs'), layoutDoneMs: med('layoutDoneMs'), redrawMs: med('redrawMs'),
      renderMs: med('renderMs'), reopenMs: med('reopenMs'),
      stages: Object.fromEntries(Object.keys(samples[0]?.stages ?? {}).map((k) => [k, median(samples.map((s) => s.stages[k] ?? NaN))])),
      payloadBytes: med('payloadBytes'),
      phases: { pan: phase('pan'), zoom: phase('zoom'), hover: phase('hover') },
    };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}
