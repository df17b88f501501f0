// Progress reporting for ingest: a progress bar on a terminal, JSON lines otherwise (or with
// --log json). The pipeline only calls the Reporter interface, so it stays free of output code.
import cliProgress from 'cli-progress';
import type { IngestError } from './types.js';
import { formatError, type IngestCounts, type IngestSummary } from './summary.js';

export interface StartInfo {
  files: number;
  totalBytes: number;
  dryRun: boolean;
  store: string | null;
  extraction: { mode: 'threads' | 'in-process'; threads: number };
}

export interface Reporter {
  start(info: StartInfo): void;
  error(e: IngestError): void;
  progress(c: IngestCounts): void;
  finish(s: IngestSummary): void;
}

export type LogMode = 'pretty' | 'json';

/** Writes one JSON object per line: {time, event, ...}. */
export function jsonReporter(write: (line: string) => void): Reporter {
  const emit = (event: string, data: object): void => write(JSON.stringify({ time: new Date().toISOString(), event, ...data }) + '\n');
  return {
    start: (info) => emit('start', info),
    error: (e) => emit('error', e),
    progress: (c) => emit('progress', c),
    finish: (s) => emit('summary', s),
  };
}

/** A cli-progress bar (bytes as the unit of work, so ETA reflects data size) plus error lines. */
export function prettyReporter(stream: NodeJS.WriteStream = process.stderr): Reporter {
  let multi: cliProgress.MultiBar | null = null;
  let bar: cliProgress.SingleBar | null = null;
  let t0 = Date.now();
  const payload = (c: IngestCounts): Record<string, string | number> => ({
    files: `${c.filesDone}/${c.files}`,
    articles: c.articles,
    persons: c.persons,
    events: c.events,
    skipped: c.skipped,
    rate: ((c.bytes / 1e6) / Math.max((Date.now() - t0) / 1000, 1e-3)).toFixed(2),
  });
  return {
    start(info) {
      t0 = Date.now();
      multi = new cliProgress.MultiBar({
        stream,
        format: ' {bar} {percentage}% | files {files} | articles {articles} | people {persons} | meetings {events} | skipped {skipped} | {rate} MB/s | ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
        fps: 5,
      }, cliProgress.Presets.shades_classic);
      bar = multi.create(Math.max(info.totalBytes, 1), 0, { files: `0/${info.files}`, articles: 0, persons: 0, events: 0, skipped: 0, rate: '0.00' });
    },
    error(e) {
      const line = `kg ingest: ${formatError(e)}\n`;
      if (multi && stream.isTTY) multi.log(line);
      else stream.write(line);
    },
    progress(c) {
      bar?.update(Math.min(c.bytes, bar.getTotal()), payload(c));
    },
    finish(s) {
      bar?.update(bar.getTotal(), payload(s));
      multi?.update(); // a final redraw flushes error lines logged since the last frame
      multi?.stop();
    },
  };
}

export function createReporter(mode: LogMode, out: { stdout: (line: string) => void; stderr: NodeJS.WriteStream }): Reporter {
  return mode === 'json' ? jsonReporter(out.stdout) : prettyReporter(out.stderr);
}
