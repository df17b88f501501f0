import type { AbstractGraph } from 'graphology-types';
import louvainModule from 'graphology-communities-louvain';
import type { GraphPayload } from '../../../../schema/viewer-api.js';
import { cjsDefault } from '../interop.js';
import type { VizEdgeAttributes, VizGraph, VizNodeAttributes } from './types.js';

const louvain = cjsDefault(louvainModule);

export type SizeBy = 'meetings' | 'wdegree';
export type ColorBy = 'community' | 'org';

export interface Palette {
  /** Categorical colours for communities / organisations, in order of group size. */
  categories: readonly string[];
  other: string;
  meeting: string;
  edge: string;
}

export interface Encoding {
  sizeBy: SizeBy;
  colorBy: ColorBy;
  minSize: number;
  maxSize: number;
}

/** The key of the co-attendance edge between two people (order-independent). */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}--${b}` : `${b}--${a}`;
}

/** The node key of a meeting in the bipartite view. */
export function meetingKey(id: string): string {
  return `m:${id}`;
}

/** Louvain communities on the weighted graph (node attribute `community`); returns their count. */
export function assignCommunities(graph: VizGraph, seed = 1): number {
  if (graph.size === 0) {
    graph.forEachNode((n) => graph.setNodeAttribute(n, 'community', 0));
    return graph.order > 0 ? 1 : 0;
  }
  const result = louvain.detailed(graph as unknown as AbstractGraph, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
  graph.forEachNode((n) => graph.setNodeAttribute(n, 'community', result.communities[n] ?? 0));
  return result.count;
}

/**
 * Sizes (square-root scale between min and max), colours by community or organisation, edge
 * thickness by weight. Returns the legend: group label → colour, largest group first.
 */
export function applyEncoding(graph: VizGraph, enc: Encoding, palette: Palette): { label: string; color: string; count: number }[] {
  let maxValue = 1;
  graph.forEachNode((_, a) => { maxValue = Math.max(maxValue, a.kind === 'meeting' ? a.meetings : a[enc.sizeBy]); });
  const groupOf = (a: VizNodeAttributes): string =>
    a.kind === 'meeting' ? '会议' : enc.colorBy === 'org' ? a.org ?? '（无机构）' : String(a.community);
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => { if (a.kind === 'person') counts.set(groupOf(a), (counts.get(groupOf(a)) ?? 0) + 1); });
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'zh'))
    // communities are named by size rank (社群 1 is the largest), not by Louvain's arbitrary ids
    .map(([key, count], i) => [key, count, enc.colorBy === 'org' ? key : `社群 ${i + 1}`] as const);
  const colorOf = new Map<string, string>();
  ranked.forEach(([key], i) => colorOf.set(key, palette.categories[i] ?? palette.other));
  graph.updateEachNodeAttributes((_, a) => {
    const value = a.kind === 'meeting' ? a.meetings : a[enc.sizeBy];
    const size = enc.minSize + (enc.maxSize - enc.minSize) * Math.sqrt(value / maxValue);
    const color = a.kind === 'meeting' ? palette.meeting : colorOf.get(groupOf(a)) ?? palette.other;
    return { ...a, size, color };
  });
  let maxWeight = 1;
  graph.forEachEdge((_, a) => { maxWeight = Math.max(maxWeight, a.weight); });
  graph.updateEachEdgeAttributes((_, a: VizEdgeAttributes) => ({
    ...a, size: 0.5 + 4.5 * Math.sqrt((a.weight - 1) / Math.max(1, maxWeight - 1)), color: palette.edge,
  }));
  const legend = ranked.slice(0, palette.categories.length).map(([key, count, label]) => ({ label, color: colorOf.get(key)!, count }));
  const rest = ranked.slice(palette.categories.length).reduce((s, [, c]) => s + c, 0);
  if (rest > 0) legend.push({ label: '其他', color: palette.other, count: rest });
  const meetings = graph.filterNodes((_, a) => a.kind === 'meeting').length;
  if (meetings > 0) legend.push({ label: '活动（会议等）', color: palette.meeting, count: meetings });
  return legend;
}

/** A stable short hash of the node set and edge set (the layout cache key). */
export function graphHash(graph: VizGraph, salt = ''): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ graph.size;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
  };
  mix(salt);
  graph.forEachNode((n) => mix(n));
  graph.forEachEdge((e) => mix(e));
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36) + graph.order.toString(36);
}

/** A small seeded PRNG (deterministic layouts and synthetic data). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic payload of fictional officials for benchmarks and scale tests: people grouped in
 * organisations, each meeting drawing most attendees from one organisation plus a few outsiders.
 */
export function syntheticPayload(opts: { people: number; meetings: number; attendeesPerMeeting?: number; seed?: number }): GraphPayload {
  const rnd = mulberry32(opts.seed ?? 7);
  const perMeeting = opts.attendeesPerMeeting ?? 8;
  const orgCount = Math.max(1, Math.round(opts.people / 40));
  const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
  const given = '建国伟华明强军平东亮海涛晓红敏静丽芳志勇斌鹏磊超宇浩然文博思远立新';
  const pick = (s: string): string => s[Math.floor(rnd() * s.length)]!;
  const people = Array.from({ length: opts.people }, (_, i) => {
    const org = `云岭市第${(i % orgCount) + 1}局`;
    return { id: `p${i}`, name: pick(surnames) + pick(given) + (rnd() < 0.6 ? pick(given) : ''), org, orgs: [org], title: '局长' };
  });
  const kinds = ['会议', '座谈会', '调研', '论坛', '仪式'];
  const meetings = Array.from({ length: opts.meetings }, (_, i) => ({
    id: `m${i}`, name: `第${i + 1}次工作会议`, kind: kinds[i % kinds.length]!,
    date: `20${20 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, place: null,
  }));
  const attendances: [number, number, number, number][] = [];
  for (let m = 0; m < opts.meetings; m++) {
    const org = Math.floor(rnd() * orgCount);
    const seen = new Set<number>();
    for (let k = 0; k < perMeeting; k++) {
      const p = rnd() < 0.8
        ? (org + orgCount * Math.floor(rnd() * Math.ceil(opts.people / orgCount))) % opts.people
        : Math.floor(rnd() * opts.people);
      if (seen.has(p)) continue;
      seen.add(p);
      attendances.push([p, m, k === 0 ? 0 : 1, k]);
    }
  }
  return { people, meetings, roles: ['主持', '出席'], attendances, hash: `synthetic-${opts.people}-${opts.meetings}-${opts.seed ?? 7}` };
}
