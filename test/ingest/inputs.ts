// A folder with one input of every kind and encoding plus two bad ones, built from the fictional
// fixtures: 7 files, 7 good documents, 2 errors (empty.txt, f.jsonl line 2).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { ARTICLE_A, ARTICLE_B, ARTICLE_C, ARTICLE_TRAD, numberedArticle } from './fixtures.js';

export const MIXED = { files: 7, documents: 7 };

export function writeMixedInputs(input: string): void {
  mkdirSync(join(input, 'gbk'), { recursive: true });
  writeFileSync(join(input, '云岭日报-2023-10-12.txt'), ARTICLE_A);
  writeFileSync(join(input, 'gbk', 'b.txt'), iconv.encode(ARTICLE_B, 'gbk'));
  writeFileSync(join(input, 'c.txt'), iconv.encode(ARTICLE_C, 'utf16be', { addBOM: true }));
  writeFileSync(join(input, 'd.txt'), iconv.encode(ARTICLE_TRAD, 'big5'));
  const body = ARTICLE_B.split('\n').filter(Boolean).slice(1).map((l) => `<p>${l}</p>`).join('');
  writeFileSync(join(input, 'e.html'), `<html><head><title>青崖县召开乡村振兴推进会</title><meta name="ContentSource" content="青崖报"></head><body><nav>首页</nav><article>${body}</article></body></html>`);
  writeFileSync(join(input, 'f.jsonl'), [
    JSON.stringify({ text: numberedArticle(1), date: '2023-10-01', source: '云岭日报', locale: '云岭市' }),
    '{oops',
    JSON.stringify({ text: numberedArticle(2), date: '2023-10-02', source: '云岭日报', locale: '云岭市' }),
  ].join('\n'));
  writeFileSync(join(input, 'empty.txt'), '');
}

/** One JSONL file of `n` distinct articles. */
export function writeBulk(dir: string, n: number): string {
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ text: numberedArticle(1000 + i), source: '云岭日报', locale: '云岭市' }));
  writeFileSync(join(dir, 'bulk.jsonl'), lines.join('\n') + '\n');
  return dir;
}
