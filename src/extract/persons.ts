// Person recognition over a document's sentences, in two passes: names anchored by a title,
// label, quoted role or role verb; then every other mention of a name the document has
// established (subheads run names together: `金一鸣侯建庞晓等出席`).
import { lexicon } from './lexicon.js';
import { charTable } from './char-table.js';
import { readNameAt, readListNameAt, readForeignNameAt, boundaryAt, looksLikeName, surnameAt } from './names.js';
import { parseChainBefore, rootOrg, type ParsedTitle } from './titles.js';
import type { Span } from './mask.js';

export interface SentenceRef {
  article: number;
  start: number;
  end: number;
  heading: boolean;
}

export interface NameMention {
  name: string;
  start: number;
  end: number;
  sentence: number;
  titles: ParsedTitle[];
  label: string | null;
}

/** The organisation of the last title that has one. */
function lastOrg(titles: ParsedTitle[]): string | null {
  for (let i = titles.length - 1; i >= 0; i--) if (titles[i]!.org) return titles[i]!.org;
  return null;
}

/** A space between words (ASCII or ideographic). */
function isGap(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

/** Length of a list separator (、 和 及 以及 与, or spaces) at `i`, 0 when none. */
function listSepLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (isGap(c)) {
    let j = i + 1;
    while (isGap(s.charCodeAt(j))) j++;
    return j - i;
  }
  if (c === 0x3001 || c === 0x548c || c === 0x53ca || c === 0x4e0e) return 1; // 、和及与
  return c === 0x4ee5 && s.charCodeAt(i + 1) === 0x53ca ? 2 : 0; // 以及
}

/** Characters that join a name to the one before it (等和及与、由): no glued surname. */
const GLUE_BEFORE = charTable('等和及与、由');

/** Characters after which a clause starts: ，。；：、 white space and 由. */
const CLAUSE_SEP = charTable('，。；：、由', true);

/** Can a clause-start name end at `e`: a role or speech verb, 总书记, 同志 or 、 follows? */
function clauseNameEnd(s: string, e: number): boolean {
  const c = s.charCodeAt(e);
  if (c === 0x3001) return true;
  if (c === 0x603b && s.startsWith('总书记', e)) return true;
  if (c === 0x540c && s.charCodeAt(e + 1) === 0x5fd7) return true; // 同志
  return lexicon().verbWords.longestAt(s, e, e + 6) > 0;
}

type Add = (name: string, start: number, sentence: number, titles: ParsedTitle[], label: string | null) => void;

/** 总书记 after a name, as the title it gives (`习近平总书记`). */
const GENERAL_SECRETARY: ParsedTitle = { text: '总书记', full: '总书记', post: '总书记', org: null, qualifier: null };

/**
 * Names at the start of a clause followed by a role or speech verb (`，陶然主持`), 总书记 or
 * 同志, or a list closed by 等 and a group label, in sentence `s` (index `si`, at offset `base` in `page`).
 */
function readClauseStarts(page: string, s: string, base: number, si: number, dots: boolean, add: Add): void {
  const lex = lexicon();
  // clause starts: the sentence start, and after each separator but the first character
  // (separators are looked for in the page, a flat string read faster than the slice `s`)
  for (let k = 0, end = s.length; k < end; k++) {
    if (k > 0 && !CLAUSE_SEP[page.charCodeAt(base + k)]) continue;
    const at = k === 0 ? 0 : k + 1;
    // most clause starts hold no name followed by one of those: test the words first
    const sl = surnameAt(s, at, dots);
    if (!sl || (sl > 0 && !clauseNameEnd(s, at + sl + 1) && !clauseNameEnd(s, at + sl + 2))) continue;
    const len = readNameAt(s, at, false, dots);
    if (!len) continue;
    const e0 = at + len;
    // what follows decides; the name is sliced (and checked) only when something does
    const verb = lex.verbWords.longestAt(s, e0, e0 + 6) > 0;
    const postposed = !verb && (s.startsWith('总书记', e0) || s.startsWith('同志', e0));
    if (!verb && !postposed && s.charCodeAt(e0) !== 0x3001) continue;
    const name = s.slice(at, e0);
    if (!looksLikeName(name)) continue;
    if (verb) add(name, base + at, si, [], null);
    else if (postposed) add(name, base + at, si, s.startsWith('总书记', e0) ? [{ ...GENERAL_SECRETARY }] : [], null);
    else {
      // `卫思远、宁静怡、包国庆等市领导…`: a list closed by 等 and a group label
      const listed: [number, number][] = [[at, len]];
      let e = at + len;
      while (s.charCodeAt(e) === 0x3001) {
        const n = readListNameAt(s, e + 1, dots);
        if (!n) break;
        listed.push([e + 1, n]);
        e += 1 + n;
      }
      const labelLen = s.charCodeAt(e) === 0x7b49 ? lex.anchors.longestAt(s, e + 1) : 0; // 等
      if (listed.length > 1 && labelLen && lex.labelWords.hasRange(s, e + 1, e + 1 + labelLen)) {
        const label = s.slice(e + 1, e + 1 + labelLen);
        for (const [a, n] of listed) add(s.slice(a, a + n), base + a, si, [], label);
      }
    }
  }
}

