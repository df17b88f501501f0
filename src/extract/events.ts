// Events: meetings, forums, ceremonies, launches, drills, inspections … read from headlines
// (`…会召开`, `…仪式举行`) and from sentences (`主持召开…`, `…在…举行`, `在…座谈会上`,
// `第六届…论坛`). Names are returned as the text gives them.
import { alternation, lexicon } from './lexicon.js';
import { headingText } from './segment.js';
import { Ending, charTable } from './char-table.js';

export interface EventHit {
  name: string;
  kind: string;
  /** Offsets of the name (or the headline) in the document. */
  start: number;
  end: number;
  place: string | null;
  source: 'headline' | 'sentence';
}

const CLAUSE_STOP = charTable('，。；：！？\n');
const TRAIL_VERB = new Ending(['召开', '举行', '举办', '开幕', '闭幕', '启动', '开班', '开营', '上演', '落幕'], '(?:隆重|顺利|正式|胜利)?');
/** `…召开会议`, `…举行全体会议`: the verb between a body and its meeting. */
const CONVENED = /(?:召开|举行)(会议|大会|全体会议)$/;
/** A headline of that shape, the meeting's kind given (`市政府召开常务会议`). */
const CONVENED_HEADLINE = /(?:召开|举行)[\u4e00-\u9fff]{0,6}(?:会议|大会)$/;
const REPORT_SUFFIX = new Ending(['侧记', '纪实', '综述', '掠影', '速写', '回眸', '扫描', '特写', '巡礼']);
const LEADING = /^(?:(?:随后|同日|当天|当日)?(?:召开|举行|举办)的|图为|本报讯|本报[\u4e00-\u9fff\d]{0,12}电|(?:新华社|中新社|人民网|央视网)[\u4e00-\u9fff\d]{0,14}电|了|为期[^的]{1,8}的|一场|一次|本次|此次|这次|该次|当日|当天|近日|日前|同日|随后|期间|会上|会议|今年|本届|首届(?=.))/;
const SPONSOR = /^.{0,60}(?:主办|承办|协办|指导|举办|发起|组织)的/;
const ORDINAL_RE = /第[\d一二三四五六七八九十百]+[届次期]/g;

// the last characters the ending patterns can match: a string ending otherwise is left alone
// without running a RegExp that would try every start position
const VERB_MEETING_LAST = charTable('议会');
const DATE_END_LAST = charTable('日天前午晚夜间早');
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const endsIn = (s: string, last: Uint8Array): boolean => s.length > 0 && last[s.charCodeAt(s.length - 1)] === 1;

export function eventKind(name: string): string | null {
  // the longest kind word ending the name
  const len = lexicon().eventKindEnds.longestEnding(name);
  return len ? name.slice(name.length - len) : null;
}

function cleanName(raw: string): string {
  // 市委常委会召开会议 → 市委常委会会议: the verb sits between the body and its meeting
  let n = raw.trim();
  if (endsIn(n, VERB_MEETING_LAST)) n = n.replace(CONVENED, '$1');
  n = TRAIL_VERB.strip(n);
  n = n.trim();
  // (a leading date starts with a digit: most names do not)
  if (isDigit(n.charCodeAt(0))) n = n.replace(/^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|夜|晚间|早)?/, '');
  // `第三届…对话会3日在北京举行`: the date after the name is not part of it
  if (endsIn(n, DATE_END_LAST)) n = n.replace(/(?:(?:\d{1,2}月)?\d{1,2}日|今天|昨天|近日|日前|当天|当日)(?:[上下]午|晚|夜|晚间|早)?$/, '');
  if (n.includes('的')) n = n.replace(SPONSOR, '');
  for (let m = LEADING.exec(n); m && n.length > m[0].length; m = LEADING.exec(n)) n = n.slice(m[0].length);
  return n.trim();
}

/** Is this a name (not a bare kind such as 会议 with nothing to tell it apart)? */
export function isSpecificEvent(name: string): boolean {
  const lex = lexicon();
  return name.length >= 4 && !lex.eventGeneric.has(name) && !isBareKind(name) && eventKind(name) !== null;
}

/** A kind word alone (新闻发布会, 座谈会): names an event only with its organiser in front. */
export function isBareKind(name: string): boolean {
  return lexicon().eventKindSet.has(name) || lexicon().eventGeneric.has(name);
}

