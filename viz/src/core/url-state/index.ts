// The view state in the URL's query string, so a view can be shared: parsed with zod (a bad
// value falls back to its default rather than breaking the page) and written back compactly.
import { z } from 'zod';
import type { Selection, ViewState } from './types.js';

export type { ViewState, Selection } from './types.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const list = z.string().transform((s) => s.split('|').filter((x) => x.length > 0));

const Params = z.object({
  view: z.enum(['coattendance', 'bipartite', 'ego']).catch('coattendance'),
  center: z.string().min(1).nullable().catch(null),
  hops: z.coerce.number().int().min(1).max(4).catch(1),
  size: z.enum(['meetings', 'wdegree']).catch('meetings'),
  color: z.enum(['community', 'org']).catch('community'),
  from: date.nullable().catch(null),
  to: date.nullable().catch(null),
  orgs: list.catch([]),
  kinds: list.catch([]),
  min: z.coerce.number().int().min(1).max(1000).catch(1),
  isolated: z.enum(['hide', 'show']).catch('show'),
  sel: z.string().nullable().catch(null),
});

export const DEFAULT_VIEW: ViewState = {
  view: 'coattendance', center: null, hops: 1, sizeBy: 'meetings', colorBy: 'community',
  from: null, to: null, orgs: [], kinds: [], minShared: 1, hideIsolated: false, selected: null,
};

function parseSelection(s: string | null): Selection | null {
  if (!s) return null;
  const [type, ...rest] = s.split(':');
  const value = rest.join(':');
  if (!value) return null;
  if (type === 'p') return { type: 'person', id: value };
  if (type === 'm') return { type: 'meeting', id: value };
  if (type === 'e') {
    const [a, b] = value.split('~');
    return a && b ? { type: 'edge', a, b } : null;
  }
  return null;
}

function formatSelection(s: Selection): string {
  return s.type === 'person' ? `p:${s.id}` : s.type === 'meeting' ? `m:${s.id}` : `e:${s.a}~${s.b}`;
}

export function parseViewState(search: string): ViewState {
  const sp = new URLSearchParams(search);
  const raw: Record<string, string | null> = {};
  for (const key of Object.keys(Params.shape)) raw[key] = sp.get(key);
  const p = Params.parse({
    ...raw,
    orgs: raw.orgs ?? '', kinds: raw.kinds ?? '',
    hops: raw.hops ?? undefined, min: raw.min ?? undefined,
  });
  return {
    view: p.view, center: p.center, hops: p.hops, sizeBy: p.size, colorBy: p.color,
    from: p.from, to: p.to, orgs: p.orgs, kinds: p.kinds, minShared: p.min,
    hideIsolated: p.isolated === 'hide', selected: parseSelection(p.sel),
  };
}

/** Only values that differ from the defaults are written, so links stay short. */
export function formatViewState(s: ViewState): string {
  const sp = new URLSearchParams();
  const d = DEFAULT_VIEW;
  if (s.view !== d.view) sp.set('view', s.view);
  if (s.center) sp.set('center', s.center);
  if (s.view === 'ego' && s.hops !== d.hops) sp.set('hops', String(s.hops));
  if (s.sizeBy !== d.sizeBy) sp.set('size', s.sizeBy);
  if (s.colorBy !== d.colorBy) sp.set('color', s.colorBy);
  if (s.from) sp.set('from', s.from);
  if (s.to) sp.set('to', s.to);
  if (s.orgs.length) sp.set('orgs', s.orgs.join('|'));
  if (s.kinds.length) sp.set('kinds', s.kinds.join('|'));
  if (s.minShared !== d.minShared) sp.set('min', String(s.minShared));
  if (s.hideIsolated) sp.set('isolated', 'hide');
  if (s.selected) sp.set('sel', formatSelection(s.selected));
  const out = sp.toString();
  return out ? `?${out}` : '';
}
