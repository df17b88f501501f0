// Default limits of an ingest run, in one place for the CLI options and the pipeline.
import { availableParallelism } from 'node:os';

/** Largest accepted file (JSONL: line): whole newspaper pages are well under 1 MB. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

/**
 * Documents per store write. The embedded store stages rows on disk and writes them in one
 * transaction; each Kuzu write ends in a checkpoint that rewrites the relationship tables keyed
 * by person, so its cost grows with the store (100k articles: 4 writes took 32 s end to end,
 * one took 23 s). A run killed with SIGKILL loses at most the write it was staging.
 */
export const DEFAULT_BATCH = 100_000;

/** A write is also made once this many graph rows are staged (what Kuzu holds in memory for one write). */
export const MAX_WRITE_ROWS = 2_000_000;

/** Documents per extraction task (fewer when --batch is smaller): small tasks spread evenly over the threads. */
export const EXTRACT_TASK = 250;

/** One extraction thread per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
