// Person-name recognition: a surname from the lexicon, one or two given characters, and a word
// boundary after it (punctuation or a word that follows names: a role verb, 等, 在, 和 …).
import { lexicon, type Lexicon } from './lexicon.js';
import { charTable, isHan } from './char-table.js';

const CJK_CHAR = /[\u3400-\u9fff]/;

// what each character can be in a name, as bit flags in one table (one lookup, one 64 KB
// table rather than four): these tests run at every clause start and after every title
const SURNAME = 1;
const COMPOUND_FIRST = 2;
/** A CJK character that may be part of a given name. */
const GIVEN = 4;
/** Punctuation or space that ends a name. */
const BOUNDARY = 8;
let flags: Uint8Array | undefined;
function charFlags(): Uint8Array {
  if (flags) return flags;
  const lex = lexicon();
  const t = new Uint8Array(0x10000);
  for (const c of lex.surnames) if (c.length === 1) t[c.charCodeAt(0)]! |= SURNAME;
  for (const c of lex.compoundSurnames) t[c.charCodeAt(0)]! |= COMPOUND_FIRST;
  for (let c = 0x3400; c < 0xa000; c++) t[c]! |= GIVEN;
  for (const c of lex.notGivenChars) if (c.length === 1) t[c.charCodeAt(0)]! &= ~GIVEN;
  const boundary = charTable('，。、；：！？）)”’"《〈（(·-—…\u2591\n', true);
  for (let c = 0; c < 0x10000; c++) if (boundary[c]) t[c]! |= BOUNDARY;
  return (flags = t);
}

function surnameLength(s: string, i: number): number {
  // (past the end charCodeAt gives NaN, and a typed array read at NaN takes V8's slow path)
  if (i >= s.length) return 0;
  const f = charFlags()[s.charCodeAt(i)]!;
  // (tested in place: 上, 东, 公, 长 … start compound surnames and many common words)
  if (f & COMPOUND_FIRST && lexicon().compoundSurnameWords.hasRange(s, i, i + 2)) return 2;
  return f & SURNAME ? 1 : 0;
}

function givenOk(given: string): boolean {
  const t = charFlags();
  // surrogate pairs (CJK extension B …) are not given-name characters, as before
  for (let i = 0; i < given.length; i++) if (!(t[given.charCodeAt(i)]! & GIVEN)) return false;
  return true;
}

/** Does the text at `i` end a name (punctuation, a space, or a word that follows names), reading no further than `to`? */
export function boundaryAt(s: string, i: number, to = s.length): boolean {
  if (i >= s.length || i >= to) return true;
  return (charFlags()[s.charCodeAt(i)]! & BOUNDARY) !== 0 || lexicon().afterNameWords.longestAt(s, i, to) > 0;
}


/**
 * A dotted transliteration (阿卜杜勒·拉希德) can start at `i` only with a · in the next 8
 * characters, after Han characters only (what its RegExp needs: most positions fail fast).
 */
function dotSoon(s: string, i: number): boolean {
  if (!isHan(s.charCodeAt(i))) return false;
  for (let j = i + 1; j <= i + 8 && j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0xb7) return true;
    if (!isHan(c)) return false;
  }
  return false;
}

/**
 * What `readNameAt(s, i)` (not anchored) can return besides 0: -1 when a dotted name may start
 * at `i` (any length), else the surname's length `sl` (the name is then sl + 1 or sl + 2 long,
 * and 0 means no name). Lets a caller that needs a particular word after the name test for it
 * before reading the name.
 */
export function surnameAt(s: string, i: number, dots = true): number {
  return dots && dotSoon(s, i) ? -1 : surnameLength(s, i);
}

/** A whole string that reads as a Chinese personal name (surname + 1–2 given characters). */
export function looksLikeName(name: string): boolean {
  if (name.includes('·')) return /^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+$/.test(name);
  const sl = surnameLength(name, 0);
  if (!sl) return false;
  const given = name.slice(sl);
  return given.length >= 1 && given.length <= 2 && givenOk(given) && !lexicon().notNames.has(name);
}

/** Are `s[from, to)` all characters a given name may hold? (surrogate halves are not) */
function givenRangeOk(s: string, from: number, to: number): boolean {
  const t = charFlags();
  for (let i = from; i < to; i++) if (!(t[s.charCodeAt(i)]! & GIVEN)) return false;
  return true;
}

