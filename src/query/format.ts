// Renders a QueryResult as an aligned text table, JSON or CSV. Nodes and relationships are shown
// compactly in table/CSV cells (`(:Person 3fa1… {name: …})`) and as objects in JSON.
import type { GraphValue, QueryResult } from '../store/types.js';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

function isObj(v: GraphValue): v is { [k: string]: GraphValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One cell as text: strings as they are, everything else as compact JSON-like text. */
export function cellText(v: GraphValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return JSON.stringify(v);
  if (isObj(v) && v.$type === 'node') {
    const n = v as unknown as { id: string; labels: string[]; properties: Record<string, GraphValue> };
    return `(:${n.labels.join(':')} ${JSON.stringify(n.properties)})`;
  }
  if (isObj(v) && v.$type === 'relationship') {
    const r = v as unknown as { type: string; start: string; end: string; properties: Record<string, GraphValue> };
    return `(${r.start})-[:${r.type} ${JSON.stringify(r.properties)}]->(${r.end})`;
  }
  return JSON.stringify(v);
}

/** Display width: CJK and other wide characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd))) ? 2 : 1;
  }
  return w;
}

const MAX_CELL = 60;
function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  if (width(one) <= MAX_CELL) return one;
  let out = '';
  for (const ch of one) {
    if (width(out + ch) > MAX_CELL - 1) break;
    out += ch;
  }
  return out + '…';
}

export function formatTable(r: QueryResult): string {
  const cells = r.rows.map((row) => r.columns.map((c) => clip(cellText(row[c]))));
  const widths = r.columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]!))));
  const pad = (s: string, i: number) => s + ' '.repeat(widths[i]! - width(s));
  const lines = [
    r.columns.map(pad).join(' │ '),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...cells.map((row) => row.map(pad).join(' │ ')),
  ];
  return lines.map((l) => l.trimEnd()).join('\n') + `\n(${r.rows.length} row${r.rows.length === 1 ? '' : 's'})\n`;
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsv(r: QueryResult): string {
  const lines = [r.columns.map(csvField).join(',')];
  for (const row of r.rows) lines.push(r.columns.map((c) => csvField(cellText(row[c]))).join(','));
  return lines.join('\n') + '\n';
}

export function formatJson(r: QueryResult): string {
  return JSON.stringify(r.rows, null, 2) + '\n';
}

export function formatResult(r: QueryResult, format: Format): string {
  return format === 'json' ? formatJson(r) : format === 'csv' ? formatCsv(r) : formatTable(r);
}
