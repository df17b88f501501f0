// kg serve: the co-attendance viewer and its read-only JSON API over the configured store.
import { spawn } from 'node:child_process';
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { describeStore, resolveStoreConfig, type StoreFlags } from '../../config.js';
import { startServer } from '../../serve/server.js';
import { viewerDir } from '../../serve/viewer-dir.js';
import { UsageError, describeZodIssues } from '../errors.js';

const ServeFlags = z.object({
  port: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(0, 'must be 0–65535').max(65535, 'must be 0–65535').default(5173),
  host: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  open: z.boolean().default(false),
});

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the co-attendance viewer and a read-only JSON API over the store')
    .addOption(new Option('--port <port>', 'port to listen on (0 picks a free one)').default('5173'))
    .addOption(new Option('--host <host>', 'address to bind; anything but loopback exposes the graph to the network').default('127.0.0.1'))
    .option('--open', 'open the page in the default browser')
    .action(async (_opts: unknown, cmd: Command) => {
      const all = cmd.optsWithGlobals<StoreFlags & { port?: string; host?: string; open?: boolean }>();
      const parsed = ServeFlags.safeParse({ port: all.port, host: all.host, open: all.open ?? false });
      if (!parsed.success) throw new UsageError(describeZodIssues(parsed.error.issues));
      const config = resolveStoreConfig(all);
      // loaded here, not at the top: the native store modules are only needed by this command
      const { openStore } = await import('../../store/index.js');
      const store = openStore(config);
      await store.open();
      const staticDir = viewerDir();
      let running;
      try {
        running = await startServer({ store, staticDir, host: parsed.data.host, port: parsed.data.port });
      } catch (err) {
        await store.close();
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UsageError(`--port: ${parsed.data.port} is already in use (try --port 0)`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`--host: cannot bind ${parsed.data.host}`);
        throw err;
      }
      process.stdout.write(`kg viewer: ${running.url}  (store ${describeStore(config)}; Ctrl-C to stop)\n`);
      if (!staticDir) process.stderr.write('kg serve: the viewer is not built (run `npm run build`); serving the API only\n');
      if (parsed.data.open) openBrowser(running.url);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await running.close();
      await store.close();
    });
}

function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    spawn(cmd, [url], { stdio: 'ignore', detached: true }).on('error', () => {
      process.stderr.write(`kg serve: could not open a browser; visit ${url}\n`);
    }).unref();
  } catch {
    process.stderr.write(`kg serve: could not open a browser; visit ${url}\n`);
  }
}
