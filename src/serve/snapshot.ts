// Reads what the viewer needs from the store once, as whole nodes and relationships, into an
// in-memory snapshot the API answers from. Reading whole nodes (not named properties) keeps the
// viewer working whichever optional properties a store has; each value is checked as it is read.
import type { GraphNode, GraphRelationship, GraphStore, GraphValue } from '../store/types.js';

export interface SnapPerson { id: string; name: string; idBasis: string | null }
export interface SnapMeeting { id: string; name: string; kind: string; date: string | null; place: string | null }
export interface SnapArticle { id: string; headline: string | null; date: string | null; file: string | null; newspaper: string | null }
export interface SnapOrg { id: string; name: string }
export interface SnapAttendance {
  person: string; meeting: string; role: string; roles: string[]; order: number;
  articleId: string | null; sentence: string | null;
}
export interface SnapHolds {
  person: string; org: string; title: string; firstSeen: string | null; lastSeen: string | null; articleIds: string[];
}
export interface SnapMention { person: string; article: string; sentences: string[] }

export interface Snapshot {
  people: Map<string, SnapPerson>;
  meetings: Map<string, SnapMeeting>;
  articles: Map<string, SnapArticle>;
  orgs: Map<string, SnapOrg>;
  attendances: SnapAttendance[];
  holds: SnapHolds[];
  mentions: SnapMention[];
  /** meeting id → article ids it was reported in */
  reportedIn: Map<string, string[]>;
  loadedAt: string;
}

const Q = {
  people: 'MATCH (p:Person) RETURN p',
  meetings: 'MATCH (m:Meeting) RETURN m',
  articles: 'MATCH (a:Article) RETURN a',
  orgs: 'MATCH (o:Organization) RETURN o',
  // evidence sentences are Sentence nodes the relationships name (schema/graph.ts)
  attended: 'MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) OPTIONAL MATCH (s:Sentence {id: r.sentenceId}) RETURN p.id AS person, m.id AS meeting, r, s.text AS sentence, s.articleId AS articleId',
  holds: 'MATCH (p:Person)-[r:HOLDS]->(o:Organization) RETURN p.id AS person, o.id AS org, r',
  mentioned: 'MATCH (p:Person)-[r:MENTIONED_IN]->(a:Article) OPTIONAL MATCH (s:Sentence {id: r.sentenceId}) RETURN p.id AS person, a.id AS article, r, s.text AS sentence',
  reported: 'MATCH (m:Meeting)-[:REPORTED_IN]->(a:Article) RETURN m.id AS meeting, a.id AS article',
} as const;

function isNode(v: GraphValue | undefined): v is GraphNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { $type?: unknown }).$type === 'node';
}
function isRel(v: GraphValue | undefined): v is GraphRelationship {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { $type?: unknown }).$type === 'relationship';
}

/** A string property, or null when absent/empty; numbers are turned into strings. */
export function str(v: GraphValue | undefined): string | null {
  if (typeof v === 'string') return v.length > 0 ? v : null;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return null;
}
function num(v: GraphValue | undefined, fallback: number): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return fallback;
}
function strList(v: GraphValue | undefined): string[] {
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => x !== null);
  const s = str(v);
  if (s === null) return [];
  if (s.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed.filter((x): x is string => typeof x === 'string');
    } catch { /* not JSON: a single value */ }
  }
  return [s];
}

/** The evidence sentence of a relationship: `evidence` may be the sentence, a map or JSON holding one. */
export function sentenceOf(props: Record<string, GraphValue>): string | null {
  const direct = str(props.sentence) ?? null;
  if (direct) return direct;
  const ev = props.evidence;
  if (typeof ev === 'object' && ev !== null && !Array.isArray(ev)) {
    return str((ev as Record<string, GraphValue>).sentence);
  }
  const s = str(ev);
  if (s && s.startsWith('{')) {
    try {
      const parsed = JSON.parse(s) as { sentence?: unknown };
      if (typeof parsed.sentence === 'string') return parsed.sentence;
    } catch { /* plain text */ }
  }
  return s;
}

