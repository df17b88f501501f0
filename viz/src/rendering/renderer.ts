// The sigma instance: settings for CJK labels, reducers for selection (and hover on small
// graphs), level of detail on large graphs, and the click/hover events the UI listens to.
//
// Large graphs (lod.largeGraphAbove nodes + edges, far fewer without a GPU) are drawn so that a
// software-rendered WebGL keeps up, where every vertex counts (rendering/programs.ts): points and 1-px lines,
// fewer nodes and no edges, labels or picking while the camera moves, only the heaviest
// lod.edgeCount edges when zoomed out, and hover drawn on an overlay canvas of its own (a veil
// over the rest, the node's ties and neighbours' names) instead of re-processing 40,000 items.
import Sigma from 'sigma';
import { NodePointProgram } from 'sigma/rendering';
import type { VizEdgeAttributes, VizGraph, VizNodeAttributes } from '../core/graph/types.js';
import type { ViewerSettings } from '../settings.js';
import { largeGraphPrograms, type DrawBudget } from './programs.js';
import { makeEdgeReducer, makeNodeReducer, updateNeighbours } from './reducers.js';
import type { InteractionState } from './types.js';

export type { InteractionState } from './types.js';

export interface RendererEvents {
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
}

const OVERLAY = 'kgHover';

/** Whether WebGL is rendered on the CPU (no GPU, as in headless Chromium and CI). */
function softwareWebGl(canvas: HTMLCanvasElement | undefined): boolean {
  // the context sigma created: getContext returns it again for the same kind
  const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  return /swiftshader|llvmpipe|softpipe|software/i.test(name);
}

export class Renderer {
  readonly sigma: Sigma<VizNodeAttributes, VizEdgeAttributes>;
  readonly state: InteractionState = {
    hovered: null, selectedNodes: new Set(), selectedEdge: null, neighbours: new Set(), dimOnHover: true,
  };
  private graph: VizGraph;
  private large = false;
  private readonly software: boolean;
  private readonly budget: DrawBudget = { moving: false, movingNodes: Infinity, edges: Infinity, tailNodes: 0, tailEdges: 0 };
  /** Large graphs: the hovered node, drawn on the overlay (the reducers do not see it). */
  private overlayHover: string | null = null;
  private overlayDrawn = false;
  private readonly overlay: HTMLCanvasElement;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private renderStart = 0;
  private firstFrame = false;
  /** [end time, main-thread ms] of each render (and hover overlay drawing) while the benchmark records. */
  private frames: [number, number][] | null = null;
  private readonly resizeObserver: ResizeObserver;

