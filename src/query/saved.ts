// Saved queries: `queries/*.cypher`, each opened by a header of `//` comment lines that names it,
// describes it and declares its parameters with types and defaults, e.g.
//   // name: meetings-of-person
//   // description: The meetings a person attended, newest first.
//   // param: personId string = "" -- id of the Person
//   // param: limit int = 100 -- at most this many rows
// The header is data, parsed and validated here, so `kg query --list` and `--saved` need no code
// per query. The body is sent unchanged to either store (stick to the Cypher Kuzu and Neo4j share).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { fromRoot } from '../paths.js';

export const PARAM_TYPES = ['string', 'int', 'float', 'bool'] as const;
export const ParamType = z.enum(PARAM_TYPES);
export type ParamType = z.infer<typeof ParamType>;

export const SavedParam = z.object({
  name: z.string().regex(/^[A-Za-z_]\w*$/, 'parameter names are identifiers'),
  type: ParamType,
  default: z.union([z.string(), z.number(), z.boolean()]),
  description: z.string(),
});
export type SavedParam = z.infer<typeof SavedParam>;

export const SavedQuery = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'names are lower-case words joined by -'),
  description: z.string().min(1, 'a description is required'),
  params: z.array(SavedParam),
  /** The Cypher without the header, as sent to the store. */
  cypher: z.string().min(1, 'the query body is empty'),
  file: z.string(),
});
export type SavedQuery = z.infer<typeof SavedQuery>;

export const QUERIES_DIR = (): string => fromRoot('queries');

const HEADER_LINE = /^\s*\/\/\s?(.*)$/;
const PARAM_LINE = /^(\w+)\s+(\w+)\s*=\s*(.*?)\s*(?:--\s*(.*))?$/;

/** Turns a text value into the declared type; throws a message naming what is wrong. */
export function coerceParam(type: ParamType, raw: string, what: string): string | number | boolean {
  switch (type) {
    case 'string':
      return raw;
    case 'int': {
      if (!/^-?\d+$/.test(raw.trim())) throw new Error(`${what}: expected an integer, got "${raw}"`);
      return Number.parseInt(raw, 10);
    }
    case 'float': {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw new Error(`${what}: expected a number, got "${raw}"`);
      return n;
    }
    case 'bool': {
      if (!/^(true|false)$/i.test(raw.trim())) throw new Error(`${what}: expected true or false, got "${raw}"`);
      return raw.trim().toLowerCase() === 'true';
    }
  }
}

/** A string default may be written as a JSON string ("…") so it can hold spaces or be empty. */
function defaultText(raw: string): string {
  if (raw.startsWith('"')) {
    const v: unknown = JSON.parse(raw);
    if (typeof v === 'string') return v;
  }
  return raw;
}

/** Parses one saved query file's text; `file` is only used in messages. */
export function parseSavedQuery(text: string, file: string): SavedQuery {
  const lines = text.split(/\r?\n/);
  const fields: Record<string, string> = {};
  const params: SavedParam[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const m = HEADER_LINE.exec(line);
    if (!m) break;
    const body = m[1]!;
    const kv = /^(name|description|param):\s*(.*)$/.exec(body.trim());
    if (!kv) continue; // free comment text in the header
    const [, key, value] = kv as unknown as [string, string, string];
    if (key === 'param') {
      const p = PARAM_LINE.exec(value);
      if (!p) throw new Error(`${file}: bad param line "${value}" (expected: param: NAME TYPE = DEFAULT -- description)`);
      const type = ParamType.safeParse(p[2]);
      if (!type.success) throw new Error(`${file}: param ${p[1]}: type must be one of ${PARAM_TYPES.join(', ')}`);
      const dflt = coerceParam(type.data, defaultText(p[3]!), `${file}: param ${p[1]} default`);
      params.push({ name: p[1]!, type: type.data, default: dflt, description: p[4] ?? '' });
    } else if (key === 'description' && fields.description) {
      fields.description += ' ' + value.trim();
    } else {
      fields[key] = value.trim();
    }
  }
  const cypher = lines.slice(i).join('\n').trim().replace(/;\s*$/, '');
  const parsed = SavedQuery.safeParse({ name: fields.name ?? basename(file, '.cypher'), description: fields.description ?? '', params, cypher, file });
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'query'}: ${x.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** Every saved query in the directory, sorted by name. */
export function listSavedQueries(dir: string = QUERIES_DIR()): SavedQuery[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
  const out = files.map((f) => parseSavedQuery(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
  const seen = new Set<string>();
  for (const q of out) {
    if (seen.has(q.name)) throw new Error(`${q.file}: saved query name "${q.name}" is used twice`);
    seen.add(q.name);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export function findSavedQuery(name: string, dir: string = QUERIES_DIR()): SavedQuery | undefined {
  return listSavedQueries(dir).find((q) => q.name === name);
}

/**
 * The parameters for a run of a saved query: defaults, overridden by the given text values
 * (coerced to the declared types). Unknown names are an error naming the known ones.
 */
export function savedParams(q: SavedQuery, given: Record<string, string>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const p of q.params) out[p.name] = p.default;
  for (const [k, v] of Object.entries(given)) {
    const p = q.params.find((x) => x.name === k);
    if (!p) {
      const known = q.params.map((x) => x.name).join(', ') || 'none';
      throw new Error(`--param ${k}: the saved query ${q.name} has no such parameter (it takes: ${known})`);
    }
    out[k] = coerceParam(p.type, v, `--param ${k}`);
  }
  return out;
}
