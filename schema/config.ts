// Configuration shared by every subcommand: where the graph lives. Flags win over the
// environment; both are validated here so a wrong value fails with one clear line.
import { z } from 'zod';

export const StoreConfig = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('kuzu'),
    /** Path of the embedded Kuzu database (a file; Kuzu keeps a .wal beside it). */
    path: z.string().min(1, 'KG_STORE must be a non-empty path'),
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