/**
 * Does surname `s[i, i+sl)` with `gl` given characters read as a name followed by a boundary?
 * Tested on ranges of `s`: this runs at every clause start, and slicing each candidate cost more.
 */
function nameFits(lex: Lexicon, s: string, i: number, sl: number, gl: number): boolean {
  const end = i + sl + gl;
  if (end > s.length || !givenRangeOk(s, i + sl, end)) return false;
  if (lex.notNameWords.hasRange(s, i, end) || (sl + gl === 3 && lex.notNameWords.hasRange(s, i, i + 2))) return false;
  // the given name must not itself be a word that follows names (`市长主持`); one character
  // such as 致 or 向 starts given names often enough (致远, 向东)
  if (lex.afterNameWords.longestAt(s, i + sl, end) >= 2) return false;
  return boundaryAt(s, end, end + 6);
}

/**
 * Length of the personal name starting at `i` (0 when none): tries surname + 2 given
 * characters, then + 1, and keeps the first that is followed by a name boundary.
 * `dots` false says the text holds no · (no dotted name to look for).
 */
export function readNameAt(s: string, i: number, anchored = false, dots = true): number {
  const lex = lexicon();
  // transliterated names joined with · (阿卜杜勒·拉希德)
  const dotted = dots && dotSoon(s, i) ? /^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+/.exec(s.slice(i, i + 40)) : null;
  if (dotted) {
    // the last part may run into the next word (科尔纳一行): shorten it to a boundary
    const lastDot = dotted[0].lastIndexOf('·');
    for (let len = lastDot + 2; len <= dotted[0].length; len++) {
      if (!boundaryAt(s, i + len, i + len + 6)) continue;
      // `阿依古丽·买买提出席`: a role verb one character on (出席) beats another verb here (提出)
      const roles = lexicon().roleVerbWords;
      if (len < dotted[0].length && !roles.longestAt(s, i + len, i + len + 6) && roles.longestAt(s, i + len + 1, i + len + 7) >= 2) return len + 1;
      return len;
    }
  }
  const sl = surnameLength(s, i);
  if (!sl) return 0;
  const long = nameFits(lex, s, i, sl, 2);
  const short = nameFits(lex, s, i, sl, 1);
  if (long && short) {
    // `苗壮陪同`: a two-character verb after the short reading beats a one-character word (同) after the long one
    const afterShort = lex.afterNameWords.longestAt(s, i + sl + 1, i + sl + 7);
    const afterLong = lex.afterNameWords.longestAt(s, i + sl + 2, i + sl + 8);
    if (afterShort >= 2 && afterLong === 1) return sl + 1;
  }
  if (long) return sl + 2;
  if (short) return sl + 1;
  // right after a title or label a three-character name is the likeliest reading
  if (anchored) {
    const g = i + sl;
    if (g + 2 <= s.length && s.charCodeAt(g) !== s.charCodeAt(g + 1) && s.charCodeAt(g) !== s.charCodeAt(i) && givenRangeOk(s, g, g + 2) && !lex.notNameWords.hasRange(s, i, g + 2) && !lex.notNameWords.hasRange(s, i, i + 2) && lex.afterNameWords.longestAt(s, g, g + 2) < 2) return sl + 2;
  }
  return 0;
}

/**
 * A name as an element of a list (`市领导周鹏、任希杰、高新文`): the whole element between
 * separators, when it is shaped like a name, even if it also reads as a common word.
 */
export function readListNameAt(s: string, i: number, dots = true): number {
  const k = readNameAt(s, i, false, dots);
  if (k) return k;
  const m = /^[\u4e00-\u9fff]{2,4}(?=[、，。；）\s]|$)/.exec(s.slice(i, i + 5));
  if (!m) return 0;
  const sl = surnameLength(m[0], 0);
  const given = m[0].slice(sl);
  return sl && given.length >= 1 && given.length <= 2 && givenOk(given) ? m[0].length : 0;
}

/** A foreign name after a foreign post (`总统普京`): 2–8 characters up to a boundary. */
export function readForeignNameAt(s: string, i: number): number {
  const first = s[i] ?? '';
  if (lexicon().notGivenChars.has(first) || lexicon().afterNameWords.longestAt(s, i) > 0) return 0;
  for (let len = 2; len <= 8 && i + len <= s.length; len++) {
    if (!CJK_CHAR.test(s[i + len - 1]!) && s[i + len - 1] !== '·') return 0;
    if (boundaryAt(s, i + len, i + len + 6)) return len;
  }
  return 0;
}
