// Rows → CSV files for Kuzu's bulk `COPY … FROM`, the only fast write path of the embedded
// store (hundreds of thousands of rows per second, against a few hundred for UNWIND … MERGE).
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

/** Cells are written as they are, or through the column's conversion. */
export type CsvConvert = Record<string, (v: never) => unknown>;

/** The CSV lines of `rows`, with the given columns in order. */
export function csvRows(columns: string[], rows: readonly Record<string, unknown>[], convert: CsvConvert = {}, start = 0, end = rows.length): string {
  const conv = columns.map((c) => convert[c] as ((v: unknown) => unknown) | undefined);
  let out = '';
  for (let i = start; i < end; i++) {
    const r = rows[i]!;
    for (let c = 0; c < columns.length; c++) {
      const v = r[columns[c]!];
      const f = conv[c];
      out += (c ? ',' : '') + cell(f ? f(v) : v);
    }
    out += '\n';
  }
  return out;
}
