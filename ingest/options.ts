// `kg ingest` options as commander hands them over → validated IngestOptions (zod), so a bad
// value fails with one line naming the option.
import { z } from 'zod';
import { UsageError, describeZodIssues } from '../src/cli/errors.js';
import { isoDate } from './metadata.js';
import { DEFAULT_BATCH, DEFAULT_MAX_SIZE, defaultWorkers } from './defaults.js';

const UNITS: Record<string, number> = { '': 1, B: 1, K: 1024, KB: 1024, M: 1024 ** 2, MB: 1024 ** 2, G: 1024 ** 3, GB: 1024 ** 3 };

/** `20MB`, `512KB`, `1.5G`, `1000` → bytes, or null. */
export function parseSize(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?B?)\s*$/i.exec(s);
  if (!m) return null;
  const unit = UNITS[(m[2] ?? '').toUpperCase()];
  return unit === undefined ? null : Math.floor(Number(m[1]) * unit);
}

const intString = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

export const IngestCliOptions = z.object({
  locale: z.string().trim().min(1, 'must name a place, e.g. 大同市').optional(),
  date: z.string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    // (a malformed date is reported by the regex alone)
    .refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || isoDate(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))) !== null, 'is not a real date')
    .optional(),
  source: z.string().trim().min(1, 'must not be empty').optional(),
  dryRun: z.boolean().default(false),
  out: z.string().min(1, 'must be a file path').optional(),
  force: z.boolean().default(false),
  maxSize: z.string()
    .transform((s, ctx) => {
      const n = parseSize(s);
      if (n === null || n < 1) {
        ctx.addIssue({ code: 'custom', message: 'must be a size like 20MB, 512KB or 1GB' });
        return z.NEVER;
      }
      return n;
    })
    .default(DEFAULT_MAX_SIZE),
  workers: intString(0, 256).default(defaultWorkers()),
  batch: intString(1, 1_000_000).default(DEFAULT_BATCH),
  log: z.enum(['pretty', 'json'], { message: 'must be pretty or json' }).optional(),
});
export type IngestCliOptions = z.output<typeof IngestCliOptions>;

export function parseIngestOptions(raw: Record<string, unknown>): IngestCliOptions {
  const parsed = IngestCliOptions.safeParse(raw);
  if (!parsed.success) throw new UsageError(describeZodIssues(parsed.error.issues));
  return parsed.data;
}
