import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readDocuments } from '../../ingest/read-documents.js';
import { discover } from '../../ingest/discover.js';
import { ARTICLE_A, ARTICLE_B, ARTICLE_C, ARTICLE_TRAD, tempDir } from './fixtures.js';

const { dir, cleanup } = tempDir();
const p = (...parts: string[]): string => join(dir, ...parts);

const HTML = `<!doctype html><html><head>
<meta charset="utf-8"><title>云岭市举行文化旅游推介会_云岭新闻_云岭日报</title>
<meta property="og:site_name" content="云岭日报">
<meta name="pubdate" content="2023-10-18 09:30:00">
<link rel="canonical" href="https://news.example.cn/2023/1018/123.html">
<script>var tracking = "欧阳明远主持";</script><style>.x{color:red}</style>
</head><body>
<nav><a href="/">首页</a> <a href="/yw">要闻</a> 市委书记张假名</nav>
<div class="main"><h1>云岭市举行文化旅游推介会</h1>
<div class="article-content">
<p>&#12288;&#12288;本报讯（记者 罗晓东）10月18日，云岭市文化旅游推介会在市会展中心举行。副市长马文静出席并致辞。</p>
<p>&#12288;&#12288;市文化和旅游局局长黄建平介绍了全市文旅资源&amp;特色线路。</p>
</div></div>
<footer>版权所有 云岭日报社</footer>
</body></html>`;

