// Pipeline control flow (batching, skip-by-hash, --force, dry run, --out, abort, error isolation)
// with a recording store and a trivial extractor, so each behaviour is observable exactly.
// The same behaviours against the real extractor and the real Kuzu store: ingest-kuzu.test.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentInput, ExtractionResult, GraphStore, WriteOptions } from '../../src/types.js';
import { ARTICLE_A, ARTICLE_B, ARTICLE_C, numberedArticle, tempDir } from './fixtures.js';

vi.mock('../../ingest/extract-batch.js', () => ({
  extractBatch: ({ docs, keep }: { docs: DocumentInput[]; keep: { result: boolean; rows: boolean } }) => docs.map((doc) => {
    if (doc.text.includes('EXPLODE')) return { ok: false, file: doc.file ?? '<stdin>', reason: 'extraction failed: boom' };
    const result: ExtractionResult = {
      document: {
        hash: createHash('sha256').update(doc.text).digest('hex'), file: doc.file ?? null, title: doc.title ?? null,
        date: doc.date ?? null, source: doc.source ?? null, url: doc.url ?? null,
        locale: { province: null, city: doc.locale ?? null, county: null }, text: doc.text,
      },
      articles: [{ index: 0, headline: null, start: 0, end: doc.text.length, kind: 'article' }],
      persons: [], bylines: [], organizations: [], events: [],
    };
    const counts = { articles: 1, persons: 0, organizations: 0, events: 0, bylines: 0 };
    return { ok: true, doc: { hash: result.document.hash, file: result.document.file, counts, ...(keep.result ? { result } : {}) } };
  }),
}));

const { ingestPaths } = await import('../../ingest/pipeline.js');
const { jsonReporter } = await import('../../ingest/progress.js');

class RecordingStore implements GraphStore {
  readonly kind = 'kuzu' as const;
  docs = new Map<string, ExtractionResult>();
  writes: Array<{ hashes: string[]; replace: boolean }> = [];
  async open(): Promise<void> {}
  async knownDocuments(hashes: string[]): Promise<Set<string>> {
    return new Set(hashes.filter((h) => this.docs.has(h)));
  }
  async writeDocuments(results: ExtractionResult[], opts: WriteOptions = {}) {
    this.writes.push({ hashes: results.map((r) => r.document.hash), replace: opts.replace ?? false });
    for (const r of results) this.docs.set(r.document.hash, r);
    return { documents: results.length, skipped: 0, nodes: results.length, relationships: 0 };
  }
  async query() { return { columns: [], rows: [] }; }
  async close(): Promise<void> {}
}

const { dir, cleanup } = tempDir();
beforeAll(() => {
  for (let i = 0; i < 10; i++) writeFileSync(join(dir, `n${String(i).padStart(2, '0')}.txt`), numberedArticle(i));
  writeFileSync(join(dir, 'dup-of-n00.txt'), numberedArticle(0));
  writeFileSync(join(dir, 'a.jsonl'), [JSON.stringify({ text: ARTICLE_A }), 'not json', JSON.stringify({ text: ARTICLE_B })].join('\n'));
  writeFileSync(join(dir, 'explode.txt'), `${ARTICLE_C}\nEXPLODE`);
  writeFileSync(join(dir, 'empty.txt'), '');
});
afterAll(cleanup);

describe('ingestPaths control flow', () => {
  it('writes whole batches, reports bad inputs and goes on, skips in-run duplicates', async () => {
    const store = new RecordingStore();
    const summary = await ingestPaths([dir], { batch: 4, workers: 0 }, store);
    expect(summary.files).toBe(14);
    expect(summary.documents).toBe(14); // 10 + dup + 2 JSONL + explode
    expect(summary.written).toBe(12);
    expect(summary.skipped).toBe(1); // dup-of-n00 has n00's content
    expect(store.docs.size).toBe(12);
    expect(store.writes.every((w) => w.hashes.length <= 4 && !w.replace)).toBe(true);
    expect(summary.errors.map((e) => [e.file.slice(dir.length + 1), e.line, e.reason])).toEqual([
      ['a.jsonl', 2, expect.stringMatching(/^invalid JSON/)],
      ['empty.txt', undefined, 'empty file'],
      ['explode.txt', undefined, 'extraction failed: boom'],
    ]);
    expect(summary.failedFiles).toHaveLength(3);
    expect(summary.interrupted).toBe(false);
  });

  it('skips documents already stored; --force rewrites them with replace', async () => {
    const store = new RecordingStore();
    await ingestPaths([dir], { batch: 5, workers: 0 }, store);
    const before = store.writes.length;
    const again = await ingestPaths([dir], { batch: 5, workers: 0 }, store);
    expect(again.written).toBe(0);
    expect(again.skipped).toBe(13);
    expect(store.writes.length).toBe(before);
    const forced = await ingestPaths([dir], { batch: 5, workers: 0, force: true }, store);
    expect(forced.written).toBe(12);
    expect(forced.skipped).toBe(1);
    expect(store.writes.slice(before).every((w) => w.replace)).toBe(true);
    expect(store.docs.size).toBe(12);
  });

  it('dry run writes nothing and needs no store; --out gets one result per line', async () => {
    const out = join(dir, 'results.out');
    const summary = await ingestPaths([dir], { dryRun: true, out, workers: 0 }, null);
    expect(summary.written).toBe(12);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ExtractionResult);
    expect(lines).toHaveLength(12);
    expect(new Set(lines.map((l) => l.document.hash)).size).toBe(12);
  });

  it('stops reading when aborted and writes only whole batches', async () => {
    const store = new RecordingStore();
    const stop = new AbortController();
    const lines: string[] = [];
    const base = jsonReporter((l) => lines.push(l));
    const summary = await ingestPaths([dir], {
      batch: 2, workers: 0, signal: stop.signal,
      reporter: { ...base, progress: (c) => { base.progress(c); if (c.written >= 2) stop.abort(); } },
    }, store);
    expect(summary.interrupted).toBe(true);
    expect(summary.written).toBeLessThan(12);
    expect(store.writes.every((w) => w.hashes.length <= 2)).toBe(true);
    expect(store.docs.size).toBe(summary.written);
    const events = lines.map((l) => JSON.parse(l) as { event: string });
    expect(events[0]?.event).toBe('start');
    expect(events.at(-1)).toMatchObject({ event: 'summary', interrupted: true });
  });
});

describe('progress output', () => {
  it('draws a progress bar with files, articles, people, meetings and ETA on a terminal', async () => {
    const { PassThrough } = await import('node:stream');
    const { prettyReporter } = await import('../../ingest/progress.js');
    const { formatSummary } = await import('../../ingest/summary.js');
    const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 200, rows: 40, cursorTo: () => true, moveCursor: () => true, clearLine: () => true, clearScreenDown: () => true });
    let drawn = '';
    tty.on('data', (c: Buffer) => (drawn += c.toString()));
    const summary = await ingestPaths([dir], { workers: 0, reporter: prettyReporter(tty as unknown as NodeJS.WriteStream) }, new RecordingStore());
    expect(drawn).toMatch(/100% \| files 14\/14 \| articles 12 \| people 0 \| meetings 0 \| skipped 1 \| [\d.]+ MB\/s \| ETA \d+s/);
    expect(drawn).toContain('kg ingest: ');
    expect(drawn).toContain('empty.txt: empty file');
    const table = formatSummary(summary);
    expect(table).toMatch(/^kg ingest summary\n/);
    expect(table).toMatch(/ {2}documents +14 read, 12 written, 1 skipped/);
    expect(table).toContain('failed inputs (3):');
  });
});
