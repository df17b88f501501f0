// `kg serve` in-process: option validation, and a real start on a free port over a Kuzu store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { storeMissing } from './store.js';

afterEach(() => vi.restoreAllMocks());

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out += String(s); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => { err += String(s); return true; });
  return { out: () => out, err: () => err };
}

describe('kg serve', () => {
  it.each([
    [['--port', 'abc'], '--port'],
    [['--port', '70000'], '--port'],
    [['--host', ''], '--host'],
  ])('rejects %j with exit 2 naming the option', async (args, option) => {
    const io = capture();
    expect(await main(['node', 'kg', 'serve', ...args])).toBe(2);
    expect(io.err()).toContain(option);
  });

  it.skipIf(storeMissing !== null)(`serves the API on the given host and a free port, prints the URL, stops on SIGINT${storeMissing ? ` — skipped: ${storeMissing}` : ''}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-serve-'));
    try {
      const io = capture();
      const run = main(['node', 'kg', '--store', join(dir, 'kg.kuzu'), 'serve', '--port', '0', '--host', '127.0.0.1']);
      await vi.waitFor(() => expect(io.out()).toMatch(/http:\/\/127\.0\.0\.1:\d+\//), { timeout: 30_000 });
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(io.out())![0];
      const health = (await (await fetch(new URL('api/health', url))).json()) as { ok: boolean; people: number };
      expect(health).toMatchObject({ ok: true, people: 0 });
      expect(io.out()).toContain('kuzu:');
      process.emit('SIGINT');
      expect(await run).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
