// The viewer benchmark in a real Chromium: the built viewer page on a small synthetic payload.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumPath, measureBrowser, nodesOnPage } from '../../src/bench/sections/browser.js';
import { viewerDir } from '../../src/serve/viewer-dir.js';
import { syntheticPayload } from '../../viz/src/core/headless.js';

const why = !existsSync(chromiumPath()) ? `no Chromium at ${chromiumPath()} (apt-get install chromium or set KG_CHROMIUM)`
  : !viewerDir() ? 'the viewer is not built (npm run build)' : null;

describe.skipIf(why !== null)(`viewer benchmark in Chromium${why ? ` — skipped: ${why}` : ''}`, () => {
  it('loads the page, waits for the layout and times frames while hovering', async () => {
    const payload = syntheticPayload({ people: 400, meetings: 200, attendeesPerMeeting: 6, seed: 3 });
    const f = await measureBrowser(payload, 400, 1);
    expect(f.nodes).toBeGreaterThan(100);
    expect(f.nodes).toBeLessThanOrEqual(400);
    expect(f.interactiveMs).toBeGreaterThan(0);
    expect(f.layoutDoneMs).toBeGreaterThanOrEqual(f.interactiveMs);
    expect(Number.isFinite(f.redrawMs)).toBe(true);
  }, 120_000);

  it('on a large graph without a GPU, hover veils the rest and draws the neighbourhood on the overlay', async () => {
    const payload = syntheticPayload({ people: 400, meetings: 200, attendeesPerMeeting: 6, seed: 3 });
    let veiled = -1, cleared = -1, neighbourhood = -1;
    await measureBrowser(payload, 400, 1, async (page, ids) => {
      // highest alpha of the overlay canvas within `r` pixels of a point of the page (a node's
      // centre as read from the graph may sit a pixel off, where its edge is antialiased), or -1
      // when the overlay is missing
      const alphaAt = (x: number, y: number, r = 0): Promise<number> => page.evaluate(([px, py, pr]) => {
        // typed by hand: the test project has no DOM types
        type Canvas = { width: number; height: number; getBoundingClientRect(): { left: number; top: number; width: number; height: number }; getContext(k: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null };
        const c = (globalThis as unknown as { document: { querySelector(s: string): Canvas | null } }).document.querySelector('canvas.sigma-kgHover');
        const ctx = c?.getContext('2d');
        if (!c || !ctx) return -1;
        const b = c.getBoundingClientRect();
        const d = ctx.getImageData((px! - b.left) * (c.width / b.width) - pr!, (py! - b.top) * (c.height / b.height) - pr!, 2 * pr! + 1, 2 * pr! + 1).data;
        let max = 0;
        for (let i = 3; i < d.length; i += 4) max = Math.max(max, d[i]!);
        return max;
      }, [x, y, r]);
      const box = (await page.locator('#graph').boundingBox())!;
      const p = (await nodesOnPage(page, ids.slice(0, 50))).find((q) => q.x > box.x + 80 && q.x < box.x + box.width - 80 && q.y > box.y + 80 && q.y < box.y + box.height - 80)!;
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(100);
      neighbourhood = await alphaAt(p.x, p.y, 2);
      veiled = await alphaAt(p.x < box.x + box.width / 2 ? box.x + box.width - 5 : box.x + 5, p.y < box.y + box.height / 2 ? box.y + box.height - 5 : box.y + 5); // the far corner of the graph area
      await page.mouse.move(5, 5); // off the graph
      await page.waitForTimeout(100);
      cleared = await alphaAt(box.x + 5, box.y + 5);
    });
    expect(neighbourhood).toBe(255); // the hovered node itself, opaque
    expect(veiled).toBeGreaterThan(100); // the veil (0.7 of 255)
    expect(veiled).toBeLessThan(255);
    expect(cleared).toBe(0);
  }, 120_000);
});
