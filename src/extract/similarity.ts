// Event-name similarity: character-bigram Dice, with containment counting as a match, over
// names stripped of quotation marks, spaces and a trailing 召开/举行.
import { Ending } from './char-table.js';

const STRIP = /[“”‘’"'「」『』《》〈〉()（）\s·•・]/g;

/** The name with quoted parts removed: `“A”全民国防宣讲` → `全民国防宣讲`. */
export function unquotedEventName(s: string): string {
  return normEventName(s.includes('“') || s.includes('"') ? s.replace(/“[^”]*”|"[^"]*"/g, '') : s);
}

/** Characters NFKC leaves as they are, alone or in any sequence (no decomposition, no combining). */
function nfkcStable(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || c === 0xb7 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x3001 || c === 0x3002 || c === 0x300a || c === 0x300b;
}

/** `s.normalize('NFKC')`, skipping the call for the usual name made of such characters. */
function nfkc(s: string): string {
  for (let i = 0; i < s.length; i++) if (!nfkcStable(s.charCodeAt(i))) return s.normalize('NFKC');
  return s;
}

/** A trailing verb a name can lose. */
const TRAIL_VERB = new Ending(['召开', '举行', '举办', '开幕', '启动'], '(?:隆重)?');

export function normEventName(s: string): string {
  const n = nfkc(s).replace(STRIP, '');
  return TRAIL_VERB.strip(n);
}

/** A name with its character bigrams (as sorted numbers), computed once per name. */
export interface NameProfile {
  text: string;
  grams: Uint32Array;
}

export function nameProfile(text: string): NameProfile {
  const grams = new Uint32Array(Math.max(0, text.length - 1));
  // sorted as they are made (insertion): names are short, and a typed array's sort() is a
  // call into the runtime per name
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
    let j = i;
    for (; j > 0 && grams[j - 1]! > g; j--) grams[j] = grams[j - 1]!;
    grams[j] = g;
  }
  return { text, grams };
}

/** Dice over the bigram multisets (a merge of the sorted lists), containment counting 0.9. */
export function profileSimilarity(pa: NameProfile, pb: NameProfile): number {
  const a = pa.text;
  const b = pb.text;
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.includes(short) && short.length / long.length >= 0.5) return 0.9;
  if (a.length < 2 || b.length < 2) return 0;
  const x = pa.grams;
  const y = pb.grams;
  let inter = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      inter++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * inter) / (a.length - 1 + (b.length - 1));
}
