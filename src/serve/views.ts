// The API's answers, computed from a snapshot: pure functions, validated against the shared
// schemas in schema/viewer-api.ts by the server before they are sent.
import { createHash } from 'node:crypto';
import type {
  EdgeDetail, EvidenceItem, GraphPayload, MeetingDetail, MeetingSummary, PersonDetail, PersonSummary, Source,
} from '../../schema/viewer-api.js';
import { SearchIndex } from '../../viz/src/core/search/index.js';
import type { SnapAttendance, Snapshot } from './snapshot.js';

/** Indexes built once per snapshot. */
export interface Views {
  snap: Snapshot;
  summaries: Map<string, PersonSummary>;
  byPerson: Map<string, SnapAttendance[]>;
  byMeeting: Map<string, SnapAttendance[]>;
  search: SearchIndex;
  payload: GraphPayload;
}

export function buildViews(snap: Snapshot): Views {
  const byPerson = group(snap.attendances, (a) => a.person);
  const byMeeting = group(snap.attendances, (a) => a.meeting);
  for (const list of byMeeting.values()) list.sort((a, b) => a.order - b.order);
  const summaries = new Map<string, PersonSummary>();
  const holdsBy = group(snap.holds, (h) => h.person);
  for (const p of snap.people.values()) {
    const holds = holdsBy.get(p.id) ?? [];
    const counts = new Map<string, number>();
    for (const h of holds) counts.set(h.org, (counts.get(h.org) ?? 0) + Math.max(1, h.articleIds.length));
    const topOrg = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const topHold = holds.filter((h) => h.org === topOrg).sort((a, b) => b.articleIds.length - a.articleIds.length || (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''))[0];
    const orgName = (id: string): string => snap.orgs.get(id)?.name ?? id;
    summaries.set(p.id, {
      id: p.id, name: p.name,
      org: topOrg === null ? null : orgName(topOrg),
      orgs: [...new Set(holds.map((h) => orgName(h.org)))],
      title: topHold ? topHold.title || null : null,
    });
  }
  const entries = [
    ...[...summaries.values()].map((p) => ({ type: 'person' as const, id: p.id, label: p.name, detail: [p.org, p.title].filter(Boolean).join(' ') || null })),
    ...[...snap.meetings.values()].map((m) => ({ type: 'meeting' as const, id: m.id, label: m.name, detail: [m.date, m.kind].filter(Boolean).join(' ') || null })),
    ...[...snap.orgs.values()].map((o) => ({ type: 'organization' as const, id: o.id, label: o.name, detail: null })),
  ];
  return { snap, summaries, byPerson, byMeeting, search: new SearchIndex(entries), payload: graphPayload(snap, summaries) };
}

function graphPayload(snap: Snapshot, summaries: Map<string, PersonSummary>): GraphPayload {
  const people = [...summaries.values()].sort((a, b) => a.id.localeCompare(b.id));
  const meetings: MeetingSummary[] = [...snap.meetings.values()].sort((a, b) => a.id.localeCompare(b.id)).map(meetingSummary);
  const pIndex = new Map(people.map((p, i) => [p.id, i]));
  const mIndex = new Map(meetings.map((m, i) => [m.id, i]));
  const roles: string[] = [];
  const rIndex = new Map<string, number>();
  const attendances: GraphPayload['attendances'] = [];
  for (const a of snap.attendances) {
    const p = pIndex.get(a.person);
    const m = mIndex.get(a.meeting);
    if (p === undefined || m === undefined) continue;
    let r = rIndex.get(a.role);
    if (r === undefined) { r = roles.push(a.role) - 1; rIndex.set(a.role, r); }
    attendances.push([p, m, r, a.order]);
  }
  const hash = createHash('sha256')
    .update(JSON.stringify([people.map((p) => p.id), meetings.map((m) => m.id), attendances.length]))
    .digest('hex').slice(0, 16);
  return { people, meetings, roles, attendances, hash };
}

function meetingSummary(m: { id: string; name: string; kind: string; date: string | null; place: string | null }): MeetingSummary {
  return { id: m.id, name: m.name, kind: m.kind, date: m.date, place: m.place };
}

function sourceOf(v: Views, articleId: string | null): Source {
  const a = articleId ? v.snap.articles.get(articleId) : undefined;
  return {
    articleId, headline: a?.headline ?? null, file: a?.file ?? null, date: a?.date ?? null, newspaper: a?.newspaper ?? null,
  };
}

