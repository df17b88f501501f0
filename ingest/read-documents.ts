// One input file → DocumentInputs (or clear errors), whatever its kind and encoding. Files are
// size-checked before reading; JSONL is streamed line by line. `iterateDocuments` is what the
// pipeline uses (bounded memory); `readDocuments` collects it for callers wanting arrays.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { Readable } from 'node:stream';
import type { DocumentInput } from '../src/types.js';
import { decodeBytes } from './decode.js';
import { kindOf, reasonOf, type InputKind } from './discover.js';
import { parseHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { parseMarkdown } from './markdown.js';
import { dateFromFileName, dateFromString, dateFromText, sourceFromText } from './metadata.js';
import { DEFAULT_MAX_SIZE } from './defaults.js';
import type { IngestError, ReadItem, ReadOptions } from './types.js';

export type { ReadItem, ReadOptions, IngestError } from './types.js';

/** Reads one file (or `-` for stdin) completely. */
export async function readDocuments(path: string, opts: ReadOptions = {}): Promise<{ documents: DocumentInput[]; errors: IngestError[] }> {
  const documents: DocumentInput[] = [];
  const errors: IngestError[] = [];
  for await (const item of iterateDocuments(path, opts)) {
    if (item.kind === 'document') documents.push(item.document);
    else errors.push(item.error);
  }
  return { documents, errors };
}

/** Streams the documents of one file (or `-` for stdin); each bad file or JSONL line is one error item. */
export async function* iterateDocuments(path: string, opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  const fail = (reason: string, bytes = 0): ReadItem => ({ kind: 'error', bytes, error: { file: displayName(path), reason } });

  if (path === '-') {
    const bytes = await readStdin(maxSize);
    if (bytes === null) return yield fail(`stdin is over --max-size ${maxSize} bytes`);
    if (looksLikeJsonl(bytes)) return yield* fromJsonl(Readable.from([bytes.toString('utf8')]), path, opts, maxSize);
    return yield* fromWhole(bytes, path, 'text', opts);
  }

  const kind = kindOf(path);
  // Synchronous reads: a newspaper page is a few kB, and six thread-pool round trips per file
  // (stat, open, fstat, read, close) cost more than the read and left the extraction threads idle.
  const st = attempt(() => statSync(path));
  if (st instanceof Error) return yield fail(reasonOf(st));
  if (st.isDirectory()) return yield fail('cannot read: is a directory');
  if (st.size === 0) return yield fail('empty file');
  // JSONL is streamed: --max-size applies to each line (one article), not to the file.
  if (kind === 'jsonl') return yield* fromJsonl(path, path, opts, maxSize);
  if (st.size > maxSize) return yield fail(`file is ${st.size} bytes, over --max-size ${maxSize}`, st.size);
  const bytes = attempt(() => readFileSync(path));
  if (bytes instanceof Error) return yield fail(reasonOf(bytes), st.size);
  yield* fromWhole(bytes, path, kind, opts);
}

async function* fromWhole(bytes: Buffer, path: string, kind: InputKind, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const file = displayName(path);
  const size = bytes.length;
  if (size === 0) return yield { kind: 'error', bytes: 0, error: { file, reason: 'empty file' } };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return yield { kind: 'error', bytes: size, error: { file, reason: decoded.reason } };
  let text = decoded.text;
  let meta: Meta = {};
  if (kind === 'html') {
    const html = parseHtml(text);
    text = html.text;
    meta = { title: html.title, date: html.date, source: html.source, url: html.url };
    if (!text.trim()) return yield { kind: 'error', bytes: size, error: { file, reason: 'no article text found in the HTML' } };
  } else if (path.toLowerCase().endsWith('.md')) {
    const md = parseMarkdown(text);
    text = md.text;
    meta = { title: md.title };
  }
  if (!text.trim()) return yield { kind: 'error', bytes: size, error: { file, reason: 'empty file: only whitespace' } };
  yield { kind: 'document', bytes: size, document: buildDocument(text, path === '-' ? null : path, meta, opts) };
}

async function* fromJsonl(source: string | Readable, path: string, opts: ReadOptions, maxSize: number): AsyncGenerator<ReadItem> {
  const file = displayName(path);
  let any = false;
  try {
    for await (const item of readJsonl(source, maxSize)) {
      any = true;
      if (!item.ok) {
        yield { kind: 'error', bytes: item.bytes, error: { file, line: item.line, reason: item.reason } };
        continue;
      }
      const r = item.record;
      const where = path === '-' ? `-:${item.line}` : `${path}:${item.line}`;
      yield {
        kind: 'document',
        bytes: item.bytes,
        document: buildDocument(r.text, where, { title: r.title, date: r.date, source: r.source, url: r.url, locale: r.locale }, opts, path),
      };
    }
  } catch (err) {
    return yield { kind: 'error', bytes: 0, error: { file, reason: reasonOf(err as NodeJS.ErrnoException) } };
  }
  if (!any) yield { kind: 'error', bytes: 0, error: { file, reason: 'empty file: no JSONL records' } };
}

interface Meta {
  title?: string | null | undefined;
  date?: string | null | undefined;
  source?: string | null | undefined;
  url?: string | null | undefined;
  locale?: string | null | undefined;
}

/**
 * Metadata precedence: what the input itself carries (JSONL field, HTML meta) > the file name's
 * date > the run's --date/--source/--locale > what the masthead text suggests.
 */
export function buildDocument(text: string, file: string | null, meta: Meta, opts: ReadOptions, namePath: string | null = file): DocumentInput {
  const date = dateFromString(meta.date) ?? (namePath ? dateFromFileName(namePath) : null) ?? opts.date ?? dateFromText(text);
  const source = meta.source || opts.source || sourceFromText(text);
  const locale = meta.locale || opts.locale;
  const doc: DocumentInput = { text, file };
  if (meta.title) doc.title = meta.title;
  if (date) doc.date = date;
  if (source) doc.source = source;
  if (meta.url) doc.url = meta.url;
  if (locale) doc.locale = locale;
  return doc;
}

function attempt<T extends Stats | Buffer>(fn: () => T): T | NodeJS.ErrnoException {
  try {
    return fn();
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
}

function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

function looksLikeJsonl(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '');
  const first = head.split('\n').find((l) => l.trim() !== '');
  return first !== undefined && first.trim().startsWith('{');
}

/** All of stdin, or null when it exceeds maxSize (stops reading there). */
async function readStdin(maxSize: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += b.length;
    if (total > maxSize) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
