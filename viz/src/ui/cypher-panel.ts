// The Cypher panel: a read-only query against the store, results as a table and, when they
// hold nodes and relationships, as a graph.
import Sigma from 'sigma';
import fa2 from 'graphology-layout-forceatlas2';
import { cellText, resultGraph, type ResultGraphNode } from '../core/cypher/index.js';
import type { ViewerSettings } from '../settings.js';
import { api } from './api.js';
import { clear, h } from './dom.js';

export function mountCypherPanel(root: HTMLElement, s: ViewerSettings): { toggle(open?: boolean): void } {
  const query = h('textarea', { id: 'cypher-query', spellcheck: 'false', rows: 5, 'aria-label': 'Cypher 查询' });
  query.value = s.cypherExample;
  const params = h('input', { id: 'cypher-params', type: 'text', placeholder: '参数 JSON，例如 {"name": "王建国"}', 'aria-label': '参数' });
  const run = h('button', { type: 'button', class: 'primary', id: 'cypher-run' }, '运行 (Ctrl+Enter)');
  const status = h('span', { class: 'muted', id: 'cypher-status' });
  const table = h('div', { class: 'cypher-table', id: 'cypher-result' });
  const graphBox = h('div', { class: 'cypher-graph', id: 'cypher-graph', hidden: true });
  const tabs = h('div', { class: 'tabs' });
  let renderer: Sigma<ResultGraphNode> | null = null;

  const showTab = (which: 'table' | 'graph'): void => {
    table.hidden = which !== 'table';
    graphBox.hidden = which !== 'graph';
    tabs.querySelectorAll('button').forEach((b) => b.classList.toggle('on', b.dataset.tab === which));
    if (which === 'graph') renderer?.refresh();
  };

  const execute = async (): Promise<void> => {
    let p: Record<string, unknown> = {};
    if (params.value.trim()) {
      try {
        const parsed: unknown = JSON.parse(params.value);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
        p = parsed as Record<string, unknown>;
      } catch {
        status.textContent = '参数必须是 JSON 对象';
        status.className = 'error';
        return;
      }
    }
    status.textContent = '运行中…';
    status.className = 'muted';
    run.disabled = true;
    try {
      const r = await api.cypher(query.value, p);
      status.textContent = `${r.rows.length} 行${r.truncated ? '（已截断）' : ''} · ${r.ms} ms`;
      clear(table);
      table.append(h('table', {}, h('thead', {}, h('tr', {}, ...r.columns.map((c) => h('th', {}, c)))),
        h('tbody', {}, ...r.rows.map((row) => h('tr', {}, ...r.columns.map((c) => h('td', {}, cellText(row[c]))))))));
      renderer?.kill();
      renderer = null;
      clear(tabs);
      const palette = s.palette.categories;
      const labels: string[] = [];
      const g = resultGraph(r.rows, (label) => {
        if (!labels.includes(label)) labels.push(label);
        return palette[labels.indexOf(label) % palette.length]!;
      });
      tabs.append(h('button', { type: 'button', 'data-tab': 'table', onclick: () => showTab('table') }, '表格'));
      if (g) {
        tabs.append(h('button', { type: 'button', 'data-tab': 'graph', onclick: () => showTab('graph') }, `图（${g.order} 节点）`));
        if (g.size > 0) fa2.assign(g, { iterations: 100, settings: fa2.inferSettings(g) });
        graphBox.hidden = false;
        renderer = new Sigma(g, graphBox, { labelFont: s.fontStack, renderEdgeLabels: true, edgeLabelFont: s.fontStack, labelRenderedSizeThreshold: 0, allowInvalidContainer: true });
      }
      showTab('table');
    } catch (err) {
      status.textContent = err instanceof Error ? err.message : String(err);
      status.className = 'error';
    } finally {
      run.disabled = false;
    }
  };

  run.addEventListener('click', () => void execute());
  query.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void execute(); }
  });
  clear(root);
  root.append(
    h('div', { class: 'cypher-head' }, h('strong', {}, 'Cypher 查询（只读）'),
      h('button', { type: 'button', class: 'close', 'aria-label': '关闭', onclick: () => toggle(false) }, '×')),
    query, h('div', { class: 'cypher-bar' }, params, run, status), tabs, table, graphBox,
  );
  function toggle(open?: boolean): void {
    root.hidden = open === undefined ? !root.hidden : !open;
    if (!root.hidden) query.focus();
  }
  return { toggle: toggle };
}
