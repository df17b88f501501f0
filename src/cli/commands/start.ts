// kg start (npm start): ingest the bundled samples into the configured store, then serve the
// viewer. Re-running is cheap: ingest skips documents already stored.
import type { Command } from 'commander';
import { z } from 'zod';
import { fromRoot } from '../../paths.js';
import { UsageError, describeZodIssues } from '../errors.js';
import { main } from '../main.js';

const StartFlags = z.object({
  samples: z.string().min(1),
  port: z.string().regex(/^\d+$/, 'must be a number'),
  host: z.string().min(1),
});

/** Global store flags as they were given, to pass on to the subcommands. */
function storeArgs(all: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [flag, key] of [['--store', 'store'], ['--neo4j-uri', 'neo4jUri'], ['--neo4j-user', 'neo4jUser'], ['--neo4j-password', 'neo4jPassword'], ['--neo4j-database', 'neo4jDatabase'], ['--buffer-pool', 'bufferPool']] as const) {
    if (typeof all[key] === 'string') out.push(flag, all[key]);
  }
  return out;
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('ingest the bundled sample articles, then serve the viewer and print its URL (what `npm start` runs)')
    .option('--samples <dir>', 'folder to ingest first', fromRoot('samples'))
    .option('--port <port>', 'viewer port', '5173')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .action(async (_opts: unknown, cmd: Command) => {
      const all = cmd.optsWithGlobals<Record<string, unknown>>();
      const parsed = StartFlags.safeParse({ samples: all.samples, port: all.port, host: all.host });
      if (!parsed.success) throw new UsageError(describeZodIssues(parsed.error.issues));
      const store = storeArgs(all);
      const ingested = await main(['node', 'kg', ...store, 'ingest', parsed.data.samples, '--workers', '0']);
      // 2 = some sample failed to read: report but still serve what was ingested
      if (ingested !== 0 && ingested !== 2) {
        process.exitCode = ingested;
        return;
      }
      process.exitCode = await main(['node', 'kg', ...store, 'serve', '--port', parsed.data.port, '--host', parsed.data.host]);
    });
}
