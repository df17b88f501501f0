// Publication date and source for a document when the input does not carry them as fields:
// from the file name (2023-10-23, 20231023), the masthead at the top of the text, or the
// markup's date strings. Dates are only accepted if they are real calendar days.

/** `YYYY-MM-DD` if y/m/d is a real day between 1949 and 2100, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ISO_LIKE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
const COMPACT = /(?:^|[^\d])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/;

/** A date inside a metadata string: `2023-10-23T08:00:00+08:00`, `2023/10/23`, `2023年10月23日`, `20231023`. */
export function dateFromString(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = ISO_LIKE.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const c = COMPACT.exec(s);
  return c ? isoDate(Number(c[1]), Number(c[2]), Number(c[3])) : null;
}

/** A date in a file name (the base name only; folders like 2023/10 are too ambiguous). */
export function dateFromFileName(path: string): string | null {
  const base = path.split(/[\\/]/).pop() ?? path;
  return dateFromString(base);
}

const HEAD = 300;
const TEXT_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})-(\d{1,2})-(\d{1,2})/;

/** A full date in the masthead (first lines) of a page, e.g. `2023年10月23日 星期一`. */
export function dateFromText(text: string): string | null {
  const m = TEXT_DATE.exec(text.slice(0, HEAD));
  if (!m) return null;
  return m[1] ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
}

const MASTHEAD = /^[\s\u3000]*([\u4e00-\u9fa5]{2,8}(?:日报|晚报|早报|时报|商报|都市报))/m;

/** The newspaper's name when a page starts with its masthead (`云岭日报 2023年…`), else null. */
export function sourceFromText(text: string): string | null {
  const m = MASTHEAD.exec(text.slice(0, 120));
  return m ? (m[1] ?? null) : null;
}
