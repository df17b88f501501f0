// Where extraction runs. With N ≥ 1 workers and a compiled worker beside this module
// (dist/ingest/worker.js, i.e. the built CLI) it is a piscina pool of N threads. When running
// from TypeScript sources (vitest) there is no loadable worker file – worker threads cannot
// import .ts – so extraction runs in-process on the main thread, with the same code path
// (extractBatch); `workerFile` can point at a compiled worker explicitly.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { DocumentInput } from '../src/types.js';
import { extractBatch, type Keep, type Outcome } from './extract-batch.js';
import { defaultWorkers } from './defaults.js';

export interface ExtractorPool {
  /** 'threads' when a worker pool runs, 'in-process' otherwise. */
  readonly mode: 'threads' | 'in-process';
  readonly threads: number;
  run(docs: DocumentInput[], keep: Keep): Promise<Outcome[]>;
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Worker threads; 0 = extract in-process. Default: one per core. */
  workers?: number;
  /** A compiled worker file; default: worker.js beside this module when that is compiled JS. */
  workerFile?: string | null;
}

/** The compiled worker beside this module, or null when running from .ts sources. */
export function compiledWorkerFile(): string | null {
  if (!import.meta.url.endsWith('.js')) return null;
  const path = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(path) ? path : null;
}

export function createPool(opts: PoolOptions = {}): ExtractorPool {
  const workers = opts.workers ?? defaultWorkers();
  const file = opts.workerFile === undefined ? compiledWorkerFile() : opts.workerFile;
  if (workers < 1 || !file) return inProcess();
  const pool = new Piscina<{ docs: DocumentInput[]; keep: Keep }, string>({ filename: file, minThreads: workers, maxThreads: workers, idleTimeout: 60_000 });
  return {
    mode: 'threads',
    threads: workers,
    // the worker sends JSON (see worker.ts)
    run: async (docs, keep) => JSON.parse(await pool.run({ docs, keep })) as Outcome[],
    close: () => pool.destroy(),
  };
}

function inProcess(): ExtractorPool {
  return {
    mode: 'in-process',
    threads: 1,
    // Yield to the event loop first so signals and progress output are handled between batches.
    run: (docs, keep) => new Promise((resolve, reject) => setImmediate(() => {
      try {
        resolve(extractBatch({ docs, keep }));
      } catch (err) {
        reject(err as Error);
      }
    })),
    close: async () => {},
  };
}
