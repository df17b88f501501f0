// Piscina worker: extraction of one batch on a worker thread. Loaded only as compiled JS
// (dist/ingest/worker.js); see pool.ts for how TypeScript runs (vitest) are handled.
import { extractBatch, type ExtractTask, type Outcome } from './extract-batch.js';

/**
 * Returns the outcomes as one JSON string: posting a string to the main thread is a copy,
 * while the structured clone of thousands of small result objects cost about as much as the
 * extraction itself (measured: 400 ms clone vs 200 ms stringify + parse per 1000 pages).
 */
export default function run(task: ExtractTask): string {
  return JSON.stringify(extractBatch(task) satisfies Outcome[]);
}