const ORG_SUBJECT = /(?:委员会|常委会|委|局|厅|办|部|院|政府|政协|人大|大学|学院|学校|医院|公司|集团|协会|学会|商会|中心|街道|社区|团|社|组)$/;
const MASTHEAD = /^(?:[\u4e00-\u9fff]{2,8}(?:日报|晚报|报|新闻网|发布))$|第[\d一二三四五六七八九十]+版\s*$|^\d{4}年\d{1,2}月\d{1,2}日(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s|$)/;
const COLUMN = /^(?:聚焦|关注|走进|直击|探访|图说|画说|特稿|专题|链接|相关)/;

/** Does a headline (one or more lines) end in its verb (`…会议召开`, `…论坛隆重开幕`, `…召开常务会议`)? */
export function isWholeHeadline(text: string): boolean {
  const t = REPORT_SUFFIX.strip(headingText(text.replace(/\s+/g, '')));
  return TRAIL_VERB.test(t) || CONVENED_HEADLINE.test(t);
}

/** Events named by a headline group: one line, or two lines read together. */
export function eventsFromHeadings(all: { text: string; start: number; end: number }[]): EventHit[] {
  const out: EventHit[] = [];
  // the masthead (霁桥日报, 2026年1月2日 第1版) is no part of a headline
  // (each line's text is read once: a headline group is read as one line and as two)
  const lines: { text: string; start: number; end: number; heading: string }[] = [];
  for (const l of all) {
    const heading = headingText(l.text);
    if (!MASTHEAD.test(heading)) lines.push({ text: l.text, start: l.start, end: l.end, heading });
  }
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    const t = a.heading;
    const b = lines[i + 1];
    const candidates: { raw: string; start: number; end: number }[] = [];
    // a line ending in its verb (`…会议召开`, `…调研时强调`) is a whole headline, not the first
    // half of a two-line one: the line after it is a subhead, or the next article's headline
    // printed right after it (`…会议召开` / `…座谈会举行`), unless it goes on with 暨
    // (`…开幕` / `暨…启动`)
    // (nor is a line like `市政府召开常务会议`, a subject, its verb and its meeting, a second half)
    const whole = (isWholeHeadline(t) || lexicon().speechVerbEnds.longestEnding(t) > 0) && b?.heading.charCodeAt(0) !== 0x66a8; // 暨
    if (b && b.text.charCodeAt(0) !== 0x23 && !whole && !CONVENED_HEADLINE.test(b.heading)) candidates.push({ raw: t + b.heading, start: a.start, end: b.end }); // not a # line
    candidates.push({ raw: t, start: a.start, end: a.end });
    for (const c of candidates) {
      const raw = REPORT_SUFFIX.strip(c.raw).replace(/\s+/g, ' ');
      const name = cleanName(raw.includes(' ') && !TRAIL_VERB.test(raw) ? raw : raw.replace(/\s+/g, ''));
      if (!isSpecificEvent(name) || name.includes(' ')) continue;
      // a headline with no verb is an event only when it reads as a full name, not a column
      if (!TRAIL_VERB.test(raw) && (name.length < 6 || COLUMN.test(name))) continue;
      // a two-line headline counts when its first line alone is not a headline event
      out.push({ name, kind: eventKind(name)!, start: c.start, end: c.end, place: null, source: 'headline' });
      if (c.raw !== t) i++;
      break;
    }
  }
  return out;
}

function clauseBounds(s: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !CLAUSE_STOP[s.charCodeAt(a - 1)]) a--;
  let b = at;
  while (b < s.length && !CLAUSE_STOP[s.charCodeAt(b)]) b++;
  return [a, b];
}

/** Length of 上, 中, 期间 or 现场 ending `s[a, b)`, 0 when none. */
function passingSuffixLength(s: string, a: number, b: number): number {
  if (b - a < 2) return 0;
  const c = s.charCodeAt(b - 1);
  if (c === 0x4e0a || c === 0x4e2d) return 1; // 上 中
  const p = s.charCodeAt(b - 2);
  return (p === 0x671f && c === 0x95f4) || (p === 0x73b0 && c === 0x573a) ? 2 : 0; // 期间 现场
}

/** ，。；： */
function isOnStop(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff1a;
}

/** Which of the sentence readings below can find anything in a sentence (see `sentenceCues`). */
export interface SentenceCues {
  /** The sentence holds an event verb (召开, 举行 …). */
  verbs: boolean;
  /** A clause of it ends in 上, 中, 期间 or 现场 before ，。；：. */
  passing: boolean;
  /** It holds a 第 (第六届…论坛). */
  ordinal: boolean;
}

