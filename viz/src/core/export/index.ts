// GEXF export of what is on screen (Gephi opens it), with the viewer's attributes kept.
import { write } from 'graphology-gexf/browser';
import type { VizGraph } from '../graph/types.js';

export function toGexf(graph: VizGraph): string {
  return write(graph, {
    formatNode: (key, a) => ({
      label: a.label,
      attributes: { kind: a.kind, meetings: a.meetings, weightedDegree: a.wdegree, org: a.org ?? '', community: a.community },
      viz: { color: a.color, x: a.x, y: a.y, size: a.size },
    }),
    formatEdge: (key, a) => ({ weight: a.weight, attributes: { weight: a.weight, role: a.role ?? '' } }),
  });
}

/** A file name for exports: `kg-coattendance-2026-03-14` */
export function exportName(view: string, ext: string, now = new Date()): string {
  return `kg-${view}-${now.toISOString().slice(0, 10)}.${ext}`;
}
