// Finds bylines (reporters, correspondents, photographers, closing author brackets). They are
// credits, not people in the news: the spans found here are masked before person recognition.
import type { BylineRole } from '../types.js';
import type { Span } from './mask.js';
import { looksLikeName } from './names.js';
import { charTable, WHITE_SPACE } from './char-table.js';

export interface BylineHit {
  name: string;
  role: BylineRole;
  start: number;
  end: number;
  /** The whole credit (brackets and markers included), to mask. */
  span: Span;
}

const MARKER = /(本报特约记者|本报见习记者|本报记者|特约记者|见习记者|实习记者|摄影记者|新华社记者|中新社记者|记者|通讯员|实习生|摄影|摄像|撰稿|编辑|作者|文\s*[/／]|图\s*[/／]|文图\s*[/／])/g;
const NAME = '[\\u4e00-\\u9fff·]{2,5}';
const EDITOR_LABEL = '责任编辑|值班编辑|编辑|责编|审核|审校|校对|初审|复审|终审|作者';

// compiled once: findBylines runs on every document
const TAIL = new RegExp(`(?:^|(?<=[。！？”）]))[ \\t]*(?:[□■●◆▲][ \\t]*)?((?:(?:本报|新华社|中新社|特约|见习|实习)?(?:记者|通讯员|实习生|摄影记者)[ \\t：:]*${NAME}(?:[ \\t、]+${NAME})*[ \\t]*)+)$`, 'gm');
// editors' lines of a web page: 责任编辑：莫小平, 编辑：A 审核：B
const EDITOR_LINE = new RegExp(`^[ \\t]*(?:(?:${EDITOR_LABEL})[ \\t]*[：:][ \\t]*${NAME}(?:[ \\t、]+${NAME})*[ \\t]*)+$`, 'gm');
const EDITOR_LABEL_AT = new RegExp(`(${EDITOR_LABEL})[ \\t]*[：:]`, 'g');
const NAMES = new RegExp(NAME, 'g');
const PHOTO = new RegExp(`((?:(?:本报|新华社|中新社|特约)?(?:记者|通讯员|摄影记者)[ \\t]*)?)(${NAME}?)[ \\t]*[/／]?[ \\t]*摄$`);

/**
 * TAIL matches only a line ending in a name (and spaces): most lines holding 记者 end in 。
 * A line separator inside the line (where $ also matches) leaves the test to the RegExp.
 */
function mayEndWithCredit(text: string, lineStart: number, lineEnd: number): boolean {
  let i = lineEnd - 1;
  while (i >= lineStart && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  const c = text.charCodeAt(i);
  if ((c >= 0x4e00 && c <= 0x9fff) || c === 0xb7) return true;
  for (let j = lineStart; j < lineEnd; j++) {
    const d = text.charCodeAt(j);
    if (d === 0x2028 || d === 0x2029 || d === 0x0d) return true;
  }
  return false;
}

function roleOf(marker: string): BylineRole {
  if (/通讯员/.test(marker)) return '通讯员';
  if (/摄影|摄像|图/.test(marker)) return '摄影';
  if (/编辑/.test(marker)) return '编辑';
  if (/撰稿|作者|文/.test(marker)) return '作者';
  return '记者';
}

/** Names with roles from a credit such as `记者 包晴 通讯员 车小满` or `本报记者方晓冬`. */
function parseCredit(inner: string, offset: number, defaultRole: BylineRole | null): { name: string; role: BylineRole; start: number; end: number }[] {
  const out: { name: string; role: BylineRole; start: number; end: number }[] = [];
  let role: BylineRole | null = defaultRole;
  let last = 0;
  const take = (chunk: string, at: number): void => {
    const re = NAMES;
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      if (role && looksLikeName(m[0])) out.push({ name: m[0], role, start: offset + at + m.index, end: offset + at + m.index + m[0].length });
    }
  };
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(inner); m; m = MARKER.exec(inner)) {
    take(inner.slice(last, m.index), last);
    role = roleOf(m[0]);
    last = m.index + m[0].length;
  }
  take(inner.slice(last), last);
  return out;
}

