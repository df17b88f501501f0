// Default limits of an ingest run, in one place for the CLI options and the pipeline.
import { availableParallelism } from 'node:os';

/** Largest accepted file (JSONL: line): whole newspaper pages are well under 1 MB. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

/**
 * Documents per store write. The embedded store stages the results of many extraction tasks and
 * writes them in one transaction: each Kuzu write ends in a checkpoint that rewrites the
 * relationship tables keyed by person, so its cost grows with the store (0.7 s for one row
 * into a 1.2M-row graph). 25,000 pages took 275 s to write in 25 writes, 33–40 s in 3–5.
 */
export const DEFAULT_BATCH = 10_000;

/** A write is also made once this many graph rows are staged (~75 MB of JS heap; ~5000 pages). */
export const MAX_WRITE_ROWS = 250_000;

/** Documents per extraction task (fewer when --batch is smaller): small tasks spread evenly over the threads. */
export const EXTRACT_TASK = 250;

/** One extraction thread per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
