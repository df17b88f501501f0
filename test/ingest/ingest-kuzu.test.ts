// kg ingest into the real embedded Kuzu store (temp dirs) with the real extractor: writing,
// idempotency, --force, and runs interrupted by SIGKILL and by Ctrl-C (child processes with
// worker threads) that complete on a re-run with the same graph as an uninterrupted run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { ingestPaths } from '../../ingest/pipeline.js';
import type { GraphStore } from '../../src/types.js';
import { tempDir } from './fixtures.js';
import { bundledCli, finished, jsonLog, kg, removeBundle, runKg } from './harness.js';
import { MIXED, writeBulk, writeMixedInputs } from './inputs.js';

const { dir, cleanup } = tempDir();
const input = join(dir, 'input');
const BULK = 240;
const bulk = join(dir, 'bulk');
beforeAll(() => {
  writeMixedInputs(input);
  writeBulk(bulk, BULK);
});
afterAll(() => {
  cleanup();
  removeBundle();
});

async function withStore<T>(path: string, fn: (s: GraphStore) => Promise<T>): Promise<T> {
  const store = openStore({ kind: 'kuzu', path });
  await store.open();
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Node and relationship counts, and nodes with no relationship at all (what a bad replace leaves behind). */
async function graphCounts(path: string): Promise<{ nodes: number; rels: number; orphans: number }> {
  return withStore(path, async (s) => {
    const one = async (q: string): Promise<number> => Number((await s.query(q)).rows[0]?.c);
    return {
      nodes: await one('MATCH (n) RETURN count(n) AS c'),
      rels: await one('MATCH ()-[r]->() RETURN count(r) AS c'),
      orphans: await one('MATCH (n) WHERE NOT EXISTS { MATCH (n)--() } RETURN count(n) AS c'),
    };
  });
}

describe('kg ingest into Kuzu', () => {
  const storePath = join(dir, 'kg.kuzu');
  const run = (...extra: string[]) => kg(['--store', storePath, 'ingest', input, '--log', 'json', '--locale', '云岭市', ...extra]);

  it('writes every good document and lists the bad inputs (exit 2)', async () => {
    const res = await run();
    expect(res.code).toBe(2);
    const events = jsonLog(res.stdout);
    expect(events[0]).toMatchObject({ event: 'start', files: MIXED.files, dryRun: false, store: `kuzu:${storePath}` });
    expect(events.at(-1)).toMatchObject({ event: 'summary', documents: MIXED.documents, written: MIXED.documents, skipped: 0 });
    expect(Number(events.at(-1)!.nodes)).toBeGreaterThan(0);
    await withStore(storePath, async (s) => {
      const names = (await s.query('MATCH (p:Person) RETURN p.name AS name')).rows.map((r) => r.name);
      for (const name of ['欧阳明远', '周海波', '马文静', '孙丽华']) expect(names).toContain(name);
    });
  });

  it('is idempotent: a second run writes nothing and reports everything skipped', async () => {
    const before = await graphCounts(storePath);
    const res = await run();
    expect(jsonLog(res.stdout).at(-1)).toMatchObject({ documents: MIXED.documents, written: 0, skipped: MIXED.documents });
    expect(await graphCounts(storePath)).toEqual(before);
  });

  it('--force re-extracts and replaces: no duplicates, no orphans', async () => {
    const before = await graphCounts(storePath);
    const res = await run('--force');
    expect(jsonLog(res.stdout).at(-1)).toMatchObject({ documents: MIXED.documents, written: MIXED.documents, skipped: 0 });
    // Same nodes, relationships and isolated nodes as before: the old facts were replaced, not left behind.
    expect(await graphCounts(storePath)).toEqual(before);
  });
});

describe('interrupted runs (child process, worker threads)', () => {
  let cli: string;
  const reference = join(dir, 'ref.kuzu');
  let refCounts: { nodes: number; rels: number; orphans: number };
  beforeAll(async () => {
    cli = await bundledCli();
    const ref = await withStore(reference, (s) => ingestPaths([bulk], { batch: 16, workers: 0 }, s));
    expect(ref.written).toBe(BULK);
    refCounts = await graphCounts(reference);
  });

  /** Starts `kg ingest bulk` and resolves once the log shows at least `min` documents written. */
  function startAndWaitForWrites(store: string, min: number): { child: ChildProcess; done: ReturnType<typeof finished>; ready: Promise<void> } {
    const child = runKg(cli, ['--store', store, 'ingest', bulk, '--log', 'json', '--batch', '4', '--workers', '2']);
    const done = finished(child);
    const ready = new Promise<void>((resolve, reject) => {
      let buf = '';
      child.stdout!.on('data', (c: Buffer) => {
        buf += c.toString();
        const lines = buf.split('\n');
        buf = lines.pop() ?? '';
        for (const l of lines) {
          const e = JSON.parse(l) as { event: string; written?: number };
          if (e.event === 'progress' && (e.written ?? 0) >= min) resolve();
        }
      });
      void done.then((r) => reject(new Error(`kg exited (${r.code}) before writing ${min} documents: ${r.stderr}`)));
    });
    return { child, done, ready };
  }

  it('SIGKILL mid-run, then a re-run: the same graph as an uninterrupted run, no duplicates', async () => {
    const killed = join(dir, 'killed.kuzu');
    const { child, done, ready } = startAndWaitForWrites(killed, 8);
    await ready;
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');

    const rerun = await withStore(killed, (s) => ingestPaths([bulk], { batch: 16, workers: 0 }, s));
    expect(rerun.errors).toEqual([]);
    expect(rerun.skipped).toBeGreaterThanOrEqual(8); // what the killed run had committed
    expect(rerun.written).toBeGreaterThan(0); // it really was killed mid-run
    expect(rerun.skipped + rerun.written).toBe(BULK);
    expect(await graphCounts(killed)).toEqual(refCounts);
  });

  it('Ctrl-C (SIGINT) finishes the batches in flight, exits 130 with a summary; a re-run completes', async () => {
    const store = join(dir, 'sigint.kuzu');
    const { child, done, ready } = startAndWaitForWrites(store, 4);
    await ready;
    child.kill('SIGINT');
    const { code, stdout } = await done;
    expect(code).toBe(130);
    const summary = jsonLog(stdout).at(-1) as { event: string; interrupted: boolean; written: number };
    expect(summary).toMatchObject({ event: 'summary', interrupted: true });
    expect(summary.written).toBeLessThan(BULK);
    const rerun = await withStore(store, (s) => ingestPaths([bulk], { batch: 16, workers: 0 }, s));
    expect(rerun.skipped).toBe(summary.written); // everything the interrupted run reported was committed
    expect(rerun.written).toBe(BULK - summary.written);
    expect(await graphCounts(store)).toEqual(refCounts);
  });
});

describe('staged writes into Kuzu', () => {
  it('gathers several extraction tasks into each write, counts documents only once written, and builds the same graph', async () => {
    const reference = join(dir, 'staged-ref.kuzu');
    const grouped = join(dir, 'staged.kuzu');
    await withStore(reference, (s) => ingestPaths([bulk], { batch: 16, workers: 0 }, s));
    const commits: number[] = [];
    const progress: Array<{ written: number; documents: number }> = [];
    const summary = await withStore(grouped, async (s) => {
      const make = s.stagedWriter!.bind(s);
      s.stagedWriter = (opts) => {
        const w = make(opts);
        const commit = w.commit.bind(w);
        w.commit = async () => {
          const n = w.pendingDocuments;
          const stats = await commit();
          commits.push(n);
          return stats;
        };
        return w;
      };
      return ingestPaths([bulk], { batch: 50, taskSize: 10, workers: 0, reporter: { start() {}, error() {}, finish() {}, progress: (c) => progress.push({ written: c.written, documents: c.documents }) } }, s);
    });
    expect(summary.written).toBe(BULK);
    expect(commits.reduce((a, b) => a + b, 0)).toBe(BULK);
    // whole writes of at least --batch documents (the last one may be smaller), far fewer than tasks
    expect(commits.slice(0, -1).every((n) => n >= 50)).toBe(true);
    expect(commits.length).toBeLessThan(BULK / 10);
    // written only moves when a write commits, by that write's documents
    const steps = [...new Set(progress.map((p) => p.written))];
    expect(steps).toEqual([0, ...commits.map((_, i) => commits.slice(0, i + 1).reduce((a, b) => a + b, 0))]);
    expect(await graphCounts(grouped)).toEqual(await graphCounts(reference));
  });
});

describe('a failed staged write', () => {
  it('stops the run with its own error, keeps the earlier writes whole, and a re-run completes', async () => {
    const path = join(dir, 'failing.kuzu');
    const reference = join(dir, 'failing-ref.kuzu');
    await withStore(reference, (s) => ingestPaths([bulk], { batch: 16, workers: 0 }, s));
    let commits = 0;
    await withStore(path, async (s) => {
      const inner = s as unknown as { run(c: string, p?: Record<string, unknown>): Promise<unknown> };
      const real = inner.run.bind(inner);
      inner.run = async (c, p) => {
        if (/^COMMIT/.test(c) && ++commits === 2) throw new Error('injected failure');
        return real(c, p);
      };
      await expect(ingestPaths([bulk], { batch: 60, taskSize: 20, workers: 0 }, s)).rejects.toThrow('injected failure');
      inner.run = real;
      const stored = Number((await s.query('MATCH (a:Article) RETURN count(a) AS c')).rows[0]!.c);
      expect(stored).toBeGreaterThanOrEqual(60); // the first write, whole
      expect(stored).toBeLessThan(BULK);
    });
    const rerun = await withStore(path, (s) => ingestPaths([bulk], { batch: 60, workers: 0 }, s));
    expect(rerun.written + rerun.skipped).toBe(BULK);
    expect(await graphCounts(path)).toEqual(await graphCounts(reference));
  });
});
