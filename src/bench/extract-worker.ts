// Piscina worker for the pooled-extraction benchmark: reads a batch of page files and runs the
// extractor on each, returning only counts (results stay in the worker, as the figure is throughput).
import { readFileSync } from 'node:fs';
import { localeOf } from './pages.js';

type ExtractFn = (input: { text: string; file?: string; locale?: string }) => { persons: unknown[]; events: unknown[] };
let extract: ExtractFn | undefined;

export default async function run(task: { files: string[] }): Promise<{ bytes: number; persons: number; events: number }> {
  if (!extract) {
    const spec = '../extract/index.js';
    extract = ((await import(spec)) as { extract: ExtractFn }).extract;
  }
  let bytes = 0, persons = 0, events = 0;
  for (const path of task.files) {
    const text = readFileSync(path, 'utf8');
    bytes += Buffer.byteLength(text);
    const locale = localeOf(text);
    const r = extract({ text, file: path, ...(locale ? { locale } : {}) });
    persons += r.persons.length;
    events += r.events.length;
  }
  return { bytes, persons, events };
}
