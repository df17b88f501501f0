import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../viz/src/core/search/index.js';

const index = new SearchIndex([
  { type: 'person', id: 'p1', label: '卢东亮', detail: '副市长' },
  { type: 'person', id: 'p2', label: '卢东', detail: null },
  { type: 'person', id: 'p3', label: '刘德利', detail: null },
  { type: 'meeting', id: 'm1', label: '全市经济工作会议', detail: '2025-02-03' },
  { type: 'organization', id: 'o1', label: '云岭市人民政府', detail: null },
]);

describe('search', () => {
  it('finds any substring of a Chinese name', () => {
    expect(index.search('东亮').map((h) => h.id)).toEqual(['p1']);
    expect(index.search('经济').map((h) => h.id)).toEqual(['m1']);
    expect(index.search('人民政府')[0]).toMatchObject({ id: 'o1', type: 'organization', match: 'name' });
  });

  it('ranks an exact name before longer names containing it', () => {
    expect(index.search('卢东').map((h) => h.id)).toEqual(['p2', 'p1']);
  });

  it('finds by full pinyin and by initials', () => {
    expect(index.search('ludongliang')[0]).toMatchObject({ id: 'p1', match: 'pinyin' });
    expect(index.search('LuDongLiang')[0]!.id).toBe('p1');
    const ldl = index.search('ldl');
    expect(new Set(ldl.map((h) => h.id))).toEqual(new Set(['p1', 'p3']));
    expect(ldl.every((h) => h.match === 'initials')).toBe(true);
    expect(index.search('ldl').map((h) => h.id)).not.toContain('p2');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('l', 2)).toHaveLength(2);
  });
});
