import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** How a layout is run for a graph: settings plus how long, chosen from the graph's size. */
export interface LayoutDescriptor {
  settings: ForceAtlas2Settings;
  /** Iterations for a synchronous (headless) run. */
  iterations: number;
  /** Milliseconds for the worker run in the browser. */
  workerMs: number;
  noverlap: { maxIterations: number; margin: number; ratio: number };
}

/** Cached positions: node key → [x, y]. */
export type Positions = Record<string, [number, number]>;
