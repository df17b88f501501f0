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

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.includes(short) && short.length / long.length >= 0.5) return 0.9;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let inter = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      inter++;
      grams.set(g, n - 1);
    }
  }
  return (2 * inter) / (a.length - 1 + (b.length - 1));
}
