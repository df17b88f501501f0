// Autocomplete over people, meetings and organisations (Chinese substring or pinyin, answered
// by /api/search); arrow keys and Enter choose, Escape closes.
import type { SearchHit } from '../../../schema/viewer-api.js';
import { api } from './api.js';
import { clear, h } from './dom.js';

const TYPE_LABEL: Record<SearchHit['type'], string> = { person: '人物', meeting: '活动', organization: '机构' };

export function mountSearchBox(root: HTMLElement, debounceMs: number, onSelect: (hit: SearchHit) => void): void {
  const input = h('input', {
    id: 'search', type: 'search', placeholder: '搜索人物、活动、机构（支持拼音，如 ldl）', autocomplete: 'off',
    role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'search-results',
  });
  const list = h('ul', { id: 'search-results', role: 'listbox', class: 'search-results', hidden: true });
  root.append(input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | null = null;

  const close = (): void => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; };
  const choose = (hit: SearchHit): void => { close(); input.value = hit.label; onSelect(hit); };
  const render = (): void => {
    clear(list);
    if (hits.length === 0) {
      list.append(h('li', { class: 'empty' }, '没有匹配结果'));
    }
    hits.forEach((hit, i) => list.append(h('li', {
      role: 'option', class: i === active ? 'active' : '', 'aria-selected': i === active ? 'true' : 'false', 'data-type': hit.type,
      onmousedown: (e: Event) => { e.preventDefault(); choose(hit); },
    }, h('span', { class: `tag tag-${hit.type}` }, TYPE_LABEL[hit.type]), h('span', { class: 'label' }, hit.label),
    hit.detail ? h('span', { class: 'detail' }, hit.detail) : null)));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const query = (): void => {
    const q = input.value.trim();
    inflight?.abort();
    if (!q) { close(); return; }
    inflight = new AbortController();
    api.search(q, inflight.signal).then((r) => {
      if (input.value.trim() !== r.query) return;
      hits = r.hits;
      active = hits.length ? 0 : -1;
      render();
    }).catch((err: unknown) => {
      if ((err as Error).name !== 'AbortError') console.warn('search failed', err);
    });
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(query, debounceMs); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden || hits.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (!list.hidden && hit) { e.preventDefault(); choose(hit); }
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
