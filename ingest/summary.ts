// The numbers an ingest run reports, and the end-of-run table.
import type { IngestError } from './types.js';

export interface IngestCounts {
  /** Input files discovered. */
  files: number;
  /** Files fully read (documents taken or rejected). */
  filesDone: number;
  /** Input bytes read so far / in total (0 total when unknown, e.g. stdin). */
  bytes: number;
  totalBytes: number;
  /** Documents read from the inputs. */
  documents: number;
  /** Documents written to the store (or extracted, in a dry run). */
  written: number;
  /** Documents skipped: content hash already stored, or a duplicate earlier in this run. */
  skipped: number;
  articles: number;
  persons: number;
  organizations: number;
  events: number;
  bylines: number;
  nodes: number;
  relationships: number;
}

export interface IngestSummary extends IngestCounts {
  /** Every bad input, in the order met. */
  errors: IngestError[];
  /** Distinct files with at least one error. */
  failedFiles: string[];
  dryRun: boolean;
  interrupted: boolean;
  seconds: number;
  /** Of which spent by the store staging and writing rows (writes overlap extraction). */
  storeSeconds: number;
  /** Where extraction ran: worker threads or in-process. */
  extraction: { mode: 'threads' | 'in-process'; threads: number };
  store: string | null;
}

export function emptyCounts(): IngestCounts {
  return {
    files: 0, filesDone: 0, bytes: 0, totalBytes: 0, documents: 0, written: 0, skipped: 0,
    articles: 0, persons: 0, organizations: 0, events: 0, bylines: 0, nodes: 0, relationships: 0,
  };
}

export function formatError(e: IngestError): string {
  return `${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.reason}`;
}

/** A plain-text table for the end of the run. */
export function formatSummary(s: IngestSummary): string {
  const mb = s.bytes / 1e6;
  const rows: Array<[string, string]> = [
    ['store', s.dryRun ? '(dry run: nothing written)' : s.store ?? '-'],
    ['files', `${s.files}${s.failedFiles.length ? ` (${s.failedFiles.length} with errors)` : ''}`],
    ['documents', `${s.documents} read, ${s.written} ${s.dryRun ? 'extracted' : 'written'}, ${s.skipped} skipped (already stored or duplicate)`],
    ['articles', String(s.articles)],
    ['people', String(s.persons)],
    ['organisations', String(s.organizations)],
    ['meetings', String(s.events)],
    ['bylines', String(s.bylines)],
  ];
  if (!s.dryRun) rows.push(['graph', `${s.nodes} nodes, ${s.relationships} relationships written in ${s.storeSeconds.toFixed(1)} s of store time (${Math.round((s.nodes + s.relationships) / Math.max(s.storeSeconds, 1e-3)).toLocaleString('en')} rows/s)`]);
  rows.push(['time', `${s.seconds.toFixed(1)} s, ${mb.toFixed(1)} MB, ${(mb / Math.max(s.seconds, 1e-3)).toFixed(2)} MB/s, extraction ${s.extraction.mode}${s.extraction.mode === 'threads' ? ` ×${s.extraction.threads}` : ''}`]);
  if (s.interrupted) rows.push(['status', 'INTERRUPTED after the current batch: run again to finish (already written documents are skipped)']);
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = ['kg ingest summary', ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)];
  if (s.errors.length) {
    lines.push(`failed inputs (${s.errors.length}):`);
    for (const e of s.errors) lines.push(`  ${formatError(e)}`);
  }
  return lines.join('\n') + '\n';
}
