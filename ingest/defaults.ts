// Default limits of an ingest run, in one place for the CLI options and the pipeline.
import { availableParallelism } from 'node:os';

/** Largest accepted file (JSONL: line): whole newspaper pages are well under 1 MB. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

/**
 * Documents per extraction task and per store write. Each embedded-store write has a fixed cost
 * (~0.3–0.6 s measured with Kuzu, almost all of it the COMMIT), so batches are large: 3000 short
 * articles took 44 s at 32 per batch and 6 s at 500.
 */
export const DEFAULT_BATCH = 1000;

/** One extraction thread per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
