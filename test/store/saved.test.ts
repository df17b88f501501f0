// The saved-query header format: parsed into name, description and typed parameters, and bad
// headers fail with the file and what is wrong.
import { describe, expect, it } from 'vitest';
import { parseSavedQuery, savedParams } from '../../src/query/saved.js';

const TEXT = `// name: demo-query
// description: A demo that
// description: spans two lines.
// param: who string = "张 三" -- a name with a space
// param: limit int = 10 -- row cap
// param: exact bool = false
MATCH (p:Person) WHERE p.name = $who RETURN p LIMIT $limit;
`;

describe('saved query files', () => {
  it('parses the header into typed parameters with defaults and strips it from the body', () => {
    const q = parseSavedQuery(TEXT, 'demo.cypher');
    expect(q.name).toBe('demo-query');
    expect(q.description).toBe('A demo that spans two lines.');
    expect(q.params).toEqual([
      { name: 'who', type: 'string', default: '张 三', description: 'a name with a space' },
      { name: 'limit', type: 'int', default: 10, description: 'row cap' },
      { name: 'exact', type: 'bool', default: false, description: '' },
    ]);
    expect(q.cypher).toBe('MATCH (p:Person) WHERE p.name = $who RETURN p LIMIT $limit');
    expect(savedParams(q, { limit: '3', exact: 'TRUE' })).toEqual({ who: '张 三', limit: 3, exact: true });
  });

  it('names the file and the problem for a bad header', () => {
    expect(() => parseSavedQuery('// name: x\n// param: n integer = 1\nRETURN 1', 'bad.cypher')).toThrow(/bad\.cypher: param n: type must be one of string, int, float, bool/);
    expect(() => parseSavedQuery('// name: x\n// param: n int = one\nRETURN 1', 'bad.cypher')).toThrow(/bad\.cypher: param n default: expected an integer/);
    expect(() => parseSavedQuery('// name: x\nRETURN 1', 'bad.cypher')).toThrow(/bad\.cypher: description: a description is required/);
    expect(() => parseSavedQuery('// name: x\n// description: d\n', 'bad.cypher')).toThrow(/the query body is empty/);
  });
});
