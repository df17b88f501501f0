// JSONL: one article per line. Each line is validated on its own so one bad line costs only
// that line; lines are streamed so a 1 GB file never sits in memory.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';

const DateField = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'date must start with YYYY-MM-DD');

/** One JSONL record; unknown fields are ignored (scrapers add their own). */
export const JsonlRecord = z.object({
  text: z.string().refine((t) => t.trim().length > 0, 'text is empty'),
  title: z.string().nullish(),
  date: DateField.nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
  locale: z.string().nullish(),
});
export type JsonlRecord = z.infer<typeof JsonlRecord>;

export type JsonlItem =
  | { ok: true; line: number; record: JsonlRecord; bytes: number }
  | { ok: false; line: number; reason: string; bytes: number };

/** Parses one line; `null` for blank lines (allowed, e.g. a trailing newline). */
export function parseJsonlLine(raw: string, line: number, maxSize: number): JsonlItem | null {
  const bytes = Buffer.byteLength(raw) + 1;
  if (raw.trim() === '') return null;
  if (bytes > maxSize) return { ok: false, line, bytes, reason: `line is ${bytes} bytes, over --max-size ${maxSize}` };
  if (raw.includes('\uFFFD')) return { ok: false, line, bytes, reason: 'undecodable bytes (JSONL must be UTF-8)' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { ok: false, line, bytes, reason: `invalid JSON: ${(err as Error).message}` };
  }
  const parsed = JsonlRecord.safeParse(value);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
    return { ok: false, line, bytes, reason: `invalid record: ${why}` };
  }
  return { ok: true, line, bytes, record: parsed.data };
}

/** Streams the records of a JSONL file (or stream) with 1-based line numbers. */
export async function* readJsonl(source: string | Readable, maxSize: number): AsyncGenerator<JsonlItem> {
  const input = typeof source === 'string' ? createReadStream(source, { encoding: 'utf8' }) : source.setEncoding('utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    // A UTF-8 BOM on the first line is not part of the JSON.
    const item = parseJsonlLine(n === 1 ? raw.replace(/^\uFEFF/, '') : raw, n, maxSize);
    if (item) yield item;
  }
}
