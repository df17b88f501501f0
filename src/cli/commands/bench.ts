// kg bench: a synthetic corpus with ground truth (`corpus`) and the benchmark itself (`run`).
import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { writeCorpus } from '../../bench/corpus.js';
import { CorpusFlags, RunFlags } from '../../bench/options.js';
import { UsageError, describeZodIssues } from '../errors.js';

export function registerBench(program: Command): void {
  const bench = program
    .command('bench')
    .description('synthetic corpus and benchmarks (extraction, ingest, viewer layout, accuracy)');

  bench
    .command('corpus')
    .description('write N synthetic articles as newspaper pages, with gold answers in DIR/gold')
    .addOption(new Option('--articles <n>', 'how many articles').makeOptionMandatory())
    .addOption(new Option('--seed <s>', 'seed; the same seed and N give the same bytes').default('1'))
    .addOption(new Option('--out <dir>', 'folder to write into').makeOptionMandatory())
    .action((opts: Record<string, unknown>) => {
      const parsed = CorpusFlags.safeParse(opts);
      if (!parsed.success) throw new UsageError(describeZodIssues(parsed.error.issues));
      const f = parsed.data;
      const s = writeCorpus({ articles: f.articles, seed: f.seed, out: resolve(f.out) });
      process.stdout.write(
        `wrote ${s.articles} articles on ${s.pages} pages (${(s.bytes / 1e6).toFixed(1)} MB), ${s.cities} cities, ${s.people} people, ` +
          `${s.events} meeting reports to ${f.out} (gold in ${f.out}/gold)\n`,
      );
    });

  bench
    .command('run')
    .description('measure extraction, jieba, ingest, viewer layout and accuracy on synthetic corpora; print a table')
    .addOption(new Option('--sizes <list>', 'corpus sizes in articles (100k is opt-in: --sizes 1k,10k,100k)').default('1000,10000'))
    .addOption(new Option('--runs <n>', 'runs per figure (the median is reported)').default('3'))
    .addOption(new Option('--seed <s>', 'corpus seed').default('bench'))
    .addOption(new Option('--json <file>', 'also write the figures as JSON'))
    .addOption(new Option('--markdown <file>', 'also write the table as Markdown (docs/benchmarks.md)'))
    .addOption(new Option('--work-dir <dir>', 'where to generate corpora and stores (default: a temp folder)'))
    .addOption(new Option('--viewer-people <n>', 'people in the viewer layout benchmark graph').default('20000'))
    .addOption(new Option('--workers <n>', 'worker threads for the pooled extraction (default: CPU cores)'))
    .addOption(new Option('--skip <list>', 'sections to skip: extract,pool,jieba,ingest,neo4j,viewer,browser,accuracy').default(''))
    .option('--keep', 'keep the generated corpora and stores')
    .action(async (opts: Record<string, unknown>, cmd: Command) => {
      const parsed = RunFlags.safeParse({ ...opts, keep: opts.keep === true });
      if (!parsed.success) throw new UsageError(describeZodIssues(parsed.error.issues));
      const { runBenchmarks } = await import('../../bench/run.js');
      await runBenchmarks(parsed.data, cmd.optsWithGlobals());
    });
}