// first characters of a document's names, cleared after each document (zeroing 64 KB per
// document would cost more than the scan it speeds up)
const FIRST_CHARS = new Uint8Array(0x10000);

export function findPersons(masked: string, sentences: SentenceRef[], quotes: Span[]): NameMention[] {
  const lex = lexicon();
  const mentions: NameMention[] = [];
  const orgAtEnd = new Map<number, string>();
  const taken = new Set<number>(); // start offsets already read as a name
  // the distinct names read, in the order first read (for the second pass)
  const known = new Set<string>();
  const add = (name: string, start: number, sentence: number, titles: ParsedTitle[], label: string | null): void => {
    if (taken.has(start)) return;
    taken.add(start);
    known.add(name);
    mentions.push({ name, start, end: start + name.length, sentence, titles, label });
    const last = lastOrg(titles);
    if (last) orgAtEnd.set(start + name.length, last);
  };

  // one scan of the page (and then of each sentence) spares each name reading a look for a
  // dotted transliteration
  const pageDots = masked.includes('·');
  let dots = false;
  // the sentence being read: its text, offset and index (shared by the helpers below, which are
  // made once per document rather than once per sentence)
  let s = '';
  let base = 0;
  let si = 0;
  const inheritAt = (pos: number): string | null => orgAtEnd.get(base + pos) ?? null;
  const readList = (from: number, label: string | null, titles: ParsedTitle[] = []): number => {
    let e = from;
    for (;;) {
      const sl = listSepLength(s, e);
      if (!sl) break;
      const k = sl === 1 && s.charCodeAt(e) === 0x3001 ? readListNameAt(s, e + sl, dots) : readNameAt(s, e + sl, false, dots);
      if (!k) break;
      add(s.slice(e + sl, e + sl + k), base + e + sl, si, titles, label);
      e += sl + k;
    }
    return e;
  };
  let qi = 0;
  for (si = 0; si < sentences.length; si++) {
    const sent = sentences[si]!;
    base = sent.start;
    s = masked.slice(sent.start, sent.end);
    dots = pageDots && s.includes('·');
    // titles and labels followed by a name
    // the scan resumes after the anchor, or after the name (and list) read from it
    for (let at = lex.anchors.find(s), next = 0; at >= 0; at = lex.anchors.find(s, next)) {
      const end = at + lex.anchors.foundLength;
      // web pages and subheads put spaces between a title and its name: `市领导 邬大鹏 柴珊`
      let b = end;
      while (isGap(s.charCodeAt(b))) b++;
      // `出席会议的市领导有：A、B`
      // (the word is tested in place: slicing it for a Set lookup cost more than the test)
      const isLabel = lex.labelWords.hasRange(s, at, end);
      if (isLabel && s.charCodeAt(b) === 0x6709) b += s.charCodeAt(b + 1) === 0xff1a ? 2 : 1; // 有, 有：
      else if (isLabel && s.charCodeAt(b) === 0xff1a) b++; // ：
      next = b;
      let len = readNameAt(s, b, !isLabel, dots);
      if (!len && lex.foreignAnchorWords.hasRange(s, at, end)) len = readForeignNameAt(s, b);
      if (!len) continue;
      const name = s.slice(b, b + len);
      const label = isLabel ? s.slice(at, end) : null;
      const prev = mentions.length ? mentions[mentions.length - 1] : undefined;
      const prevHere = prev && prev.sentence === si && prev.end - base <= at ? prev : undefined;
      const floor = prevHere ? prevHere.end - base : 0;
      const prevOrg = prevHere ? lastOrg(prevHere.titles) : null;
      const titles = isLabel ? [] : parseChainBefore(s, end, inheritAt, floor, prevOrg ? rootOrg(prevOrg) : null).titles;
      add(name, base + b, si, titles, label);
      // `副市长陆承志、林婉清、杜海平`: the post is every listed person's
      next = readList(b + len, label, titles);
    }
    // a role in quotes before a name: “昭君”姚迎欣
    // quotes are in document order and so are sentences: walk them with one cursor (linear)
    while (qi < quotes.length && quotes[qi]!.end <= sent.start) qi++;
    for (let j = qi; j < quotes.length && quotes[j]!.end < sent.end; j++) {
      const q = quotes[j]!;
      if (q.end - q.start > 8) continue;
      const at = q.end - base;
      const len = readNameAt(s, at, false, dots);
      // only a list of quoted roles and names: “昭君”姚迎欣、“侍女”杨乐 … 表示
      if (len && (s.charCodeAt(at + len) === 0x3001 || lex.verbWords.longestAt(s, at + len, at + len + 4) > 0)) {
        add(s.slice(at, at + len), q.end, si, [], null);
        readList(at + len, null);
      }
    }
    readClauseStarts(masked, s, base, si, dots, add);
  }

  // second pass: every other mention of an established name
  if (known.size) {
    // names by first character, longest first: a RegExp built per document would be compiled
    // per document, which costs more than the scan (two names of one length cannot both start
    // at one place, so length alone orders a list)
    const byFirst = new Map<number, string[]>();
    const isFirst = FIRST_CHARS;
    for (const n of known) {
      const c = n.charCodeAt(0);
      isFirst[c] = 1;
      const list = byFirst.get(c);
      if (list) list.push(n);
      else byFirst.set(c, [n]);
    }
    for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
    // one loop over the page; a first character inside a sentence is then read within that
    // sentence's bounds (sentences are in document order and do not overlap: one cursor)
    let cur = 0;
    for (let i = 0, n = masked.length; i < n; i++) {
      if (!isFirst[masked.charCodeAt(i)]) continue;
      while (cur < sentences.length && sentences[cur]!.end <= i) cur++;
      if (cur >= sentences.length) break;
      const from = sentences[cur]!.start;
      const to = sentences[cur]!.end;
      if (i < from) continue;
      let name: string | undefined;
      for (const cand of byFirst.get(masked.charCodeAt(i))!) {
        if (i + cand.length <= to && masked.startsWith(cand, i)) {
          name = cand;
          break;
        }
      }
      if (!name) continue;
      const at = i;
      const end = at + name.length;
      i = end - 1; // the scan goes on after the name, as a global RegExp would
      if (taken.has(at)) continue;
      if (name.length === 2) {
        // a two-character name needs a boundary after it (or another known name run in)
        if (!boundaryAt(masked, end, to) && !known.has(masked.slice(end, Math.min(end + 2, to))) && !known.has(masked.slice(end, Math.min(end + 3, to))) && !known.has(masked.slice(end, Math.min(end + 4, to)))) continue;
        // not the tail of a longer name: the character before must not be a surname glued to it
        const p = at > from ? masked.charCodeAt(at - 1) : 0;
        if (p >= 0x4e00 && p <= 0x9fff && !GLUE_BEFORE[p] && lex.surnames.has(masked[at - 1]!) && !known.has(masked.slice(Math.max(from, at - 3), at)) && !known.has(masked.slice(Math.max(from, at - 2), at))) continue;
      }
      add(name, at, cur, [], null);
    }
  }
  for (const n of known) FIRST_CHARS[n.charCodeAt(0)] = 0;
  return mentions.sort((a, b) => a.start - b.start);
}
