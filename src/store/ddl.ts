// Reads a Cypher DDL file of schema/cypher into its statements (comments dropped).
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';

export function readDdl(file: 'kuzu.cypher' | 'neo4j.cypher'): string[] {
  return readFileSync(fromRoot('schema', 'cypher', file), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
