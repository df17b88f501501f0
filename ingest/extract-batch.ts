// Runs the extractor over a batch of documents, one failure per document rather than per batch:
// an extractor bug on one page must not lose the other pages of the batch.
import { extract } from '../src/extract/index.js';
import type { DocumentInput, ExtractionResult } from '../src/types.js';

export type Outcome =
  | { ok: true; result: ExtractionResult }
  | { ok: false; file: string; reason: string };

export function extractBatch(docs: DocumentInput[]): Outcome[] {
  return docs.map((doc) => {
    try {
      return { ok: true, result: extract(doc) };
    } catch (err) {
      return { ok: false, file: doc.file ?? '<stdin>', reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
    }
  });
}
