import type { GraphPayload } from '../../../../schema/viewer-api.js';

/** A date usable on a timeline (`YYYY-MM-DD`), or null for `MM-DD` (year unknown) and null. */
export function fullDate(d: string | null | undefined): string | null {
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

export interface HistogramBin {
  /** `YYYY-MM` */
  month: string;
  meetings: number;
}

/** Meetings per month over the whole data set, gaps filled with zeros (the timeline's bars). */
export function meetingHistogram(payload: GraphPayload): HistogramBin[] {
  const counts = new Map<string, number>();
  for (const m of payload.meetings) {
    const d = fullDate(m.date);
    if (d) counts.set(d.slice(0, 7), (counts.get(d.slice(0, 7)) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const bins: HistogramBin[] = [];
  let [y, mo] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (;;) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    bins.push({ month: key, meetings: counts.get(key) ?? 0 });
    if (key >= last || bins.length > 1200) break;
    mo += 1;
    if (mo > 12) { mo = 1; y += 1; }
  }
  return bins;
}

/** First and last full dates among meetings, or null when none is dated. */
export function dateExtent(payload: GraphPayload): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  for (const m of payload.meetings) {
    const d = fullDate(m.date);
    if (!d) continue;
    if (min === null || d < min) min = d;
    if (max === null || d > max) max = d;
  }
  return min !== null && max !== null ? { min, max } : null;
}

/** Meeting kinds with their counts, most frequent first. */
export function distinctKinds(payload: GraphPayload): { value: string; count: number }[] {
  return countSorted(payload.meetings.map((m) => m.kind));
}

/** Organisations with the number of people holding a title there, most frequent first. */
export function distinctOrgs(payload: GraphPayload): { value: string; count: number }[] {
  return countSorted(payload.people.flatMap((p) => p.orgs));
}

function countSorted(values: string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh'));
}
