// Brings text "as it comes" to one form before any rule runs: one kind of line break, the
// paper's full-width punctuation where websites carry ASCII, full-width digits as ASCII,
// sentences broken across lines by PDF extraction joined again, traditional characters
// converted. Offsets everywhere else point into the text this returns.
import { createRequire } from 'node:module';
import { charTable } from './char-table.js';

const CJK = /[\u3400-\u9fff]/;
// what ends a sentence, tested on a line's last character (a `[…]$` RegExp tries every position)
const TERMINAL_CHAR = charTable('。！？；：”’」』）)…—');
const endsTerminal = (line: string): boolean => TERMINAL_CHAR[line.charCodeAt(line.length - 1)] === 1;
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

/**
 * In one pass: the traditional-only characters among the first 20 000 (looksTraditional is
 * false below 3) and `needsPunctuate(text)`.
 */
function scanText(text: string): { trad: number; punct: boolean } {
  const n = Math.min(text.length, 20_000);
  let trad = 0;
  let punct = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    trad += IS_TRADITIONAL[c]!;
    if (PUNCTUATE_CHAR[c] === 1 || (c === 0x20 && text.charCodeAt(i + 1) === 0x20)) punct = true;
  }
  if (!punct && n < text.length) punct = needsPunctuate(text.slice(n));
  return { trad, punct };
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
 * Does a space follow a CJK character, ， or 、 and precede a CJK character? Only such a space
 * is ever dropped below: a line without one is returned as it is, without running the RegExp
 * (which retries every start position of a long CJK run).
 */
function hasInnerSpace(line: string): boolean {
  for (let i = line.indexOf(' ', 1); i > 0; i = line.indexOf(' ', i + 1)) {
    const p = line.charCodeAt(i - 1);
    if ((isCjk(p) || p === 0xff0c || p === 0x3001) && isCjk(line.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** Spaces between two CJK characters inside a prose paragraph are extraction noise. */
function dropInnerSpaces(line: string): string {
  if (line.length < 40 || !endsTerminal(line) || !hasInnerSpace(line)) return line;
  // but not inside brackets (`（方若愚 叶知秋）` credits two people) nor in a list of short
  // words (`市领导 邬大鹏 柴珊 麦子轩`: names separated by spaces)
  return line.replace(/（[^（）]*）|[\u3400-\u9fff]+(?: [\u3400-\u9fff]{1,4}){2,}(?![\u3400-\u9fff])|([\u3400-\u9fff，、]) (?=[\u3400-\u9fff])/g, (m, c: string | undefined) => c ?? m);
}

export function normalizeText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // one test of the whole text spares most pages a test per line; one pass reads both what
  // looksTraditional counts first and that test (a converted text is tested again)
  const first = scanText(text);
  let punct = first.punct;
  if (first.trad >= 3 && looksTraditional(text)) {
    text = convertTraditional(text);
    punct = needsPunctuate(text);
  }
  const lines = text.split('\n').map((l) => dropInnerSpaces((punct ? punctuate(l) : l).trim()));
  // join a prose line broken mid-sentence (no terminal punctuation) with the next prose line
  const out: string[] = [];
  let lastText = -1; // index in out of the last non-blank line
  for (const line of lines) {
    if (!line) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const prev = lastText >= 0 ? out[lastText]! : '';
    if (prev.length >= 30 && line.length >= 20 && !endsTerminal(prev) && isCjk(line.charCodeAt(0)) && !prev.startsWith('#') && !UNJOINABLE_END.test(prev) && !LEAD_START.test(line)) {
      out.length = lastText + 1;
      out[lastText] = prev + line;
      continue;
    }
    out.push(line);
    lastText = out.length - 1;
  }
  // what trimming the joined text would leave (each line is trimmed, only trailing blank lines
  // remain), joined into a flat string: a trimmed string is a slice of one, slower to scan
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.length === 1 ? out[0]!.trim() : out.join('\n');
}
