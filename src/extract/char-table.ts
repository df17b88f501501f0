// Character classes as lookup tables: hot loops test one byte per character instead of
// running a RegExp character class (which tests ranges) on a one-character string.

/** What `\s` matches in a JavaScript RegExp. */
const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** A table with 1 for each character of `chars` (and for white space when `spaces`). */
export function charTable(chars: string, spaces = false): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  if (spaces) {
    for (const c of SPACES) t[c] = 1;
    t.fill(1, 0x2000, 0x200b);
  }
  return t;
}

/** What `\s` matches (and String.prototype.trim removes), as a table. */
export const WHITE_SPACE = charTable('', true);

/** A CJK unified ideograph of the basic block (U+4E00–U+9FFF). */
export const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * A list of words matched at a string's end (after an optional `before` pattern), with the
 * table of their last characters derived from the same list: a string ending otherwise is left
 * alone without running a RegExp that would try every start position.
 */
export class Ending {
  readonly re: RegExp;
  private readonly last: Uint8Array;

  constructor(words: readonly string[], before = '') {
    this.re = new RegExp(`${before}(?:${words.join('|')})$`);
    this.last = charTable(words.map((w) => w[w.length - 1]).join(''));
  }

  /** Does `s` end in a character some word ends in? (the cheap test before the RegExp) */
  mayEnd(s: string): boolean {
    return s.length > 0 && this.last[s.charCodeAt(s.length - 1)] === 1;
  }

  test(s: string): boolean {
    return this.mayEnd(s) && this.re.test(s);
  }

  /** `s` without the ending, if it has one. */
  strip(s: string): string {
    return this.mayEnd(s) ? s.replace(this.re, '') : s;
  }
}
