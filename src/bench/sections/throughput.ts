// Single-thread throughput of a text function (the extractor, or jieba for comparison) over a
// corpus. Files are read outside the timer, one at a time, so the corpus never sits in memory.
import { PeakMemory, median } from '../measure.js';
import { listPages, localeOf, readPage } from '../pages.js';

export interface Throughput {
  seconds: number;
  mbPerS: number;
  articlesPerS: number;
  peakRssMB: number;
  rssGrowthMB: number;
}

export type TextFn = (text: string, file: string, locale: string | undefined) => unknown;

export function measureThroughput(dir: string, articles: number, runs: number, fn: TextFn): Throughput {
  const pages = listPages(dir);
  const secs: number[] = [], peaks: number[] = [], growth: number[] = [];
  let bytes = 0;
  for (let r = 0; r < runs; r++) {
    if (global.gc) global.gc();
    const mem = new PeakMemory();
    let ms = 0;
    bytes = 0;
    for (let i = 0; i < pages.length; i++) {
      const page = pages[i]!;
      const text = readPage(page);
      bytes += Buffer.byteLength(text);
      const t0 = performance.now();
      fn(text, page.file, localeOf(text));
      ms += performance.now() - t0;
      if ((i & 63) === 0) mem.tick();
    }
    const m = mem.stop();
    secs.push(ms / 1000);
    peaks.push(m.peakMB);
    growth.push(m.growthMB);
  }
  const s = median(secs);
  return { seconds: s, mbPerS: bytes / 1e6 / s, articlesPerS: articles / s, peakRssMB: median(peaks), rssGrowthMB: median(growth) };
}
