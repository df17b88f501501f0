// The ingest pipeline: discover files → read/decode documents (streamed) → extract in batches
// on the pool → skip known hashes → write whole batches to the store. At most a few batches are
// held at once (the one being read plus those in extraction), so memory does not grow with the
// input. Stopping (signal) ends reading; batches already in extraction are finished and written,
// so nothing is half-written; the store's per-batch atomic, hash-idempotent writes make a re-run
// after a kill complete without duplicates.
import type { WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import type { DocumentInput, ExtractionResult, GraphStore } from '../src/types.js';
import { DEFAULT_BATCH } from './defaults.js';
import { discover } from './discover.js';
import { createPool, type PoolOptions } from './pool.js';
import type { Outcome } from './extract-batch.js';
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
  /** Documents per extraction task and per store write (default DEFAULT_BATCH). */
  batch?: number;
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
  const reporter = options.reporter;
  const t0 = performance.now();
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

  const write = async (outcomes: Outcome[]): Promise<void> => {
    const fresh: ExtractionResult[] = [];
    for (const o of outcomes) {
      if (!o.ok) {
        fail({ file: o.file, reason: o.reason });
        continue;
      }
      const hash = o.result.document.hash;
      if (seenHashes.has(hash)) {
        counts.skipped++;
        continue;
      }
      seenHashes.add(hash);
      fresh.push(o.result);
    }
    if (out && outError) {
      for (const r of fresh) {
        if (!out.write(JSON.stringify(r) + '\n')) await Promise.race([once(out, 'drain'), outError]);
      }
    }
    let toWrite = fresh;
    if (!dryRun && store && fresh.length) {
      if (!options.force) {
        const known = await store.knownDocuments(fresh.map((r) => r.document.hash));
        toWrite = fresh.filter((r) => !known.has(r.document.hash));
        counts.skipped += fresh.length - toWrite.length;
      }
      if (toWrite.length) {
        const stats = await store.writeDocuments(toWrite, { replace: options.force ?? false });
        counts.nodes += stats.nodes;
        counts.relationships += stats.relationships;
        // Normally 0 (known hashes were filtered above); non-zero only if another writer raced us.
        counts.skipped += stats.skipped;
        counts.written -= stats.skipped;
      }
    }
    for (const r of toWrite) {
      counts.written++;
      counts.articles += r.articles.length;
      counts.persons += r.persons.length;
      counts.organizations += r.organizations.length;
      counts.events += r.events.length;
      counts.bylines += r.bylines.length;
    }
    reporter?.progress({ ...counts });
  };

  const drainOne = async (): Promise<void> => {
    const next = inFlight.shift();
    if (next) await write(await next);
  };
  const submit = async (docs: DocumentInput[]): Promise<void> => {
    const task = pool.run(docs);
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
        if (batch.length >= batchSize) {
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
  } finally {
    // On a store failure, let in-flight extraction settle before tearing the pool down.
    await Promise.allSettled(inFlight);
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
    extraction,
    store: options.storeName ?? null,
  };
  reporter?.finish(summary);
  return summary;
}

/** Opens --out before any work, so a bad path fails at once with a clear message. */
async function openOut(path: string): Promise<WriteStream> {
  const fh = await open(path, 'w').catch((err: NodeJS.ErrnoException) => {
    throw new Error(`--out ${path}: cannot write (${err.code ?? err.message})`);
  });
  return fh.createWriteStream({ encoding: 'utf8' });
}

export type { IngestSummary } from './summary.js';
