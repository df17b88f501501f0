// The sigma instance: settings for CJK labels, reducers for hover/selection, level of detail
// for weak edges on large graphs, and the click/hover events the UI listens to.
import Sigma from 'sigma';
import type { VizEdgeAttributes, VizGraph, VizNodeAttributes } from '../core/graph/types.js';
import type { ViewerSettings } from '../settings.js';
import { makeEdgeReducer, makeNodeReducer, updateNeighbours } from './reducers.js';
import type { InteractionState } from './types.js';

export type { InteractionState } from './types.js';

export interface RendererEvents {
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
}

export class Renderer {
  readonly sigma: Sigma<VizNodeAttributes, VizEdgeAttributes>;
  readonly state: InteractionState = {
    hovered: null, selectedNodes: new Set(), selectedEdge: null, neighbours: new Set(), minVisibleWeight: 0, dimOnHover: true,
  };
  private graph: VizGraph;
  private weakEdgeWeight = 0;
  private readonly resizeObserver: ResizeObserver;

  constructor(container: HTMLElement, graph: VizGraph, private readonly s: ViewerSettings, events: RendererEvents) {
    this.graph = graph;
    this.sigma = new Sigma<VizNodeAttributes, VizEdgeAttributes>(graph, container, {
      labelFont: s.fontStack,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1f2430' },
      labelDensity: 0.5,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      defaultEdgeColor: s.palette.edge,
      enableEdgeEvents: true,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      stagePadding: 40,
      // repaints only what matters while panning when the graph is large
      hideEdgesOnMove: false,
      nodeReducer: makeNodeReducer(this.state, s),
      edgeReducer: makeEdgeReducer(() => this.graph, this.state, s),
    });
    this.sigma.on('enterNode', ({ node }) => this.hover(node));
    this.sigma.on('leaveNode', () => this.hover(null));
    this.sigma.on('clickNode', ({ node }) => events.clickNode(node));
    this.sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.sigma.on('clickStage', () => events.clickStage());
    this.sigma.getCamera().on('updated', () => this.updateLevelOfDetail());
    // sigma listens to window resizes only; the side panel resizes the stage without one
    this.resizeObserver = new ResizeObserver(() => { this.sigma.resize(); this.sigma.refresh({ skipIndexation: true }); });
    this.resizeObserver.observe(container);
    this.configureForSize();
  }

  /** Shows another graph (after a filter or view change); selection is kept where it still exists. */
  setGraph(graph: VizGraph): void {
    this.graph = graph;
    this.state.hovered = null;
    for (const n of [...this.state.selectedNodes]) if (!graph.hasNode(n)) this.state.selectedNodes.delete(n);
    if (this.state.selectedEdge && !graph.hasEdge(this.state.selectedEdge)) this.state.selectedEdge = null;
    updateNeighbours(graph, this.state);
    this.sigma.setGraph(graph);
    this.configureForSize();
  }

  select(nodes: string[], edge: string | null = null): void {
    this.state.selectedNodes = new Set(nodes.filter((n) => this.graph.hasNode(n)));
    this.state.selectedEdge = edge && this.graph.hasEdge(edge) ? edge : null;
    updateNeighbours(this.graph, this.state);
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Centres the camera on a node, zooming in. */
  focus(node: string): void {
    const d = this.sigma.getNodeDisplayData(node);
    if (!d) return;
    const camera = this.sigma.getCamera();
    // zoom in on large graphs only: a small one stays readable as a whole
    const target = this.graph.order > 500 ? 0.2 : this.graph.order > 60 ? 0.5 : 1;
    void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, target) }, { duration: 500 });
  }

  resetCamera(): void {
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  kill(): void {
    this.resizeObserver.disconnect();
    this.sigma.kill();
  }

  private hover(node: string | null): void {
    const before = this.state.hovered;
    const beforeNeighbours = new Set(this.state.neighbours);
    this.state.hovered = node;
    updateNeighbours(this.graph, this.state);
    if (this.state.dimOnHover || this.state.selectedNodes.size > 0) {
      this.sigma.refresh({ skipIndexation: true });
      return;
    }
    // large graph, nothing selected: only the old and new neighbourhoods change
    const nodes = new Set([...beforeNeighbours, ...this.state.neighbours]);
    const edges = new Set<string>();
    for (const c of [before, node]) if (c && this.graph.hasNode(c)) this.graph.forEachEdge(c, (e) => { edges.add(e); });
    this.sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  }

  /** Large graphs: weak edges (the lightest ones, up to the median weight) are dropped when zoomed out. */
  private configureForSize(): void {
    const big = this.graph.size > this.s.lod.edgeCount;
    this.state.dimOnHover = this.graph.order + this.graph.size < this.s.lod.partialHoverAbove;
    this.sigma.setSetting('hideEdgesOnMove', big);
    this.sigma.setSetting('hideLabelsOnMove', big);
    this.sigma.setSetting('labelDensity', big ? 0.25 : 0.6);
    if (!big) {
      this.weakEdgeWeight = 0;
    } else {
      const weights: number[] = [];
      this.graph.forEachEdge((_, a) => { weights.push(a.weight); });
      weights.sort((a, b) => a - b);
      // keep at most ~lod.edgeCount edges visible when zoomed out
      const cut = weights[Math.max(0, weights.length - this.s.lod.edgeCount)] ?? 0;
      this.weakEdgeWeight = Math.max(2, cut);
    }
    this.updateLevelOfDetail(true);
  }

  private updateLevelOfDetail(force = false): void {
    const zoomedOut = this.sigma.getCamera().ratio > this.s.lod.zoomedOutRatio;
    const min = zoomedOut ? this.weakEdgeWeight : 0;
    if (min !== this.state.minVisibleWeight || force) {
      this.state.minVisibleWeight = min;
      this.sigma.refresh({ skipIndexation: true });
    }
  }
}
