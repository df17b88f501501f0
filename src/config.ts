// Resolves where the graph lives from flags and the environment (flags win), validated once.
import { StoreConfig, RawStoreSettings, BufferPoolSize } from '../schema/config.js';
import type { StoreConfig as StoreConfigT } from './types.js';
import { UsageError, describeZodIssues } from './cli/errors.js';

export const DEFAULT_STORE = './data/kg.kuzu';

export interface StoreFlags {
  store?: string;
  neo4jUri?: string;
  neo4jUser?: string;
  neo4jPassword?: string;
  neo4jDatabase?: string;
  bufferPool?: string;
}

const NAMES: Record<string, string> = {
  path: '--store / KG_STORE',
  uri: '--neo4j-uri / NEO4J_URI',
  user: '--neo4j-user / NEO4J_USER',
  password: '--neo4j-password / NEO4J_PASSWORD',
  database: '--neo4j-database / NEO4J_DATABASE',
  bufferPool: '--buffer-pool / KG_BUFFER_POOL',
};

/** Neo4j when a URI is given (flag or NEO4J_URI), the embedded Kuzu store otherwise. */
export function resolveStoreConfig(flags: StoreFlags = {}, env: NodeJS.ProcessEnv = process.env): StoreConfigT {
  const raw = RawStoreSettings.parse({
    store: flags.store ?? env.KG_STORE,
    neo4jUri: flags.neo4jUri ?? env.NEO4J_URI,
    neo4jUser: flags.neo4jUser ?? env.NEO4J_USER,
    neo4jPassword: flags.neo4jPassword ?? env.NEO4J_PASSWORD,
    neo4jDatabase: flags.neo4jDatabase ?? env.NEO4J_DATABASE,
  });
  const candidate = raw.neo4jUri
    ? {
        kind: 'neo4j' as const,
        uri: raw.neo4jUri,
        user: raw.neo4jUser ?? 'neo4j',
        password: raw.neo4jPassword ?? '',
        database: raw.neo4jDatabase || null,
      }
    : { kind: 'kuzu' as const, path: raw.store ?? DEFAULT_STORE, ...bufferPool(flags.bufferPool ?? env.KG_BUFFER_POOL) };
  const parsed = StoreConfig.safeParse(candidate);
  if (!parsed.success) throw new UsageError(describeZodIssues(parsed.error.issues, NAMES));
  return parsed.data;
}

/** `--buffer-pool 512MB` / KG_BUFFER_POOL in bytes, validated here so a bad size is a usage error. */
function bufferPool(size: string | undefined): { bufferPool?: number } {
  if (size === undefined) return {};
  const parsed = BufferPoolSize.safeParse(size);
  if (!parsed.success) throw new UsageError(`${NAMES.bufferPool}: ${parsed.error.issues[0]?.message ?? 'invalid size'}`);
  return { bufferPool: parsed.data };
}

/** A printable description of the store that never includes the password. */
export function describeStore(config: StoreConfigT): string {
  if (config.kind === 'kuzu') return `kuzu:${config.path}`;
  return `neo4j:${config.uri} as ${config.user}${config.database ? ` (database ${config.database})` : ''}`;
}
