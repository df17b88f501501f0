// Command-line paths → the list of input files: plain files as given, directories walked
// recursively, globs expanded (tinyglobby), `-` for stdin. Hidden files and folders are skipped
// when walking (editor backups, .git, .DS_Store), as are README/LICENSE/CHANGELOG files; a file
// named explicitly is always taken.
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { IngestError } from './types.js';

export const INPUT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'jsonl'] as const;
export type InputKind = 'text' | 'html' | 'jsonl';

export interface InputFile {
  /** Path as given/found, or `-` for stdin. */
  path: string;
  /** Size in bytes (0 for stdin: unknown). */
  size: number;
}

export interface Discovery {
  files: InputFile[];
  errors: IngestError[];
}

// Project files that sit beside articles in a folder; still taken when named explicitly.
const NOT_ARTICLES = /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$/i;

const WALK_PATTERN = `**/*.{${INPUT_EXTENSIONS.join(',')}}`;

export function kindOf(path: string): InputKind {
  const lower = path.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return 'text';
}

/** Expands the arguments in order; a file reached twice is listed once. */
export async function discover(args: string[]): Promise<Discovery> {
  const files: InputFile[] = [];
  const errors: IngestError[] = [];
  const seen = new Set<string>();
  const add = (path: string, size: number): void => {
    const key = path === '-' ? '-' : resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ path, size });
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-', 0);
      continue;
    }
    const st = await stat(arg).catch((err: NodeJS.ErrnoException) => err);
    if (!(st instanceof Error)) {
      if (st.isDirectory()) {
        const found = (await glob(WALK_PATTERN, { cwd: arg, dot: false, onlyFiles: true, followSymbolicLinks: true, caseSensitiveMatch: false }))
          .filter((p) => !NOT_ARTICLES.test(p.split('/').pop() ?? p))
          .sort()
          .map((p) => `${arg.replace(/\/+$/, '')}/${p}`);
        if (found.length === 0) errors.push({ file: arg, reason: `no .${INPUT_EXTENSIONS.join('/.')} files in this directory` });
        for (const p of found) add(p, sizeOf(p));
      } else {
        add(arg, st.size);
      }
      continue;
    }
    if (isDynamicPattern(arg)) {
      // Absolute patterns give absolute paths back, relative ones stay relative to the cwd.
      const found = (await glob(arg, { dot: false, onlyFiles: true, absolute: isAbsolute(arg) })).sort();
      if (found.length === 0) errors.push({ file: arg, reason: 'no files match this pattern' });
      for (const p of found) add(p, sizeOf(p));
      continue;
    }
    errors.push({ file: arg, reason: reasonOf(st) });
  }
  return { files, errors };
}

/** Size for the progress bar; synchronous, since one awaited stat per file made a folder of pages slow to list. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A short human reason for a file-system error. */
export function reasonOf(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT': return 'cannot read: no such file or directory';
    case 'EACCES': case 'EPERM': return 'cannot read: permission denied';
    case 'EISDIR': return 'cannot read: is a directory';
    case 'ELOOP': return 'cannot read: too many symbolic links';
    default: return `cannot read: ${err.code ?? err.message}`;
  }
}
