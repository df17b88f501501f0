// Person-name recognition: a surname from the lexicon, one or two given characters, and a word
// boundary after it (punctuation or a word that follows names: a role verb, 等, 在, 和 …).
import { lexicon } from './lexicon.js';
import { charTable } from './char-table.js';

const CJK_CHAR = /[\u3400-\u9fff]/;

// per-character tables: these tests run at every clause start and after every title
interface Tables {
  surname: Uint8Array;
  compoundFirst: Uint8Array;
  /** 1 for a CJK character that may be part of a given name. */
  given: Uint8Array;
}
let tables: Tables | undefined;
function charTables(): Tables {
  if (tables) return tables;
  const lex = lexicon();
  const t: Tables = { surname: new Uint8Array(0x10000), compoundFirst: new Uint8Array(0x10000), given: new Uint8Array(0x10000) };
  for (const c of lex.surnames) if (c.length === 1) t.surname[c.charCodeAt(0)] = 1;
  for (const c of lex.compoundSurnames) t.compoundFirst[c.charCodeAt(0)] = 1;
  t.given.fill(1, 0x3400, 0xa000);
  for (const c of lex.notGivenChars) if (c.length === 1) t.given[c.charCodeAt(0)] = 0;
  return (tables = t);
}

function surnameLength(s: string, i: number): number {
  const t = charTables();
  const c = s.charCodeAt(i);
  if (t.compoundFirst[c] && lexicon().compoundSurnames.has(s.slice(i, i + 2))) return 2;
  return t.surname[c] ? 1 : 0;
}

function givenOk(given: string): boolean {
  const t = charTables().given;
  // surrogate pairs (CJK extension B …) are not given-name characters, as before
  for (let i = 0; i < given.length; i++) if (!t[given.charCodeAt(i)]) return false;
  return true;
}

// the characters of BOUNDARY_CHAR, as a table
const BOUNDARY_TABLE = charTable('，。、；：！？）)”’"《〈（(·-—…\u2591\n', true);

/** Does the text at `i` end a name (punctuation, a space, or a word that follows names), reading no further than `to`? */
export function boundaryAt(s: string, i: number, to = s.length): boolean {
  if (i >= s.length || i >= to) return true;
  return BOUNDARY_TABLE[s.charCodeAt(i)] === 1 || lexicon().afterNameWords.longestAt(s, i, to) > 0;
}

/** A dotted transliteration (阿卜杜勒·拉希德) can start at `i` only with a · in the next 8 characters. */
function dotSoon(s: string, i: number): boolean {
  for (let j = i + 1; j <= i + 8 && j < s.length; j++) if (s.charCodeAt(j) === 0xb7) return true;
  return false;
}

/** A whole string that reads as a Chinese personal name (surname + 1–2 given characters). */
export function looksLikeName(name: string): boolean {
  if (name.includes('·')) return /^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+$/.test(name);
  const sl = surnameLength(name, 0);
  if (!sl) return false;
  const given = name.slice(sl);
  return given.length >= 1 && given.length <= 2 && givenOk(given) && !lexicon().notNames.has(name);
}

/**
 * Length of the personal name starting at `i` (0 when none): tries surname + 2 given
 * characters, then + 1, and keeps the first that is followed by a name boundary.
 */
export function readNameAt(s: string, i: number, anchored = false): number {
  const lex = lexicon();
  // transliterated names joined with · (阿卜杜勒·拉希德)
  const dotted = dotSoon(s, i) ? /^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+/.exec(s.slice(i, i + 40)) : null;
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
  const ok = (gl: number): boolean => {
    const given = s.slice(i + sl, i + sl + gl);
    if (given.length !== gl || !givenOk(given)) return false;
    const cand = s.slice(i, i + sl + gl);
    if (lex.notNames.has(cand) || (cand.length === 3 && lex.notNames.has(cand.slice(0, 2)))) return false;
    // the given name must not itself be a word that follows names (`市长主持`); one character
    // such as 致 or 向 starts given names often enough (致远, 向东)
    if (lex.afterNameWords.longestAt(s, i + sl, i + sl + gl) >= 2) return false;
    return boundaryAt(s, i + sl + gl, i + sl + gl + 6);
  };
  const long = ok(2);
  const short = ok(1);
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
    const given = s.slice(i + sl, i + sl + 2);
    const cand = s.slice(i, i + sl + 2);
    if (given.length === 2 && given[0] !== given[1] && given[0] !== s[i] && givenOk(given) && !lex.notNames.has(cand) && !lex.notNames.has(cand.slice(0, 2)) && lex.afterNameWords.longestAt(s, i + sl, i + sl + 2) < 2) return sl + 2;
  }
  return 0;
}

/**
 * A name as an element of a list (`市领导周鹏、任希杰、高新文`): the whole element between
 * separators, when it is shaped like a name, even if it also reads as a common word.
 */
export function readListNameAt(s: string, i: number): number {
  const k = readNameAt(s, i);
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