  constructor(container: HTMLElement, graph: VizGraph, private readonly s: ViewerSettings, events: RendererEvents) {
    this.graph = graph;
    const { BudgetNodeProgram, BudgetEdgeProgram } = largeGraphPrograms(this.budget);
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
      nodeProgramClasses: { point: BudgetNodeProgram },
      nodeHoverProgramClasses: { point: NodePointProgram },
      edgeProgramClasses: { fast: BudgetEdgeProgram },
      nodeReducer: makeNodeReducer(this.state, s),
      edgeReducer: makeEdgeReducer(() => this.graph, this.state, s),
    });
    this.software = softwareWebGl(this.sigma.getCanvases().nodes);
    this.overlay = this.sigma.createCanvas(OVERLAY, { beforeLayer: 'hovers' });
    this.skipPickingWhileMoving();
    this.sigma.on('beforeRender', () => this.beforeRender());
    this.sigma.on('afterRender', () => this.afterRender());
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
    this.overlayHover = null;
    for (const n of [...this.state.selectedNodes]) if (!graph.hasNode(n)) this.state.selectedNodes.delete(n);
    if (this.state.selectedEdge && !graph.hasEdge(this.state.selectedEdge)) this.state.selectedEdge = null;
    updateNeighbours(graph, this.state);
    this.configureForSize(false);
    this.sigma.setGraph(graph);
  }

  select(nodes: string[], edge: string | null = null): void {
    this.state.selectedNodes = new Set(nodes.filter((n) => this.graph.hasNode(n)));
    this.state.selectedEdge = edge && this.graph.hasEdge(edge) ? edge : null;
    updateNeighbours(this.graph, this.state);
    this.countRaised();
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

  /** Starts (true) or stops (false) recording renders; returns what was recorded. */
  frameLog(on: boolean): [number, number][] {
    const out = this.frames ?? [];
    this.frames = on ? [] : null;
    return out;
  }

  kill(): void {
    this.resizeObserver.disconnect();
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.sigma.kill();
  }

  /** sigma's own test for a moving camera (it does not pass it to the programs). */
  private moving(): boolean {
    const captor = this.sigma.getMouseCaptor();
    return this.sigma.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
  }

  /**
   * sigma looks for a node (and an edge) under the mouse on every mousemove, dragging included,
   * by reading a pixel back from the GPU, which waits for the frame in flight. Nothing is
   * hovered while the camera moves (large graphs do not even draw the picking pass then), so
   * it is not asked.
   */
  private skipPickingWhileMoving(): void {
    const target = this.sigma as unknown as Record<'getNodeAtPosition' | 'getEdgeAtPoint', (...args: unknown[]) => string | null>;
    for (const name of ['getNodeAtPosition', 'getEdgeAtPoint'] as const) {
      const pick = target[name].bind(this.sigma);
      target[name] = (...args) => (this.moving() ? null : pick(...args));
    }
  }

  private beforeRender(): void {
    this.renderStart = performance.now();
    this.budget.moving = this.large && this.moving();
  }

  private afterRender(): void {
    const t = performance.now();
    this.frames?.push([t, t - this.renderStart]);
    if (!this.firstFrame && this.graph.order > 0) {
      this.firstFrame = true;
      performance.mark('kg:first-frame');
    }
    this.drawOverlay();
    // a frame drawn on the move is a sketch: draw the whole graph (and picking) once it stops
    if (this.budget.moving) {
      if (this.settleTimer) clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => { this.settleTimer = null; this.sigma.scheduleRender(); }, 150);
    }
  }

  private hover(node: string | null): void {
    if (this.large) {
      // no re-processing: the overlay draws the neighbourhood over the unchanged layers
      this.overlayHover = node;
      const t0 = performance.now();
      this.drawOverlay();
      const t = performance.now();
      this.frames?.push([t, t - t0]);
      return;
    }
    this.state.hovered = node;
    updateNeighbours(this.graph, this.state);
    this.sigma.refresh({ skipIndexation: true });
  }

  /** The hovered node's ties and its neighbours' names, on the overlay canvas (large graphs). */
  private drawOverlay(): void {
    if (!this.overlayHover && !this.overlayDrawn) return;
    const canvas = this.overlay;
    const { width, height } = this.sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.overlayDrawn = false;
    const centre = this.overlayHover;
    if (!centre || !this.graph.hasNode(centre)) return;
    this.overlayDrawn = true;
    const at = (n: string): { x: number; y: number; size: number; color: string } | null => {
      const d = this.sigma.getNodeDisplayData(n);
      if (!d) return null;
      const p = this.sigma.framedGraphToViewport(d);
      return { x: p.x, y: p.y, size: this.sigma.scaleSize(d.size), color: d.color };
    };
    const c = at(centre);
    if (!c) return;
    // dim the rest as the reducers do on small graphs, with one translucent fill (no redraw)
    ctx.globalAlpha = this.s.palette.hoverVeil.opacity;
    ctx.fillStyle = this.s.palette.hoverVeil.color;
    ctx.fillRect(0, 0, width, height);
    ctx.globalAlpha = 1;
    const neighbours: { x: number; y: number; size: number; color: string; label: string }[] = [];
    this.graph.forEachNeighbor(centre, (n, a) => {
      const p = at(n);
      if (p) neighbours.push({ ...p, label: a.label });
    });
    ctx.strokeStyle = this.s.palette.highlightEdge;
    ctx.globalAlpha = 0.85;
    ctx.lineWidth = 1.2;
    ctx.beginPath();
    for (const p of neighbours) { ctx.moveTo(c.x, c.y); ctx.lineTo(p.x, p.y); }
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    for (const p of [...neighbours, { ...c, label: '' }]) {
      ctx.beginPath();
      ctx.arc(p.x, p.y, Math.max(3, p.size), 0, Math.PI * 2);
      ctx.fillStyle = p.color;
      ctx.fill();
      ctx.stroke();
    }
    if (neighbours.length > 40) return;
    ctx.font = `500 12px ${this.s.fontStack}`;
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.fillStyle = '#1f2430';
    for (const p of neighbours) {
      const x = p.x + Math.max(3, p.size) + 3;
      ctx.strokeText(p.label, x, p.y);
      ctx.fillText(p.label, x, p.y);
    }
  }

  /** How many nodes and edges the reducers raise (zIndex > 0): sigma sorts them to the end of the buffers. */
  private countRaised(): void {
    const centres = [...this.state.selectedNodes].filter((n) => this.graph.hasNode(n));
    const edges = new Set<string>();
    for (const c of centres) this.graph.forEachEdge(c, (e) => { edges.add(e); });
    if (this.state.selectedEdge) edges.add(this.state.selectedEdge);
    this.budget.tailNodes = this.state.neighbours.size;
    this.budget.tailEdges = edges.size;
  }

  /** Large graphs: cheap programs, no edges or labels on the move, hover on the overlay. */
  private configureForSize(refresh = true): void {
    this.large = this.graph.order + this.graph.size >= (this.software ? this.s.lod.largeGraphAboveSoftware : this.s.lod.largeGraphAbove);
    this.state.dimOnHover = !this.large;
    this.overlayHover = null;
    const lod = this.s.lod;
    this.budget.movingNodes = this.large ? lod.movingNodes : Infinity;
    this.sigma.setSetting('defaultNodeType', this.large ? 'point' : 'circle');
    this.sigma.setSetting('defaultEdgeType', this.large ? 'fast' : 'line');
    this.sigma.setSetting('hideLabelsOnMove', this.large);
    this.sigma.setSetting('labelDensity', this.large ? 0.25 : 0.6);
    this.countRaised();
    this.updateLevelOfDetail(refresh);
  }

  /** Zoomed out on a large graph: only the heaviest lod.edgeCount edges (a shorter draw call, no reprocessing). */
  private updateLevelOfDetail(refresh = false): void {
    const zoomedOut = this.sigma.getCamera().ratio > this.s.lod.zoomedOutRatio;
    this.budget.edges = this.large && zoomedOut ? this.s.lod.edgeCount : Infinity;
    if (refresh) this.sigma.refresh({ skipIndexation: true });
  }
}
