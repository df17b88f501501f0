// `kg bench` options: validated with one clear line naming the option; a tiny real run writes
// the JSON report with machine details and a reason for every section it could not measure.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { registerBench } from '../../src/cli/commands/bench.js';
import { UsageError } from '../../src/cli/errors.js';
import { RunFlags } from '../../src/bench/options.js';

const tmp = mkdtempSync(join(tmpdir(), 'kg-bench-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The bench command on its own program, parsed the way src/cli/main.ts parses (exitOverride).
async function bench(...args: string[]): Promise<void> {
  const program = new Command('kg').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerBench(program);
  for (const c of program.commands) {
    c.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
    for (const s of c.commands) s.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  }
  await program.parseAsync(['node', 'kg', 'bench', ...args]);
}

describe('kg bench corpus options', () => {
  it.each([
    [['--articles', '0'], /--articles: must be at least 1/],
    [['--articles', 'lots'], /--articles: must be a number of articles/],
    [['--articles', '2.5'], /--articles: must be a whole number/],
    [['--articles', '10', '--seed', ''], /--seed: must not be empty/],
  ])('rejects %j naming the option', async (args, message) => {
    const err = await bench('corpus', ...args, '--out', join(tmp, 'x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });

  it('requires --articles and --out (commander reports the missing option)', async () => {
    await expect(bench('corpus', '--out', join(tmp, 'y'))).rejects.toThrow(/--articles/);
    await expect(bench('corpus', '--articles', '5')).rejects.toThrow(/--out/);
  });

  it('writes the corpus it is asked for', async () => {
    const out = join(tmp, 'cli-corpus');
    await bench('corpus', '--articles', '25', '--seed', '9', '--out', out);
    const manifest = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'));
    expect(manifest.articles).toBe(25);
    expect(readdirSync(join(out, 'gold')).length).toBe(manifest.pages);
  });
});

describe('kg bench run options', () => {
  it('parses sizes with k suffixes and applies defaults', () => {
    const f = RunFlags.parse({ sizes: '1k, 10k,250', skip: 'pool,neo4j' });
    expect(f.sizes).toEqual([1000, 10000, 250]);
    expect(f.runs).toBe(3);
    expect(f.skip).toEqual(['pool', 'neo4j']);
    expect(RunFlags.parse({}).sizes).toEqual([1000, 10000]);
  });

  it.each([
    [['--sizes', 'big'], /--sizes: must be a comma-separated list/],
    [['--sizes', '0'], /--sizes: each size must be between 1 and 1000000/],
    [['--runs', '0'], /--runs: must be at least 1/],
    [["--skip", "extract,lunch"], /--skip: unknown section "lunch"; must list sections among/],
    [['--viewer-people', '-5'], /--viewer-people: must be at least 1/],
  ])('rejects %j naming the option', async (args, message) => {
    const err = await bench('run', ...args).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });

  it('runs end to end on a tiny corpus and writes JSON and Markdown with machine details', async () => {
    const json = join(tmp, 'out', 'bench.json');
    const md = join(tmp, 'out', 'bench.md');
    const work = join(tmp, 'work');
    const write = process.stdout.write;
    let printed = '';
    process.stdout.write = ((s: string) => { printed += s; return true; }) as typeof process.stdout.write;
    try {
      await bench('run', '--sizes', '40,80', '--runs', '1', '--skip', 'pool,ingest,neo4j,browser', '--viewer-people', '300', '--work-dir', work, '--json', json, '--markdown', md);
    } finally {
      process.stdout.write = write;
    }
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.node).toBe(process.version);
    expect(report.sizes.map((s: { articles: number }) => s.articles)).toEqual([40, 80]);
    // jieba is a dependency, so its figures must be real numbers
    for (const s of report.sizes) {
      expect(s.jieba.ok).toBe(true);
      expect(s.jieba.value.mbPerS).toBeGreaterThan(0);
      expect(s.pool).toEqual({ ok: false, reason: 'skipped (--skip)' });
      // the extractor is measured when it exists, otherwise the reason says why
      if (!s.extract.ok) expect(s.extract.reason).toMatch(/extract/);
    }
    expect(report.viewer.ok, JSON.stringify(report.viewer)).toBe(true);
    expect(report.viewer.value.nodes).toBeGreaterThan(0);
    expect(report.viewer.value.implementation).toMatch(/viz\/src\/core\/headless\.ts/);
    expect(report.viewer.value.browser).toEqual({ ok: false, reason: 'skipped (--skip)' });
    expect(printed).toContain('Machine:');
    expect(printed).toContain('jieba tag');
    expect(readFileSync(md, 'utf8')).toMatch(/^# Benchmarks/);
    expect(existsSync(join(work, 'corpus-40', 'corpus.json'))).toBe(true);
  }, 120_000);
});
