// `npm start` end to end: ingest the bundled samples into a fresh store, serve, answer the API.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'kg-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startKg(args: string[]): Promise<{ url: string; stop: () => Promise<number | null>; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'kg-child.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (out += String(d)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kg start printed no URL:\n${out}`)), 90_000);
    child.on('exit', (code) => reject(new Error(`kg start exited ${code}:\n${out}`)));
    child.stdout.on('data', () => {
      const m = /kg viewer: (http:\/\/127\.0\.0\.1:\d+\/?)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1]!,
        output: () => out,
        stop: () => new Promise((res) => { child.removeAllListeners('exit'); child.on('exit', (c) => res(c)); child.kill('SIGINT'); }),
      });
    });
  });
}

describe('kg start', () => {
  it('ingests samples/ into the store, serves the viewer on 127.0.0.1 and prints the URL', async () => {
    const kg = await startKg(['--store', join(dir, 'kg.kuzu'), 'start', '--port', '0']);
    try {
      const health = await fetch(new URL('api/health', kg.url));
      expect(health.status).toBe(200);
      const graph = (await (await fetch(new URL('api/graph', kg.url))).json()) as { people?: unknown[]; persons?: unknown[]; meetings?: unknown[] };
      expect((graph.people ?? graph.persons ?? []).length).toBeGreaterThan(20);
      expect((graph.meetings ?? []).length).toBeGreaterThan(10);
    } finally {
      await kg.stop();
    }
    // a second start finds everything stored already and serves at once
    const again = await startKg(['--store', join(dir, 'kg.kuzu'), 'start', '--port', '0']);
    await again.stop();
    expect(again.output()).toMatch(/skipped/i);
  }, 180_000);
});
