// A set of words searched in text with a character trie: the scan tests one table entry per
// character and walks the trie only where a word can start. It finds what a longest-first
// alternation RegExp finds (leftmost match, longest word there) several times faster on the
// lexicons' thousands of words, and without compiling a RegExp per document.
//
// The trie is flattened into typed arrays (a direct table for the first character, sorted
// child lists below it): Map lookups per character were the scan's main cost.
interface BuildNode {
  next: Map<number, BuildNode>;
  end: boolean;
}

export class WordSet {
  /** Node reached by each first character (0: none). */
  private readonly root = new Int32Array(0x10000);
  /**
   * One bit per first character: the scans test this 8 KB table (it stays in the nearest cache)
   * before the 256 KB `root`, and most characters start no word.
   */
  private readonly first = new Int32Array(0x800);
  /**
   * One bit per hashed pair of a word's first two characters: most places where a word's first
   * character stands continue with no word's second one, told without a child search.
   */
  private readonly pairs = new Int32Array(0x800);
  /** Per node: its children's range in `chars`/`nodes`, and whether a word ends there. */
  private readonly childStart: Int32Array;
  private readonly childCount: Int32Array;
  private readonly ends: Uint8Array;
  /** Children's characters (sorted within a node) and node ids. */
  private readonly chars: Uint16Array;
  private readonly nodes: Int32Array;

  constructor(words: Iterable<string>) {
    const top: BuildNode = { next: new Map(), end: false };
    for (const w of words) {
      if (!w) continue;
      let node = top;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let n = node.next.get(c);
        if (!n) node.next.set(c, (n = { next: new Map(), end: false }));
        node = n;
      }
      node.end = true;
      if (w.length > 1) {
        const h = pairHash(w.charCodeAt(0), w.charCodeAt(1));
        this.pairs[h >> 5]! |= 1 << (h & 31);
      }
    }
    // number the nodes breadth first (id 0 is the unused root), then lay out their children
    const order: BuildNode[] = [top];
    const id = new Map<BuildNode, number>([[top, 0]]);
    for (let k = 0; k < order.length; k++) {
      for (const c of [...order[k]!.next.keys()].sort((a, b) => a - b)) {
        const child = order[k]!.next.get(c)!;
        id.set(child, order.length);
        order.push(child);
      }
    }
    this.childStart = new Int32Array(order.length);
    this.childCount = new Int32Array(order.length);
    this.ends = new Uint8Array(order.length);
    this.chars = new Uint16Array(order.length);
    this.nodes = new Int32Array(order.length);
    let slot = 0;
    order.forEach((n, k) => {
      this.ends[k] = n.end ? 1 : 0;
      this.childStart[k] = slot;
      this.childCount[k] = n.next.size;
      for (const c of [...n.next.keys()].sort((a, b) => a - b)) {
        this.chars[slot] = c;
        this.nodes[slot] = id.get(n.next.get(c)!)!;
        slot++;
      }
    });
    for (const [c, n] of top.next) {
      this.root[c] = id.get(n)!;
      this.first[c >> 5]! |= 1 << (c & 31);
    }
  }

  /**
   * A set for finding words that end a string (`longestEnding`): the trie holds the words
   * reversed. What a `(?:word|…)$` RegExp tests, without trying every start position.
   */
  static endings(words: Iterable<string>): WordSet {
    return new WordSet([...words].map((w) => w.split('').reverse().join('')));
  }

  /**
   * On a set built by `WordSet.endings`: length of the longest word ending at `end` in `s`
   * (0 when none), not reading before `from`. At the end of a string this is what a longest-first
   * `(?:…)$` alternation matches.
   */
  longestEnding(s: string, end = s.length, from = 0): number {
    if (end <= from) return 0;
    const c = s.charCodeAt(end - 1);
    if (!(this.first[c >> 5]! & (1 << (c & 31)))) return 0;
    let node = this.root[c]!;
    if (!node) return 0;
    let best = this.ends[node] ? 1 : 0;
    for (let j = end - 2; j >= from; j--) {
      node = this.child(node, s.charCodeAt(j));
      if (!node) break;
      if (this.ends[node]) best = end - j;
    }
    return best;
  }

  private child(node: number, c: number): number {
    let lo = this.childStart[node]!;
    let hi = lo + this.childCount[node]! - 1;
    const chars = this.chars;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = chars[mid]!;
      if (x === c) return this.nodes[mid]!;
      if (x < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** Length of the longest word starting at `i` in `s` (0 when none), not reading past `to`. */
  longestAt(s: string, i: number, to = s.length): number {
    if (i >= to) return 0;
    const c = s.charCodeAt(i);
    if (!(this.first[c >> 5]! & (1 << (c & 31)))) return 0;
    let node = this.root[c]!;
    if (!node) return 0;
    let best = this.ends[node] ? 1 : 0;
    if (i + 1 >= to) return best;
    const h = pairHash(c, s.charCodeAt(i + 1));
    if (!(this.pairs[h >> 5]! & (1 << (h & 31)))) return best;
    for (let j = i + 1; j < to; j++) {
      node = this.child(node, s.charCodeAt(j));
      if (!node) break;
      if (this.ends[node]) best = j - i + 1;
    }
    return best;
  }

  /** Length of the word the last `find` found (saves calling `longestAt` again). */
  foundLength = 0;

  /** Index of the first word at or after `from` (its length in `foundLength`), or -1. */
  find(s: string, from = 0, to = s.length): number {
    const root = this.root;
    const first = this.first;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (!(first[c >> 5]! & (1 << (c & 31))) || !root[c]) continue;
      const len = this.longestAt(s, i, to);
      if (len) {
        this.foundLength = len;
        return i;
      }
    }
    return -1;
  }

  /** Is `s[from, to)` exactly one of the words? (a Set lookup without slicing the string) */
  hasRange(s: string, from: number, to: number): boolean {
    if (to > s.length) to = s.length;
    if (from >= to) return false;
    const c = s.charCodeAt(from);
    if (!(this.first[c >> 5]! & (1 << (c & 31)))) return false;
    let node = this.root[c]!;
    for (let j = from + 1; node && j < to; j++) node = this.child(node, s.charCodeAt(j));
    return node > 0 && this.ends[node] === 1;
  }
}

/** A 16-bit hash of two character codes (for `WordSet.pairs`). */
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e37) ^ b) & 0xffff;
}
