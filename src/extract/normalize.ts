// Brings text "as it comes" to one form before any rule runs: one kind of line break, the
// paper's full-width punctuation where websites carry ASCII, full-width digits as ASCII,
// sentences broken across lines by PDF extraction joined again, traditional characters
// converted. Offsets everywhere else point into the text this returns.
import { createRequire } from 'node:module';
import { charTable, WHITE_SPACE } from './char-table.js';

const CJK = /[\u3400-\u9fff]/;
// what ends a sentence, tested on a line's last character (a `[…]$` RegExp tries every position)
const TERMINAL_CHAR = charTable('。！？；：”’」』）)…—');
const endsTerminal = (line: string): boolean => line.length > 0 && TERMINAL_CHAR[line.charCodeAt(line.length - 1)] === 1;
const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
// a credit or caption line ends its paragraph even without a full stop
const UNJOINABLE_END = /(?:摄|（[^（）]{2,16}）|(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4})$/;
const LEAD_START = /^(?:本报讯|本报[\u4e00-\u9fff\d]{0,12}电|新华社|[□■●◆▲])/;
const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

// characters that only occur in traditional script; a handful in a text means it is traditional
const TRADITIONAL_ONLY = new Set(
  '們會書記長國義區縣黨於與對這為開關發議員說應實際產經濟幹將進時現從動學級際職機構務廣場視聽藝術壇辦處傳統後當態環護覽體團點選舉聯條導論邊習顧問題種類總陽陰雙見觀親讓變費賽獲頒樂愛戰軍隊驗認識調請讀課誌農業銀錢鐵陳劉楊趙張黃吳孫馬鄭謝韓馮鄧蕭葉蘇呂盧蔣賈鍾譚陸龍'.split(''),
);

let toSimplified: ((s: string) => string) | undefined;
function convertTraditional(text: string): string {
  if (!toSimplified) {
    // opencc-js ships CommonJS; loaded lazily because most inputs never need it
    const require = createRequire(import.meta.url);
    const OpenCC = require('opencc-js') as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  }
  return toSimplified(text);
}

// a lookup table: a character-class regex tests ~150 ranges per character, this tests one byte
const IS_TRADITIONAL = charTable([...TRADITIONAL_ONLY].join(''));

export function looksTraditional(text: string): boolean {
  const n = Math.min(text.length, 20_000);
  let trad = 0;
  for (let i = 0; i < n; i++) trad += IS_TRADITIONAL[text.charCodeAt(i)]!;
  // the share of CJK characters matters only with a few traditional ones: most pages stop here
  if (trad < 3) return false;
  let cjk = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) cjk++;
  }
  return trad / cjk > 0.02;
}

// most lines of a Chinese paper need none of the rewrites below: one scan to tell (what
// /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000,:;?!()\t]| {2}/ finds, by table)
const PUNCTUATE_CHAR = charTable('\u3000,:;?!()\t');
PUNCTUATE_CHAR.fill(1, 0xff10, 0xff1a);
PUNCTUATE_CHAR.fill(1, 0xff21, 0xff3b);
PUNCTUATE_CHAR.fill(1, 0xff41, 0xff5b);

function needsPunctuate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (PUNCTUATE_CHAR[c] === 1 || (c === 0x20 && s.charCodeAt(i + 1) === 0x20)) return true;
  }
  return false;
}

function punctuate(line: string): string {
  if (!needsPunctuate(line)) return line;
  // ASCII punctuation next to a CJK character is the paper's full-width punctuation
  return line
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[,:;?!]/g, (c, i: number, s: string) =>
      CJK.test(s[i - 1] ?? '') || CJK.test(s[i + 1] ?? '') ? HALF_TO_FULL[c]! : c)
    .replace(/[()]/g, (c) => HALF_TO_FULL[c]!)
    .replace(/[ \t]+/g, ' ');
}

/**
 * Does `s[from, to)` hold a space that dropInnerSpaces could drop: one after a CJK character, ，
 * or 、 and before a CJK character, outside every （…） (which the RegExp below keeps whole: a
 * （ is closed by the first ） before another （)? A line without one is returned as it is,
 * without running the RegExp.
 */
function hasLooseInnerSpace(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xff08) {
      // （: skip to its ）, if it has one
      let j = i + 1;
      while (j < to && s.charCodeAt(j) !== 0xff08 && s.charCodeAt(j) !== 0xff09) j++;
      if (j < to && s.charCodeAt(j) === 0xff09) i = j;
    } else if (c === 0x20 && i > from && i + 1 < to) {
      const p = s.charCodeAt(i - 1);
      if ((isCjk(p) || p === 0xff0c || p === 0x3001) && isCjk(s.charCodeAt(i + 1))) return true;
    }
  }
  return false;
}

