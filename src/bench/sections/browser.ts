// The viewer in a real browser at 20,000 people: the built page (dist/viewer) served with the
// same synthetic payload the headless figure uses, driven by playwright-core in Chromium.
// Measures time to the first interactive frame (page hook present), to the finished layout
// (ForceAtlas2 in the viewer's web worker), and the frame interval while hovering and zooming.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../serve/static.js';
import { viewerDir } from '../../serve/viewer-dir.js';
import { median } from '../measure.js';

export interface BrowserFigures {
  people: number;
  nodes: number;
  interactiveMs: number;
  layoutDoneMs: number;
  /** Median interval between animation frames while hovering and zooming (16.7 ms = 60 fps). */
  redrawMs: number;
}

export const chromiumPath = (): string => process.env.KG_CHROMIUM ?? '/usr/bin/chromium';

/** The viewer's test hook (viz/src/ui/app.ts). */
interface ViewerHook {
  layoutDone(): Promise<boolean>;
  visibleNodes(): number;
}

export async function measureBrowser(payload: unknown, people: number, runs: number): Promise<BrowserFigures> {
  const dir = viewerDir();
  if (!dir) throw new Error('the viewer is not built (npm run build)');
  const exe = chromiumPath();
  if (!existsSync(exe)) throw new Error(`no Chromium at ${exe} (install chromium or set KG_CHROMIUM)`);
  const spec = 'playwright-core';
  const { chromium } = (await import(spec).catch(() => {
    throw new Error('playwright-core is not installed (it is a dev dependency)');
  })) as typeof import('playwright-core');
  const body = JSON.stringify(payload);
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
  const browser = await chromium.launch({ executablePath: exe, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const samples: BrowserFigures[] = [];
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const t0 = Date.now();
      await page.goto(url);
      await page.waitForFunction(() => (globalThis as unknown as { __kgViewer?: unknown }).__kgViewer !== undefined, undefined, { timeout: 120_000 });
      const interactiveMs = Date.now() - t0;
      await page.evaluate(() => (globalThis as unknown as { __kgViewer: ViewerHook }).__kgViewer.layoutDone());
      const layoutDoneMs = Date.now() - t0;
      // Interactivity: frame intervals while the user hovers across the graph and zooms.
      await page.evaluate(() => {
        const g = globalThis as unknown as { __benchFrames: number[]; __benchStop: boolean; requestAnimationFrame(cb: (t: number) => void): void };
        g.__benchFrames = [];
        g.__benchStop = false;
        const tick = (t: number): void => {
          g.__benchFrames.push(t);
          if (!g.__benchStop) g.requestAnimationFrame(tick);
        };
        g.requestAnimationFrame(tick);
      });
      for (let i = 0; i <= 20; i++) {
        await page.mouse.move(400 + i * 30, 300 + (i % 5) * 40);
        if (i % 5 === 0) await page.mouse.wheel(0, i % 10 === 0 ? -200 : 200);
      }
      const { nodes, redrawMs } = await page.evaluate(() => {
        const g = globalThis as unknown as { __benchFrames: number[]; __benchStop: boolean; __kgViewer: ViewerHook };
        g.__benchStop = true;
        const f = g.__benchFrames;
        const gaps = f.slice(1).map((t, i) => t - (f[i] ?? t)).sort((a, b) => a - b);
        return { nodes: g.__kgViewer.visibleNodes(), redrawMs: gaps[Math.floor(gaps.length / 2)] ?? NaN };
      });
      samples.push({ people, nodes, interactiveMs, layoutDoneMs, redrawMs });
      await page.close();
    }
    return {
      people,
      nodes: median(samples.map((s) => s.nodes)),
      interactiveMs: median(samples.map((s) => s.interactiveMs)),
      layoutDoneMs: median(samples.map((s) => s.layoutDoneMs)),
      redrawMs: median(samples.map((s) => s.redrawMs)),
    };
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}
