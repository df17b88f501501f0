// The ingest pipeline: discover files → read/decode documents (streamed) → extract in tasks on
// the pool → skip known hashes → write whole documents to the store. A store with a staged
// writer (Kuzu) gathers the rows of many tasks and writes them in one transaction of up to
// --batch documents, while extraction goes on (one write at a time); other stores get one write
// per task. Held at once: the tasks in extraction, the one being read, and what two writes
// stage in memory (Kuzu stages rows on disk; what stays is bounded by --batch and
// MAX_WRITE_ROWS), so memory does not grow with the input. Stopping (signal) ends reading; tasks
// in extraction are finished, staged and written, so nothing is half-written. A document counts
// as written only once its write has committed; atomic, hash-idempotent writes make a re-run
// after a kill complete without duplicates.
import type { WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import type { DocumentInput, GraphStore, WriteStats } from '../src/types.js';
import type { StagedWriter } from '../src/store/types.js';
import { DEFAULT_BATCH, EXTRACT_TASK, MAX_WRITE_ROWS } from './defaults.js';
import { BusyTime } from './busy-time.js';
import { discover } from './discover.js';
import { createPool, type PoolOptions } from './pool.js';
import type { Extracted, Keep, Outcome } from './extract-batch.js';
import type { Reporter } from './progress.js';
import { iterateDocuments } from './read-documents.js';
import { emptyCounts, type IngestSummary } from './summary.js';
import type { IngestError, ReadOptions } from './types.js';

export interface IngestOptions extends ReadOptions, PoolOptions {
  /** Extract and report, write nothing to the store. */
  dryRun?: boolean;
  /** Also write every extraction result as one JSON line to this file. */
  out?: string;
  /** Re-extract documents already stored and replace their facts. */
  force?: boolean;
  /** Documents per store write (default DEFAULT_BATCH); extraction tasks hold at most EXTRACT_TASK. */
  batch?: number;
  /** Documents per extraction task (default: the smaller of batch and EXTRACT_TASK). */
  taskSize?: number;
  reporter?: Reporter;
  /** Aborting stops reading; batches in flight are finished. */
  signal?: AbortSignal;
  /** Printable store name for the reports. */
  storeName?: string;
}

/** Ingests files/directories/globs (`-` = stdin) into `store` (null only for a dry run). */
export async function ingestPaths(paths: string[], options: IngestOptions, store: GraphStore | null): Promise<IngestSummary> {
  const dryRun = options.dryRun ?? false;
  if (!dryRun && !store) throw new Error('ingestPaths: a store is required unless dryRun is set');
  const batchSize = Math.max(1, options.batch ?? DEFAULT_BATCH);
  const taskSize = Math.max(1, Math.min(batchSize, options.taskSize ?? EXTRACT_TASK));
  const reporter = options.reporter;
  const t0 = performance.now();
  // time spent in the store: staging rows and writing them (a write overlaps extraction and the
  // next write's staging; overlapping time counts once)
  const storeTime = new BusyTime();
  const counts = emptyCounts();
  const errors: IngestError[] = [];
  const failed = new Set<string>();
  const seenHashes = new Set<string>();
  const fail = (e: IngestError): void => {
    errors.push(e);
    failed.add(e.file);
    reporter?.error(e);
  };

  const found = await discover(paths);
  counts.files = found.files.length + found.errors.length;
  counts.totalBytes = found.files.reduce((s, f) => s + f.size, 0);
  const out = options.out ? await openOut(options.out) : null;
  const pool = createPool(options);
  const extraction = { mode: pool.mode, threads: pool.threads };
  reporter?.start({ files: counts.files, totalBytes: counts.totalBytes, dryRun, store: options.storeName ?? null, extraction });
  for (const e of found.errors) {
    fail(e);
    counts.filesDone++;
  }
  const outError = out ? new Promise<never>((_, reject) => out.once('error', reject)) : null;
  outError?.catch(() => {});

  // Extraction tasks in submission order; writing happens in the same order.
  const inFlight: Promise<Outcome[]>[] = [];
  // One task per thread plus one ready to go keeps threads busy while bounding memory.
  const maxInFlight = pool.threads + 1;

  const force = options.force ?? false;
  const stager = !dryRun && store?.stagedWriter ? store : null;
  let writer: StagedWriter | null = stager ? stager.stagedWriter!({ replace: force }) : null;
  /** Counts of the staged documents, added to the totals when their write commits. */
  let staged = emptyStaged();
  /** The write under way (one at a time); its failure surfaces at the next write or the end. */
  let committing: Promise<void> | null = null;
  let writing = false;

  // what extraction sends back: the result for --out and stores that build their own rows, the
  // graph rows (built on the extraction threads) for staged stores, only counts otherwise
  const keep: Keep = { result: !!out || (!dryRun && !!store && !stager), rows: !!stager };

  const tally = (t: StagedCounts, d: Extracted): void => {
    t.written++;
    t.articles += d.counts.articles;
    t.persons += d.counts.persons;
    t.organizations += d.counts.organizations;
    t.events += d.counts.events;
    t.bylines += d.counts.bylines;
  };
  const credit = (t: StagedCounts, stats: WriteStats): void => {
    counts.nodes += stats.nodes;
    counts.relationships += stats.relationships;
    // Normally 0 (known hashes were filtered before); non-zero only if the store had them meanwhile.
    counts.skipped += stats.skipped;
    counts.written += t.written - stats.skipped;
    counts.articles += t.articles;
    counts.persons += t.persons;
    counts.organizations += t.organizations;
    counts.events += t.events;
    counts.bylines += t.bylines;
  };

  /** Starts writing what is staged (after the write under way, if any). */
  const flush = async (): Promise<void> => {
    if (!writer || !stager || !writer.pendingDocuments) return;
    if (committing) await committing;
    const w = writer;
    const t = staged;
    writer = stager.stagedWriter!({ replace: force });
    staged = emptyStaged();
    writing = true;
    const started = performance.now();
    committing = w.commit().then((stats) => {
      storeTime.add(started, performance.now());
      writing = false;
      credit(t, stats);
      reporter?.progress({ ...counts });
    });
    committing.catch(() => {}); // awaited by the next flush or at the end
  };

  const write = async (outcomes: Outcome[]): Promise<void> => {
    const fresh: Extracted[] = [];
    for (const o of outcomes) {
      if (!o.ok) {
        fail({ file: o.file, reason: o.reason });
        continue;
      }
      if (seenHashes.has(o.doc.hash)) {
        counts.skipped++;
        continue;
      }
      seenHashes.add(o.doc.hash);
      fresh.push(o.doc);
    }
    if (out && outError) {
      for (const d of fresh) {
        if (!out.write(JSON.stringify(d.result) + '\n')) await Promise.race([once(out, 'drain'), outError]);
      }
    }
    let toWrite = fresh;
    if (!dryRun && store && fresh.length) {
      if (!force) {
        const known = await store.knownDocuments(fresh.map((d) => d.hash));
        toWrite = fresh.filter((d) => !known.has(d.hash));
        counts.skipped += fresh.length - toWrite.length;
      }
      if (writer) {
        const started = performance.now();
        await writer.addRows(toWrite.map((d) => ({ hash: d.hash, file: d.file, rows: d.rows! })));
        storeTime.add(started, performance.now());
        for (const r of toWrite) tally(staged, r);
        // While a write is under way, staging goes on (up to 1.5 times the size) rather than waiting:
        // extraction keeps going, and the end of the input is not left to a small last write.
        const full = (k: number): boolean => writer!.pendingDocuments >= k * batchSize || writer!.pendingRows >= k * MAX_WRITE_ROWS;
        if (full(writing ? 1.5 : 1)) await flush();
        reporter?.progress({ ...counts });
        return;
      }
      if (toWrite.length) {
        const started = performance.now();
        const stats = await store.writeDocuments(toWrite.map((d) => d.result!), { replace: force });
        storeTime.add(started, performance.now());
        const t = emptyStaged();
        for (const r of toWrite) tally(t, r);
        credit(t, stats);
        reporter?.progress({ ...counts });
        return;
      }
    }
    const t = emptyStaged();
    for (const r of toWrite) tally(t, r);
    credit(t, { documents: 0, skipped: 0, nodes: 0, relationships: 0 });
    reporter?.progress({ ...counts });
  };

  const drainOne = async (): Promise<void> => {
    const next = inFlight.shift();
    if (next) await write(await next);
  };
  const submit = async (docs: DocumentInput[]): Promise<void> => {
    const task = pool.run(docs, keep);
    task.catch(() => {}); // awaited in order by drainOne; avoid an unhandled rejection meanwhile
    inFlight.push(task);
    if (inFlight.length >= maxInFlight) await drainOne();
  };

  let batch: DocumentInput[] = [];
  let interrupted = false;
  try {
    files: for (const file of found.files) {
      for await (const item of iterateDocuments(file.path, options)) {
        if (options.signal?.aborted) {
          interrupted = true;
          break files;
        }
        counts.bytes += item.bytes;
        if (item.kind === 'error') {
          fail(item.error);
          continue;
        }
        counts.documents++;
        batch.push(item.document);
        if (batch.length >= taskSize) {
          const full = batch;
          batch = [];
          await submit(full);
        }
      }
      counts.filesDone++;
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
    }
    if (batch.length && !interrupted) await submit(batch);
    batch = [];
    while (inFlight.length) await drainOne();
    await flush();
    if (committing) await committing;
  } finally {
    // On a failure, let in-flight extraction and the write under way settle before tearing down.
    await Promise.allSettled([...inFlight, ...(committing ? [committing] : [])]);
    writer?.discard();
    await pool.close();
    if (out) await new Promise<void>((resolve) => out.end(resolve));
  }

  const summary: IngestSummary = {
    ...counts,
    errors,
    failedFiles: [...failed],
    dryRun,
    interrupted,
    seconds: (performance.now() - t0) / 1000,
    storeSeconds: storeTime.ms() / 1000,
    extraction,
    store: options.storeName ?? null,
  };
  reporter?.finish(summary);
  return summary;
}

interface StagedCounts {
  written: number;
  articles: number;
  persons: number;
  organizations: number;
  events: number;
  bylines: number;
}
const emptyStaged = (): StagedCounts => ({ written: 0, articles: 0, persons: 0, organizations: 0, events: 0, bylines: 0 });

/** Opens --out before any work, so a bad path fails at once with a clear message. */
async function openOut(path: string): Promise<WriteStream> {
  const fh = await open(path, 'w').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`--out ${path}: cannot write (${err.code ?? err.message})`);
  });
  return fh.createWriteStream({ encoding: 'utf8' });
}

export type { IngestSummary } from './summary.js';