/** Spaces between two CJK characters inside a prose paragraph are extraction noise. */
function dropInnerSpaces(line: string): string {
  if (line.length < 40 || !endsTerminal(line) || !hasLooseInnerSpace(line, 0, line.length)) return line;
  // but not inside brackets (`（方若愚 叶知秋）` credits two people) nor in a list of short
  // words (`市领导 邬大鹏 柴珊 麦子轩`: names separated by spaces)
  // (a list is matched from the start of its first word only: tried inside a run of CJK
  // characters it fails as it would at the run's start, after retrying the rest of the run)
  return line.replace(/（[^（）]*）|(?<![\u3400-\u9fff])[\u3400-\u9fff]+(?: [\u3400-\u9fff]{1,4}){2,}(?![\u3400-\u9fff])|([\u3400-\u9fff，、]) (?=[\u3400-\u9fff])/g, (m, c: string | undefined) => c ?? m);
}

// what String.prototype.trim removes

// One table of what the scan in normalizeLines looks for, so that each character costs one
// byte read (most characters are in no class: a single test sends them on)
const F_LINE = 1; // \n
const F_TRAD = 2; // a traditional-only character
const F_PUNCT = 3; // what punctuate rewrites (PUNCTUATE_CHAR)
const F_SPACE = 4; // a space: two in a row are rewritten, one between CJK characters may be dropped
const F_CR = 5; // \r: line breaks must be made one kind first
const SCAN = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (PUNCTUATE_CHAR[c] === 1) SCAN[c] = F_PUNCT;
  else if (IS_TRADITIONAL[c] === 1) SCAN[c] = F_TRAD;
}
SCAN[0x0a] = F_LINE;
SCAN[0x20] = F_SPACE;
SCAN[0x0d] = F_CR;

/**
 * Builds the normalised text line by line. Most lines need no rewrite: they are kept as offsets
 * into the input, and a run of such lines separated as the output separates them (one \n, or
 * \n\n around a blank line) is copied as one slice, so a page in that form costs no string per
 * line. A line that is rewritten (punctuation, inner spaces) or joined is added as a string.
 */
class LineJoiner {
  private readonly parts: string[] = [];
  // the output not yet in parts: text.slice(runStart, runEnd) (none while runStart < 0)
  private runStart = -1;
  private runEnd = -1;
  private hasOut = false;
  // a blank line since the last text line (blank lines between two text lines become one)
  private pendingBlank = false;
  // the last text line: its string if it is one, else text.slice(prevS, prevE)
  private prevStr: string | null = null;
  private prevS = 0;
  private prevE = 0;
  private prevLen = 0;
  private prevFirst = 0;
  private prevLast = 0;

  constructor(private readonly text: string) {}

  /**
   * The line text[ls, le): `punct` when it holds a character punctuate rewrites, `inner` when a
   * space between CJK characters may be dropped (dropInnerSpaces tests the rest: the same tests
   * on the offsets spare a slice when it keeps the line).
   */
  line(ls: number, le: number, punct: boolean, inner: boolean): void {
    const text = this.text;
    if (punct) {
      this.addString(dropInnerSpaces(punctuate(text.slice(ls, le)).trim()));
      return;
    }
    let s = ls;
    let e = le;
    while (s < e && WHITE_SPACE[text.charCodeAt(s)] === 1) s++;
    while (e > s && WHITE_SPACE[text.charCodeAt(e - 1)] === 1) e--;
    if (s === e) this.blank();
    else if (inner && e - s >= 40 && TERMINAL_CHAR[text.charCodeAt(e - 1)] === 1 && hasLooseInnerSpace(text, s, e)) this.addString(dropInnerSpaces(text.slice(s, e)));
    else this.add(null, s, e);
  }

  private blank(): void {
    if (this.hasOut) this.pendingBlank = true;
  }

  private addString(line: string): void {
    if (line) this.add(line, 0, 0);
    else this.blank();
  }

  private prevString(): string {
    return this.prevStr ?? this.text.slice(this.prevS, this.prevE);
  }

