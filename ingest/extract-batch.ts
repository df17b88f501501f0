// Runs the extractor over a batch of documents, one failure per document rather than per batch:
// an extractor bug on one page must not lose the other pages of the batch. What comes back is
// what the run needs: always the counts; the extraction result (--out, stores that build their
// own rows) and the graph rows (built here, on the extraction thread, for staged stores) when asked.
import { extract } from '../src/extract/index.js';
import { buildGraph } from '../src/graph/build.js';
import type { DocumentInput, ExtractionResult } from '../src/types.js';
import type { GraphBatch } from '../schema/graph.js';

export interface Keep {
  result: boolean;
  rows: boolean;
}

export interface ExtractedCounts {
  articles: number;
  persons: number;
  organizations: number;
  events: number;
  bylines: number;
}

export interface Extracted {
  hash: string;
  file: string | null;
  counts: ExtractedCounts;
  result?: ExtractionResult;
  rows?: GraphBatch;
}

export type Outcome =
  | { ok: true; doc: Extracted }
  | { ok: false; file: string; reason: string };

export interface ExtractTask {
  docs: DocumentInput[];
  keep: Keep;
}

export function extractBatch({ docs, keep }: ExtractTask): Outcome[] {
  return docs.map((doc) => {
    try {
      const r = extract(doc);
      const counts = { articles: r.articles.length, persons: r.persons.length, organizations: r.organizations.length, events: r.events.length, bylines: r.bylines.length };
      const out: Extracted = { hash: r.document.hash, file: r.document.file, counts };
      if (keep.result) out.result = r;
      if (keep.rows) out.rows = buildGraph([r]);
      return { ok: true, doc: out };
    } catch (err) {
      return { ok: false, file: doc.file ?? '<stdin>', reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` };
    }
  });
}
