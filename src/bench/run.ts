// `kg bench run`: generates corpora of each size, measures every section, prints the table and
// writes JSON / Markdown. Sections whose code is missing (developed by other parts of the
// project) or that cannot run here are reported as "n/a" with the reason, never faked.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { resolveStoreConfig, describeStore, type StoreFlags } from '../config.js';
import { writeCorpus, type CorpusSummary } from './corpus.js';
import { machine, tryImport } from './measure.js';
import type { RunFlags } from './options.js';
import { formatMarkdown, formatText, type BenchReport, type Outcome, type SizeFigures } from './report.js';
import { measureAccuracy, scorerPath } from './sections/accuracy.js';
import { ingestLoop, type IngestFigures, type OpenStore } from './sections/ingest.js';
import { measurePool } from './sections/pool.js';
import { pipelineIngest, pipelinePool, type IngestPaths } from './sections/pipeline.js';
import { measureThroughput } from './sections/throughput.js';
import { measureViewer } from './sections/viewer.js';

type Extract = (input: { text: string; file?: string; locale?: string }) => unknown;

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });
const skipped = fail('skipped (--skip)');

async function attempt<T>(fn: () => Promise<T> | T): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    return fail(String((err as Error).message ?? err).split('\n')[0] ?? 'failed');
  }
}

const log = (msg: string): void => {
  process.stderr.write(`[bench] ${msg}\n`);
};

