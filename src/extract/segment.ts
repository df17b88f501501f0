// Cuts a newspaper page into articles. A page mixes headlines, subheads, leads, captions,
// bylines and notices, sometimes with a headline printed after its body; the rules below read
// the layout the way a reader does: headline groups open articles, leads (本报讯, …电) open
// articles, a closing byline ends one, and a headline group with no body belongs to the
// article before it.
import { charTable, Ending, WHITE_SPACE } from './char-table.js';

export interface Line {
  text: string;
  start: number;
  end: number;
}

export interface ArticleSegment {
  index: number;
  start: number;
  end: number;
  headings: Line[];
  body: Line[];
  /** A lead line (本报讯, 本报X月X日电, 新华社…电) opened this article. */
  hasLead: boolean;
  kind: 'article' | 'caption' | 'notice';
}

export const LEAD_RE = /^(?:[□■●◆▲]\s*)?(?:本报讯|本报[\u4e00-\u9fff\d月日]{0,12}电|(?:新华社|中新社|人民网|央视网)[\u4e00-\u9fff\d月日]{0,14}电|据[\u4e00-\u9fff]{2,8}报道)/;
const BYLINE_LINE_RE = /^(?:[□■●◆▲]\s*)?(?:本报|新华社|特约)?(?:记者|通讯员|实习生|摄影)[\s：:]*[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4})*$/;
const CLOSING_BYLINE_RE = /(?:（[\u4e00-\u9fff·\s/／、]{2,16}）|（本组稿件由[^）]{2,20}）|(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s+(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4})*)$/;
// the first characters LEAD_RE and BYLINE_LINE_RE can match: a line starting otherwise (most
// do) is no lead nor byline line without running them
const LEAD_FIRST = charTable('□■●◆▲本新中人央据');
const BYLINE_FIRST = charTable('□■●◆▲本新特记通实摄');
const isLead = (text: string): boolean => LEAD_FIRST[text.charCodeAt(0)] === 1 && LEAD_RE.test(text);
const isBylineLine = (text: string): boolean => BYLINE_FIRST[text.charCodeAt(0)] === 1 && BYLINE_LINE_RE.test(text);
const CONTINUATION_RE = /[（(](?:下转|上接|转)第[一二三四五六七八九十\d]+版[）)]$/;
// what \s matches (and String.prototype.trim removes)
// last characters of a sentence or of a lead-in (/[。！？；…]$/, /[：:]$/)
const HEADING_NOT_LAST = charTable('。！？；…：:');

/**
 * CLOSING_BYLINE_RE can match only a line ending in ） or a Han character (a name): most end in
 * 。; one ending in a Han character only after 记者 or 通讯员 (a $-anchored RegExp that cannot
 * match is tried at every position before it fails).
 */
function mayCloseWithByline(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0xff09 || (c >= 0x4e00 && c <= 0x9fff && (text.includes('记者') || text.includes('通讯员')));
}

/** What /摄\s*$/ tests, from the end (the RegExp would try every position). */
function isPhotoLine(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && WHITE_SPACE[text.charCodeAt(i)] === 1) i--;
  return i >= 0 && text.charCodeAt(i) === 0x6444; // 摄
}

/** A line that reads as a headline, subhead or kicker rather than prose. */
export function isHeadingLine(text: string): boolean {
  if (text.startsWith('#')) return true;
  if (text.startsWith('——')) return true;
  // every test below can only say no: the cheapest first (most lines are long prose)
  if (text.length > 36) return false;
  if ((text.length > 0 && HEADING_NOT_LAST[text.charCodeAt(text.length - 1)] === 1) || isPhotoLine(text)) return false;
  if (isLead(text) || isBylineLine(text)) return false;
  if (/^[-*•]\s/.test(text) || /^\d+[.、]/.test(text)) return false;
  // a comma or a full stop means a sentence (often the cut-off end of a paragraph, or one
  // closed by a credit: `…出席。（武秀礼）`), not a headline
  return !/[，,。]/.test(text);
}

