// Extraction throughput with worker threads (piscina), one per core by default. Wall-clock
// time including file reads and messaging, i.e. what ingest can get out of the machine.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { Piscina } from 'piscina';
import { PeakMemory, median } from '../measure.js';
import { listPages } from '../pages.js';
import type { Throughput } from './throughput.js';

const BATCH = 32;

/** The compiled worker; under vitest (TypeScript sources) there is none, so the pool needs `npm run build`. */
export function workerFile(): string | null {
  const url = new URL('../extract-worker.js', import.meta.url);
  const path = fileURLToPath(url);
  return path.endsWith('.js') && existsSync(path) && !import.meta.url.endsWith('.ts') ? path : null;
}

export async function measurePool(dir: string, articles: number, runs: number, threads = cpus().length): Promise<Throughput & { threads: number; implementation: string }> {
  const filename = workerFile();
  if (!filename) throw new Error('the pooled benchmark runs from the built CLI (npm run build, then kg bench run)');
  const pages = listPages(dir).map((p) => p.path);
  const batches: string[][] = [];
  for (let i = 0; i < pages.length; i += BATCH) batches.push(pages.slice(i, i + BATCH));
  const pool = new Piscina({ filename, minThreads: threads, maxThreads: threads });
  try {
    // Warm-up: every worker loads the extractor and its lexicons once, outside the timer.
    await Promise.all(Array.from({ length: threads }, () => pool.run({ files: pages.slice(0, 1) })));
    const secs: number[] = [], peaks: number[] = [], growth: number[] = [];
    let bytes = 0;
    for (let r = 0; r < runs; r++) {
      const mem = new PeakMemory();
      const t0 = performance.now();
      const out = (await Promise.all(batches.map((files) => pool.run({ files })))) as { bytes: number }[];
      secs.push((performance.now() - t0) / 1000);
      bytes = out.reduce((s, o) => s + o.bytes, 0);
      const m = mem.stop();
      peaks.push(m.peakMB);
      growth.push(m.growthMB);
    }
    const s = median(secs);
    return { implementation: 'the benchmark\'s own piscina pool (src/bench/extract-worker.ts)', threads, seconds: s, mbPerS: bytes / 1e6 / s, articlesPerS: articles / s, peakRssMB: median(peaks), rssGrowthMB: median(growth) };
  } finally {
    await pool.destroy();
  }
}
