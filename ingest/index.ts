// Public surface of the ingest layer, for `kg ingest`, `kg extract`, `kg start` and the benchmark.
export { ingestPaths, type IngestOptions } from './pipeline.js';
export { readDocuments, iterateDocuments } from './read-documents.js';
export { discover, type InputFile } from './discover.js';
export { jsonReporter, prettyReporter, createReporter, type Reporter, type LogMode } from './progress.js';
export { formatSummary, formatError, type IngestSummary } from './summary.js';
export { DEFAULT_BATCH, DEFAULT_MAX_SIZE, defaultWorkers } from './defaults.js';
export type { IngestError, ReadOptions, ReadItem } from './types.js';