function evidenceOf(v: Views, a: SnapAttendance): EvidenceItem | null {
  return a.sentence ? { sentence: a.sentence, source: sourceOf(v, a.articleId) } : null;
}

function byDate(a: { date: string | null }, b: { date: string | null }): number {
  return (a.date ?? '').localeCompare(b.date ?? '');
}

export function personDetail(v: Views, id: string): PersonDetail | null {
  const p = v.snap.people.get(id);
  const summary = v.summaries.get(id);
  if (!p || !summary) return null;
  // one row per (title, organisation): the earliest and latest sightings over every HOLDS row
  const titleRows = new Map<string, PersonDetail['titles'][number]>();
  for (const h of v.snap.holds) {
    if (h.person !== id) continue;
    const key = `${h.title}\u0000${h.org}`;
    const row = titleRows.get(key);
    if (!row) {
      titleRows.set(key, { title: h.title, org: v.snap.orgs.get(h.org)?.name ?? null, orgId: h.org, firstSeen: h.firstSeen, lastSeen: h.lastSeen });
      continue;
    }
    if (h.firstSeen && (!row.firstSeen || h.firstSeen < row.firstSeen)) row.firstSeen = h.firstSeen;
    if (h.lastSeen && (!row.lastSeen || h.lastSeen > row.lastSeen)) row.lastSeen = h.lastSeen;
  }
  const titles = [...titleRows.values()].sort((a, b) => (a.firstSeen ?? '').localeCompare(b.firstSeen ?? ''));
  const attended = v.byPerson.get(id) ?? [];
  const meetings = attended.flatMap((a) => {
    const m = v.snap.meetings.get(a.meeting);
    return m ? [{ ...meetingSummary(m), role: a.role, roles: a.roles, order: a.order, evidence: evidenceOf(v, a) }] : [];
  }).sort(byDate);
  const shared = new Map<string, number>();
  for (const a of attended) {
    const others = new Set((v.byMeeting.get(a.meeting) ?? []).map((x) => x.person));
    for (const o of others) if (o !== id) shared.set(o, (shared.get(o) ?? 0) + 1);
  }
  const coAttendees = [...shared].map(([pid, n]) => ({ id: pid, name: v.snap.people.get(pid)?.name ?? pid, shared: n }))
    .sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name, 'zh'));
  const seen = new Set<string>();
  const evidence: EvidenceItem[] = [];
  const push = (sentence: string, articleId: string | null): void => {
    const key = `${articleId}\u0000${sentence}`;
    if (seen.has(key)) return;
    seen.add(key);
    evidence.push({ sentence, source: sourceOf(v, articleId) });
  };
  for (const a of attended) if (a.sentence) push(a.sentence, a.articleId);
  for (const m of v.snap.mentions) if (m.person === id) for (const s of m.sentences) push(s, m.article);
  return { person: { ...summary, idBasis: p.idBasis }, titles, meetings, coAttendees, evidence };
}

export function meetingDetail(v: Views, id: string): MeetingDetail | null {
  const m = v.snap.meetings.get(id);
  if (!m) return null;
  const attendees = (v.byMeeting.get(id) ?? []).map((a) => ({
    id: a.person, name: v.snap.people.get(a.person)?.name ?? a.person, role: a.role, roles: a.roles, order: a.order,
    title: v.summaries.get(a.person)?.title ?? null, evidence: evidenceOf(v, a),
  }));
  const articleIds = new Set<string>(v.snap.reportedIn.get(id) ?? []);
  for (const a of v.byMeeting.get(id) ?? []) if (a.articleId) articleIds.add(a.articleId);
  return { meeting: meetingSummary(m), attendees, sources: [...articleIds].map((aid) => sourceOf(v, aid)) };
}

export function edgeDetail(v: Views, a: string, b: string): EdgeDetail | null {
  const pa = v.summaries.get(a);
  const pb = v.summaries.get(b);
  if (!pa || !pb || a === b) return null;
  const ofB = new Map((v.byPerson.get(b) ?? []).map((x) => [x.meeting, x]));
  const meetings = (v.byPerson.get(a) ?? []).flatMap((xa) => {
    const xb = ofB.get(xa.meeting);
    const m = v.snap.meetings.get(xa.meeting);
    if (!xb || !m) return [];
    return [{ ...meetingSummary(m), roleA: xa.role, roleB: xb.role, evidenceA: evidenceOf(v, xa), evidenceB: evidenceOf(v, xb) }];
  }).sort(byDate);
  return { a: pa, b: pb, meetings };
}

function group<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
