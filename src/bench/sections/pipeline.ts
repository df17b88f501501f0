// Figures taken through the real ingest pipeline (ingest/pipeline.ts): the same discovery,
// decoding, worker pool and batched store writes `kg ingest` uses. A dry run gives the pooled
// extraction throughput end to end (read + decode on the main thread, extract on N threads,
// counts back: a dry run without --out asks for nothing more); a real run into a fresh store
// gives the ingest figures (graph rows built on the threads).
import { rmSync } from 'node:fs';
import type { IngestSummary } from '../../../ingest/summary.js';
import type { GraphStore } from '../../store/types.js';
import type { StoreConfig } from '../../types.js';
import { PeakMemory, median } from '../measure.js';
import type { IngestFigures, OpenStore } from './ingest.js';
import type { Throughput } from './throughput.js';

/** What the benchmark reads of a run's summary. */
type Summary = Pick<IngestSummary, 'seconds' | 'storeSeconds' | 'bytes' | 'written' | 'documents' | 'nodes' | 'relationships' | 'errors' | 'extraction'>;
export type IngestPaths = (paths: string[], options: { dryRun?: boolean; workers?: number }, store: GraphStore | null) => Promise<Summary>;

function firstError(s: Summary): void {
  const e = s.errors[0];
  if (e) throw new Error(`${s.errors.length} input(s) failed, first ${e.file}: ${e.reason}`);
}

export async function pipelinePool(ingestPaths: IngestPaths, dir: string, articles: number, runs: number, workers?: number): Promise<Throughput & { threads: number; implementation: string }> {
  const secs: number[] = [], peaks: number[] = [], growth: number[] = [];
  let bytes = 0, threads = 0;
  for (let r = 0; r < runs; r++) {
    const mem = new PeakMemory();
    const s = await ingestPaths([dir], { dryRun: true, ...(workers ? { workers } : {}) }, null);
    const m = mem.stop();
    firstError(s);
    if (s.extraction.mode !== 'threads') throw new Error('the ingest pool ran in-process (no compiled worker: run from the built CLI)');
    secs.push(s.seconds);
    peaks.push(m.peakMB);
    growth.push(m.growthMB);
    bytes = s.bytes;
    threads = s.extraction.threads;
  }
  const sec = median(secs);
  return { implementation: 'ingest/pipeline.ts, dry run (read + decode + extract on worker threads)', threads, seconds: sec, mbPerS: bytes / 1e6 / sec, articlesPerS: articles / sec, peakRssMB: median(peaks), rssGrowthMB: median(growth) };
}

export async function pipelineIngest(ingestPaths: IngestPaths, openStore: OpenStore, config: StoreConfig, dir: string, articles: number, workers?: number): Promise<IngestFigures> {
  if (config.kind === 'kuzu') rmSync(config.path, { recursive: true, force: true });
  const store = openStore(config);
  const mem = new PeakMemory();
  const t0 = performance.now();
  let s: Summary;
  try {
    await store.open();
    s = await ingestPaths([dir], { ...(workers ? { workers } : {}) }, store);
  } finally {
    await store.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  firstError(s);
  return {
    implementation: `ingest/pipeline.ts (${s.extraction.mode === 'threads' ? `${s.extraction.threads} worker threads` : 'in-process extraction'})`,
    seconds,
    documentsPerS: s.written / seconds,
    articlesPerS: articles / seconds,
    rowsPerS: (s.nodes + s.relationships) / seconds,
    storeRowsPerS: s.storeSeconds > 0 ? (s.nodes + s.relationships) / s.storeSeconds : null,
    nodes: s.nodes,
    relationships: s.relationships,
    peakRssMB: mem.stop().peakMB,
  };
}
