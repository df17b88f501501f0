// The viewer's orchestration: state (mirrored in the URL) → projection → encoding → layout
// positions → renderer, and the panels that react to clicks and searches.
import type { GraphPayload, SearchHit } from '../../../schema/viewer-api.js';
import { distinctKinds, distinctOrgs, meetingHistogram } from '../core/filters/utils.js';
import type { Filters } from '../core/filters/types.js';
import { applyEncoding, assignCommunities, buildBipartite, buildCoAttendance, buildEgo, meetingKey } from '../core/graph/index.js';
import { UndirectedGraph } from 'graphology';
import type { VizEdgeAttributes, VizGraph, VizNodeAttributes } from '../core/graph/types.js';
import { DEFAULT_FILTERS } from '../core/filters/index.js';
import { exportName, toGexf } from '../core/export/index.js';
import { formatViewState, parseViewState } from '../core/url-state/index.js';
import type { Selection, ViewState } from '../core/url-state/types.js';
import { renderPng } from '../rendering/export-image.js';
import { runLayout, type LayoutRun } from '../rendering/layout-runner.js';
import { Renderer } from '../rendering/renderer.js';
import type { ViewerSettings } from '../settings.js';
import { api } from './api.js';
import { renderControls } from './controls.js';
import { mountCypherPanel } from './cypher-panel.js';
import { byId, download } from './dom.js';
import { renderLegend } from './legend.js';
import { mountSearchBox } from './search-box.js';
import { renderEdge, renderMeeting, renderMessage, renderPerson, type PanelActions } from './side-panel.js';
import { Timeline } from './timeline.js';

type BaseView = 'coattendance' | 'bipartite';

export class App {
  private state: ViewState;
  private graph: VizGraph;
  private readonly renderer: Renderer;
  private readonly timeline: Timeline;
  /** Unfiltered graphs per view: their layout and communities are shared by every filtered view. */
  private readonly base = new Map<BaseView, { graph: VizGraph; layout: LayoutRun }>();
  private egoLayout: LayoutRun | null = null;
  private readonly panel = byId('panel');
  private readonly actions: PanelActions;
  private readonly personIds: Set<string>;

