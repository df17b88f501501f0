// The document's home jurisdiction, used to read local forms in full (市委 → 大同市委): from
// the --locale hint, the newspaper's name (大同日报), or the place the text names most.
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';
import { charTable, isHan } from './char-table.js';
import { WordSet } from './word-set.js';

let cityProvince: Map<string, string> | undefined;
/** Province of a prefecture-level city from the lexicon (大同市 → 山西省), or null. */
function provinceOf(city: string): string | null {
  if (!cityProvince) {
    cityProvince = new Map();
    for (const line of readFileSync(fromRoot('src', 'extract', 'lexicons', 'city-provinces.txt'), 'utf8').split('\n')) {
      const [c, p] = line.replace(/#.*$/, '').split('\t').map((s) => s.trim());
      if (c && p) cityProvince.set(c, p);
    }
  }
  return cityProvince.get(city) ?? null;
}

export interface Locale {
  province: string | null;
  city: string | null;
  county: string | null;
}

const NOT_PLACE = new Set(['全市', '我市', '本市', '该市', '副市', '城市', '各市', '县市', '省市', '都市', '超市', '上市', '股市', '楼市', '夜市', '门市', '集市', '在市', '到市', '赴市', '和市', '及市', '与市', '由市', '为市', '等市', '地市', '州市', '区市', '直辖市', '全省', '我省', '本省', '外省', '各省', '该省', '分省', '跨省', '兄弟省']);

// a place name does not hold a function word: `会议由省委…` names no province 议由省
// (a table: tested on the two characters of every candidate)
const NOT_STEM_CHAR = charTable('由在的和与及是为对向从到经将把被等了各全本我该自于其这那此每有还');

/**
 * The stems NOT_PLACE rules out before `unit`: two-character stems (直辖 of 直辖市) and the
 * last characters of a stem (全 of 全市), read from the same list.
 */
function notPlaceBefore(unit: string): { stems: Set<string>; last: Uint8Array } {
  const stems = new Set<string>();
  let last = '';
  for (const w of NOT_PLACE) {
    if (!w.endsWith(unit)) continue;
    if (w.length === 3) stems.add(w.slice(0, 2));
    else if (w.length === 2) last += w[0];
  }
  return { stems, last: charTable(last) };
}
const NOT_PLACE_BEFORE = new Map(['市', '省'].map((u) => [u, notPlaceBefore(u)]));

// 市场, 市值, 市面, 市井, 市容, 市况 are no city
const NOT_CITY_NEXT = new Set([...'场值面井容况'].map((c) => c.charCodeAt(0)));

/**
 * The stem (two Han characters) before `unit` (市, 省) that `text` names most often, at least
 * twice, or null. The stems are taken in order as the global RegExp /([\u4e00-\u9fff]{2})市/g
 * would match them (no overlap), found from each `unit` by indexOf rather than by a RegExp
 * tried at every position. `skip` rejects a match by what follows it.
 */
function mostFrequent(text: string, unit: string, skip: (next: number) => boolean, stemCount: (stem: string) => number): string | null {
  const notPlace = NOT_PLACE_BEFORE.get(unit)!;
  const seen = new Set<string>();
  let best: string | null = null;
  let bestCount = 0;
  let from = 0; // where the next match may start
  for (let q = text.indexOf(unit, 2); q >= 0; q = text.indexOf(unit, Math.max(q + 1, from + 2))) {
    const c0 = text.charCodeAt(q - 2);
    const c1 = text.charCodeAt(q - 1);
    if (!isHan(c0) || !isHan(c1) || skip(text.charCodeAt(q + 1))) continue;
    from = q + 1;
    // (the character tests before any string is made)
    if (notPlace.last[c1] === 1 || NOT_STEM_CHAR[c0] === 1 || NOT_STEM_CHAR[c1] === 1) continue;
    const stem = text.slice(q - 2, q);
    if (seen.has(stem) || notPlace.stems.has(stem)) continue;
    seen.add(stem);
    const n = stemCount(stem);
    // a place the text names once may be a verb run into 市委 (`还有市政协`): not enough
    if (n > bestCount && n >= 2) {
      best = stem;
      bestCount = n;
    }
  }
  return best;
}

function countOf(text: string, stem: string): number {
  let n = 0;
  for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + stem.length)) n++;
  return n;
}

export function parseLocaleHint(hint: string): Locale {
  const m = /^(?:(.{2,3}?(?:省|自治区))?)(.{2,4}?(?:市|州|盟))?(.{1,4}?(?:县|区|旗))?$/.exec(hint.trim());
  if (!m || (!m[1] && !m[2] && !m[3])) return { province: null, city: hint.trim().endsWith('市') ? hint.trim() : hint.trim() + '市', county: null };
  const city = m[2] ?? null;
  return { province: m[1] ?? (city ? provinceOf(city) : null), city, county: m[3] ?? null };
}

