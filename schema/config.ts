// Configuration shared by every subcommand: where the graph lives. Flags win over the
// environment; both are validated here so a wrong value fails with one clear line.
import { z } from 'zod';

export const StoreConfig = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('kuzu'),
    /** Path of the embedded Kuzu database (a file; Kuzu keeps a .wal beside it). */
    path: z.string().min(1, 'KG_STORE must be a non-empty path'),
    /** Kuzu's buffer pool in bytes (default: KG_BUFFER_POOL, else Kuzu's own choice, 80% of RAM). */
    bufferPool: z.number().int().min(64 * 1024 ** 2, 'the buffer pool must be at least 64MB').optional(),
  }),
  z.object({
    kind: z.literal('neo4j'),
    uri: z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/\S+$/, 'NEO4J_URI must look like neo4j://host:7687 (schemes: neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc)'),
    user: z.string().min(1),
    password: z.string(),
    database: z.string().min(1).nullable(),
  }),
]);

/** Raw settings as read from flags/environment before validation. */
export const RawStoreSettings = z.object({
  store: z.string().optional(),
  neo4jUri: z.string().optional(),
  neo4jUser: z.string().optional(),
  neo4jPassword: z.string().optional(),
  neo4jDatabase: z.string().optional(),
});

/** KG_BUFFER_POOL: `1GB`, `512MB`, `1.5G` → bytes; bounds the embedded store's memory (docs/ingest.md). */
export const BufferPoolSize = z
  .string()
  .regex(/^\s*\d+(?:\.\d+)?\s*[MG]B?\s*$/i, 'KG_BUFFER_POOL must be a size like 512MB or 2GB')
  .transform((s) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([MG])/i.exec(s)!;
    return Math.floor(Number(m[1]) * 1024 ** (m[2]!.toUpperCase() === 'G' ? 3 : 2));
  })
  .pipe(z.number().int().min(64 * 1024 ** 2, 'KG_BUFFER_POOL must be at least 64MB'));
