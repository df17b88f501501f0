// Which attendances a view keeps: pure functions over the API payload, so the timeline and the
// filter panel can redraw the network without asking the server again.
import type { GraphPayload, MeetingSummary, PersonSummary } from '../../../../schema/viewer-api.js';
import type { Filters } from './types.js';
import { fullDate } from './utils.js';

export type { Filters } from './types.js';
export { fullDate, meetingHistogram, dateExtent, distinctKinds, distinctOrgs } from './utils.js';
export type { HistogramBin } from './utils.js';

export const DEFAULT_FILTERS: Filters = Object.freeze({
  from: null, to: null, orgs: [], kinds: [], minShared: 1, hideIsolated: false,
}) as Filters;

export function meetingPasses(m: MeetingSummary, f: Filters): boolean {
  if (f.kinds.length > 0 && !f.kinds.includes(m.kind)) return false;
  if (f.from === null && f.to === null) return true;
  const d = fullDate(m.date);
  if (d === null) return false;
  if (f.from !== null && d < f.from) return false;
  if (f.to !== null && d > f.to) return false;
  return true;
}

export function personPasses(p: PersonSummary, f: Filters): boolean {
  if (f.orgs.length === 0) return true;
  return p.orgs.some((o) => f.orgs.includes(o));
}

/** The attendances (as indexes into `payload.attendances`) that survive the filters. */
export function selectAttendances(payload: GraphPayload, f: Filters): number[] {
  const meetingOk = payload.meetings.map((m) => meetingPasses(m, f));
  const personOk = payload.people.map((p) => personPasses(p, f));
  const kept: number[] = [];
  payload.attendances.forEach(([p, m], i) => {
    if (meetingOk[m] && personOk[p]) kept.push(i);
  });
  return kept;
}
