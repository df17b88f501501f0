// Cuts a newspaper page into articles. A page mixes headlines, subheads, leads, captions,
// bylines and notices, sometimes with a headline printed after its body; the rules below read
// the layout the way a reader does: headline groups open articles, leads (本报讯, …电) open
// articles, a closing byline ends one, and a headline group with no body belongs to the
// article before it.
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
const PHOTO_LINE_RE = /摄\s*$/;
const CLOSING_BYLINE_RE = /(?:（[\u4e00-\u9fff·\s/／、]{2,16}）|（本组稿件由[^）]{2,20}）|(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?:\s+(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4})*)$/;
const CONTINUATION_RE = /[（(](?:下转|上接|转)第[一二三四五六七八九十\d]+版[）)]$/;

/** CLOSING_BYLINE_RE can match only a line ending in ） or a Han character (a name): most end in 。 */
function mayCloseWithByline(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0xff09 || (c >= 0x4e00 && c <= 0x9fff);
}

/** A line that reads as a headline, subhead or kicker rather than prose. */
export function isHeadingLine(text: string): boolean {
  if (text.startsWith('#')) return true;
  if (text.startsWith('——')) return true;
  // every test below can only say no: the cheapest first (most lines are long prose)
  if (text.length > 36) return false;
  if (LEAD_RE.test(text) || BYLINE_LINE_RE.test(text) || PHOTO_LINE_RE.test(text)) return false;
  if (/^[-*•]\s/.test(text) || /^\d+[.、]/.test(text)) return false;
  // a comma or a full stop means a sentence (often the cut-off end of a paragraph, or one
  // closed by a credit: `…出席。（武秀礼）`), not a headline
  if (/[，,。]/.test(text)) return false;
  return !/[。！？；…]$/.test(text) && !/[：:]$/.test(text);
}

export function headingText(line: string): string {
  // most lines start with neither # nor —: no RegExp to run
  let t = line;
  if (t.charCodeAt(0) === 0x23) t = t.replace(/^#+\s*/, '');
  if (t.charCodeAt(0) === 0x2014) t = t.replace(/^——\s*/, '');
  return t.trim();
}

export function segmentArticles(text: string): ArticleSegment[] {
  const lines: Line[] = [];
  let pos = 0;
  for (const t of text.split('\n')) {
    if (t.trim()) lines.push({ text: t, start: pos, end: pos + t.length });
    pos += t.length + 1;
  }
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
    const lead = LEAD_RE.test(line.text);
    // a lead after anything but a byline line opens the next article
    if (!a || closed || (lead && a.body.some((b) => !BYLINE_LINE_RE.test(b.text)))) a = open();
    if (lead) a.hasLead = true;
    a.body.push(line);
    closed = line.text.length > 20 && mayCloseWithByline(line.text) && CLOSING_BYLINE_RE.test(line.text) && !CONTINUATION_RE.test(line.text);
  }
  // a headline group with no body belongs to the article printed before it
  const merged: ArticleSegment[] = [];
  for (const a of arts) {
    const prev = merged[merged.length - 1];
    if (prev && a.body.length === 0) {
      prev.headings.push(...a.headings);
      continue;
    }
    merged.push(a);
  }
  merged.forEach((a, i) => {
    a.index = i;
    const all = [...a.headings, ...a.body];
    a.start = Math.min(...all.map((l) => l.start));
    a.end = Math.max(...all.map((l) => l.end));
    const head = a.headings.map((h) => headingText(h.text)).join('');
    if (/(?:公告|通知|通告|启事|声明)$/.test(head)) a.kind = 'notice';
    else if (!a.hasLead && a.body.length > 0 && a.body.every((b) => b.text.length < 200) && a.body.some((b) => PHOTO_LINE_RE.test(b.text) || /^图为/.test(b.text))) a.kind = 'caption';
  });
  return merged;
}
