// Organisation mentions: by suffix (…委员会, …局, …大学, …公司, 党组/党委/党工委 …), the name
// read leftwards from the suffix up to a word that cannot be part of it.
import { lexicon } from './lexicon.js';
import { charTable, isHan } from './char-table.js';

export interface OrgHit {
  name: string;
  start: number;
  end: number;
}

const JURISDICTION = /^(?:市|省|县|区|州|国家|中国|中央|全国|国务院)|[\u4e00-\u9fff]{2,}(?:市|省|县|区|州|镇|乡)/;
// `2所综合医院`: a count of institutions ends the name before it
const COUNT = /\d[所家个座名]$/;
const NOT_ORG = /^(?:[一二三四五六七八九十\d]+|各级|各|相关|有关|全|本|我|该|其|这|那|有|主要|重点|成员|市直|县直|省直)/;

const DIGIT_TABLE = charTable('0123456789０１２３４５６７８９');
const STOP_TABLE = charTable('，。；：！？、“”‘’（）()《》\u2591—…·', true);
const COUNT_WORD_TABLE = charTable('所家个座名');
const JURISDICTION_TABLE = charTable('市省县区州镇乡国央');

/** Is there a jurisdiction character in the 20 characters before `at` (not before `from`), up to a stop? */
function jurisdictionBefore(s: string, at: number, from: number): boolean {
  for (let i = at - 1; i >= from && i >= at - 20; i--) {
    const c = s.charCodeAt(i);
    if (JURISDICTION_TABLE[c]) return true;
    if (STOP_TABLE[c]) return false;
  }
  return false;
}

/**
 * Organisations named in `s[from, to)` (a sentence of the page `s`: read in the page, a flat
 * string, rather than in a slice of it), with their offsets in `s`.
 */
export function findOrgs(s: string, from: number, to: number): OrgHit[] {
  const lex = lexicon();
  const hits: OrgHit[] = [];
  const words = lex.orgSuffixWords;
  for (let at = words.find(s, from, to), next = from; at >= 0; at = words.find(s, next, to)) {
    const suffixLength = words.foundLength;
    const end = at + suffixLength;
    next = end;
    if (lex.orgFalseContinuationWords.hasRange(s, end - 1, Math.min(end + 1, to))) continue;
    if (suffixLength === 1 && at > from && DIGIT_TABLE[s.charCodeAt(at - 1)]) continue; // 2所医院: a count
    // a one-character suffix (部, 所, 院 …) also ends common words (干部, 所有): it names an
    // organisation only after a jurisdiction, so look for one before reading the name
    if (suffixLength === 1 && !jurisdictionBefore(s, at, from)) continue;
    let start = at;
    const min = Math.max(from, at - 20);
    while (start > min && !STOP_TABLE[s.charCodeAt(start - 1)] && !(COUNT_WORD_TABLE[s.charCodeAt(start - 1)] && COUNT.test(s.slice(Math.max(from, start - 3), start)))) {
      const last = s.charCodeAt(start - 1);
      const stopLast = lex.orgLeftStopLastTable[last] === 1;
      if (!stopLast && last !== 0x548c) {
        start--;
        continue;
      }
      // 工业和信息化局: 和 joins two organisations only when an organisation ends before it
      if (last === 0x548c && !lex.orgSuffixEnds.longestEnding(s, start - 1, Math.max(from, start - 8))) {
        start--;
        continue;
      }
      if (stopLast && lex.orgLeftStopEnds.longestEnding(s, start, Math.max(from, start - 5)) > 0) break;
      start--;
    }
    // `各市州党委`, `各县区政府`: every unit of a kind, not one institution
    if (start > from && s.charCodeAt(start - 1) === 0x5404) continue; // 各
    // a date run into the name (3月5日…, 2026年…) is no part of it
    const raw = s.slice(start, end);
    const name = DIGIT_TABLE[raw.charCodeAt(0)] ? raw.replace(/^(?:\d+月\d+日|\d+年)/, '') : raw;
    start = end - name.length;
    if (name.length <= suffixLength && !/^(?:[市省县区州]委|新华社|中新社)$/.test(name)) continue;
    if (NOT_ORG.test(name) || lex.orgFalseEnds.longestEnding(name) > 0) continue;
    if (suffixLength === 1 && !JURISDICTION.test(name)) continue;
    if (!isHan(name.charCodeAt(0))) continue;
    // a name made only of kind words (公立医院, 县级医疗中心) names no particular institution
    const head = name.slice(0, name.length - suffixLength);
    if (head && lex.orgGenericHeadRe.test(head)) continue;
    hits.push({ name, start, end });
  }
  // 山西省委 inside 山西省委宣传部 is read as the longer name (the short one comes from titles)
  return hits.length < 2 ? hits : hits.filter((h) => !hits.some((o) => o !== h && o.start === h.start && o.end > h.end));
}

/** The institution an organ belongs to: 市民政局党组 → 市民政局, 大同经开区管委会 → 大同经开区. */
export function orgRoot(name: string): string {
  const r = name.replace(/(?:党组|党委|党工委|党总支|党支部|管委会|董事局|董事会|理事会|监事会)$/, '');
  return r.length >= 2 ? r : name;
}
