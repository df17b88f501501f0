// zod schemas for `kg bench corpus` and `kg bench run` options (strings from commander in, typed values out).
import { z } from 'zod';

const count = (what: string, max: number) =>
  z.coerce
    .number({ message: `must be a number of ${what}` })
    .int(`must be a whole number of ${what}`)
    .min(1, `must be at least 1`)
    .max(max, `must be at most ${max}`);

export const CorpusFlags = z.object({
  articles: count('articles', 10_000_000),
  seed: z.string().min(1, 'must not be empty').default('1'),
  out: z.string({ message: 'is required (the folder to write pages and gold/ into)' }).min(1, 'must not be empty'),
});
export type CorpusFlags = z.infer<typeof CorpusFlags>;

const sizeList = z
  .string()
  .regex(/^\s*\d+[kK]?\s*(,\s*\d+[kK]?\s*)*$/, 'must be a comma-separated list of article counts, e.g. 1000,10000 or 1k,10k,100k')
  .transform((s) => s.split(',').map((x) => x.trim()).map((x) => (/[kK]$/.test(x) ? Number(x.slice(0, -1)) * 1000 : Number(x))))
  .refine((xs) => xs.every((x) => x >= 1 && x <= 1_000_000), 'each size must be between 1 and 1000000 articles');

export const SECTIONS = ['extract', 'pool', 'jieba', 'ingest', 'neo4j', 'viewer', 'browser', 'accuracy'] as const;
export type Section = (typeof SECTIONS)[number];

export const RunFlags = z.object({
  sizes: sizeList.default([1000, 10000]),
  runs: count('runs', 50).default(3),
  seed: z.string().min(1, 'must not be empty').default('bench'),
  json: z.string().min(1, 'must not be empty').optional(),
  markdown: z.string().min(1, 'must not be empty').optional(),
  workDir: z.string().min(1, 'must not be empty').optional(),
  viewerPeople: count('people', 1_000_000).default(20000),
  workers: count('workers', 64).optional(),
  skip: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .superRefine((xs, ctx) => {
      const bad = xs.filter((x) => !(SECTIONS as readonly string[]).includes(x));
      if (bad.length) ctx.addIssue({ code: 'custom', message: `unknown section ${bad.map((b) => `"${b}"`).join(', ')}; must list sections among ${SECTIONS.join(',')}` });
    })
    .transform((xs) => xs as Section[])
    .default([]),
  keep: z.boolean().default(false),
});
export type RunFlags = z.infer<typeof RunFlags>;
