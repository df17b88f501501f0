// Piscina worker: extraction of one batch on a worker thread. Loaded only as compiled JS
// (dist/ingest/worker.js); see pool.ts for how TypeScript runs (vitest) are handled.
import { extractBatch, type Outcome } from './extract-batch.js';
import type { DocumentInput } from '../src/types.js';

export default function run(docs: DocumentInput[]): Outcome[] {
  return extractBatch(docs);
}