export function inferLocale(text: string, hint: string | null | undefined, source: string | null | undefined): Locale {
  if (hint) return parseLocaleHint(hint);
  const sample = text.length > 50_000 ? text.slice(0, 50_000) : text;
  let city: string | null = null;
  const paper = source ? /^([\u4e00-\u9fff]{2,3}?)(?:日报|晚报|新闻网|发布|融媒)/.exec(source) : null;
  if (paper) city = paper[1]! + '市';
  if (!city) {
    const stem = mostFrequent(sample, '市', (c) => NOT_CITY_NEXT.has(c), (s) => countOf(sample, s));
    if (stem) city = stem + '市';
  }
  const prov = mostFrequent(sample, '省', () => false, (s) => countOf(sample, s + '省'));
  return { province: prov ? prov + '省' : city ? provinceOf(city) : null, city, county: null };
}

const NOT_COUNTY = new Set(['全县', '本县', '该县', '各县', '我县', '市县', '州县', '郡县', '区县', '省县', '县县', '全区', '本区', '该区', '各区', '我区', '城区', '市区', '辖区', '全旗', '本旗', '各旗', '我旗']);
const COUNTY_UNITS = ['县', '旗', '区'];

const GOVERNMENT = new WordSet(['委', '政府', '政协', '人民政府', '人大']);
/** Does a government follow 区 at `at` (委, 政府, 人民政府, 人大, 政协)? */
function governmentAt(text: string, at: number): boolean {
  return GOVERNMENT.longestAt(text, at) > 0;
}

/**
 * The county or district an article is about: the one it names most often (`石泉县`), or null.
 * Read per article, since a city paper's page covers several counties.
 *
 * A county (县, 旗) named anywhere, or a district (区) named as a government (万柏林区委): the
 * matches of /([\u4e00-\u9fff]{2})(?:([县旗])|(区)(?=委|政府|人民政府|人大|政协))/g, found from
 * each unit by indexOf (the RegExp was tried at every position).
 */
export function inferCounty(text: string): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  const next = COUNTY_UNITS.map((u) => text.indexOf(u, 2)); // the next of each unit
  let from = 0; // where the next match may start
  for (;;) {
    // the first unit at q >= from + 2
    let q = -1;
    let unit = -1;
    for (let i = 0; i < COUNTY_UNITS.length; i++) {
      let p = next[i]!;
      if (p >= 0 && p < from + 2) next[i] = p = text.indexOf(COUNTY_UNITS[i]!, from + 2);
      if (p >= 0 && (q < 0 || p < q)) {
        q = p;
        unit = i;
      }
    }
    if (q < 0) break;
    const c0 = text.charCodeAt(q - 2);
    const c1 = text.charCodeAt(q - 1);
    if (!isHan(c0) || !isHan(c1) || (unit === 2 && !governmentAt(text, q + 1))) {
      // no match ends here: look on from the next character (a match may still start at q - 1)
      for (let i = 0; i < next.length; i++) if (next[i] === q) next[i] = text.indexOf(COUNTY_UNITS[i]!, q + 1);
      continue;
    }
    from = q + 1;
    // 市, 省 or 州 ending the stem: the unit belongs to a longer name
    if (NOT_STEM_CHAR[c0] === 1 || NOT_STEM_CHAR[c1] === 1 || c1 === 0x5e02 || c1 === 0x7701 || c1 === 0x5dde) continue;
    const tail = text.slice(q - 1, q + 1);
    if (NOT_COUNTY.has(tail)) continue;
    const name = text.slice(q - 2, q + 1);
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    if (!best || n > counts.get(best)!) best = name;
  }
  return best;
}

/** What `.` in a RegExp does not match. */
const isLineBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
/** Second characters after which a county's initial is not the county (/^.[直域级城内外乡镇县区]/). */
const LOCAL_SECOND = charTable('直域级城内外乡镇县区');

/**
 * 市委 → 大同市委, 省委宣传部 → 山西省委宣传部, 县委 → 石泉县委 (when the locale, or the
 * article's county, is known).
 */
export function resolveOrg(org: string, locale: Locale, county: string | null = locale.county): string {
  // char-code tests of what /^市(?!直|场|区)/, /^省(?!直|内|外)/ and /^.[直域级城内外乡镇县区]/ test:
  // this runs for every organisation mention
  const c0 = org.charCodeAt(0);
  const c1 = org.charCodeAt(1);
  if (c0 === 0x5e02 && c1 !== 0x76f4 && c1 !== 0x573a && c1 !== 0x533a && locale.city) return locale.city + org.slice(1); // 市 (直 场 区)
  if (c0 === 0x7701 && c1 !== 0x76f4 && c1 !== 0x5185 && c1 !== 0x5916 && locale.province) return locale.province + org.slice(1); // 省 (直 内 外)
  if (county && org[0] === county[county.length - 1] && !(org.length >= 2 && !isLineBreak(c0) && LOCAL_SECOND[c1])) return county + org.slice(1);
  return org;
}