/** The offset of the ） closing the （ at `open` as /（([^（）\n]{2,40})）/ reads it, or -1. */
function closingBracket(text: string, open: number): number {
  const limit = Math.min(text.length, open + 42);
  for (let j = open + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 0xff09) return j - open > 2 ? j : -1; // ）
    if (c === 0xff08 || c === 0x0a) return -1; // （ or a line break
  }
  return -1;
}

// what a bracketed credit opens with: a group credit (本组稿件由 …), or a marked one (本报,
// 记者, 文 …); the first characters of each list are a table tested before any RegExp runs
const GROUP_OPENERS = ['本组稿件由', '本版稿件由', '稿件由'];
const CREDIT_OPENERS = ['本报', '新华社', '中新社', '特约', '见习', '实习', '记者', '通讯员', '摄影', '文', '图', '撰稿', '编辑', '作者'];
const GROUP_CREDIT = new RegExp(`^(?:${GROUP_OPENERS.join('|')})\\s*(.+?)\\s*(?:采写|撰写|撰稿|整理)$`);
const CREDIT_OPENER = new RegExp(`^(?:${CREDIT_OPENERS.join('|')})`);
const firstChars = (words: string[]): Uint8Array => charTable(words.map((w) => w[0]).join(''));
const GROUP_FIRST = firstChars(GROUP_OPENERS);
const CREDIT_FIRST = firstChars(CREDIT_OPENERS);

/** Does `s` hold a credit marker (记者, 摄影 …)? (MARKER is global: its lastIndex is reset) */
function hasMarker(s: string): boolean {
  MARKER.lastIndex = 0;
  return MARKER.test(s);
}

/** Bracketed credits: （记者 方晓冬）, （本组稿件由 祁远 采写）, closing （秦岚）. */
function bracketCredits(text: string, hits: BylineHit[]): void {
  // found from each （ by indexOf and a char loop: the RegExp allocated a match per bracket
  for (let open = text.indexOf('（'); open >= 0; ) {
    const close = closingBracket(text, open);
    if (close < 0) {
      open = text.indexOf('（', open + 1);
      continue;
    }
    readBracket(text, open, close, hits);
    open = text.indexOf('（', close + 1);
  }
}

/**
 * Can the bracket text[open, close] be a credit? Its first character (after spaces) tells for
 * a group or marked credit; a bare name must close its paragraph. Most brackets (（区）,
 * （下转第四版）…) are none: no string is made for them.
 */
