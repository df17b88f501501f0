// The left panel: view (co-attendance, bipartite, ego), encodings, and the filters. It only
// reports changes; the app decides what to redraw.
import type { ViewState } from '../core/url-state/types.js';
import { clear, h } from './dom.js';

export interface ControlOptions {
  orgs: { value: string; count: number }[];
  kinds: { value: string; count: number }[];
  maxShared: number;
  /** The minimum actually drawn (raised on huge graphs). */
  appliedMinShared: number;
  /** Name of the ego view's centre, when one is chosen. */
  centerName: string | null;
}

type Change = Partial<Omit<ViewState, 'selected'>>;

function radios<T extends string>(name: string, options: [T, string][], value: T, onChange: (v: T) => void): HTMLElement {
  return h('div', { class: 'segmented', role: 'radiogroup' }, ...options.map(([v, label]) => h('label', { class: v === value ? 'on' : '' },
    h('input', { type: 'radio', name, value: v, checked: v === value, onchange: () => onChange(v) }), label)));
}

function group(title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  return h('div', { class: 'control-group' }, h('div', { class: 'control-title' }, title), ...children);
}

export function renderControls(root: HTMLElement, s: ViewState, o: ControlOptions, onChange: (c: Change) => void): void {
  clear(root);
  const orgSelect = h('select', { id: 'filter-org', multiple: true, size: Math.min(8, Math.max(3, o.orgs.length)), 'aria-label': '机构' },
    ...o.orgs.slice(0, 300).map((x) => h('option', { value: x.value, selected: s.orgs.includes(x.value) }, `${x.value}（${x.count}）`)));
  orgSelect.addEventListener('change', () => onChange({ orgs: [...orgSelect.selectedOptions].map((x) => x.value) }));
  const min = h('input', { id: 'filter-min', type: 'range', min: 1, max: Math.max(2, o.maxShared), value: s.minShared, 'aria-label': '最少共同出席次数' });
  const minLabel = h('span', { class: 'value', id: 'filter-min-value' }, String(s.minShared));
  min.addEventListener('input', () => { minLabel.textContent = min.value; });
  min.addEventListener('change', () => onChange({ minShared: Number(min.value) }));
  root.append(
    group('视图',
      radios('view', [['coattendance', '共同出席'], ['bipartite', '人物—活动'], ['ego', '个人关系网']], s.view, (view) => onChange({ view })),
      s.view === 'ego' ? h('div', { class: 'ego-row' },
        h('span', { class: 'muted' }, o.centerName ? `中心人物：${o.centerName}` : '在图中或搜索框选择一位人物'),
        h('label', {}, '层数 ', h('select', { id: 'ego-hops', onchange: (e: Event) => onChange({ hops: Number((e.target as HTMLSelectElement).value) }) },
          ...[1, 2, 3].map((n) => h('option', { value: n, selected: n === s.hops }, String(n)))))) : null),
    group('节点大小', radios('size', [['meetings', '参加活动数'], ['wdegree', '加权度']], s.sizeBy, (sizeBy) => onChange({ sizeBy }))),
    group('颜色', radios('color', [['community', 'Louvain 社群'], ['org', '机构']], s.colorBy, (colorBy) => onChange({ colorBy }))),
    group('最少共同出席', h('div', { class: 'slider-row' }, min, minLabel),
      o.appliedMinShared > s.minShared ? h('div', { class: 'muted note', id: 'filter-min-applied' }, `图较大：仅显示共同出席 ≥ ${o.appliedMinShared} 次的连线`) : null),
    group('活动类型', h('div', { class: 'checks', id: 'filter-kinds' }, ...o.kinds.map((k) => h('label', {},
      h('input', {
        type: 'checkbox', value: k.value, checked: s.kinds.length === 0 || s.kinds.includes(k.value),
        onchange: (e: Event) => {
          const boxes = [...root.querySelectorAll<HTMLInputElement>('#filter-kinds input')];
          const on = boxes.filter((b) => b.checked).map((b) => b.value);
          // at least one kind stays on: an empty network is never what was meant
          if (on.length === 0) { (e.target as HTMLInputElement).checked = true; return; }
          onChange({ kinds: on.length === boxes.length ? [] : on });
        },
      }), `${k.value} `, h('span', { class: 'muted' }, String(k.count)))))),
    group('机构', orgSelect, s.orgs.length ? h('button', { type: 'button', class: 'link', onclick: () => onChange({ orgs: [] }) }, '清除机构筛选') : null),
    group('', h('label', { class: 'check' }, h('input', { id: 'filter-isolated', type: 'checkbox', checked: s.hideIsolated, onchange: (e: Event) => onChange({ hideIsolated: (e.target as HTMLInputElement).checked }) }), '隐藏孤立人物')),
  );
}
