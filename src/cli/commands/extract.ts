// kg extract FILE…: run the extractor on files and write the results (no store needed).
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { extract } from '../../extract/index.js';
import { toEvalFormat } from '../../extract/eval-format.js';
import { iterateDocuments } from '../../../ingest/read-documents.js';
import { PartialFailure, UsageError, describeZodIssues } from '../errors.js';
import type { DocumentInput, ExtractionResult } from '../../types.js';

const ExtractCliOptions = z.object({
  format: z.enum(['json', 'eval'], { message: 'must be json or eval' }).default('json'),
  out: z.string().min(1).optional(),
  locale: z.string().min(2).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional(),
});

/** `dir/page.txt` → `page.json`; the 3rd line of `feed.jsonl` → `feed-L3.json`. */
export function outputName(doc: DocumentInput, fallback: string): string {
  const file = doc.file ?? fallback;
  const line = /:(\d+)$/.exec(file);
  const base = basename(line ? file.slice(0, -line[0].length) : file).replace(/\.[^.]+$/, '');
  return line ? `${base}-L${line[1]}.json` : `${base}.json`;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract people, titles, organisations, events and roles from files (no store needed)')
    .argument('<files...>', 'TXT/MD/HTML/JSONL files in any common Chinese encoding, or - for stdin')
    .option('--format <format>', 'json: the full result with provenance; eval: the scorer format of ../shared/eval/GUIDE.md', 'json')
    .option('--out <dir>', 'write one NAME.json per document into this directory (default: JSON lines on stdout)')
    .option('--locale <place>', 'home locale for resolving 市委 etc., e.g. 大同市 (default: inferred)')
    .option('--date <YYYY-MM-DD>', 'publication date when the input does not give one')
    .addHelpText('after', '\nExample:\n  kg extract samples/*.txt --format eval --out /tmp/pred\n')
    .action(async (files: string[], raw: unknown) => {
      const parsed = ExtractCliOptions.safeParse(raw);
      if (!parsed.success) throw new UsageError(describeZodIssues(parsed.error.issues));
      const opts = parsed.data;
      if (opts.out) await mkdir(opts.out, { recursive: true });
      let failed = 0;
      for (const file of files) {
        for await (const item of iterateDocuments(file, { locale: opts.locale, date: opts.date })) {
          if (item.kind === 'error') {
            failed++;
            process.stderr.write(`kg extract: ${item.error.file}${item.error.line ? `:${item.error.line}` : ''}: ${item.error.reason}\n`);
            continue;
          }
          const doc = item.document;
          const result: ExtractionResult = extract(doc, { locale: opts.locale ?? null, date: doc.date ?? opts.date ?? null });
          const name = outputName(doc, file);
          const body = opts.format === 'eval' ? toEvalFormat(result, basename(doc.file ?? file).replace(/:\d+$/, '')) : result;
          if (opts.out) await writeFile(join(opts.out, name), JSON.stringify(body, null, 2) + '\n');
          else process.stdout.write(JSON.stringify(body) + '\n');
        }
      }
      if (failed) throw new PartialFailure(`${failed} input(s) failed; the others were extracted`);
    });
}