  /** A text line: `str`, or text[s, e) when `str` is null. */
  private add(str: string | null, s: number, e: number): void {
    const text = this.text;
    const len = str === null ? e - s : str.length;
    const first = str === null ? text.charCodeAt(s) : str.charCodeAt(0);
    // join a prose line broken mid-sentence (no terminal punctuation) with the next prose line
    if (this.prevLen >= 30 && len >= 20 && TERMINAL_CHAR[this.prevLast] !== 1 && isCjk(first) && this.prevFirst !== 0x23 && !UNJOINABLE_END.test(this.prevString())) {
      const line = str ?? text.slice(s, e);
      if (!LEAD_START.test(line)) {
        this.flush();
        this.parts.push(line);
        this.prevStr = this.prevString() + line;
        this.prevLen += len;
        this.prevLast = line.charCodeAt(len - 1);
        this.pendingBlank = false;
        return;
      }
    }
    const sep = !this.hasOut ? 0 : this.pendingBlank ? 2 : 1;
    // text between the run and this line is exactly the separator: the run grows
    if (str === null && this.runStart >= 0 && s - this.runEnd === sep) this.runEnd = e;
    else {
      this.flush();
      if (sep) this.parts.push(sep === 2 ? '\n\n' : '\n');
      if (str === null) {
        this.runStart = s;
        this.runEnd = e;
      } else this.parts.push(str);
    }
    this.hasOut = true;
    this.pendingBlank = false;
    this.prevStr = str;
    this.prevS = s;
    this.prevE = e;
    this.prevLen = len;
    this.prevFirst = first;
    this.prevLast = str === null ? text.charCodeAt(e - 1) : str.charCodeAt(len - 1);
  }

  private flush(): void {
    if (this.runStart < 0) return;
    this.parts.push(this.text.slice(this.runStart, this.runEnd));
    this.runStart = -1;
  }

  result(): string {
    if (this.parts.length === 0) {
      if (this.runStart < 0) return '';
      if (this.runStart === 0 && this.runEnd === this.text.length) return this.text;
      // a copy, not a slice: every later phase reads this text, and reading through a slice
      // costs more than the copy (joining two parts builds a flat string; slice() does not)
      const mid = (this.runStart + this.runEnd) >> 1;
      return [this.text.slice(this.runStart, mid), this.text.slice(mid, this.runEnd)].join('');
    }
    this.flush();
    return this.parts.join('');
  }
}

const OK = 0;
const HAS_CR = 1;
const MAY_BE_TRADITIONAL = 2;

/**
 * One pass over `text`: each line is handed to `out` as it ends, with what the scan saw in it.
 * Returns HAS_CR on a \r (the caller makes line breaks one kind and starts again), and
 * MAY_BE_TRADITIONAL when `countTrad` and the first 20 000 characters hold 3 traditional-only
 * ones (looksTraditional is false below that).
 */
function normalizeLines(text: string, out: LineJoiner, countTrad: boolean): number {
  const n = text.length;
  const tradEnd = countTrad ? Math.min(n, 20_000) : 0;
  let trad = 0;
  let ls = 0; // where the current line starts
  let punct = false;
  let inner = false;
  for (let i = 0; i < n; i++) {
    const f = SCAN[text.charCodeAt(i)]!;
    if (f === 0) continue;
    if (f === F_LINE) {
      out.line(ls, i, punct, inner);
      ls = i + 1;
      punct = inner = false;
    } else if (f === F_TRAD) {
      if (i < tradEnd) trad++;
    } else if (f === F_PUNCT) punct = true;
    else if (f === F_SPACE) {
      // what needsPunctuate finds (two spaces), and a first filter for hasLooseInnerSpace (a
      // space after a CJK character, ， or 、 and before a CJK character; it then leaves out
      // the spaces inside （…）)
      const d = text.charCodeAt(i + 1);
      if (d === 0x20) punct = true;
      else if (isCjk(d)) {
        const p = text.charCodeAt(i - 1);
        if (isCjk(p) || p === 0xff0c || p === 0x3001) inner = true;
      }
    } else return HAS_CR;
  }
  out.line(ls, n, punct, inner);
  return trad >= 3 ? MAY_BE_TRADITIONAL : OK;
}

export function normalizeText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let out = new LineJoiner(text);
  let status = normalizeLines(text, out, true);
  if (status === HAS_CR) {
    text = text.replace(/\r\n?/g, '\n');
    out = new LineJoiner(text);
    status = normalizeLines(text, out, true);
  }
  if (status === MAY_BE_TRADITIONAL && looksTraditional(text)) {
    text = convertTraditional(text);
    out = new LineJoiner(text);
    normalizeLines(text, out, false);
  }
  return out.result();
}
