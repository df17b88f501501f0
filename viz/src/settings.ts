// Viewer settings in one place, validated once at start-up: a typo in a colour or a threshold
// fails loudly here instead of drawing a wrong graph.
import { z } from 'zod';

const Color = z.string().regex(/^#[0-9a-f]{6}$/i, 'colours are #rrggbb');

const Settings = z.object({
  /** CJK-capable stack: labels are Chinese names. */
  fontStack: z.string().min(1),
  palette: z.object({
    categories: z.array(Color).min(6),
    other: Color,
    meeting: Color,
    edge: Color,
    /** `fade` mixes each node's own colour with white. */
    dimNode: z.union([Color, z.literal('fade')]),
    dimEdge: Color,
    highlightEdge: Color,
    /** Large graphs: hover veils the rest with the background colour at this opacity. */
    hoverVeil: z.object({ color: Color, opacity: z.number().min(0).max(1) }),
  }),
  nodeSize: z.object({ min: z.number().positive(), max: z.number().positive() }),
  /** Level of detail (rendering/renderer.ts, rendering/programs.ts). */
  lod: z.object({
    /** Large graphs, zoomed out beyond `zoomedOutRatio`: only the heaviest this many edges are drawn. */
    edgeCount: z.number().int().positive(),
    zoomedOutRatio: z.number().positive(),
    /** Co-attendance views never draw more edges than this: the weakest ties are left out. */
    maxEdges: z.number().int().positive(),
    /** From this many nodes + edges a graph is large: points and lines, a draw budget while
     *  moving, hover on an overlay that veils the rest. */
    largeGraphAbove: z.number().int().positive(),
    /** The same with a software WebGL (no GPU: SwiftShader, llvmpipe), where sigma's instanced
     *  circles and rectangles cost 3–8× more per frame than points and lines (docs/viewer.md). */
    largeGraphAboveSoftware: z.number().int().positive(),
    /** Large graphs: nodes drawn while the camera moves (the most active people first). */
    movingNodes: z.number().int().positive(),
  }),
  layoutCachePrefix: z.string().min(1),
  searchDebounceMs: z.number().int().nonnegative(),
  cypherExample: z.string(),
});

export type ViewerSettings = z.infer<typeof Settings>;

export const settings: ViewerSettings = Settings.parse({
  fontStack: '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  palette: {
    // Tableau-like categorical colours, readable on white and distinct for the largest groups
    categories: ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#2f4b7c', '#a05195', '#665191'],
    other: '#b8b8b8',
    meeting: '#3d3d3d',
    edge: '#c9ced6',
    dimNode: 'fade',
    dimEdge: '#f0f1f3',
    highlightEdge: '#5b6472',
    hoverVeil: { color: '#ffffff', opacity: 0.7 },
  },
  nodeSize: { min: 3, max: 16 },
  lod: { edgeCount: 15_000, zoomedOutRatio: 0.6, maxEdges: 30_000, largeGraphAbove: 20_000, largeGraphAboveSoftware: 1000, movingNodes: 4000 },
  layoutCachePrefix: 'kg.layout.v1.',
  searchDebounceMs: 120,
  cypherExample: 'MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)\nRETURN p.name AS person, m.name AS meeting, a.role AS role\nLIMIT 25',
});
