// One interface over both graph stores (embedded Kuzu, Neo4j). Everything above the store
// (ingest, kg query, the viewer's API) talks to this and nothing else.
import type { ExtractionResult } from '../types.js';
import type { GraphBatch } from '../../schema/graph.js';

/** A value coming back from a query, normalised so both stores look alike. */
export type GraphValue =
  | null
  | boolean
  | number
  | string
  | GraphValue[]
  | { [key: string]: GraphValue }
  | GraphNode
  | GraphRelationship;

export interface GraphNode {
  $type: 'node';
  /** The node's `id` property (stable, derived from normalised keys). */
  id: string;
  labels: string[];
  properties: Record<string, GraphValue>;
}

export interface GraphRelationship {
  $type: 'relationship';
  type: string;
  /** `id` properties of the start and end nodes. */
  start: string;
  end: string;
  properties: Record<string, GraphValue>;
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, GraphValue>[];
}

export interface WriteStats {
  documents: number;
  /** Documents skipped because their content hash was already stored. */
  skipped: number;
  nodes: number;
  relationships: number;
}

export interface WriteOptions {
  /** Re-extracted documents replace the facts stored for the same hash/file (no duplicates, no orphans). */
  replace?: boolean;
}

export interface QueryOptions {
  /** Allow writes; queries are read-only unless this is set. */
  write?: boolean;
}

/** A document's graph rows (src/graph/build.ts), with what identifies the document. */
export interface StagedDocument {
  hash: string;
  file: string | null;
  rows: GraphBatch;
}

/**
 * Documents gathered over several extraction batches and written in one transaction: the
 * embedded store's COPY and commit costs grow with the data already stored, so fewer, larger
 * writes are far cheaper than one per batch. Nothing is stored until commit() returns.
 */
export interface StagedWriter {
  /** Stages whole documents (already-stored hashes are skipped unless replacing). */
  add(results: ExtractionResult[]): Promise<void>;
  /** The same, for documents whose graph rows were built already (on the extraction threads). */
  addRows(docs: StagedDocument[]): Promise<void>;
  /** Documents and graph rows staged so far. */
  readonly pendingDocuments: number;
  readonly pendingRows: number;
  /** Writes everything staged atomically (all or none) and empties the stage. */
  commit(): Promise<WriteStats>;
  /** Drops what is staged. */
  discard(): void;
}

export interface GraphStore {
  readonly kind: 'kuzu' | 'neo4j';
  /** Create schema (tables / constraints / indexes) if missing. Idempotent. */
  open(): Promise<void>;
  /** Which of these content hashes are already stored. */
  knownDocuments(hashes: string[]): Promise<Set<string>>;
  /** Write whole documents atomically: a failure leaves none of this batch's documents. */
  writeDocuments(results: ExtractionResult[], opts?: WriteOptions): Promise<WriteStats>;
  /** A writer that groups many batches into one atomic write (stores with a high per-write cost). */
  stagedWriter?(opts?: WriteOptions): StagedWriter;
  /** Run Cypher with parameters (never interpolated text). */
  query(cypher: string, params?: Record<string, unknown>, opts?: QueryOptions): Promise<QueryResult>;
  close(): Promise<void>;
}