beforeAll(() => {
  writeFileSync(p('a-utf8.txt'), ARTICLE_A);
  writeFileSync(p('b-gbk.txt'), iconv.encode(ARTICLE_B, 'gbk'));
  writeFileSync(p('c-utf16.txt'), iconv.encode(ARTICLE_C, 'utf16le', { addBOM: true }));
  writeFileSync(p('d-big5.txt'), iconv.encode(ARTICLE_TRAD, 'big5'));
  writeFileSync(p('云岭日报-20231012.md'), ARTICLE_A);
  writeFileSync(p('page.html'), HTML);
  writeFileSync(p('page-gbk.htm'), iconv.encode(HTML.replace('charset="utf-8"', 'charset="gbk"'), 'gbk'));
  writeFileSync(p('feed.jsonl'), [
    JSON.stringify({ text: ARTICLE_A, title: '云岭市委常委会召开扩大会议', date: '2023-10-12', source: '云岭日报', url: 'https://x.example/1', locale: '云岭市' }),
    '',
    '{"text": "broken',
    JSON.stringify({ title: 'no text' }),
    JSON.stringify({ text: ARTICLE_B, date: '10月15日' }),
    JSON.stringify({ text: ARTICLE_C, extra: 'ignored' }),
  ].join('\n') + '\n');
  writeFileSync(p('empty.txt'), '');
  writeFileSync(p('blank.txt'), ' \n\u3000\n');
  writeFileSync(p('image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(p('big.txt'), ARTICLE_A.repeat(50));
  mkdirSync(p('sub', 'deeper'), { recursive: true });
  mkdirSync(p('.hidden'));
  writeFileSync(p('sub', 'deeper', 'x.txt'), ARTICLE_C);
  writeFileSync(p('sub', 'notes.pdf'), 'not an input');
  writeFileSync(p('sub', 'README.md'), '# About this folder');
  writeFileSync(p('page.md'), `# 云岭日报 · 2023年10月12日 · 第1版\n\n${ARTICLE_A}`);
  writeFileSync(p('sub', '.draft.txt'), ARTICLE_C);
  writeFileSync(p('.hidden', 'y.txt'), ARTICLE_C);
  symlinkSync(p('nowhere.txt'), p('dangling.txt'));
});
afterAll(cleanup);

describe('readDocuments: kinds and encodings', () => {
  it('reads UTF-8, GBK, UTF-16 and Big5 text files to the same text', async () => {
    for (const [file, text] of [['a-utf8.txt', ARTICLE_A], ['b-gbk.txt', ARTICLE_B], ['c-utf16.txt', ARTICLE_C], ['d-big5.txt', ARTICLE_TRAD]] as const) {
      const r = await readDocuments(p(file));
      expect(r.errors).toEqual([]);
      expect(r.documents).toEqual([{ text, file: p(file) }]);
    }
  });

  it('applies run defaults and takes the date from the file name', async () => {
    const r = await readDocuments(p('云岭日报-20231012.md'), { source: '云岭日报', locale: '云岭市', date: '2024-01-01' });
    expect(r.errors).toEqual([]);
    const [doc] = r.documents;
    expect(doc?.date).toBe('2023-10-12'); // file name beats --date
    expect(doc?.source).toBe('云岭日报');
    expect(doc?.locale).toBe('云岭市');
    expect(doc?.title).toBe('云岭市委常委会召开扩大会议');
    expect(doc?.text.startsWith('云岭市委常委会召开扩大会议\n')).toBe(true); // markdown `#` removed
    const plain = await readDocuments(p('a-utf8.txt'), { date: '2024-01-01' });
    expect(plain.documents[0]?.date).toBe('2024-01-01');
  });

  it('does not take a markdown masthead heading as the title', async () => {
    const r = await readDocuments(p('page.md'));
    expect(r.documents[0]?.title).toBe('云岭市委常委会召开扩大会议');
    expect(r.documents[0]?.date).toBe('2023-10-12'); // from the masthead
    expect(r.documents[0]?.source).toBe('云岭日报');
  });

  it('reads HTML: main text with paragraphs, no script/nav/footer, metadata from the markup', async () => {
    for (const file of ['page.html', 'page-gbk.htm']) {
      const r = await readDocuments(p(file));
      expect(r.errors).toEqual([]);
      const doc = r.documents[0]!;
      expect(doc.title).toBe('云岭市举行文化旅游推介会');
      expect(doc.date).toBe('2023-10-18');
      expect(doc.source).toBe('云岭日报');
      expect(doc.url).toBe('https://news.example.cn/2023/1018/123.html');
      expect(doc.text).toBe([
        '云岭市举行文化旅游推介会',
        '本报讯（记者 罗晓东）10月18日，云岭市文化旅游推介会在市会展中心举行。副市长马文静出席并致辞。',
        '市文化和旅游局局长黄建平介绍了全市文旅资源&特色线路。',
      ].join('\n'));
    }
  });

  it('reads JSONL line by line; a bad line is an error naming file:line, the others go on', async () => {
    const r = await readDocuments(p('feed.jsonl'), { date: '2023-10-30' });
    expect(r.documents.map((d) => d.file)).toEqual([`${p('feed.jsonl')}:1`, `${p('feed.jsonl')}:6`]);
    expect(r.documents[0]).toEqual({
      text: ARTICLE_A, file: `${p('feed.jsonl')}:1`, title: '云岭市委常委会召开扩大会议', date: '2023-10-12',
      source: '云岭日报', url: 'https://x.example/1', locale: '云岭市',
    });
    expect(r.documents[1]?.date).toBe('2023-10-30'); // no field: the run's --date
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([[p('feed.jsonl'), 3], [p('feed.jsonl'), 4], [p('feed.jsonl'), 5]]);
    expect(r.errors[0]?.reason).toMatch(/^invalid JSON/);
    expect(r.errors[1]?.reason).toMatch(/^invalid record: text/);
    expect(r.errors[2]?.reason).toMatch(/date must start with YYYY-MM-DD/);
  });
});

describe('readDocuments: bad inputs', () => {
  const reasonFor = async (file: string, opts = {}): Promise<string | undefined> => {
    const r = await readDocuments(file, opts);
    expect(r.documents).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.file).toBe(file);
    return r.errors[0]?.reason;
  };
  it('empty and whitespace-only files', async () => {
    expect(await reasonFor(p('empty.txt'))).toBe('empty file');
    expect(await reasonFor(p('blank.txt'))).toBe('empty file: only whitespace');
  });
  it('binary files', async () => {
    expect(await reasonFor(p('image.txt'))).toBe('binary file: looks like a PNG image, not text');
  });
  it('oversized files, without reading them', async () => {
    const size = Buffer.byteLength(ARTICLE_A.repeat(50));
    expect(await reasonFor(p('big.txt'), { maxSize: 1000 })).toBe(`file is ${size} bytes, over --max-size 1000`);
  });
  it('missing and unreadable files', async () => {
    expect(await reasonFor(p('dangling.txt'))).toBe('cannot read: no such file or directory');
    expect(await reasonFor(p('missing.txt'))).toBe('cannot read: no such file or directory');
    expect(await reasonFor(p('sub'))).toBe('cannot read: is a directory');
  });
  it.skipIf(process.getuid?.() === 0)('files without read permission (skipped as root: root reads everything)', async () => {
    writeFileSync(p('locked.txt'), ARTICLE_A);
    chmodSync(p('locked.txt'), 0o000);
    expect(await reasonFor(p('locked.txt'))).toBe('cannot read: permission denied');
  });
  it('undecodable bytes name the offset', async () => {
    const bytes = Buffer.from(ARTICLE_A, 'utf8');
    bytes[10] = 0xff; // last byte of 市 (bytes 8-10 after "# 云岭"): the broken character starts at 8
    writeFileSync(p('bad.txt'), bytes);
    expect(await reasonFor(p('bad.txt'))).toBe('undecodable bytes: invalid UTF-8 at byte offset 8');
  });
});

describe('discover', () => {
  it('walks directories recursively (inputs only, no hidden files, no README) and expands globs', async () => {
    const d = await discover([p('sub'), join(dir, '*.jsonl'), p('a-utf8.txt'), p('a-utf8.txt'), p('nope'), join(dir, '*.xyz')]);
    expect(d.files.map((f) => f.path)).toEqual([p('sub', 'deeper', 'x.txt'), p('feed.jsonl'), p('a-utf8.txt')]);
    expect(d.files[2]?.size).toBe(Buffer.byteLength(ARTICLE_A));
    expect(d.errors).toEqual([
      { file: p('nope'), reason: 'cannot read: no such file or directory' },
      { file: join(dir, '*.xyz'), reason: 'no files match this pattern' },
    ]);
  });
});
