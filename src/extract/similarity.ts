// Event-name similarity: character-bigram Dice, with containment counting as a match, over
// names stripped of quotation marks, spaces and a trailing 召开/举行.
const STRIP = /[“”‘’"'「」『』《》〈〉()（）\s·•・]/g;

/** The name with quoted parts removed: `“A”全民国防宣讲` → `全民国防宣讲`. */
export function unquotedEventName(s: string): string {
  return normEventName(s.replace(/“[^”]*”|"[^"]*"/g, ''));
}

export function normEventName(s: string): string {
  return s.normalize('NFKC').replace(STRIP, '').replace(/(?:隆重)?(?:召开|举行|举办|开幕|启动)$/, '');
}

/** A name with its character bigrams (as sorted numbers), computed once per name. */
export interface NameProfile {
  text: string;
  grams: number[];
}

export function nameProfile(text: string): NameProfile {
  const grams: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) grams.push(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
  return { text, grams: grams.sort((x, y) => x - y) };
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
