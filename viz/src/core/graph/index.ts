// Graph projections of the API payload, built with graphology: pure and DOM-free, so the
// benchmark can time them in Node on a 20,000-person graph.
import { UndirectedGraph } from 'graphology';
import type { GraphPayload } from '../../../../schema/viewer-api.js';
import { selectAttendances } from '../filters/index.js';
import type { Filters } from '../filters/types.js';
import type { VizEdgeAttributes, VizGraph, VizGraphAttributes, VizNodeAttributes } from './types.js';
import { edgeKey, meetingKey } from './utils.js';

export type { ViewKind, NodeKind, VizNodeAttributes, VizEdgeAttributes, VizGraph, VizGraphAttributes } from './types.js';
export { applyEncoding, assignCommunities, graphHash, edgeKey, meetingKey, syntheticPayload } from './utils.js';
export type { Encoding, SizeBy, ColorBy, Palette } from './utils.js';

function newGraph(): VizGraph {
  return new UndirectedGraph<VizNodeAttributes, VizEdgeAttributes, VizGraphAttributes>();
}

function personNode(payload: GraphPayload, p: number, meetings: number): VizNodeAttributes {
  const person = payload.people[p]!;
  return {
    kind: 'person', label: person.name, meetings, wdegree: 0, org: person.org,
    community: 0, x: 0, y: 0, size: 1, color: '#888',
  };
}

/** Attendees (person indexes, deduplicated, in protocol order) of each kept meeting. */
function attendeesByMeeting(payload: GraphPayload, kept: number[]): Map<number, number[]> {
  const byMeeting = new Map<number, { p: number; order: number }[]>();
  for (const i of kept) {
    const [p, m, , order] = payload.attendances[i]!;
    let list = byMeeting.get(m);
    if (!list) byMeeting.set(m, (list = []));
    list.push({ p, order });
  }
  const out = new Map<number, number[]>();
  for (const [m, list] of byMeeting) {
    list.sort((a, b) => a.order - b.order);
    out.set(m, [...new Set(list.map((x) => x.p))]);
  }
  return out;
}

/** The smallest minimum ≥ `min` that keeps at most `maxEdges` edges. */
function effectiveMinimum(weights: Iterable<number>, min: number, maxEdges: number): number {
  const counts: number[] = [];
  for (const w of weights) counts[w] = (counts[w] ?? 0) + 1;
  let kept = 0;
  for (let w = counts.length - 1; w >= min; w--) {
    const c = counts[w] ?? 0;
    if (kept + c > maxEdges) return w + 1;
    kept += c;
  }
  return min;
}

/**
 * People as nodes, one edge per pair who attended at least `filters.minShared` meetings
 * together; edge weight = number of shared meetings. With `maxEdges`, the minimum is raised
 * until at most that many edges remain (the weakest ties go first): what a browser without a
 * GPU can draw. The minimum applied is the graph attribute `minShared`.
 */
