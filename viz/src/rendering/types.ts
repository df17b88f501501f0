/** What the reducers read on every frame; mutated in place, then the renderer is refreshed. */
export interface InteractionState {
  hovered: string | null;
  /** The selected node, or both ends of the selected edge. */
  selectedNodes: Set<string>;
  selectedEdge: string | null;
  /** Neighbours of the hovered/selected node(s), computed once per change. */
  neighbours: Set<string>;
  /** Edges lighter than this are hidden (level of detail when zoomed out on large graphs). */
  minVisibleWeight: number;
  /** Hovering dims everything else (small graphs) or only lights up the neighbourhood, so the
   *  refresh can be limited to the nodes and edges concerned (large graphs). */
  dimOnHover: boolean;
}
