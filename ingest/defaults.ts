// Default limits of an ingest run, in one place for the CLI options and the pipeline.
import { availableParallelism } from 'node:os';

/** Largest accepted file (JSONL: line): whole newspaper pages are well under 1 MB. */
export const DEFAULT_MAX_SIZE = 20 * 1024 * 1024;

/** Documents per extraction task and per store write. */
export const DEFAULT_BATCH = 32;

/** One extraction thread per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
