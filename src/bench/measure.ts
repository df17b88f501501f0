// Measuring helpers: medians, a peak-RSS sampler that also works inside synchronous loops,
// the machine description printed with every table, and loading modules other parts of the
// project may not have yet (the benchmark reports "not available" instead of failing).
import { cpus, totalmem, freemem, platform, release, arch } from 'node:os';

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Peak resident memory over a phase: call tick() often in synchronous loops; a timer covers async waits. */
export class PeakMemory {
  readonly baseline = process.memoryUsage.rss();
  peak = this.baseline;
  private timer: NodeJS.Timeout;
  constructor() {
    this.timer = setInterval(() => this.tick(), 50);
    this.timer.unref();
  }
  tick(): void {
    const r = process.memoryUsage.rss();
    if (r > this.peak) this.peak = r;
  }
  stop(): { peakMB: number; growthMB: number } {
    clearInterval(this.timer);
    this.tick();
    return { peakMB: this.peak / 1e6, growthMB: (this.peak - this.baseline) / 1e6 };
  }
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  freeMemoryGB: number;
  node: string;
  os: string;
}

export function machine(): Machine {
  const c = cpus();
  return {
    cpu: c[0]?.model.trim() ?? 'unknown',
    cores: c.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()} ${arch()}`,
  };
}

/** A module of this package that may not exist yet, or why it could not be loaded. */
export type Loaded<T> = { ok: true; mod: T } | { ok: false; reason: string };

/**
 * Imports a module of this package by a path relative to src/bench (e.g. '../extract/index.js').
 * The benchmark then reports a section as "not available: why" instead of failing outright,
 * because the parts it measures are developed separately.
 */
export async function tryImport<T = Record<string, unknown>>(relative: string): Promise<Loaded<T>> {
  const url = new URL(relative, import.meta.url).href;
  try {
    return { ok: true, mod: (await import(url)) as T };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const first = String(e.message).split('\n')[0] ?? String(err);
    const target = relative.replace(/^(\.\.\/)+/, '');
    // name the module itself when it is what is missing, otherwise say what it failed on
    const reason = e.code === 'ERR_MODULE_NOT_FOUND' && first.includes(url.replace(/^file:\/\//, '')) ? `${target} does not exist yet` : `${target}: ${first}`;
    return { ok: false, reason };
  }
}

export const mb = (bytes: number): number => bytes / 1e6;
