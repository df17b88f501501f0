// kg ingest through the CLI with the real extractor, no database: --dry-run, --out, the JSON
// log, bad inputs and options, stdin, and the worker-thread pool in a child process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { ExtractionResult } from '../../src/types.js';
import { ARTICLE_A, ARTICLE_B, ARTICLE_C, tempDir } from './fixtures.js';
import { bundledCli, finished, jsonLog, kg, removeBundle, runKg } from './harness.js';
import { MIXED, writeMixedInputs } from './inputs.js';

const { dir, cleanup } = tempDir();
const input = join(dir, 'input');
const unusedStore = join(dir, 'never-created.kuzu');
beforeAll(() => writeMixedInputs(input));
afterAll(() => {
  cleanup();
  removeBundle();
});

const readResults = (file: string): ExtractionResult[] =>
  readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ExtractionResult);

describe('kg ingest --dry-run (real extractor)', () => {
  it('reads every kind and encoding, logs JSON lines, lists bad inputs and exits 2', async () => {
    const out = join(dir, 'mixed.jsonl');
    const res = await kg(['--store', unusedStore, 'ingest', input, '--dry-run', '--out', out, '--log', 'json', '--locale', '云岭市']);
    expect(res.code).toBe(2);
    const events = jsonLog(res.stdout);
    expect(events[0]).toMatchObject({ event: 'start', files: MIXED.files, dryRun: true, store: null, extraction: { mode: 'in-process' } });
    expect(events.filter((e) => e.event === 'error').map((e) => [String(e.file).slice(input.length + 1), e.line ?? null, e.reason])).toEqual([
      ['empty.txt', null, 'empty file'],
      ['f.jsonl', 2, expect.stringMatching(/^invalid JSON/)],
    ]);
    expect(events.some((e) => e.event === 'progress')).toBe(true);
    const summary = events.at(-1)!;
    expect(summary).toMatchObject({ event: 'summary', documents: MIXED.documents, written: MIXED.documents, skipped: 0, interrupted: false, dryRun: true });
    expect(res.stderr).toContain('kg ingest summary');
    expect(res.stderr).toMatch(/f\.jsonl:2: invalid JSON/);
    expect(res.stderr).toContain('kg: 2 input error(s) in 2 file(s), listed above');

    // Names from the GBK, UTF-16BE, Big5 and HTML inputs survive decoding intact.
    const results = readResults(out);
    expect(results).toHaveLength(MIXED.documents);
    const byFile = new Map(results.map((r) => [String(r.document.file).slice(input.length + 1), r]));
    const names = (f: string): string[] => byFile.get(f)?.persons.map((p) => p.name) ?? [];
    expect(names('gbk/b.txt')).toContain('周海波');
    expect(names('c.txt')).toContain('马文静');
    expect(names('d.txt').join()).toMatch(/司马文华|司馬文華/);
    expect(names('e.html')).toContain('孙丽华');
    expect(names('云岭日报-2023-10-12.txt')).toContain('欧阳明远');
    expect(byFile.get('云岭日报-2023-10-12.txt')?.document.date).toBe('2023-10-12');
    expect(byFile.get('e.html')?.document.source).toBe('青崖报');
    expect(byFile.get('f.jsonl:3')?.document).toMatchObject({ date: '2023-10-02', source: '云岭日报' });
    expect(summary.persons).toBe(results.reduce((s, r) => s + r.persons.length, 0));
  });

  it('exits 0 when every input is good', async () => {
    const res = await kg(['--store', unusedStore, 'ingest', join(input, 'c.txt'), '--dry-run', '--log', 'json']);
    expect(res.code).toBe(0);
    expect(jsonLog(res.stdout).at(-1)).toMatchObject({ event: 'summary', written: 1, errors: [] });
  });

  it('rejects bad options with one line naming the option (exit 2)', async () => {
    const cases: Array<[string[], string]> = [
      [['--date', '2023-02-30'], 'kg: --date: is not a real date\n'],
      [['--max-size', 'huge'], 'kg: --max-size: must be a size like 20MB, 512KB or 1GB\n'],
      [['--workers', '-1'], 'kg: --workers: must be a whole number\n'],
      [['--log', 'xml'], 'kg: --log: must be pretty or json\n'],
    ];
    for (const [opts, message] of cases) {
      const res = await kg(['--store', unusedStore, 'ingest', input, '--dry-run', ...opts]);
      expect(res.code).toBe(2);
      expect(res.stderr).toBe(message);
    }
  });

  it('fails at once, naming --out, when the output file cannot be written', async () => {
    const res = await kg(['--store', unusedStore, 'ingest', input, '--dry-run', '--log', 'json', '--out', join(dir, 'no', 'such', 'dir.jsonl')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^kg: --out .*dir\.jsonl: cannot write \(ENOENT\)\n$/);
  });
});

describe('kg ingest as a child process (worker threads, stdin)', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await bundledCli();
  });

  it('extracts on a worker-thread pool with the same results as in-process', async () => {
    const out = join(dir, 'threads.jsonl');
    const inProcess = join(dir, 'inproc.jsonl');
    const { code, stdout } = await finished(runKg(cli, ['--store', unusedStore, 'ingest', input, '--dry-run', '--out', out, '--log', 'json', '--workers', '2', '--batch', '2']));
    expect(code).toBe(2); // the two bad inputs
    expect(jsonLog(stdout)[0]).toMatchObject({ event: 'start', extraction: { mode: 'threads', threads: 2 } });
    await kg(['--store', unusedStore, 'ingest', input, '--dry-run', '--out', inProcess, '--log', 'json', '--workers', '0']);
    expect(readResults(out)).toEqual(readResults(inProcess));
  });

  it('writes the same graph when the rows are built on worker threads as in-process', async () => {
    const threads = join(dir, 'threads.kuzu');
    const inProcess = join(dir, 'inproc.kuzu');
    expect((await finished(runKg(cli, ['--store', threads, 'ingest', input, '--log', 'json', '--workers', '2', '--batch', '3']))).code).toBe(2);
    expect((await kg(['--store', inProcess, 'ingest', input, '--log', 'json', '--workers', '0', '--batch', '3'])).code).toBe(2);
    const graph = async (store: string): Promise<unknown> => {
      const q = 'MATCH (a)-[r]->(b) OPTIONAL MATCH (s:Sentence {id: r.sentenceId}) RETURN a.id AS src, label(r) AS rel, b.id AS dst, s.text AS ev ORDER BY src, rel, dst, ev';
      const res = await kg(['--store', store, 'query', q, '--format', 'json']);
      expect(res.code).toBe(0);
      return JSON.parse(res.stdout);
    };
    const g = await graph(threads);
    expect((g as unknown[]).length).toBeGreaterThan(20);
    expect(g).toEqual(await graph(inProcess));
  });

  it('reads text (any encoding) and JSONL from stdin (-)', async () => {
    const cases: Array<[Buffer, Array<string | null>]> = [
      [iconv.encode(ARTICLE_A, 'gbk'), [null]],
      [Buffer.from(`${JSON.stringify({ text: ARTICLE_B })}\n${JSON.stringify({ text: ARTICLE_C })}\n`), ['-:1', '-:2']],
    ];
    for (const [payload, files] of cases) {
      const out = join(dir, 'stdin.jsonl');
      const child = runKg(cli, ['--store', unusedStore, 'ingest', '-', '--dry-run', '--out', out, '--log', 'json', '--workers', '1'], 'pipe');
      child.stdin!.end(payload);
      const { code, stderr } = await finished(child);
      expect(stderr).toContain('kg ingest summary');
      expect(code).toBe(0);
      const results = readResults(out);
      expect(results.map((r) => r.document.file)).toEqual(files);
      expect(results[0]!.persons.length).toBeGreaterThan(0);
    }
  });
});
