// Rows → CSV files for Kuzu's bulk `COPY … FROM`, the only fast write path of the embedded
// store (hundreds of thousands of rows per second, against a few hundred for UNWIND … MERGE).
import { writeFile } from 'node:fs/promises';

const NEEDS_QUOTES = /[",\r\n]/;

function text(s: string): string {
  // fast path: most cells need no escaping, and a regex test is far cheaper than a replace
  if (s === '') return '""';
  if (!NEEDS_QUOTES.test(s)) return s;
  return `"${s.replace(/[\r\n]+/g, ' ').replace(/"/g, '""')}"`;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return text(v);
  // list items cannot carry Kuzu's list delimiters, so those characters become spaces
  if (Array.isArray(v)) return text(`[${v.map((x) => String(x).replace(/[,[\]"\n\r]/g, ' ')).join(',')}]`);
  return text(String(v));
}

/** Writes `rows` with the given columns in order; returns the number of rows written. */
export async function writeCsv(path: string, columns: string[], rows: Record<string, unknown>[]): Promise<number> {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let line = cell(r[columns[0]!]);
    for (let c = 1; c < columns.length; c++) line += ',' + cell(r[columns[c]!]);
    lines[i] = line;
  }
  await writeFile(path, lines.join('\n') + '\n');
  return rows.length;
}