export function buildCoAttendance(payload: GraphPayload, filters: Filters, opts: { maxEdges?: number } = {}): VizGraph {
  const graph = newGraph();
  const byMeeting = attendeesByMeeting(payload, selectAttendances(payload, filters));
  const n = payload.people.length;
  const meetingsOf = new Map<number, number>();
  // pair (i<j) packed into one number: i * n + j stays below 2^53 for any realistic n
  const weights = new Map<number, number>();
  for (const people of byMeeting.values()) {
    for (let i = 0; i < people.length; i++) {
      const a = people[i]!;
      meetingsOf.set(a, (meetingsOf.get(a) ?? 0) + 1);
      for (let j = i + 1; j < people.length; j++) {
        const b = people[j]!;
        const key = a < b ? a * n + b : b * n + a;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }
  // most active people and heaviest ties first: the renderer's level of detail draws a prefix
  // of its buffers (rendering/programs.ts)
  const people = [...meetingsOf].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (const [p, count] of people) graph.addNode(payload.people[p]!.id, personNode(payload, p, count));
  const requested = Math.max(1, filters.minShared);
  const min = opts.maxEdges === undefined ? requested : effectiveMinimum(weights.values(), requested, opts.maxEdges);
  graph.setAttribute('minShared', min);
  const kept: [number, number][] = [];
  for (const entry of weights) if (entry[1] >= min) kept.push(entry);
  kept.sort((x, y) => y[1] - x[1]);
  for (const [key, weight] of kept) {
    const a = payload.people[Math.floor(key / n)]!.id;
    const b = payload.people[key % n]!.id;
    graph.addUndirectedEdgeWithKey(edgeKey(a, b), a, b, { weight, size: 1, color: '#ccc' });
    graph.updateNodeAttribute(a, 'wdegree', (w) => (w ?? 0) + weight);
    graph.updateNodeAttribute(b, 'wdegree', (w) => (w ?? 0) + weight);
  }
  if (filters.hideIsolated) dropIsolated(graph);
  return graph;
}

/** People and meetings as nodes, an edge per attendance (the role on the edge). */
export function buildBipartite(payload: GraphPayload, filters: Filters): VizGraph {
  const graph = newGraph();
  const kept = selectAttendances(payload, filters);
  const meetingsOf = new Map<number, number>();
  const attendeesOf = new Map<number, number>();
  for (const i of kept) {
    const [p, m] = payload.attendances[i]!;
    meetingsOf.set(p, (meetingsOf.get(p) ?? 0) + 1);
    attendeesOf.set(m, (attendeesOf.get(m) ?? 0) + 1);
  }
  for (const [p, count] of meetingsOf) graph.addNode(payload.people[p]!.id, personNode(payload, p, count));
  for (const [m, count] of attendeesOf) {
    const meeting = payload.meetings[m]!;
    graph.addNode(meetingKey(meeting.id), {
      kind: 'meeting', label: meeting.name, meetings: count, wdegree: 0, org: null, community: 0,
      x: 0, y: 0, size: 1, color: '#888', meetingKind: meeting.kind, date: meeting.date,
    });
  }
  for (const i of kept) {
    const [p, m, r] = payload.attendances[i]!;
    const a = payload.people[p]!.id;
    const b = meetingKey(payload.meetings[m]!.id);
    if (graph.hasEdge(a, b)) continue;
    graph.addUndirectedEdgeWithKey(`${a}>${b}`, a, b, { weight: 1, size: 1, color: '#ccc', role: payload.roles[r] ?? '' });
    graph.updateNodeAttribute(a, 'wdegree', (w) => (w ?? 0) + 1);
    graph.updateNodeAttribute(b, 'wdegree', (w) => (w ?? 0) + 1);
  }
  return graph;
}

/** A person and everyone within `hops` co-attendance steps (an empty graph when the person is filtered out). */
export function buildEgo(payload: GraphPayload, filters: Filters, center: string, hops: number): VizGraph {
  const full = buildCoAttendance(payload, { ...filters, hideIsolated: false });
  const ego = newGraph();
  if (!full.hasNode(center)) return ego;
  const depth = new Map<string, number>([[center, 0]]);
  let frontier = [center];
  for (let h = 1; h <= hops && frontier.length > 0; h++) {
    const next: string[] = [];
    for (const node of frontier) {
      full.forEachNeighbor(node, (nb) => {
        if (!depth.has(nb)) { depth.set(nb, h); next.push(nb); }
      });
    }
    frontier = next;
  }
  for (const node of depth.keys()) ego.addNode(node, { ...full.getNodeAttributes(node), wdegree: 0 });
  full.forEachEdge((key, attrs, a, b) => {
    if (!depth.has(a) || !depth.has(b)) return;
    ego.addUndirectedEdgeWithKey(key, a, b, { ...attrs });
    ego.updateNodeAttribute(a, 'wdegree', (w) => (w ?? 0) + attrs.weight);
    ego.updateNodeAttribute(b, 'wdegree', (w) => (w ?? 0) + attrs.weight);
  });
  return ego;
}

function dropIsolated(graph: VizGraph): void {
  const isolated = graph.filterNodes((node) => graph.degree(node) === 0);
  for (const node of isolated) graph.dropNode(node);
}
