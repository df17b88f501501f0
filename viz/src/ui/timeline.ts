// The timeline: a histogram of meetings per month (per day for short periods) with a two-handle date-range slider. Moving
// a handle redraws the network for the chosen period.
import type { HistogramBin } from '../core/filters/utils.js';
import { clear, h } from './dom.js';

export interface TimelineRange { from: string | null; to: string | null }

export class Timeline {
  private bins: HistogramBin[] = [];
  private readonly canvas = h('canvas', { class: 'histogram', height: 44 });
  private readonly lo = h('input', { type: 'range', min: 0, max: 0, value: 0, id: 'timeline-from', 'aria-label': '起始月份' });
  private readonly hi = h('input', { type: 'range', min: 0, max: 0, value: 0, id: 'timeline-to', 'aria-label': '结束月份' });
  private readonly label = h('span', { class: 'timeline-label', id: 'timeline-label' });
  private readonly reset = h('button', { type: 'button', class: 'link' }, '全部时间');

  constructor(private readonly root: HTMLElement, private readonly color: string, private readonly onChange: (r: TimelineRange) => void) {
    clear(root);
    root.append(
      h('div', { class: 'timeline-head' }, h('span', { class: 'timeline-title' }, '时间范围'), this.label, this.reset),
      h('div', { class: 'timeline-body' }, this.canvas, h('div', { class: 'range' }, this.lo, this.hi)),
    );
    const changed = (): void => {
      if (Number(this.lo.value) > Number(this.hi.value)) {
        const [a, b] = [this.hi.value, this.lo.value];
        this.lo.value = a; this.hi.value = b;
      }
      this.draw();
      this.onChange(this.range());
    };
    this.lo.addEventListener('input', changed);
    this.hi.addEventListener('input', changed);
    this.reset.addEventListener('click', () => { this.lo.value = '0'; this.hi.value = String(this.bins.length - 1); changed(); });
    new ResizeObserver(() => this.draw()).observe(this.canvas);
  }

  setData(bins: HistogramBin[], range: TimelineRange): void {
    this.bins = bins;
    this.root.hidden = bins.length === 0;
    const max = Math.max(0, bins.length - 1);
    for (const input of [this.lo, this.hi]) input.max = String(max);
    const fromIdx = range.from ? bins.findIndex((b) => b.end >= range.from!) : 0;
    const toIdx = range.to ? bins.map((b) => b.start <= range.to!).lastIndexOf(true) : max;
    this.lo.value = String(fromIdx < 0 ? 0 : fromIdx);
    this.hi.value = String(toIdx < 0 ? max : toIdx);
    this.draw();
  }

  /** null ends when the handles are at the extremes (undated meetings stay in). */
  range(): TimelineRange {
    const lo = Number(this.lo.value);
    const hi = Number(this.hi.value);
    const last = this.bins.length - 1;
    return {
      from: lo > 0 ? this.bins[lo]!.start : null,
      to: hi < last ? this.bins[hi]!.end : null,
    };
  }

  private draw(): void {
    const w = this.canvas.clientWidth || 600;
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = w * ratio;
    this.canvas.height = 44 * ratio;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.scale(ratio, ratio);
    ctx.clearRect(0, 0, w, 44);
    const n = this.bins.length;
    const lo = Number(this.lo.value);
    const hi = Number(this.hi.value);
    const max = Math.max(1, ...this.bins.map((b) => b.meetings));
    // bar i sits under the slider thumb's position for value i (thumbs are 12px wide)
    const thumb = 12;
    const step = n > 1 ? (w - thumb) / (n - 1) : 0;
    const barW = Math.max(1, Math.min(step - 2, 36));
    this.bins.forEach((b, i) => {
      const bh = (40 * b.meetings) / max;
      const cx = n > 1 ? thumb / 2 + i * step : w / 2;
      ctx.fillStyle = i >= lo && i <= hi ? this.color : '#d5d9e0';
      const bw = n > 1 ? barW : 36;
      ctx.fillRect(Math.min(Math.max(0, cx - bw / 2), w - bw), 44 - bh, bw, bh);
    });
    const from = this.bins[lo]?.label ?? '';
    const to = this.bins[hi]?.label ?? '';
    this.label.textContent = n ? `${from} 至 ${to}` : '';
  }
}
