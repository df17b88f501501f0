// kg query: run Cypher (given, or saved in queries/) against the configured store, read-only
// unless --write. Parameters are always passed as parameters, never pasted into the text.
import type { Command } from 'commander';
import { z } from 'zod';
import { resolveStoreConfig } from '../../config.js';
import { UsageError, describeZodIssues } from '../errors.js';
import { FORMATS, formatResult } from '../../query/format.js';
import { findSavedQuery, listSavedQueries, savedParams, type SavedQuery } from '../../query/saved.js';
import { assertReadOnly, WriteRejected } from '../../query/read-only.js';

const QueryOptions = z.object({
  param: z.array(z.string().regex(/^[A-Za-z_]\w*=/, 'expected name=value')).default([]),
  format: z.enum(FORMATS, { message: `one of ${FORMATS.join(', ')}` }).default('table'),
  write: z.boolean().default(false),
  saved: z.string().min(1).optional(),
  list: z.boolean().default(false),
});

const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/** `name=value` pairs into a map; the value is everything after the first `=`. */
export function parseParamPairs(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    out[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return out;
}

/**
 * Ad-hoc query parameters carry no declared type: JSON numbers, booleans, null, arrays and
 * quoted strings are taken as such, anything else as text (so `name=张三` needs no quotes).
 */
export function guessParam(raw: string): unknown {
  if (/^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)$/.test(raw) || /^["[{]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch { /* not JSON: plain text */ }
  }
  return raw;
}

function describeList(queries: SavedQuery[]): string {
  const lines: string[] = [];
  for (const q of queries) {
    lines.push(`${q.name}\n  ${q.description}`);
    for (const p of q.params) {
      lines.push(`  --param ${p.name}=<${p.type}>  (default ${JSON.stringify(p.default)})${p.description ? '  ' + p.description : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run Cypher against the graph store (read-only unless --write), or a saved query from queries/')
    .argument('[cypher]', 'the Cypher statement, e.g. "MATCH (p:Person) RETURN p.name LIMIT 10"')
    .option('--param <name=value>', 'query parameter, repeatable ($name in the query); for ad-hoc queries numbers, true/false and "quoted" JSON are typed, anything else is text', collect)
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
    .option('--write', 'allow statements that change the graph')
    .option('--saved <name>', 'run a saved query (see --list)')
    .option('--list', 'list the saved queries and their parameters')
    .action(async (cypherArg: string | undefined, _opts: unknown, cmd: Command) => {
      const all = cmd.optsWithGlobals();
      const parsed = QueryOptions.safeParse({ param: all.param, format: all.format, write: all.write ?? false, saved: all.saved, list: all.list ?? false });
      if (!parsed.success) throw new UsageError(describeZodIssues(parsed.error.issues));
      const opts = parsed.data;

      if (opts.list) {
        process.stdout.write(describeList(listSavedQueries()));
        return;
      }
      if (opts.saved && cypherArg) throw new UsageError('--saved: give either a Cypher statement or --saved NAME, not both');
      if (!opts.saved && !cypherArg) throw new UsageError('CYPHER: give a Cypher statement, --saved NAME or --list');

      const given = parseParamPairs(opts.param);
      let cypher: string;
      let params: Record<string, unknown>;
      if (opts.saved) {
        const q = findSavedQuery(opts.saved);
        if (!q) throw new UsageError(`--saved: no saved query named "${opts.saved}" (kg query --list shows them)`);
        cypher = q.cypher;
        try {
          params = savedParams(q, given);
        } catch (err) {
          throw new UsageError((err as Error).message);
        }
      } else {
        cypher = cypherArg!;
        params = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, guessParam(v)]));
      }

      const config = resolveStoreConfig(all);
      // Kuzu has no read-only session: refuse writing statements before opening the store.
      // Neo4j is also asked through a read transaction by the store itself.
      if (!opts.write) {
        try {
          assertReadOnly(cypher);
        } catch (err) {
          if (err instanceof WriteRejected) throw new UsageError(err.message);
          throw err;
        }
      }
      const { openStore } = await import('../../store/index.js');
      const store = openStore(config);
      try {
        await store.open();
        const result = await store.query(cypher, params, { write: opts.write });
        process.stdout.write(formatResult(result, opts.format));
      } finally {
        await store.close();
      }
    });
}
