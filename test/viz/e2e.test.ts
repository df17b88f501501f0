// End to end in a real browser: Debian's Chromium (headless, driven by playwright-core) on the
// built viewer, served by the real server over a real Kuzu store with the fixture documents.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { fromRoot } from '../../src/paths.js';
import { MEETINGS, SCRIPT_NAME, sharedMeetings } from './fixtures.js';
import { fixtureStore, storeMissing, type TempStore } from './store.js';

const CHROMIUM = '/usr/bin/chromium';

// What the page-side callbacks touch (this file is type-checked without the DOM library).
interface ViewerHook {
  layoutDone(): Promise<boolean>;
  nodeViewportPosition(id: string): { x: number; y: number } | null;
  cameraMoving(): boolean;
}
interface PageGlobals {
  __kgViewer?: ViewerHook;
  __xss?: number;
  document: { getElementById(id: string): { dataset: Record<string, string | undefined>; textContent: string | null } | null };
}
const people = (pred: (m: (typeof MEETINGS)[number]) => boolean): Set<string> =>
  new Set(MEETINGS.filter(pred).flatMap((m) => m.attendees.map((a) => a.name)));

const SKIP = !existsSync(CHROMIUM) ? `${CHROMIUM} is not installed (apt-get install chromium)` : storeMissing;

