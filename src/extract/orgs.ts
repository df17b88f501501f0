// Organisation mentions: by suffix (…委员会, …局, …大学, …公司, 党组/党委/党工委 …), the name
// read leftwards from the suffix up to a word that cannot be part of it.
import { lexicon } from './lexicon.js';
import { charTable } from './char-table.js';

export interface OrgHit {
  name: string;
  start: number;
  end: number;
}

const JURISDICTION = /^(?:市|省|县|区|州|国家|中国|中央|全国|国务院)|[\u4e00-\u9fff]{2,}(?:市|省|县|区|州|镇|乡)/;
// `2所综合医院`: a count of institutions ends the name before it
const COUNT = /\d[所家个座名]$/;
const NOT_ORG = /^(?:[一二三四五六七八九十\d]+|各级|各|相关|有关|全|本|我|该|其|这|那|有|主要|重点|成员|市直|县直|省直)/;

const STOP_TABLE = charTable('，。；：！？、“”‘’（）()《》\u2591—…·', true);
const COUNT_WORD_TABLE = charTable('所家个座名');
const JURISDICTION_TABLE = charTable('市省县区州镇乡国央');

/** Is there a jurisdiction character in the 20 characters before `at`, up to a stop? */
function jurisdictionBefore(s: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 20; i--) {
    const c = s.charCodeAt(i);
    if (JURISDICTION_TABLE[c]) return true;
    if (STOP_TABLE[c]) return false;
  }
  return false;
}

export function findOrgs(s: string, offset: number): OrgHit[] {
  const lex = lexicon();
  const hits: OrgHit[] = [];
  const words = lex.orgSuffixWords;
  for (let at = words.find(s), next = 0; at >= 0; at = words.find(s, next)) {
    const suffix = s.slice(at, at + words.longestAt(s, at));
    const m = { index: at };
    const end = at + suffix.length;
    next = end;
    if (lex.orgFalseContinuations.has(s.slice(end - 1, end + 1))) continue;
    if (suffix.length === 1 && /[\d０-９]/.test(s[m.index - 1] ?? '')) continue; // 2所医院: a count
    // a one-character suffix (部, 所, 院 …) also ends common words (干部, 所有): it names an
    // organisation only after a jurisdiction, so look for one before reading the name
    if (suffix.length === 1 && !jurisdictionBefore(s, m.index)) continue;
    let start = m.index;
    const min = Math.max(0, m.index - 20);
    while (start > min && !STOP_TABLE[s.charCodeAt(start - 1)] && !(COUNT_WORD_TABLE[s.charCodeAt(start - 1)] && COUNT.test(s.slice(Math.max(0, start - 3), start)))) {
      const last = s[start - 1]!;
      if (!lex.orgLeftStopLast.has(last) && last !== '和') {
        start--;
        continue;
      }
      const before = s.slice(Math.max(0, start - 5), start);
      // 工业和信息化局: 和 joins two organisations only when an organisation ends before it
      if (/和$/.test(before) && !lex.orgSuffixEndRe.test(s.slice(Math.max(0, start - 8), start - 1))) {
        start--;
        continue;
      }
      if (lex.orgLeftStopLast.has(before[before.length - 1]!) && lex.orgLeftStopRe.test(before)) break;
      start--;
    }
    // `各市州党委`, `各县区政府`: every unit of a kind, not one institution
    if (s[start - 1] === '各') continue;
    const name = s.slice(start, end).replace(/^(?:\d+月\d+日|\d+年)/, '');
    start = end - name.length;
    if (name.length <= suffix.length && !/^(?:[市省县区州]委|新华社|中新社)$/.test(name)) continue;
    if (NOT_ORG.test(name) || lex.orgFalseEndingRe.test(name)) continue;
    if (suffix.length === 1 && !JURISDICTION.test(name)) continue;
    if (!/[\u4e00-\u9fff]/.test(name[0] ?? '')) continue;
    // a name made only of kind words (公立医院, 县级医疗中心) names no particular institution
    const head = name.slice(0, name.length - suffix.length);
    if (head && lex.orgGenericHeadRe.test(head)) continue;
    hits.push({ name, start: offset + start, end: offset + end });
  }
  // 山西省委 inside 山西省委宣传部 is read as the longer name (the short one comes from titles)
  return hits.filter((h) => !hits.some((o) => o !== h && o.start === h.start && o.end > h.end));
}

/** The institution an organ belongs to: 市民政局党组 → 市民政局, 大同经开区管委会 → 大同经开区. */
export function orgRoot(name: string): string {
  const r = name.replace(/(?:党组|党委|党工委|党总支|党支部|管委会|董事局|董事会|理事会|监事会)$/, '');
  return r.length >= 2 ? r : name;
}
