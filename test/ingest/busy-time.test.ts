// Store time in the ingest summary: overlapping intervals count once.
import { describe, expect, it } from 'vitest';
import { BusyTime } from '../../ingest/busy-time.js';

describe('BusyTime', () => {
  it('adds disjoint intervals', () => {
    const b = new BusyTime();
    b.add(0, 10);
    b.add(20, 25);
    expect(b.ms()).toBe(15);
  });

  it('counts overlapping and nested intervals once, in any order', () => {
    const b = new BusyTime();
    b.add(50, 80); // a write
    b.add(40, 55); // staging before and during it
    b.add(60, 70); // staging inside it
    b.add(90, 95);
    expect(b.ms()).toBe(40 + 5);
  });

  it('ignores empty intervals', () => {
    const b = new BusyTime();
    b.add(5, 5);
    b.add(7, 3);
    expect(b.ms()).toBe(0);
  });
});
