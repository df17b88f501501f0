// `kg bench corpus`: writes N synthetic articles as newspaper pages (several articles per page)
// plus one gold file per page. Pages are written one at a time, so memory stays flat whatever N.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GoldCollector } from './gold.js';
import { MEETING_KINDS, writeArticle, writeCaption, type ArticleContext, type MeetingKind } from './article.js';
import { createRng } from './prng.js';
import { loadWordLists } from './wordlists.js';
import { buildWorld, NameMaker } from './world.js';

export interface CorpusOptions {
  articles: number;
  seed: string;
  out: string;
  /** Articles per city paper before another city is added (keeps the network city-sized). */
  articlesPerCity?: number;
  onPage?: (written: { pages: number; articles: number }) => void;
}

export interface CorpusSummary {
  seed: string;
  articles: number;
  pages: number;
  bytes: number;
  cities: number;
  people: number;
  events: number;
  /** Page file names, relative to out (the gold of `X.txt` is `gold/X.json`). */
  firstPage: string | null;
}

// How often each kind of meeting turns up: ordinary work meetings dominate, as in real papers.
const KIND_WEIGHTS: [MeetingKind, number][] = [
  ['conference', 5], ['standing', 1], ['government', 1], ['symposium', 2], ['forum', 1], ['ceremony', 1], ['meeting', 1], ['inspection', 2],
];
const START = Date.UTC(2026, 0, 2);
const DAY = 86_400_000;
const PAGE_NUMBERS = ['一', '二', '三', '四'];

function pickKind(r: number): MeetingKind {
  const total = KIND_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let x = r * total;
  for (const [k, w] of KIND_WEIGHTS) {
    if ((x -= w) < 0) return k;
  }
  return MEETING_KINDS[0];
}

const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

export function writeCorpus(opts: CorpusOptions): CorpusSummary {
  const words = loadWordLists();
  const rng = createRng(opts.seed);
  const perCity = opts.articlesPerCity ?? 1000;
  const cityCount = Math.max(1, Math.ceil(opts.articles / perCity));
  const world = buildWorld(rng, words, cityCount, new NameMaker(rng, words));
  mkdirSync(join(opts.out, 'gold'), { recursive: true });

  let written = 0, pages = 0, bytes = 0, events = 0;
  let firstPage: string | null = null;
  while (written < opts.articles) {
    const city = world.cities[pages % cityCount];
    if (!city) throw new Error('no city');
    const day = Math.floor(pages / cityCount);
    const printed = new Date(START + day * DAY);
    const held = new Date(printed.getTime() - DAY);
    const pageNo = rng.int(1, 4);
    const name = `${String(pages + 1).padStart(6, '0')}-${isoDate(printed)}-${city.short}-p${pageNo}`;
    const gold = new GoldCollector();
    const ctx: ArticleContext = { rng, words, world, city, date: held, gold, groupCredit: rng.chance(0.15) };
    const n = Math.min(rng.int(3, 5), opts.articles - written);
    const blocks: string[] = [`${city.short}日报`, `${printed.getUTCFullYear()}年${printed.getUTCMonth() + 1}月${printed.getUTCDate()}日 第${pageNo}版`];
    gold.org([`${city.short}日报`], true);
    const afterBody = rng.chance(0.2) ? rng.int(0, n - 1) : -1;
    for (let i = 0; i < n; i++) {
      const a = writeArticle(ctx, pickKind(rng.next()));
      events++;
      // Some pages print a headline under its article (layout squeezes), as real pages do.
      const heads = i === afterBody ? [] : [a.headline, ...(a.subhead ? [a.subhead] : [])];
      blocks.push(...heads, ...(a.box ? [a.box] : []), ...a.paragraphs);
      if (rng.chance(0.25)) blocks.push(writeCaption(ctx, a));
      if (rng.chance(0.1)) blocks.push(`（下转第${PAGE_NUMBERS[rng.int(1, 3)]}版）`);
      if (i === afterBody) blocks.push(a.headline);
    }
    if (ctx.groupCredit) {
      const reporter = rng.pick(city.reporters);
      gold.byline(reporter, '记者');
      blocks.push(`（本组稿件由 ${reporter} 采写）`);
    }
    const text = blocks.join('\n\n') + '\n';
    writeFileSync(join(opts.out, `${name}.txt`), text);
    const source = `${city.short}日报, ${isoDate(printed)}, synthetic (seed ${opts.seed})`;
    writeFileSync(join(opts.out, 'gold', `${name}.json`), JSON.stringify(gold.toJSON(`${name}.txt`, source)) + '\n');
    bytes += Buffer.byteLength(text);
    firstPage ??= `${name}.txt`;
    written += n;
    pages++;
    opts.onPage?.({ pages, articles: written });
  }
  const summary: CorpusSummary = {
    seed: opts.seed,
    articles: written,
    pages,
    bytes,
    cities: cityCount,
    people: world.cities.reduce((s, c) => s + c.people.length, 0),
    events,
    firstPage,
  };
  writeFileSync(join(opts.out, 'corpus.json'), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}
