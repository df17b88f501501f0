// Time something was busy, from intervals that may overlap (a store write runs while the next
// one is staged): the length of their union, so overlapping work is not counted twice.
export class BusyTime {
  private readonly spans: [number, number][] = [];

  add(start: number, end: number): void {
    if (end > start) this.spans.push([start, end]);
  }

  /** Total milliseconds covered by at least one interval. */
  ms(): number {
    const spans = [...this.spans].sort((a, b) => a[0] - b[0]);
    let total = 0;
    let [from, to] = [-Infinity, -Infinity];
    for (const [s, e] of spans) {
      if (s > to) {
        if (to > from) total += to - from;
        [from, to] = [s, e];
      } else if (e > to) to = e;
    }
    if (to > from) total += to - from;
    return total;
  }
}
