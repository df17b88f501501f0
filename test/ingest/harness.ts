// Ways to run `kg` in tests: in-process through main() with captured output (fast, preferred),
// or as a child process from an esbuild bundle of the TypeScript sources (for signals, stdin
// and the real worker-thread pool: ingest/worker.ts is bundled beside the CLI entry).
import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fromRoot } from '../../src/paths.js';

/** Runs main() in-process, capturing stdout/stderr. */
export async function kg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
  try {
    const code = await main(['node', 'kg', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** The JSON-lines log of a run, parsed. */
export function jsonLog(stdout: string): Array<Record<string, unknown>> {
  return stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

let built: Promise<string> | undefined;
const bundleDir = (): string => fromRoot('node_modules', '.cache', `kg-ingest-test-${process.pid}`);

/** Deletes this test process's bundle (call in afterAll). */
export function removeBundle(): void {
  rmSync(bundleDir(), { recursive: true, force: true });
  built = undefined;
}

/** Path of the bundled CLI entry (built once per test file). */
export function bundledCli(): Promise<string> {
  built ??= (async () => {
    // Inside the package so bare imports resolve from its node_modules and fromRoot() finds the root.
    const outdir = bundleDir();
    await build({
      entryPoints: { 'kg-cli': fromRoot('test', 'ingest', 'cli-child.ts'), worker: fromRoot('ingest', 'worker.ts') },
      outdir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
    return join(outdir, 'kg-cli.js');
  })();
  return built;
}

export function runKg(cli: string, args: string[], stdin: 'ignore' | 'pipe' = 'ignore'): ChildProcess {
  return spawn(process.execPath, [cli, ...args], { stdio: [stdin, 'pipe', 'pipe'] });
}

/** Collects a child's output until it exits. */
export function finished(child: ChildProcess): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
}
