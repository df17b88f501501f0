// Selection (and hover on small graphs) by reducers: the graph is never rewritten, only how it is drawn.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { VizEdgeAttributes, VizGraph, VizNodeAttributes } from '../core/graph/types.js';
import type { ViewerSettings } from '../settings.js';
import type { InteractionState } from './types.js';

/** Recomputes the neighbour set for the hovered node, or for the selection when nothing is hovered. */
export function updateNeighbours(graph: VizGraph, state: InteractionState): void {
  state.neighbours.clear();
  const centres = state.hovered ? [state.hovered] : [...state.selectedNodes];
  for (const c of centres) {
    if (!graph.hasNode(c)) continue;
    state.neighbours.add(c);
    graph.forEachNeighbor(c, (n) => state.neighbours.add(n));
  }
}

const faded = new Map<string, string>();

/** The colour mixed 80% towards white: dimmed nodes keep a hint of their group. */
export function fade(color: string): string {
  let out = faded.get(color);
  if (out) return out;
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  out = m ? `#${m.slice(1).map((h) => Math.round(parseInt(h, 16) * 0.2 + 255 * 0.8).toString(16).padStart(2, '0')).join('')}` : color;
  faded.set(color, out);
  return out;
}

export function makeNodeReducer(state: InteractionState, s: ViewerSettings) {
  return (node: string, data: VizNodeAttributes): Partial<NodeDisplayData> => {
    const res: Partial<NodeDisplayData> = { ...data, label: data.label };
    const active = (state.hovered !== null && state.dimOnHover) || state.selectedNodes.size > 0;
    if (state.selectedNodes.has(node) || node === state.hovered) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    } else if (active && !state.neighbours.has(node)) {
      res.color = s.palette.dimNode === 'fade' ? fade(data.color) : s.palette.dimNode;
      res.label = '';
      res.zIndex = 0;
    } else if (state.neighbours.has(node)) {
      res.forceLabel = state.neighbours.size < 40;
      res.zIndex = 1;
    }
    return res;
  };
}

/** `graph` is read on every call: the renderer swaps graphs and sigma may redraw in between. */
export function makeEdgeReducer(graph: () => VizGraph, state: InteractionState, s: ViewerSettings) {
  return (edge: string, data: VizEdgeAttributes): Partial<EdgeDisplayData> => {
    const res: Partial<EdgeDisplayData> = { ...data };
    if (edge === state.selectedEdge) {
      return { ...res, color: s.palette.highlightEdge, size: Math.max(3, data.size * 1.5), zIndex: 2 };
    }
    const active = state.hovered !== null || state.selectedNodes.size > 0;
    if (active) {
      const dim = (state.hovered !== null && state.dimOnHover) || state.selectedNodes.size > 0;
      const g = graph();
      if (!g.hasEdge(edge)) return res;
      const [a, b] = g.extremities(edge);
      const centres = state.hovered ? [state.hovered] : [...state.selectedNodes];
      if (centres.includes(a) || centres.includes(b)) return { ...res, color: s.palette.highlightEdge, zIndex: 1 };
      if (dim) return { ...res, hidden: true };
    }
    return res;
  };
}
