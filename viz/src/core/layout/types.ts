import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** How a layout is run for a graph: settings plus how long, chosen from the graph's size. */
export interface LayoutDescriptor {
  settings: ForceAtlas2Settings;
  /** Iterations of a synchronous run: headless, and the browser's one-shot worker (large graphs). */
  iterations: number;
  /** Milliseconds for the animated worker run in the browser (small graphs). */
  workerMs: number;
  /** Small graphs: ForceAtlas2 runs in graphology's worker and the view follows it. */
  animate: boolean;
  /** null: no overlap removal (large graphs, where it is slow and barely visible). */
  noverlap: { maxIterations: number; margin: number; ratio: number } | null;
}

/** Cached positions: node key → [x, y]. */
export type Positions = Record<string, [number, number]>;
