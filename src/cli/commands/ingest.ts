// kg ingest PATH…: files, folders, globs or `-` into the graph store (see ingest/pipeline.ts).
import { Command } from 'commander';
import { resolveStoreConfig, describeStore } from '../../config.js';
import { PartialFailure, UsageError } from '../errors.js';
import { ingestPaths } from '../../../ingest/pipeline.js';
import { parseIngestOptions } from '../../../ingest/options.js';
import { DEFAULT_BATCH, MAX_WRITE_ROWS } from '../../../ingest/defaults.js';
import { createReporter } from '../../../ingest/progress.js';
import { formatSummary } from '../../../ingest/summary.js';
import type { GraphStore } from '../../types.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read TXT/MD/HTML/JSONL files (any common Chinese encoding), extract, and write the graph')
    .argument('<paths...>', 'files, directories (recursive), globs, or - for stdin')
    .option('--locale <place>', 'home locale for resolving 市委 etc., e.g. 大同市 (default: inferred per document)')
    .option('--date <YYYY-MM-DD>', 'publication date when neither the input nor its file name gives one')
    .option('--source <name>', 'newspaper/source name when the input does not carry one')
    .option('--dry-run', 'extract and report, write nothing to the store')
    .option('--out <file.jsonl>', 'also write every extraction result as one JSON line to this file')
    .option('--force', 're-extract documents already stored and replace their facts')
    .option('--max-size <size>', 'largest accepted file (JSONL: line), e.g. 20MB', '20MB')
    .option('--workers <n>', 'extraction worker threads (0 = in-process; default: one per core)')
    .option('--batch <n>', `documents per store write (one transaction; a write also starts at ${MAX_WRITE_ROWS.toLocaleString('en')} staged rows)`, String(DEFAULT_BATCH))
    .option('--log <mode>', 'pretty (progress bar) or json (JSON lines on stdout); default: pretty on a terminal')
    .action(async (paths: string[], _opts: unknown, cmd: Command) => {
      const all = cmd.optsWithGlobals();
      const { store: _s, neo4jUri: _u, neo4jUser: _nu, neo4jPassword: _p, neo4jDatabase: _d, bufferPool: _b, ...own } = all;
      const opts = parseIngestOptions(own);
      if (paths.filter((p) => p === '-').length > 1) throw new UsageError('PATH: - (stdin) can be given only once');
      const config = resolveStoreConfig(all);
      const storeName = describeStore(config);
      const mode = opts.log ?? (process.stderr.isTTY ? 'pretty' : 'json');
      const reporter = createReporter(mode, { stdout: (l) => process.stdout.write(l), stderr: process.stderr });

      // First Ctrl-C: finish the batches in flight and stop cleanly; second: leave at once.
      const stop = new AbortController();
      const onSigint = (): void => {
        if (stop.signal.aborted) process.exit(130);
        process.stderr.write('\nkg ingest: stopping after the current batch (Ctrl-C again to quit now)\n');
        stop.abort();
      };
      process.on('SIGINT', onSigint);
      process.on('SIGTERM', onSigint);

      let store: GraphStore | null = null;
      try {
        if (!opts.dryRun) {
          // Loaded only when writing: a dry run needs no database (nor Kuzu's native module).
          const { openStore } = await import('../../store/index.js');
          const opened = openStore(config);
          store = opened;
          await opened.open();
        }
        const summary = await ingestPaths(paths, { ...opts, reporter, signal: stop.signal, ...(opts.dryRun ? {} : { storeName }) }, store);
        // JSON mode keeps stdout machine-readable: the table goes to stderr there.
        (mode === 'json' ? process.stderr : process.stdout).write(formatSummary(summary));
        if (summary.interrupted) process.exitCode = 130;
        if (summary.errors.length) {
          throw new PartialFailure(`${summary.errors.length} input error(s) in ${summary.failedFiles.length} file(s), listed above`);
        }
      } finally {
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigint);
        await store?.close();
      }
    });
}
