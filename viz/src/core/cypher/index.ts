// Turns Cypher result rows into table cells and, when they hold nodes and relationships, into a
// small graph (the Cypher panel's graph tab). Pure, so it is unit-tested in Node.
import { MultiUndirectedGraph } from 'graphology';

export interface ResultNode { $type: 'node'; id: string; labels: string[]; properties: Record<string, unknown> }
export interface ResultRel { $type: 'relationship'; type: string; start: string; end: string; properties: Record<string, unknown> }

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
export function isResultNode(v: unknown): v is ResultNode {
  return isObj(v) && v.$type === 'node' && typeof v.id === 'string';
}
export function isResultRel(v: unknown): v is ResultRel {
  return isObj(v) && v.$type === 'relationship' && typeof v.start === 'string' && typeof v.end === 'string';
}

function nodeName(n: ResultNode): string {
  const p = n.properties;
  const name = p.name ?? p.headline ?? p.title ?? n.id;
  return typeof name === 'string' ? name : JSON.stringify(name);
}

/** One table cell as plain text. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isResultNode(v)) return `(:${v.labels.join(':')} ${nodeName(v)})`;
  if (isResultRel(v)) return `[:${v.type}]`;
  if (Array.isArray(v)) return `[${v.map(cellText).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export interface ResultGraphNode { label: string; kind: string; x: number; y: number; size: number; color: string }

/** Nodes and relationships anywhere in the rows (also inside lists and maps), or null when none. */
export function resultGraph(rows: Record<string, unknown>[], colorOf: (label: string) => string): MultiUndirectedGraph<ResultGraphNode> | null {
  const nodes = new Map<string, ResultNode>();
  const rels: ResultRel[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (isResultNode(v)) nodes.set(v.id, v);
    else if (isResultRel(v)) rels.push(v);
    else if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObj(v)) Object.values(v).forEach((x) => visit(x, depth + 1));
  };
  rows.forEach((r) => visit(r, 0));
  if (nodes.size === 0) return null;
  const g = new MultiUndirectedGraph<ResultGraphNode>();
  let i = 0;
  for (const n of nodes.values()) {
    const angle = (2 * Math.PI * i++) / nodes.size;
    g.addNode(n.id, { label: nodeName(n), kind: n.labels[0] ?? '', x: Math.cos(angle), y: Math.sin(angle), size: 6, color: colorOf(n.labels[0] ?? '') });
  }
  const seen = new Set<string>();
  for (const r of rels) {
    // the same relationship often comes back in several rows
    const key = `${r.type}\u0000${r.start}\u0000${r.end}\u0000${JSON.stringify(r.properties)}`;
    if (seen.has(key) || !g.hasNode(r.start) || !g.hasNode(r.end)) continue;
    seen.add(key);
    g.addEdge(r.start, r.end, { label: r.type, size: 1.5, color: '#b5bcc7' });
  }
  return g;
}
