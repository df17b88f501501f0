// The GraphStore contract against a real Neo4j, when one is configured (NEO4J_URI, NEO4J_USER,
// NEO4J_PASSWORD, NEO4J_DATABASE). Neo4j cannot be installed on the CI machine, so this suite is
// skipped there; the statements it sends are linted in neo4j-lint.test.ts instead.
// The suite deletes everything in the database between tests, so it refuses to start on a
// database that already holds nodes: point it at an empty test database.
import { describe } from 'vitest';
import { resolveStoreConfig } from '../../src/config.js';
import { openStore } from '../../src/store/index.js';
import { graphStoreContract } from './contract.js';

const configured = !!process.env.NEO4J_URI;

async function wipe(store: ReturnType<typeof openStore>): Promise<void> {
  await store.query('MATCH (n) DETACH DELETE n', {}, { write: true });
}

describe.skipIf(!configured)('neo4j store (NEO4J_URI is not set: no Neo4j to test against)', () => {
  let checked = false;
  graphStoreContract('neo4j', async () => {
    const store = openStore(resolveStoreConfig({}, process.env));
    if (!checked) {
      await store.open();
      const n = Number((await store.query('MATCH (n) RETURN count(n) AS c')).rows[0]!.c);
      if (n > 0) {
        await store.close();
        throw new Error(`NEO4J_URI points at a database holding ${n} nodes; the store tests wipe it, so give them an empty test database`);
      }
      checked = true;
      await store.close();
    }
    return {
      store,
      async cleanup() {
        await wipe(store);
        await store.close();
      },
    };
  });
});