/** Runs a read query; a label or type the store does not have yet yields no rows. */
async function rows(store: GraphStore, cypher: string): Promise<Record<string, GraphValue>[]> {
  try {
    return (await store.query(cypher)).rows;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    // an empty Kuzu/Neo4j database without this table/label is not an error for the viewer
    if (/does not exist|not exist|cannot find|unknown (label|relationship)|Binder exception/i.test(msg) && /MENTIONED_IN|REPORTED_IN|HOLDS|Organization|Article/.test(cypher)) return [];
    throw new Error(`reading the graph for the viewer failed (${cypher}): ${msg}`);
  }
}

function nodes(list: Record<string, GraphValue>[], key: string): GraphNode[] {
  return list.map((r) => r[key]).filter(isNode);
}

export async function loadSnapshot(store: GraphStore): Promise<Snapshot> {
  const [people, meetings, articles, orgs, attended, holds, mentioned, reported] = [
    await rows(store, Q.people), await rows(store, Q.meetings), await rows(store, Q.articles), await rows(store, Q.orgs),
    await rows(store, Q.attended), await rows(store, Q.holds), await rows(store, Q.mentioned), await rows(store, Q.reported),
  ];
  const snap: Snapshot = {
    people: new Map(), meetings: new Map(), articles: new Map(), orgs: new Map(),
    attendances: [], holds: [], mentions: [], reportedIn: new Map(), loadedAt: new Date().toISOString(),
  };
  for (const n of nodes(people, 'p')) {
    const p = n.properties;
    snap.people.set(n.id, { id: n.id, name: str(p.name) ?? n.id, idBasis: str(p.idBasis) });
  }
  for (const n of nodes(meetings, 'm')) {
    const p = n.properties;
    snap.meetings.set(n.id, { id: n.id, name: str(p.name) ?? n.id, kind: str(p.kind) ?? '会议', date: looseDate(str(p.date)), place: str(p.place) });
  }
  for (const n of nodes(articles, 'a')) {
    const p = n.properties;
    snap.articles.set(n.id, {
      id: n.id, headline: str(p.headline) ?? str(p.title), date: str(p.date), file: str(p.file),
      newspaper: str(p.newspaper) ?? str(p.source),
    });
  }
  for (const n of nodes(orgs, 'o')) {
    const p = n.properties;
    snap.orgs.set(n.id, { id: n.id, name: str(p.fullName) ?? str(p.name) ?? n.id });
  }
  for (const r of attended) {
    const rel = r.r;
    const person = str(r.person);
    const meeting = str(r.meeting);
    if (!isRel(rel) || !person || !meeting) continue;
    const p = rel.properties;
    const roles = strList(p.roles);
    const role = str(p.role) ?? roles[0] ?? '出席';
    snap.attendances.push({
      person, meeting, role, roles: roles.length ? roles : [role], order: num(p.order ?? p.ord, 0),
      articleId: str(r.articleId) ?? str(p.articleId), sentence: str(r.sentence) ?? sentenceOf(p),
    });
  }
  for (const r of holds) {
    const rel = r.r;
    const person = str(r.person);
    const org = str(r.org);
    if (!isRel(rel) || !person || !org) continue;
    const p = rel.properties;
    snap.holds.push({
      person, org, title: str(p.title) ?? '', firstSeen: str(p.firstSeen), lastSeen: str(p.lastSeen), articleIds: strList(p.articleIds),
    });
  }
  for (const r of mentioned) {
    const rel = r.r;
    const person = str(r.person);
    const article = str(r.article);
    if (!person || !article) continue;
    const p = isRel(rel) ? rel.properties : {};
    const sentences = strList(p.sentences);
    const one = str(r.sentence) ?? sentenceOf(p);
    snap.mentions.push({ person, article, sentences: sentences.length ? sentences : one ? [one] : [] });
  }
  for (const r of reported) {
    const meeting = str(r.meeting);
    const article = str(r.article);
    if (!meeting || !article) continue;
    const list = snap.reportedIn.get(meeting) ?? [];
    if (!list.includes(article)) list.push(article);
    snap.reportedIn.set(meeting, list);
  }
  return snap;
}

function looseDate(d: string | null): string | null {
  if (!d) return null;
  const m = /^(\d{4}-)?\d{2}-\d{2}/.exec(d);
  return m ? m[0] : null;
}
