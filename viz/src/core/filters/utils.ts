import type { GraphPayload } from '../../../../schema/viewer-api.js';

/** A date usable on a timeline (`YYYY-MM-DD`), or null for `MM-DD` (year unknown) and null. */
export function fullDate(d: string | null | undefined): string | null {
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;
}

export interface HistogramBin {
  /** `YYYY-MM` or `YYYY-MM-DD` */
  label: string;
  /** First and last day the bin covers (`YYYY-MM-DD`). */
  start: string;
  end: string;
  meetings: number;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * Meetings per month over the whole data set, gaps filled with zeros (the timeline's bars);
 * per day when all dated meetings fall within about three months.
 */
export function meetingHistogram(payload: GraphPayload, dailyUpToDays = 92): HistogramBin[] {
  const dates = payload.meetings.map((m) => fullDate(m.date)).filter((d): d is string => d !== null).sort();
  if (dates.length === 0) return [];
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  const counts = new Map<string, number>();
  const daily = Date.parse(last) - Date.parse(first) <= dailyUpToDays * 86_400_000;
  for (const d of dates) {
    const key = daily ? d : d.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bins: HistogramBin[] = [];
  if (daily) {
    for (let d = first; d <= last && bins.length <= dailyUpToDays + 1; d = addDays(d, 1)) {
      bins.push({ label: d, start: d, end: d, meetings: counts.get(d) ?? 0 });
    }
    return bins;
  }
  let [y, mo] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    bins.push({ label: key, start: `${key}-01`, end: lastDayOfMonth(key), meetings: counts.get(key) ?? 0 });
    if (key >= last.slice(0, 7) || bins.length > 1200) break;
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
