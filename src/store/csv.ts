// Rows → CSV files for Kuzu's bulk `COPY … FROM`, the only fast write path of the embedded
// store (hundreds of thousands of rows per second, against a few hundred for UNWIND … MERGE).
import { writeFile } from 'node:fs/promises';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return cell(`[${v.map((x) => String(x).replace(/[,[\]"\n\r]/g, ' ')).join(',')}]`);
  const s = String(v).replace(/[\r\n]+/g, ' ');
  return /[",\n]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes `rows` with the given columns in order; returns the number of rows written. */
export async function writeCsv(path: string, columns: string[], rows: Record<string, unknown>[]): Promise<number> {
  const lines = rows.map((r) => columns.map((c) => cell(r[c])).join(','));
  await writeFile(path, lines.join('\n') + '\n');
  return rows.length;
}
