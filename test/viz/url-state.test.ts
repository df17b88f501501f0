import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatViewState, parseViewState } from '../../viz/src/core/url-state/index.js';

describe('view state in the URL', () => {
  it('round-trips every field', () => {
    const s = {
      ...DEFAULT_VIEW, view: 'ego' as const, center: 'p:周海峰', hops: 2, sizeBy: 'wdegree' as const, colorBy: 'org' as const,
      from: '2025-01-01', to: '2025-06-30', orgs: ['云岭市委', '云岭大学'], kinds: ['会议'], minShared: 3, hideIsolated: true,
      selected: { type: 'edge' as const, a: 'x:1', b: 'y2' },
    };
    expect(parseViewState(formatViewState(s))).toEqual(s);
  });

  it('writes nothing for the default view', () => {
    expect(formatViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('falls back to defaults for bad values instead of failing', () => {
    const s = parseViewState('?view=3d&min=-4&from=yesterday&size=huge&sel=q:1&hops=99');
    expect(s.view).toBe('coattendance');
    expect(s.minShared).toBe(1);
    expect(s.from).toBeNull();
    expect(s.sizeBy).toBe('meetings');
    expect(s.selected).toBeNull();
    expect(s.hops).toBe(1);
  });

  it('keeps person and meeting selections', () => {
    expect(parseViewState('?sel=p:abc').selected).toEqual({ type: 'person', id: 'abc' });
    expect(parseViewState('?sel=m:m%3A1').selected).toEqual({ type: 'meeting', id: 'm:1' });
  });
});