function mayBeCredit(text: string, open: number, close: number): boolean {
  if (close + 1 === text.length || text.charCodeAt(close + 1) === 0x0a) return true;
  let i = open + 1;
  while (i < close && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
  return CREDIT_FIRST[text.charCodeAt(i)] === 1 || GROUP_FIRST[text.charCodeAt(open + 1)] === 1;
}

function readBracket(text: string, open: number, close: number, hits: BylineHit[]): void {
  if (!mayBeCredit(text, open, close)) return;
  const inner = text.slice(open + 1, close);
  const at = open + 1;
  const span = { start: open, end: close + 1 };
  const group = GROUP_FIRST[inner.charCodeAt(0)] === 1 ? GROUP_CREDIT.exec(inner) : null;
  if (group) {
    pushCredit(hits, parseCredit(group[1]!, at + inner.indexOf(group[1]!), '记者'), span);
    return;
  }
  // (the anchored test first: it fails at once on most brackets)
  if (CREDIT_OPENER.test(inner.trim()) && hasMarker(inner)) {
    pushCredit(hits, parseCredit(inner, at, null), span);
    return;
  }
  // a bare name in brackets closing a paragraph is the author: （陈辛华）
  if (span.end < text.length && text.charCodeAt(span.end) !== 0x0a) return;
  const authors = inner.trim().split(/[\s、]+/);
  if (authors.length <= 3 && authors.every((n) => /^[\u4e00-\u9fff·]{2,4}$/.test(n) && looksLikeName(n))) {
    for (const name of authors) hits.push({ name, role: '记者', start: at + inner.indexOf(name), end: at + inner.indexOf(name) + name.length, span });
  }
}

function pushCredit(hits: BylineHit[], list: ReturnType<typeof parseCredit>, span: Span): void {
  for (const x of list) hits.push({ name: x.name, role: x.role, start: x.start, end: x.end, span });
}

/** A credit line or tail: □ 本报记者 任翔宇 / …。 记者 包晴 通讯员 车小满 */
function lineCredits(text: string, hits: BylineHit[]): void {
  // only lines holding a marker can hold one: the pattern is tried there alone (a match ends
  // its line, so there is at most one per line), on the line only (from the line's start in the
  // page, a failing RegExp would search on through the rest of the page)
  const marker = /记者|通讯员|实习生/g;
  for (let mk = marker.exec(text); mk; mk = marker.exec(text)) {
    const lineStart = text.lastIndexOf('\n', mk.index) + 1;
    let lineEnd = text.indexOf('\n', mk.index);
    if (lineEnd < 0) lineEnd = text.length;
    marker.lastIndex = lineEnd;
    if (!mayEndWithCredit(text, lineStart, lineEnd)) continue;
    TAIL.lastIndex = 0;
    const m = TAIL.exec(text.slice(lineStart, lineEnd));
    if (!m) continue;
    const credit = m[1]!;
    const at = lineStart + m.index + m[0].indexOf(credit);
    if (/摄$/.test(credit.trim())) continue;
    pushCredit(hits, parseCredit(credit, at, null), { start: at, end: at + credit.length });
  }
}

/** Editors' lines: 责任编辑：莫小平 */
function editorLines(text: string, hits: BylineHit[]): void {
  EDITOR_LINE.lastIndex = 0;
  for (let m = EDITOR_LINE.exec(text); m; m = EDITOR_LINE.exec(text)) readEditorLine(m[0], m.index, hits);
}

function readEditorLine(line: string, lineStart: number, hits: BylineHit[]): void {
  const parts = [...line.matchAll(EDITOR_LABEL_AT)];
  parts.forEach((p, i) => {
    const from = p.index + p[0].length;
    const to = parts[i + 1]?.index ?? line.length;
    const role: BylineRole = p[1] === '作者' ? '作者' : '编辑';
    for (const n of line.slice(from, to).matchAll(NAMES)) {
      if (!looksLikeName(n[0])) continue;
      const start = lineStart + from + n.index;
      hits.push({ name: n[0], role, start, end: start + n[0].length, span: { start: lineStart, end: lineStart + line.length } });
    }
  });
}

/** Photo credits: 本报记者 李冬寅摄, 新华社记者 徐昱摄, 张昊宇 摄, 文/图 X */
function photoCredits(text: string, hits: BylineHit[]): void {
  // found from each 摄 backwards: a regex tried at every position of the page is slow
  for (let at = text.indexOf('摄'); at >= 0; at = text.indexOf('摄', at + 1)) {
    // (what /^(?:$|[ \t。）\n])/ tests of the character after 摄)
    const next = text.charCodeAt(at + 1);
    if (!(at + 1 >= text.length || next === 0x20 || next === 0x09 || next === 0x3002 || next === 0xff09 || next === 0x0a)) continue;
    const from = Math.max(0, at - 24);
    const local = PHOTO.exec(text.slice(from, at + 1));
    if (!local) continue;
    const m = Object.assign(local, { index: from + local.index });
    const before = text[m.index - 1] ?? '\n';
    let name = m[2]!;
    let nameStart = m.index + m[1]!.length;
    // without a marker the name must stand alone: `张昊宇 摄` after a space or line start
    if (!m[1] && !/[\s。）]/.test(before)) {
      // take the last 2–3 characters before 摄 only when they read as a name
      const tailName = /[\u4e00-\u9fff]{2,3}$/.exec(name)?.[0];
      if (!tailName || !looksLikeName(tailName)) continue;
      nameStart += name.length - tailName.length;
      name = tailName;
      if (!/[\s。）]/.test(text[nameStart - 1] ?? '\n')) continue;
    }
    if (!name || !looksLikeName(name)) continue;
    hits.push({ name, role: '摄影', start: nameStart, end: nameStart + name.length, span: { start: m.index, end: m.index + m[0].length } });
  }
}

export function findBylines(text: string): BylineHit[] {
  const hits: BylineHit[] = [];
  bracketCredits(text, hits);
  lineCredits(text, hits);
  editorLines(text, hits);
  photoCredits(text, hits);
  return hits;
}