const ALL_CUES: SentenceCues = { verbs: true, passing: true, ordinal: true };
const PASSING_END = /(?:上|中|期间|现场)[，。；：]/g;

/**
 * Where a page holds an event verb, where a clause ends in 上, 中, 期间 or 现场, and where it
 * holds a 第: one pass over the page each, much faster than reading every sentence (most
 * sentences hold none). A sentence holding none of the `verbs` offsets needs no verb reading,
 * one holding none of the `passing` offsets no reading of clauses named in passing, one holding
 * no `ordinals` no reading of ordinal names.
 */
export function sentenceCues(page: string): { verbs: number[]; passing: number[]; ordinals: number[] } {
  // (the RegExps scan a page faster than a word set or a loop here: few, literal words)
  const verbs: number[] = [];
  const re = lexicon().eventVerbRe;
  re.lastIndex = 0;
  for (let m = re.exec(page); m; m = re.exec(page)) verbs.push(m.index);
  const passing: number[] = [];
  PASSING_END.lastIndex = 0;
  for (let m = PASSING_END.exec(page); m; m = PASSING_END.exec(page)) passing.push(m.index);
  const ordinals: number[] = [];
  for (let i = page.indexOf('第'); i >= 0; i = page.indexOf('第', i + 1)) ordinals.push(i);
  return { verbs, passing, ordinals };
}

/**
 * Events reported in one sentence `s` at document offset `offset`; `cues` (from `sentenceCues`)
 * may say that some readings can find nothing there.
 */
export function eventsFromSentence(s: string, offset: number, cues: SentenceCues = ALL_CUES): EventHit[] {
  const lex = lexicon();
  const out: EventHit[] = [];
  const push = (raw: string, at: number, place: string | null, name = cleanName(raw)): void => {
    if (!isSpecificEvent(name)) return;
    const start = offset + at + Math.max(0, raw.indexOf(name));
    out.push({ name, kind: eventKind(name)!, start, end: start + name.length, place, source: 'sentence' });
  };
  // 主持召开X / 召开X / 举行X: the object names the event; a bare kind takes the subject's name
  const verbs = lex.eventVerbWords;
  for (let at = cues.verbs ? verbs.find(s) : -1, next = 0; at >= 0; at = verbs.find(s, next)) {
    const m = { index: at, 0: s.slice(at, at + verbs.foundLength) };
    next = at + m[0].length;
    const [a, b] = clauseBounds(s, m.index);
    const before = s.slice(a, m.index);
    const after = s.slice(m.index + m[0].length, b);
    const objKind = eventKind(after.includes('“') || after.includes('”') ? after.replace(/[“”]/g, '') : after);
    if (after && objKind) {
      const obj = cleanName(after);
      if (isSpecificEvent(obj)) {
        push(after, m.index + m[0].length, null, obj);
        continue;
      }
      // (the subject is read only when the object alone names no event)
      let subject = cleanName(before.replace(/(?:主持|共同|联合|隆重|在[^，。]*)$/, '').replace(/^.*?(?:书记|市长|主任|局长)[\u4e00-\u9fff]{2,3}$/, ''));
      subject = subject.replace(/(?:在[\u4e00-\u9fff]{2,12})$/, '');
      if (subject && subject.length <= 14 && ORG_SUBJECT.test(subject) && !/[\u2591]/.test(subject)) push(subject + obj, a + before.indexOf(subject), null);
      continue;
    }
    // X在Y举行 / X举行: the subject names the event
    let subj = before;
    let place: string | null = null;
    const zai = subj.lastIndexOf('在');
    if (zai > 0) {
      place = subj.slice(zai + 1).replace(/(?:这里|此|该地)/, '').trim() || null;
      subj = subj.slice(0, zai);
    }
    let subjAt = a;
    if (!cleanName(subj)) {
      // `X，10月19日下午在Y举办`: the subject stands in the clause before
      const [pa] = clauseBounds(s, Math.max(0, a - 2));
      subj = s.slice(pa, Math.max(pa, a - 1));
      subjAt = pa;
    }
    if (eventKind(cleanName(subj))) push(subj, subjAt, place);
  }
  // 在X上 / X上 (at the start of a clause): an event named in passing
  // (clause by clause: what `(?:^|[，。；：])在?([^，。；：]{4,50}?)(?:上|中|期间|现场)(?=[，。；：])`
  // matches, without the regex's backtracking at every clause)
  for (let a = 0; cues.passing && a < s.length; ) {
    let b = a;
    while (b < s.length && !isOnStop(s.charCodeAt(b))) b++;
    if (b >= s.length) break; // the clause must end at a stop
    const suffixLength = passingSuffixLength(s, a, b);
    if (suffixLength) {
      const body = s.slice(a, b);
      const suffix = body.slice(body.length - suffixLength);
      let content = body.slice(0, body.length - suffix.length);
      if (content.startsWith('在') && content.length - 1 >= 4) content = content.slice(1);
      if (content.length >= 4 && content.length <= 50) {
        const inner = content.replace(/^在/, '');
        if (eventKind(inner)) push(inner, a + body.indexOf(inner), null);
      }
    }
    a = b + 1;
  }
  // 第六届…论坛: an ordinal event named in passing
  ORDINAL_RE.lastIndex = 0;
  for (let m = cues.ordinal ? ORDINAL_RE.exec(s) : null; m; m = ORDINAL_RE.exec(s)) {
    const rest = s.slice(m.index, m.index + 30);
    const k = lex.ordinalEventRe.exec(rest);
    if (!k) continue;
    // left part of the name: a place or organiser run-in (杭州第4届…) up to the clause start
    push(k[0], m.index, null);
  }
  return out;
}

