// Shared shapes of the ingest layer: what a reader yields and how a bad input is reported.
import type { DocumentInput } from '../src/types.js';

/** One bad input: the file (and JSONL line) and a one-line reason. */
export interface IngestError {
  file: string;
  line?: number;
  reason: string;
}

/** Per-run metadata defaults; values carried by the input itself (JSONL fields, HTML meta) win. */
export interface ReadOptions {
  /** Fallback publication date `YYYY-MM-DD` (--date). */
  date?: string;
  /** Fallback newspaper/source name (--source). */
  source?: string;
  /** Home locale hint (--locale), e.g. `大同市`. */
  locale?: string;
  /** Largest accepted file (JSONL: largest accepted line), bytes. */
  maxSize?: number;
}

export type ReadItem =
  | { kind: 'document'; document: DocumentInput; bytes: number }
  | { kind: 'error'; error: IngestError; bytes: number };