export function headingText(line: string): string {
  // most lines start with neither # nor —: no RegExp to run
  let t = line;
  if (t.charCodeAt(0) === 0x23) t = t.replace(/^#+\s*/, '');
  if (t.charCodeAt(0) === 0x2014) t = t.replace(/^——\s*/, '');
  return t.trim();
}

/** The lines of `text` holding more than white space, with their offsets. */
function textLines(text: string): Line[] {
  // (an indexOf walk: split() would make a string of every line, blank ones too)
  const lines: Line[] = [];
  const n = text.length;
  for (let pos = 0; pos <= n; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    let i = pos;
    while (i < end && WHITE_SPACE[text.charCodeAt(i)] === 1) i++;
    if (i < end) lines.push({ text: text.slice(pos, end), start: pos, end });
    pos = end + 1;
  }
  return lines;
}

const NOTICE = new Ending(['公告', '通知', '通告', '启事', '声明']);
/** Do the headings, read as one, end in 公告, 通知, …? (the last one that is not empty tells first) */
function isNotice(headings: Line[]): boolean {
  let last = '';
  for (let i = headings.length - 1; i >= 0 && !last; i--) last = headingText(headings[i]!.text);
  if (!NOTICE.mayEnd(last)) return false;
  let head = '';
  for (const h of headings) head += headingText(h.text);
  return NOTICE.test(head);
}

function isCaption(a: ArticleSegment): boolean {
  if (a.hasLead || a.body.length === 0) return false;
  for (const b of a.body) if (b.text.length >= 200) return false;
  for (const b of a.body) if (isPhotoLine(b.text) || b.text.startsWith('图为')) return true;
  return false;
}

/** Offsets and kind of an article once its lines are known. */
function finish(a: ArticleSegment): void {
  // (a headline printed after its body may come after it: the extremes over all lines)
  let start = Infinity;
  let end = -Infinity;
  for (const l of a.headings) {
    if (l.start < start) start = l.start;
    if (l.end > end) end = l.end;
  }
  for (const l of a.body) {
    if (l.start < start) start = l.start;
    if (l.end > end) end = l.end;
  }
  a.start = start;
  a.end = end;
  if (isNotice(a.headings)) a.kind = 'notice';
  else if (isCaption(a)) a.kind = 'caption';
}

export function segmentArticles(text: string): ArticleSegment[] {
  const lines = textLines(text);
  const arts: ArticleSegment[] = [];
  let cur = null as ArticleSegment | null;
  const open = (): ArticleSegment => {
    cur = { index: arts.length, start: 0, end: 0, headings: [], body: [], hasLead: false, kind: 'article' };
    arts.push(cur);
    return cur;
  };
  let closed = false; // the current article ended with a closing byline
  for (const line of lines) {
    const heading = isHeadingLine(line.text);
    let a: ArticleSegment | null = cur;
    if (heading) {
      // a heading after body text, or a second markdown heading, opens a new article
      const secondMarkdown = line.text.startsWith('#') && !!a && a.headings.some((h) => h.text.startsWith('#'));
      if (!a || a.body.length > 0 || closed || secondMarkdown) a = open();
      a.headings.push(line);
      closed = false;
      continue;
    }
    const lead = isLead(line.text);
    // a lead after anything but a byline line opens the next article
    if (!a || closed || (lead && a.body.some((b) => !isBylineLine(b.text)))) a = open();
    if (lead) a.hasLead = true;
    a.body.push(line);
    closed = line.text.length > 20 && mayCloseWithByline(line.text) && CLOSING_BYLINE_RE.test(line.text) && !CONTINUATION_RE.test(line.text);
  }
  // a headline group with no body belongs to the article printed before it
  const merged: ArticleSegment[] = [];
  for (const a of arts) {
    const prev = merged[merged.length - 1];
    if (prev && a.body.length === 0) {
      for (const h of a.headings) prev.headings.push(h);
      continue;
    }
    merged.push(a);
  }
  for (let i = 0; i < merged.length; i++) {
    merged[i]!.index = i;
    finish(merged[i]!);
  }
  return merged;
}