describe.skipIf(SKIP !== null)(`viewer in Chromium${SKIP ? ` — skipped: ${SKIP}` : ''}`, () => {
  let dir: string;
  let tmp: TempStore;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-e2e-'));
    const outDir = join(dir, 'viewer');
    await build({ configFile: fromRoot('viz', 'vite.config.ts'), build: { outDir, emptyOutDir: true }, logLevel: 'error' });
    tmp = await fixtureStore();
    server = await startServer({ store: tmp.store, staticDir: outDir, host: '127.0.0.1', port: 0 });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      viewport: { width: 1440, height: 900 },
      deviceScaleFactor: 1,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.url);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__kgViewer !== undefined);
    await page.evaluate(() => (globalThis as unknown as PageGlobals).__kgViewer!.layoutDone());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await tmp?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const visibleNodes = async (): Promise<number> => Number(await page.getAttribute('#stats', 'data-nodes'));
  /**
   * Where a node is on screen once the camera has settled (a resize or a fit animates it): the
   * camera no longer animating and the position the same on two reads 100 ms apart.
   */
  const settledPosition = async (id: string): Promise<{ x: number; y: number } | null> => {
    const at = (): Promise<{ x: number; y: number } | null> => page.evaluate((nodeId) => (globalThis as unknown as PageGlobals).__kgViewer!.nodeViewportPosition(nodeId), id);
    await page.waitForFunction(() => !(globalThis as unknown as PageGlobals).__kgViewer!.cameraMoving(), undefined, { timeout: 10_000 });
    let last = await at();
    for (let i = 0; i < 30; i++) {
      await page.waitForTimeout(100);
      const now = await at();
      if (now && last && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
      last = now;
    }
    return last;
  };
  /**
   * Clicks where `target()` says until `opened` shows (up to 5 tries): under load a click can
   * land while the stage is still being resized, which the next read of the position corrects.
   */
  const clickUntil = async (target: () => Promise<{ x: number; y: number }>, opened: string): Promise<void> => {
    for (let i = 0; ; i++) {
      const { x, y } = await target();
      await page.mouse.move(x, y);
      await page.mouse.click(x, y);
      try {
        await page.waitForSelector(opened, { timeout: 4000 });
        return;
      } catch (e) {
        if (i >= 4) throw e;
      }
    }
  };

  it('loads the graph: one node per person who attended a meeting', async () => {
    expect(await visibleNodes()).toBe(people(() => true).size);
    await expect(page.locator('#legend li').count()).resolves.toBeGreaterThan(0);
  });

  it('search by pinyin initials finds a person and opens the panel with their meetings', async () => {
    await page.fill('#search', 'ldl');
    await page.waitForSelector('#search-results li[data-type="person"]');
    expect(await page.textContent('#search-results li[data-type="person"] .label')).toBe('卢东亮');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#person-meetings li');
    expect(await page.textContent('#panel-title')).toBe('卢东亮');
    const expected = MEETINGS.filter((m) => m.attendees.some((a) => a.name === '卢东亮')).length;
    expect(await page.locator('#person-meetings li').count()).toBe(expected);
    expect(page.url()).toContain('sel=p');
  });

  it('clicking a node shows that person in the side panel', async () => {
    await page.click('#panel .close');
    await expect(page.isHidden('#panel')).resolves.toBe(true);
    const res = await page.request.get(new URL(`api/search?q=${encodeURIComponent('周海峰')}`, server.url).href);
    const id = ((await res.json()) as { hits: { id: string }[] }).hits[0]!.id;
    await page.click('#btn-fit');
    await clickUntil(async () => {
      const pos = await settledPosition(id);
      expect(pos).not.toBeNull();
      const box = (await page.locator('#graph').boundingBox())!;
      return { x: box.x + pos!.x, y: box.y + pos!.y };
    }, '#person-meetings li');
    expect(await page.textContent('#panel-title')).toBe('周海峰');
    const expected = MEETINGS.filter((m) => m.attendees.some((a) => a.name === '周海峰')).length;
    expect(await page.locator('#person-meetings li').count()).toBe(expected);
  });

  it('clicking an edge explains it with the meetings the two shared', async () => {
    await page.click('#panel .close');
    const ids: string[] = [];
    for (const name of ['周海峰', '秦雪梅']) {
      const res = await page.request.get(new URL(`api/search?q=${encodeURIComponent(name)}`, server.url).href);
      ids.push(((await res.json()) as { hits: { id: string }[] }).hits[0]!.id);
    }
    // the stage widens when the panel closes: positions once sigma has taken the new size
    await clickUntil(async () => {
      const a = await settledPosition(ids[0]!);
      const b = await settledPosition(ids[1]!);
      const box = (await page.locator('#graph').boundingBox())!;
      // a point on the edge a third of the way from a, away from both nodes' discs
      return { x: box.x + a!.x + (b!.x - a!.x) / 3, y: box.y + a!.y + (b!.y - a!.y) / 3 };
    }, '#edge-meetings li');
    // edges cross, so the one under the pointer may be another: whichever it is, the panel
    // must name two people and list exactly the meetings they shared
    const [nameA, nameB] = (await page.textContent('#panel-title'))!.split(' — ');
    expect(nameA && nameB).toBeTruthy();
    expect(sharedMeetings(nameA!, nameB!)).toBeGreaterThan(0);
    expect(await page.locator('#edge-meetings li').count()).toBe(sharedMeetings(nameA!, nameB!));
    await page.click('#panel .close');
  });

  it('filters change the visible node count', async () => {
    const all = await visibleNodes();
    await page.uncheck('#filter-kinds input[value="会议"]');
    await page.waitForFunction((n) => Number((globalThis as unknown as PageGlobals).document.getElementById('stats')!.dataset.nodes) !== n, all);
    expect(await visibleNodes()).toBe(people((m) => m.kind !== '会议').size);
    await page.check('#filter-kinds input[value="会议"]');
    await page.waitForFunction((n) => Number((globalThis as unknown as PageGlobals).document.getElementById('stats')!.dataset.nodes) === n, all);
    expect(page.url()).not.toContain('kinds=');
  });

  it('the timeline redraws the network for the chosen period', async () => {
    const all = await visibleNodes();
    const months = [...new Set(MEETINGS.map((m) => m.date.slice(0, 7)))].sort();
    const from = months[Math.floor(months.length / 2)]!;
    const firstMonth = months[0]!;
    const index = (Number(from.slice(0, 4)) - Number(firstMonth.slice(0, 4))) * 12 + Number(from.slice(5)) - Number(firstMonth.slice(5));
    await page.locator('#timeline-from').fill(String(index));
    const expected = people((m) => m.date >= `${from}-01`).size;
    await page.waitForFunction((n) => Number((globalThis as unknown as PageGlobals).document.getElementById('stats')!.dataset.nodes) === n, expected);
    expect(page.url()).toContain(`from=${from}-01`);
    await page.click('.timeline-head button');
    await page.waitForFunction((n) => Number((globalThis as unknown as PageGlobals).document.getElementById('stats')!.dataset.nodes) === n, all);
  });

  it('the Cypher panel returns rows and refuses writes', async () => {
    await page.click('#btn-cypher');
    await page.fill('#cypher-query', 'MATCH (p:Person) RETURN p.name AS name ORDER BY name');
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-result tbody tr');
    expect(await page.locator('#cypher-result tbody tr').count()).toBe(people(() => true).size);
    await page.fill('#cypher-query', 'MATCH (p:Person)-[a:ATTENDED]->(m:Meeting) RETURN p, a, m LIMIT 5');
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-status:has-text("5 行")');
    await expect(page.locator('.tabs button[data-tab="graph"]').count()).resolves.toBe(1);
    await page.fill('#cypher-query', "CREATE (p:Person {id: 'x'})");
    await page.click('#cypher-run');
    await page.waitForSelector('#cypher-status.error');
    expect(await page.textContent('#cypher-status')).toContain('read-only');
    await page.click('#cypher .close');
  });

  it('shows a name containing <script> as text and never runs it', async () => {
    await page.fill('#search', 'script');
    await page.waitForSelector('#search-results li[data-type="person"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => (globalThis as unknown as PageGlobals).document.getElementById('panel-title')?.textContent === name, SCRIPT_NAME);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__xss)).toBeUndefined();
    expect(await page.locator('#panel script').count()).toBe(0);
    expect(await page.locator('#search-results script').count()).toBe(0);
    await page.click('#panel .close');
  });

  it('the ego view shows a person and their co-attendees', async () => {
    await page.fill('#search', '冯建国');
    await page.waitForSelector('#search-results li[data-type="person"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel .panel-actions button');
    await page.click('#panel .panel-actions button');
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.getElementById('stats')!.dataset.nodes !== undefined);
    await page.waitForFunction((n) => Number((globalThis as unknown as PageGlobals).document.getElementById('stats')!.dataset.nodes) === n,
      people((m) => m.attendees.some((a) => a.name === '冯建国')).size, { timeout: 10_000 });
    expect(page.url()).toContain('view=ego');
    await page.click('.segmented label:has-text("共同出席")');
    await page.waitForFunction((n) => Number((globalThis as unknown as PageGlobals).document.getElementById('stats')!.dataset.nodes) === n, people(() => true).size);
    await page.click('#panel .close');
  });

  it('exports the visible graph as GEXF and PNG', async () => {
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#btn-gexf')]);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml.match(/<node /g)?.length).toBe(people(() => true).size);
    expect(xml).toContain('卢东亮');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#btn-png')]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
  });

  // the README's screenshot is rewritten only when asked (KG_UPDATE_SCREENSHOT=1), so a test run
  // leaves the checkout clean
  it('renders the screenshot for the README', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__kgViewer !== undefined);
    await page.evaluate(() => (globalThis as unknown as PageGlobals).__kgViewer!.layoutDone());
    await page.fill('#search', '秦雪梅');
    await page.waitForSelector('#search-results li[data-type="person"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#person-meetings li');
    await page.click('#btn-fit');
    await page.waitForTimeout(600);
    const png = await page.screenshot();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000); // a drawn graph and panels, not a blank page
    if (process.env.KG_UPDATE_SCREENSHOT === '1') {
      mkdirSync(fromRoot('docs'), { recursive: true });
      writeFileSync(fromRoot('docs', 'screenshot.png'), png);
    }
  });

  it('ran without uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
