// Dates as newspapers write them: 10月22日, 2023年10月22日, 10月18日至19日, 当日, 昨天, 近日.
export interface DateHit {
  start: number;
  end: number;
  /** `YYYY-MM-DD` or `MM-DD`; null for 近日 (unknown). */
  date: string | null;
  endDate: string | null;
  /** 当日/当天: the date last mentioned. */
  sameDay: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');
// a day without its month (`11日下午`) only where a dateline would put it: before a time of
// day, a comma or the verb, never after a month, year or digit
const DATE_RE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:[至到—–\-－~～](?:(\d{1,2})月)?(\d{1,2})日)?|(?<![\d月年])(\d{1,2})日(?=[上下]午|晚|早|中午|凌晨|，|,|在|召开|举行|开幕|闭幕)|当日|当天|昨日|昨天|昨晚|今日|今天|近日|日前/g;

function shift(pub: string, days: number): string {
  const d = new Date(pub + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Year for a month/day without one: the publication year, or the year before for a date later in the year. */
function withYear(month: number, day: number, year: string | undefined, pub: string | null): string {
  if (year) return `${year}-${pad(month)}-${pad(day)}`;
  if (!pub) return `${pad(month)}-${pad(day)}`;
  const py = Number(pub.slice(0, 4));
  const pm = Number(pub.slice(5, 7));
  return `${month > pm + 1 ? py - 1 : py}-${pad(month)}-${pad(day)}`;
}

export function findDates(text: string, pub: string | null): DateHit[] {
  const out: DateHit[] = [];
  // every form holds 日, 天 or 晚: most sentences hold none, and need no RegExp run
  if (!text.includes('日') && !text.includes('天') && !text.includes('晚')) return out;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const w = m[0];
    const hit: DateHit = { start: m.index, end: m.index + w.length, date: null, endDate: null, sameDay: false };
    if (m[2]) {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      hit.date = withYear(month, day, m[1], pub);
      if (m[5]) hit.endDate = withYear(m[4] ? Number(m[4]) : month, Number(m[5]), m[1], pub);
    } else if (m[6]) {
      // the month of the publication date, or the month before for a later day
      const day = Number(m[6]);
      if (!pub || day < 1 || day > 31) continue;
      const pd = Number(pub.slice(8, 10));
      const first = new Date(pub.slice(0, 8) + '01T00:00:00Z');
      if (day > pd) first.setUTCMonth(first.getUTCMonth() - 1);
      const date = new Date(first);
      date.setUTCDate(day);
      if (date.getUTCMonth() !== first.getUTCMonth()) continue; // no such day in that month
      hit.date = date.toISOString().slice(0, 10);
    } else if (w === '当日' || w === '当天') hit.sameDay = true;
    else if (/^昨/.test(w)) hit.date = pub ? shift(pub, -1) : null;
    else if (/^今/.test(w)) hit.date = pub;
    out.push(hit);
  }
  return out;
}
