import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';

describe('dates', () => {
  it('reads month and day, with the publication year when known', () => {
    expect(findDates('10月22日，会议召开。', null)[0]).toMatchObject({ date: '10-22', endDate: null });
    expect(findDates('10月22日，会议召开。', '2023-10-23')[0]?.date).toBe('2023-10-22');
  });

  it('reads a range and a full date', () => {
    expect(findDates('10月18日至19日', '2023-10-20')[0]).toMatchObject({ date: '2023-10-18', endDate: '2023-10-19' });
    expect(findDates('2022年12月30日', null)[0]?.date).toBe('2022-12-30');
  });

  it('reads 昨天 relative to the publication date, across a year end', () => {
    expect(findDates('昨天，座谈会召开。', '2024-01-01')[0]?.date).toBe('2023-12-31');
  });

  it('gives the previous year to a December date in a January paper', () => {
    expect(findDates('12月30日', '2024-01-02')[0]?.date).toBe('2023-12-30');
  });

  it('marks 当日 as the date last mentioned and 近日 as unknown', () => {
    const [a, b] = findDates('当日上午，近日', null);
    expect(a?.sameDay).toBe(true);
    expect(b).toMatchObject({ date: null, sameDay: false });
  });

  it('reads a day without its month (11日下午) in the publication month, or the month before', () => {
    expect(findDates('11日下午，推进会召开。', '2026-05-12')[0]?.date).toBe('2026-05-11');
    expect(findDates('30日，推进会召开。', '2026-03-02')).toEqual([]); // February has no 30th
    expect(findDates('28日在北京举行', '2026-01-03')[0]?.date).toBe('2025-12-28');
    // not after a month or a number, and not without a publication date
    expect(findDates('为期15日的展览', '2026-05-12')).toEqual([]);
    expect(findDates('11日下午，推进会召开。', null)).toEqual([]);
  });
});
