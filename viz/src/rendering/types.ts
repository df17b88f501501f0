/** What the reducers read on every frame; mutated in place, then the renderer is refreshed. */
export interface InteractionState {
  hovered: string | null;
  /** The selected node, or both ends of the selected edge. */
  selectedNodes: Set<string>;
  selectedEdge: string | null;
  /** Neighbours of the hovered/selected node(s), computed once per change. */
  neighbours: Set<string>;
  /** Hovering dims everything else (small graphs); large graphs draw hover on an overlay and
   *  leave `hovered` null. */
  dimOnHover: boolean;
}
