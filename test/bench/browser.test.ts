// The viewer benchmark in a real Chromium: the built viewer page on a small synthetic payload.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumPath, measureBrowser } from '../../src/bench/sections/browser.js';
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
});
