import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import iconv from 'iconv-lite';
import { main } from '../../src/cli/main.js';
import { EvalPrediction } from '../../schema/eval.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg extract', () => {
  it('writes one NAME.json per input in the scorer format, decoding GBK', async () => {
    const text = '本报讯（记者 方晓冬）3月2日，全市安全生产工作会议召开。市委书记冯立新主持会议并讲话。市领导金一鸣、侯建出席。';
    writeFileSync(join(dir, 'page-utf8.txt'), text);
    writeFileSync(join(dir, 'page-gbk.txt'), iconv.encode(text, 'gbk'));
    const out = join(dir, 'out');
    const code = await main(['node', 'kg', 'extract', join(dir, 'page-utf8.txt'), join(dir, 'page-gbk.txt'), '--format', 'eval', '--out', out]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['page-gbk.json', 'page-utf8.json']);
    for (const f of readdirSync(out)) {
      const pred = EvalPrediction.parse(JSON.parse(readFileSync(join(out, f), 'utf8')));
      expect(pred.persons.map((p) => p.name)).toEqual(['冯立新', '金一鸣', '侯建']);
      expect(pred.bylines).toEqual([{ name: '方晓冬', role: '记者' }]);
    }
  });

  it('names a missing file, still extracts the others, and exits 2', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = join(dir, 'out2');
    const code = await main(['node', 'kg', 'extract', join(dir, 'nope.txt'), join(dir, 'page-utf8.txt'), '--out', out]);
    const printed = err.mock.calls.map((c) => String(c[0])).join('');
    err.mockRestore();
    expect(code).toBe(2);
    expect(printed).toContain('nope.txt');
    expect(readdirSync(out)).toEqual(['page-utf8.json']);
  });

  it('rejects an unknown format with one line naming the option', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['node', 'kg', 'extract', join(dir, 'page-utf8.txt'), '--format', 'xml']);
    const printed = err.mock.calls.map((c) => String(c[0])).join('');
    err.mockRestore();
    expect(code).toBe(2);
    expect(printed).toMatch(/--format: must be json or eval/);
  });
});