/** The patterns of events led by a person, built once from the meeting and visit verbs. */
export interface LedPatterns {
  /** A meeting verb (会见 …) anywhere. */
  meeting: RegExp;
  /** A meeting verb before the end with no clause break after it: a name there is a guest's. */
  meetingOpen: RegExp;
  /** A meeting with guests after a name: `在宾馆会见…大使…一行`. */
  meetingAfter: RegExp;
  /** A visit after a name: `深入某县调研`. */
  visitAfter: RegExp;
  /** Where a meeting's place ends (`在宾馆` before 会见). */
  placeBeforeMeeting: RegExp;
  /** One of the verbs: it must follow a name for either pattern to match (most sentences have none). */
  anyVerb: RegExp;
  /** The kinds `eventsLedByPersons` gives: 会见, or the visit verb. */
  kind: RegExp;
}
let led: LedPatterns | undefined;
export function ledPatterns(): LedPatterns {
  if (led) return led;
  const { meetingVerbs, visitVerbs } = lexicon();
  const meeting = alternation(meetingVerbs);
  const visit = alternation(visitVerbs);
  return (led = {
    meeting: new RegExp(meeting),
    meetingOpen: new RegExp(`(?:${meeting})[^，。；]*$`),
    meetingAfter: new RegExp(`^(?:在[^，。；]{2,20}?)?(${meeting})了?([^，。；]{2,40})`),
    visitAfter: new RegExp(`^(?:一行|带队|率队)?(?:先后)?(深入|到|赴|在|前往|来到|走进)([^，。；]{2,16}?)(${visit})`),
    placeBeforeMeeting: new RegExp(`^在[^，。；]{2,20}?(?=${meeting})`),
    anyVerb: new RegExp(`${meeting}|${visit}`),
    kind: new RegExp(`^(?:会见|${visit})$`),
  });
}

/** Is this the kind of an event led by a person (a meeting with guests, a visit)? */
export function isLedKind(kind: string): boolean {
  return ledPatterns().kind.test(kind);
}

/**
 * Events led by a person: `沈砚秋会见…大使…一行` (a meeting with guests) and
 * `书记X深入Y县调研` (an inspection). `names` are the person mentions in sentence `s`.
 */
export function eventsLedByPersons(s: string, offset: number, names: { name: string; start: number; end: number }[], source: EventHit['source']): EventHit[] {
  const out: EventHit[] = [];
  const p = ledPatterns();
  if (!names.length || !p.anyVerb.test(s)) return out;
  for (const n of names) {
    const rel = n.end - offset;
    const rest = s.slice(rel);
    const meet = p.meetingAfter.exec(rest);
    const visit = meet ? null : p.visitAfter.exec(rest);
    const m = meet ?? visit;
    if (!m) continue;
    const tail = m[0].replace(/(?:一行|等人?|及随行人员)$/, '').replace(p.placeBeforeMeeting, '');
    const name = n.name + tail;
    out.push({ name, kind: meet ? '会见' : visit![3]!, start: n.start, end: n.end + m[0].length, place: visit ? visit[2]! : null, source });
  }
  return out;
}
