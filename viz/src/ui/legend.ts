import { clear, h } from './dom.js';

export function renderLegend(root: HTMLElement, title: string, items: { label: string; color: string; count: number }[]): void {
  clear(root);
  root.hidden = items.length === 0;
  root.append(h('div', { class: 'legend-title' }, title), h('ul', {}, ...items.map((i) => h('li', {},
    h('span', { class: 'swatch', style: `background:${i.color}` }), h('span', { class: 'legend-label' }, i.label), h('span', { class: 'muted' }, String(i.count))))));
}