  constructor(private readonly payload: GraphPayload, private readonly s: ViewerSettings) {
    this.state = parseViewState(location.search);
    if (this.state.view === 'ego' && this.state.center && !this.state.selected) this.state.selected = { type: 'person', id: this.state.center };
    this.personIds = new Set(payload.people.map((p) => p.id));
    this.actions = {
      openPerson: (id) => this.select({ type: 'person', id }, true),
      openMeeting: (id) => this.select({ type: 'meeting', id }, true),
      egoOf: (id) => this.update({ view: 'ego', center: id }),
      close: () => this.select(null),
    };
    // the real graph comes with the first redraw(); sigma needs one to start
    this.graph = new UndirectedGraph<VizNodeAttributes, VizEdgeAttributes>();
    this.renderer = new Renderer(byId('graph'), this.graph, s, {
      clickNode: (node) => this.clickNode(node),
      clickEdge: (edge) => this.clickEdge(edge),
      clickStage: () => this.select(null),
    });
    this.timeline = new Timeline(byId('timeline'), s.palette.categories[0]!, (r) => this.update({ from: r.from, to: r.to }));
    this.timeline.setData(meetingHistogram(payload), this.state);
    mountSearchBox(byId('search-box'), s.searchDebounceMs, (hit) => this.onSearch(hit));
    const cypher = mountCypherPanel(byId('cypher'), s);
    byId('btn-cypher').addEventListener('click', () => cypher.toggle());
    byId('btn-png').addEventListener('click', () => void this.exportPng());
    byId('btn-gexf').addEventListener('click', () => download(new Blob([toGexf(this.graph)], { type: 'application/xml' }), exportName(this.state.view, 'gexf')));
    byId('btn-fit').addEventListener('click', () => this.renderer.resetCamera());
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) this.select(null);
    });
    window.addEventListener('popstate', () => { this.state = parseViewState(location.search); this.redraw(); this.showSelection(); });
    this.redraw();
    this.showSelection();
    // a test and debugging hook: where a node is on screen (the e2e test clicks there)
    (window as unknown as { __kgViewer: unknown }).__kgViewer = {
      nodeViewportPosition: (id: string) => {
        // display data are in sigma's framed coordinates
        const d = this.renderer.sigma.getNodeDisplayData(id);
        return d ? this.renderer.sigma.framedGraphToViewport(d) : null;
      },
      visibleNodes: () => this.graph.order,
      /** Is the camera moving (a fit or a zoom animating)? A click lands where a node is once it stops. */
      cameraMoving: () => this.renderer.sigma.getCamera().isAnimated(),
      layoutDone: () => this.layoutDone(),
      /** Benchmark: performance marks (ms since navigation) and the renderer's frame log. */
      marks: () => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('kg:')).map((m) => [m.name, m.startTime])),
      frameLog: (on: boolean) => this.renderer.frameLog(on),
    };
  }

  private filters(): Filters {
    const { from, to, orgs, kinds, minShared, hideIsolated } = this.state;
    return { from, to, orgs, kinds, minShared, hideIsolated };
  }

  private baseView(): BaseView {
    return this.state.view === 'bipartite' ? 'bipartite' : 'coattendance';
  }

  /** The unfiltered graph of a view, laid out once (worker + cache) with its communities. */
  private baseGraph(view: BaseView): { graph: VizGraph; layout: LayoutRun } {
    let b = this.base.get(view);
    if (!b) {
      // performance marks: the benchmark reads them (src/bench/sections/browser.ts)
      const graph = view === 'bipartite' ? buildBipartite(this.payload, DEFAULT_FILTERS) : buildCoAttendance(this.payload, DEFAULT_FILTERS, { maxEdges: this.s.lod.maxEdges });
      performance.mark(`kg:${view}:projected`);
      assignCommunities(graph);
      performance.mark(`kg:${view}:communities`);
      applyEncoding(graph, { sizeBy: 'meetings', colorBy: 'community', minSize: this.s.nodeSize.min, maxSize: this.s.nodeSize.max }, this.s.palette);
      this.setStatus('正在计算布局…');
      const layout = runLayout(graph, this.s, () => this.copyPositions(graph));
      performance.mark(`kg:${view}:layout-started`);
      b = { graph, layout };
      this.base.set(view, b);
      void layout.done.then(() => { this.copyPositions(graph); this.setStatus(''); performance.mark(`kg:${view}:layout-done`); });
    }
    return b;
  }

  private copyPositions(from: VizGraph): void {
    if (this.graph === from || this.state.view === 'ego' || from !== this.base.get(this.baseView())?.graph) return;
    this.graph.updateEachNodeAttributes((n, a) => {
      if (!from.hasNode(n)) return a;
      return { ...a, x: from.getNodeAttribute(n, 'x'), y: from.getNodeAttribute(n, 'y') };
    }, { attributes: ['x', 'y'] });
  }

  private unfiltered(): boolean {
    const f = this.filters();
    return !f.from && !f.to && f.orgs.length === 0 && f.kinds.length === 0 && f.minShared <= 1 && !f.hideIsolated;
  }

  private project(): VizGraph {
    const f = this.filters();
    const st = this.state;
    const view = st.view === 'ego' && !(st.center && this.personIds.has(st.center)) ? 'coattendance' : st.view;
    // without filters the base graph itself is shown: no second projection, and the layout
    // worker moves the very nodes on screen
    if (view !== 'ego' && this.unfiltered()) return this.baseGraph(view).graph;
    return view === 'bipartite' ? buildBipartite(this.payload, f)
      : view === 'ego' ? buildEgo(this.payload, f, st.center!, st.hops)
        : buildCoAttendance(this.payload, f, { maxEdges: this.s.lod.maxEdges });
  }

  /** Rebuilds the visible graph from the state, keeping positions and colours from the base graph. */
  private redraw(): void {
    this.graph = this.project();
    const base = this.baseGraph(this.baseView()).graph;
    if (this.graph !== base) this.graph.updateEachNodeAttributes((n, a) => (base.hasNode(n)
      ? { ...a, community: base.getNodeAttribute(n, 'community'), x: base.getNodeAttribute(n, 'x'), y: base.getNodeAttribute(n, 'y') }
      : a));
    const legend = applyEncoding(this.graph, {
      sizeBy: this.state.sizeBy, colorBy: this.state.colorBy, minSize: this.s.nodeSize.min, maxSize: this.s.nodeSize.max,
    }, this.s.palette);
    this.egoLayout?.cancel();
    this.egoLayout = null;
    if (this.state.view === 'ego') this.egoLayout = runLayout(this.graph, this.s, () => undefined);
    this.renderer?.setGraph(this.graph);
    renderLegend(byId('legend'), this.state.colorBy === 'org' ? '颜色：机构' : '颜色：Louvain 社群', legend);
    let maxShared = 1;
    if (this.state.view !== 'bipartite') base.forEachEdge((_, a) => { maxShared = Math.max(maxShared, a.weight); });
    renderControls(byId('controls'), this.state, {
      orgs: distinctOrgs(this.payload), kinds: distinctKinds(this.payload), maxShared,
      appliedMinShared: this.graph.getAttribute('minShared') ?? this.state.minShared,
      centerName: this.state.center ? this.payload.people.find((p) => p.id === this.state.center)?.name ?? null : null,
    }, (c) => this.update(c));
    const people = this.graph.filterNodes((_, a) => a.kind === 'person').length;
    const stats = byId('stats');
    stats.dataset.nodes = String(this.graph.order);
    stats.dataset.edges = String(this.graph.size);
    stats.textContent = `${people} 人${this.graph.order > people ? ` · ${this.graph.order - people} 项活动` : ''} · ${this.graph.size} 条连线`;
    if (this.state.view === 'ego' && !this.state.center) this.setStatus('个人关系网：请先搜索或点击一位人物');
    this.writeUrl();
  }

  private update(change: Partial<ViewState>): void {
    this.state = { ...this.state, ...change };
    this.redraw();
    // entering an ego view selects its centre, so the panel and highlight follow it
    if (this.state.view === 'ego' && this.state.center && (change.view === 'ego' || 'center' in change)) {
      this.select({ type: 'person', id: this.state.center });
    } else if (change.view && this.state.selected) {
      this.showSelection();
    }
  }

  private writeUrl(): void {
    const url = `${location.pathname}${formatViewState(this.state)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  }

  private clickNode(node: string): void {
    if (node.startsWith('m:') && this.graph.getNodeAttribute(node, 'kind') === 'meeting') this.select({ type: 'meeting', id: node.slice(2) });
    else if (this.state.view === 'ego' && !this.state.center) this.update({ center: node, selected: { type: 'person', id: node } });
    else this.select({ type: 'person', id: node });
  }

  private clickEdge(edge: string): void {
    const [a, b] = this.graph.extremities(edge);
    if (b.startsWith('m:') && this.graph.getNodeAttribute(b, 'kind') === 'meeting') this.select({ type: 'meeting', id: b.slice(2) });
    else if (a.startsWith('m:') && this.graph.getNodeAttribute(a, 'kind') === 'meeting') this.select({ type: 'meeting', id: a.slice(2) });
    else this.select({ type: 'edge', a, b });
  }

  private onSearch(hit: SearchHit): void {
    if (hit.type === 'organization') {
      this.update({ orgs: [hit.label], colorBy: 'org' });
      return;
    }
    if (hit.type === 'person' && this.state.view === 'ego') this.update({ center: hit.id });
    this.select(hit.type === 'person' ? { type: 'person', id: hit.id } : { type: 'meeting', id: hit.id }, true);
  }

  private select(sel: Selection | null, focus = false): void {
    this.state.selected = sel;
    this.writeUrl();
    this.showSelection(focus);
  }

  /** Highlights the selection in the graph and loads its panel. */
  private showSelection(focus = false): void {
    const sel = this.state.selected;
    const panel = this.panel;
    if (!sel) {
      this.renderer.select([]);
      panel.hidden = true;
      document.body.classList.remove('panel-open');
      return;
    }
    panel.hidden = false;
    document.body.classList.add('panel-open');
    panel.setAttribute('aria-busy', 'true');
    if (sel.type === 'person') {
      this.renderer.select([sel.id]);
      if (focus) this.renderer.focus(sel.id);
      api.person(sel.id).then((d) => renderPerson(panel, d, this.actions)).catch((e: Error) => renderMessage(panel, '无法加载人物', e.message, this.actions))
        .finally(() => panel.removeAttribute('aria-busy'));
    } else if (sel.type === 'meeting') {
      const key = meetingKey(sel.id);
      if (this.graph.hasNode(key)) {
        this.renderer.select([key]);
        if (focus) this.renderer.focus(key);
      }
      api.meeting(sel.id).then((d) => {
        renderMeeting(panel, d, this.actions);
        if (!this.graph.hasNode(key)) this.renderer.select(d.attendees.map((x) => x.id));
      }).catch((e: Error) => renderMessage(panel, '无法加载活动', e.message, this.actions)).finally(() => panel.removeAttribute('aria-busy'));
    } else {
      const edge = this.graph.hasNode(sel.a) && this.graph.hasNode(sel.b) ? this.graph.edge(sel.a, sel.b) ?? null : null;
      this.renderer.select([sel.a, sel.b], edge);
      api.edge(sel.a, sel.b).then((d) => renderEdge(panel, d, this.actions)).catch((e: Error) => renderMessage(panel, '无法加载连线', e.message, this.actions))
        .finally(() => panel.removeAttribute('aria-busy'));
    }
  }

  private async exportPng(): Promise<void> {
    const title = `kg · ${byId('stats').textContent ?? ''} · ${new Date().toISOString().slice(0, 10)}`;
    download(await renderPng(this.renderer.sigma, title, this.s.fontStack), exportName(this.state.view, 'png'));
  }

  private async layoutDone(): Promise<boolean> {
    await this.base.get(this.baseView())?.layout.done;
    await this.egoLayout?.done;
    return true;
  }

  private setStatus(text: string): void {
    const el = document.getElementById('status');
    if (!el) return;
    el.textContent = text;
    el.hidden = text === '';
  }
}

