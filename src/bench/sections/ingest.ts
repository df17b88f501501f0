// End-to-end ingest into a store: files → extraction → store.writeDocuments, timed from the
// first file read to the last commit. Uses ingest/pipeline.ts when it offers a pipeline the
// benchmark understands; otherwise a plain loop over the same public pieces (extract + store),
// and the report names which one ran.
import { rmSync } from 'node:fs';
import type { GraphStore, WriteStats } from '../../store/types.js';
import type { StoreConfig } from '../../types.js';
import { DEFAULT_BATCH } from '../../../ingest/defaults.js';
import { PeakMemory } from '../measure.js';
import { listPages, localeOf, readPage } from '../pages.js';

export interface IngestFigures {
  implementation: string;
  seconds: number;
  documentsPerS: number;
  articlesPerS: number;
  rowsPerS: number;
  /** Rows per second of store time (staging + writing; writes overlap extraction), when known. */
  storeRowsPerS: number | null;
  nodes: number;
  relationships: number;
  peakRssMB: number;
}

type Extract = (input: { text: string; file?: string; locale?: string }) => unknown;
export type OpenStore = (config: StoreConfig) => GraphStore;

const BATCH = 200;

/** Plain loop: one thread extracting, batches of whole documents written atomically. */
export async function ingestLoop(dir: string, articles: number, extract: Extract, openStore: OpenStore, config: StoreConfig): Promise<IngestFigures> {
  if (config.kind === 'kuzu') rmSync(config.path, { recursive: true, force: true });
  const store = openStore(config);
  const mem = new PeakMemory();
  const t0 = performance.now();
  await store.open();
  let nodes = 0, relationships = 0, documents = 0;
  const add = (s: WriteStats) => { nodes += s.nodes; relationships += s.relationships; documents += s.documents; };
  type Results = Parameters<GraphStore['writeDocuments']>[0];
  // a store that stages writes (Kuzu) gets few large writes, as `kg ingest` gives it
  const staged = store.stagedWriter?.();
  const write = async (docs: Results, last: boolean): Promise<void> => {
    if (!staged) {
      if (docs.length) add(await store.writeDocuments(docs));
      return;
    }
    await staged.add(docs);
    if (last || staged.pendingDocuments >= DEFAULT_BATCH) add(await staged.commit());
  };
  try {
    let batch: unknown[] = [];
    for (const page of listPages(dir)) {
      const text = readPage(page);
      const locale = localeOf(text);
      batch.push(extract({ text, file: page.file, ...(locale ? { locale } : {}) }));
      mem.tick();
      if (batch.length >= BATCH) {
        await write(batch as Results, false);
        batch = [];
      }
    }
    await write(batch as Results, true);
  } finally {
    await store.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    implementation: staged ? `extract() in batches of ${BATCH}, staged writes of ${DEFAULT_BATCH} documents (one thread)` : `extract() + store.writeDocuments in batches of ${BATCH} (one thread)`,
    seconds, documentsPerS: documents / seconds, articlesPerS: articles / seconds,
    rowsPerS: (nodes + relationships) / seconds, storeRowsPerS: null, nodes, relationships, peakRssMB: mem.stop().peakMB,
  };
}
