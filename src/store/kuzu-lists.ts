// Two list properties are stored by Kuzu as one string each, items joined by "|": ATTENDED.roles
// and HOLDS.articleIds. With STRING[] columns the commit after a COPY into ATTENDED cost rows
// stored × rows added (25 s for the 5th fifth of a 100k-article corpus, 2 s without), and
// updating the article lists of 20 title histories cost 2.4 s against 0.3 s. Queries still
// see lists: reads of `x.roles` / `x.articleIds` go through string_split, and relationships
// returned whole get their lists back. Neither list is ever empty, nor holds a "|".
import type { GraphValue } from './types.js';

export const LIST_SEP = '|';
/** Relationship type → its list property stored joined. */
export const JOINED: Record<string, string> = { ATTENDED: 'roles', HOLDS: 'articleIds' };
export const JOINED_PROPS = Object.values(JOINED);

export const joinList = (items: readonly string[]): string => items.join(LIST_SEP);
export const splitList = (s: unknown): string[] => (typeof s === 'string' && s ? s.split(LIST_SEP) : Array.isArray(s) ? s.map(String) : []);

// string literals, comments and backquoted names are left alone; `x.prop` is rewritten unless
// it is assigned to (`SET r.roles = …`; in other clauses `=` compares)
const TOKENS = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/;
const CLAUSES = 'SET|WHERE|RETURN|WITH|MATCH|MERGE|CREATE|DELETE|REMOVE|UNWIND|ORDER|LIMIT|SKIP|UNION|CALL|FOREACH|YIELD';

/** Cypher with every read of `<var>.<prop>` (prop one of `props`) turned into a list. */
export function readJoinedAsLists(cypher: string, props: string[]): string {
  const used = props.filter((p) => cypher.includes(`.${p}`));
  if (!used.length) return cypher;
  // clause keywords (any case) and property reads, in order: a SET clause runs to the next keyword
  const re = new RegExp(String.raw`\b(${CLAUSES})\b(?!\.)|(?<![\w$.\`])([A-Za-z_]\w*)\.(${used.join('|')})\b(\s*=(?!=))?`, 'gi');
  let inSet = false;
  return cypher
    .split(TOKENS)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(re, (m: string, kw?: string, v?: string, prop?: string, eq?: string) => {
      if (kw) {
        inSet = kw.toUpperCase() === 'SET';
        return m;
      }
      if (!used.includes(prop!) || (inSet && eq)) return m;
      return `string_split(${v}.${prop}, '${LIST_SEP}')${eq ?? ''}`;
    })))
    .join('');
}

/** Relationships in a query result carry their joined properties as lists, as in Neo4j. */
export function joinedToLists(v: GraphValue, props: string[]): GraphValue {
  if (Array.isArray(v)) return v.map((x) => joinedToLists(x, props));
  if (v === null || typeof v !== 'object') return v;
  if (v.$type === 'relationship') {
    const p = JOINED[v.type as string];
    const own = v.properties as Record<string, GraphValue>;
    if (p && props.includes(p) && typeof own[p] === 'string') own[p] = splitList(own[p]);
    return v;
  }
  if (v.$type === 'node') return v;
  for (const [k, x] of Object.entries(v)) (v as Record<string, GraphValue>)[k] = joinedToLists(x, props);
  return v;
}
