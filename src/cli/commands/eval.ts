// kg eval: extract the seed pages and score them with ../shared/eval/score.mjs (npm run eval).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Command } from 'commander';
import { z } from 'zod';
import { main } from '../main.js';
import { UsageError, describeZodIssues } from '../errors.js';

const EvalCliOptions = z.object({
  shared: z.string().min(1),
  diff: z.boolean().optional(),
  min: z.array(z.string().regex(/^[a-z]+=\d(\.\d+)?$/, 'must look like persons=0.95')).optional(),
});

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('extract the seed pages in ../shared/seeds and score them against ../shared/eval/gold')
    .option('--shared <dir>', 'the shared folder holding seeds/ and eval/', '../shared')
    .option('--diff', 'list every false positive and false negative')
    .option('--min <metric=F1...>', 'fail (exit 1) when a metric is below this floor, e.g. persons=0.95')
    .action(async (raw: unknown) => {
      const parsed = EvalCliOptions.safeParse(raw);
      if (!parsed.success) throw new UsageError(describeZodIssues(parsed.error.issues));
      const shared = resolve(parsed.data.shared);
      const scorer = join(shared, 'eval', 'score.mjs');
      if (!existsSync(scorer)) throw new UsageError(`--shared: no scorer at ${scorer} (the seeds and gold live outside a user's clone)`);
      const seeds = readdirSync(join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(shared, 'seeds', f));
      const out = mkdtempSync(join(tmpdir(), 'kg-eval-'));
      try {
        const code = await main(['node', 'kg', 'extract', ...seeds, '--format', 'eval', '--out', out]);
        if (code !== 0) throw new Error('extraction of the seed pages failed');
        const args = [scorer, join(shared, 'eval', 'gold'), out];
        if (parsed.data.diff) args.push('--diff');
        for (const m of parsed.data.min ?? []) args.push('--min', m);
        const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
        process.exitCode = r.status ?? 1;
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
}