/** Reuses a corpus already generated with the same seed and size (generation is not what is measured). */
function corpus(dir: string, articles: number, seed: string): { summary: CorpusSummary; seconds: number } {
  const manifest = join(dir, 'corpus.json');
  if (existsSync(manifest)) {
    const s = JSON.parse(readFileSync(manifest, 'utf8')) as CorpusSummary;
    if (s.articles === articles && s.seed === seed) return { summary: s, seconds: NaN };
  }
  rmSync(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const summary = writeCorpus({ articles, seed, out: dir });
  return { summary, seconds: (performance.now() - t0) / 1000 };
}

export async function runBenchmarks(flags: RunFlags, globals: StoreFlags = {}): Promise<BenchReport> {
  const skip = new Set(flags.skip);
  const work = flags.workDir ? resolve(flags.workDir) : mkdtempSync(join(tmpdir(), 'kg-bench-'));
  mkdirSync(work, { recursive: true });
  const sizes = [...new Set(flags.sizes)].sort((a, b) => a - b);

  const ex = await tryImport<{ extract: Extract }>('../extract/index.js');
  const extract: Outcome<Extract> = ex.ok ? { ok: true, value: ex.mod.extract } : fail(`extractor not available: ${ex.reason}`);
  const st = await tryImport<{ openStore: OpenStore }>('../store/index.js');
  const openStore: Outcome<OpenStore> = st.ok ? { ok: true, value: st.mod.openStore } : fail(`store not available: ${st.reason}`);
  const pl = await tryImport<{ ingestPaths: IngestPaths }>('../../ingest/pipeline.js');
  if (!pl.ok) log(`ingest pipeline not available (${pl.reason}); using the benchmark's own pool and write loop`);
  const pipeline = pl.ok ? pl.mod.ingestPaths : null;
  const neo4jFlags = { ...globals, store: undefined };
  const neo4jConfig = await attempt(() => resolveStoreConfig(neo4jFlags));
  const neo4j = neo4jConfig.ok && neo4jConfig.value.kind === 'neo4j' ? neo4jConfig.value : null;

  let jiebaTag: Outcome<(t: string) => unknown>;
  if (skip.has('jieba')) jiebaTag = skipped;
  else {
    jiebaTag = await attempt(async () => {
      const { Jieba } = await import('@node-rs/jieba');
      const { dict } = await import('@node-rs/jieba/dict.js');
      const jieba = Jieba.withDict(dict);
      return (t: string) => jieba.tag(t);
    });
  }

  const results: SizeFigures[] = [];
  for (const n of sizes) {
    const dir = join(work, `corpus-${n}`);
    log(`corpus of ${n} articles in ${dir}`);
    const { summary, seconds } = corpus(dir, n, flags.seed);
    const fig: SizeFigures = {
      articles: summary.articles, pages: summary.pages, mb: summary.bytes / 1e6, generateSeconds: seconds,
      extract: skipped, jieba: skipped, pool: skipped, ingestKuzu: skipped, ingestNeo4j: fail('NEO4J_URI not set'),
    };
    if (!skip.has('extract')) {
      log(`extract, 1 thread, ${flags.runs} runs`);
      fig.extract = extract.ok ? await attempt(() => measureThroughput(dir, n, flags.runs, (text, file, locale) => extract.value({ text, file, ...(locale ? { locale } : {}) }))) : extract;
    }
    if (jiebaTag.ok) {
      const tag = jiebaTag.value;
      log(`jieba tag, 1 thread, ${flags.runs} runs`);
      fig.jieba = await attempt(() => measureThroughput(dir, n, flags.runs, (text) => tag(text)));
    } else fig.jieba = jiebaTag;
    if (!skip.has('pool')) {
      log('extract on the worker pool');
      fig.pool = !extract.ok ? extract
        : pipeline ? await attempt(() => pipelinePool(pipeline, dir, n, flags.runs, flags.workers))
        : await attempt(() => measurePool(dir, n, flags.runs, flags.workers));
    }
    if (!skip.has('ingest')) {
      log('ingest into embedded Kuzu');
      // a fresh database directory per run: reopening a deleted path in the same process crashes kuzu's native code
      const kuzu = (r: number) => resolveStoreConfig({ store: join(work, `kuzu-${n}-run${r + 1}`) }, { KG_BUFFER_POOL: process.env.KG_BUFFER_POOL });
      fig.ingestKuzu = !extract.ok ? extract : !openStore.ok ? openStore
        : pipeline ? await attempt(() => medianOf(flags.runs, (r) => pipelineIngest(pipeline, openStore.value, kuzu(r), dir, n, flags.workers)))
        : await attempt(() => medianOf(flags.runs, (r) => ingestLoop(dir, n, extract.value, openStore.value, kuzu(r))));
    }
    if (neo4j && !skip.has('neo4j')) {
      log(`ingest into ${describeStore(neo4j)}`);
      fig.ingestNeo4j = !extract.ok ? extract : !openStore.ok ? openStore
        // one run: it writes into a server the user named, so do it once (re-runs would be skipped as known documents)
        : pipeline ? await attempt(() => pipelineIngest(pipeline, openStore.value, neo4j, dir, n, flags.workers))
        : await attempt(() => ingestLoop(dir, n, extract.value, openStore.value, neo4j));
    } else if (skip.has('neo4j')) fig.ingestNeo4j = skipped;
    results.push(fig);
  }

  let viewer: BenchReport['viewer'] = skipped;
  if (!skip.has('viewer')) {
    log(`viewer projection + layout, ${flags.viewerPeople} people`);
    viewer = await attempt(() => measureViewer(flags.viewerPeople, flags.runs, !skip.has('browser')));
  }

  let accuracy: BenchReport['accuracy'] = skipped;
  if (!skip.has('accuracy')) {
    const scorer = scorerPath();
    const first = sizes[0] ?? 1000;
    const ef = await tryImport<{ toEvalFormat: (r: unknown, name: string) => unknown }>('../extract/eval-format.js');
    if (!scorer) accuracy = fail('scorer ../shared/eval/score.mjs not found (set KG_SCORER to its path)');
    else if (!extract.ok) accuracy = extract;
    else if (!ef.ok) accuracy = fail(`eval format not available: ${ef.reason}`);
    else {
      log(`accuracy on the ${first}-article corpus`);
      const toEval = ef.mod.toEvalFormat;
      accuracy = await attempt(() => ({ articles: first, scores: measureAccuracy(join(work, `corpus-${first}`), join(work, 'accuracy'), extract.value, toEval, scorer) }));
    }
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: machine(),
    seed: flags.seed,
    runs: flags.runs,
    sizes: results,
    viewer,
    accuracy,
    growth: growthOf(results),
    targets: [],
  };
  report.targets = targetsOf(report);

  process.stdout.write(formatText(report));
  if (flags.json) {
    mkdirSync(dirname(resolve(flags.json)), { recursive: true });
    writeFileSync(flags.json, JSON.stringify(report, null, 2) + '\n');
  }
  if (flags.markdown) {
    mkdirSync(dirname(resolve(flags.markdown)), { recursive: true });
    writeFileSync(flags.markdown, formatMarkdown(report, `kg bench run --sizes ${sizes.join(',')} --runs ${flags.runs}`));
  }
  if (!flags.keep && !flags.workDir) rmSync(work, { recursive: true, force: true });
  return report;
}

/** Runs an ingest `runs` times into a fresh store and keeps the run with the median time. */
async function medianOf(runs: number, once: (run: number) => Promise<IngestFigures>): Promise<IngestFigures> {
  const all: IngestFigures[] = [];
  for (let r = 0; r < runs; r++) all.push(await once(r));
  all.sort((a, b) => a.seconds - b.seconds);
  return all[Math.floor((all.length - 1) / 2)] as IngestFigures;
}

function growthOf(sizes: SizeFigures[]): BenchReport['growth'] {
  const a = sizes[0], b = sizes[sizes.length - 1];
  if (!a || !b || a === b) return fail('needs at least two sizes');
  if (!a.extract.ok || !b.extract.ok) return fail('needs extraction figures');
  const perArticle = (s: number, n: number) => s / n;
  const ingest = a.ingestKuzu.ok && b.ingestKuzu.ok ? [a.ingestKuzu.value, b.ingestKuzu.value] as const : null;
  return {
    ok: true,
    value: {
      from: a.articles,
      to: b.articles,
      extractTimePerArticle: perArticle(b.extract.value.seconds, b.articles) / perArticle(a.extract.value.seconds, a.articles),
      extractPeakRss: b.extract.value.peakRssMB / a.extract.value.peakRssMB,
      ingestTimePerArticle: ingest ? perArticle(ingest[1].seconds, b.articles) / perArticle(ingest[0].seconds, a.articles) : null,
      ingestPeakRss: ingest ? ingest[1].peakRssMB / ingest[0].peakRssMB : null,
    },
  };
}

function targetsOf(r: BenchReport): BenchReport['targets'] {
  const largest = r.sizes[r.sizes.length - 1];
  const out: BenchReport['targets'] = [];
  const ext = largest?.extract;
  out.push({ name: 'extraction per core', target: '≥ 20 MB/s', measured: ext?.ok ? `${ext.value.mbPerS.toFixed(2)} MB/s` : 'n/a', met: ext?.ok ? ext.value.mbPerS >= 20 : null });
  const jb = largest?.jieba;
  out.push({
    name: 'extraction vs jieba tag', target: 'faster (> 1×)',
    measured: ext?.ok && jb?.ok ? `${(ext.value.mbPerS / jb.value.mbPerS).toFixed(2)}×` : 'n/a',
    met: ext?.ok && jb?.ok ? ext.value.mbPerS > jb.value.mbPerS : null,
  });
  const big = r.sizes.find((s) => s.articles >= 100_000 && s.ingestKuzu.ok);
  const ing = largest?.ingestKuzu;
  if (big && big.ingestKuzu.ok) {
    const secs = big.ingestKuzu.value.seconds * (100_000 / big.articles);
    out.push({ name: '100k articles into Kuzu', target: '< 90 s', measured: `${secs.toFixed(1)} s`, met: secs < 90 });
  } else if (largest && ing?.ok) {
    const secs = (ing.value.seconds / largest.articles) * 100_000;
    out.push({ name: '100k articles into Kuzu', target: '< 90 s', measured: `${secs.toFixed(1)} s (extrapolated from ${largest.articles.toLocaleString('en-US')}; run --sizes …,100k to measure)`, met: null });
  } else out.push({ name: '100k articles into Kuzu', target: '< 90 s', measured: 'n/a', met: null });
  const w = ing?.ok ? ing.value.storeRowsPerS : null;
  out.push({ name: 'embedded store write rate (issue 4)', target: '≥ 100,000 rows/s', measured: w === null ? 'n/a' : `${Math.round(w).toLocaleString('en-US')} rows/s of store time`, met: w === null ? null : w >= 100_000 });
  const v = r.viewer;
  const b = v.ok && v.value.browser.ok ? v.value.browser.value : null;
  out.push({
    name: b ? 'viewer laid out and interactive (Chromium)' : 'viewer graph laid out (headless)', target: '< 10 s at 20,000 people',
    measured: b ? `${(b.layoutDoneMs / 1000).toFixed(1)} s at ${b.people.toLocaleString('en-US')} people (interactive after ${(b.interactiveMs / 1000).toFixed(1)} s)`
      : v.ok ? `${(v.value.totalMs / 1000).toFixed(1)} s at ${v.value.people.toLocaleString('en-US')} people` : 'n/a',
    met: b ? (b.people >= 20_000 ? b.layoutDoneMs < 10_000 : null) : v.ok && v.value.people >= 20_000 ? v.value.totalMs < 10_000 : null,
  });
  return out;
}
