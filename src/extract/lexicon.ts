// Loads the lexicons (plain-text data files in ./lexicons) once and compiles them into the
// lookups the rules use: Sets, word sets (tries) for scanning, longest-first alternation
// RegExps for patterns anchored at a string's end, and tab-separated maps.
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';
import { WordSet } from './word-set.js';

function readList(name: string): string[] {
  const text = readFileSync(fromRoot('src', 'extract', 'lexicons', name), 'utf8');
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    // a line may hold several space-separated entries, except tab-separated mappings
    if (line.includes('\t')) out.push(line);
    else for (const w of line.split(/\s+/)) if (w) out.push(w);
  }
  return out;
}

function readMap(name: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of readList(name)) {
    const [k, v] = line.split('\t').map((s) => s.trim());
    if (k && v) m.set(k, v);
  }
  return m;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of the words, longest first, so the regex engine prefers the longest match. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe).join('|');
}

export interface Lexicon {
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  posts: string[];
  foreignPosts: Set<string>;
  labels: string[];
  afterName: string[];
  afterNameWords: WordSet;
  notNames: Set<string>;
  notGivenChars: Set<string>;
  roleVerbs: Map<string, string>;
  roleVerbWords: WordSet;
  speechVerbs: string[];
  speechVerbWords: WordSet;
  eventKinds: string[];
  eventKindEndRe: RegExp;
  eventVerbs: string[];
  eventGeneric: Set<string>;
  orgSuffixWords: WordSet;
  orgSuffixEndRe: RegExp;
  orgFalseContinuations: Set<string>;
  orgLeftStops: string[];
  orgGenericHeadRe: RegExp;
  orgFalseEndingRe: RegExp;
  orgLeftStopRe: RegExp;
  /** Last characters of the stop words: most positions need no regex test at all. */
  orgLeftStopLast: Set<string>;
  /** Titles (with their modifiers: 常务副, 一级 …) and labels: the anchors of person recognition. */
  anchors: WordSet;
  labelSet: Set<string>;
  /** Role and speech verbs (`longestAt` tells whether one starts at a point). */
  verbWords: WordSet;
  eventVerbWords: WordSet;
  ordinalEventRe: RegExp;
  postEndRe: RegExp;
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const posts = readList('posts.txt');
  const labels = readList('labels.txt');
  const afterName = readList('after-name.txt');
  const roleVerbs = readMap('role-verbs.txt');
  const speechVerbs = readList('speech-verbs.txt');
  const eventKinds = readList('event-kinds.txt');
  const orgSuffixes = readList('org-suffixes.txt');
  const orgLeftStops = readList('org-left-stops.txt');
  // 常务副市长, 第一副书记, 二级调研员: modifiers the grammar adds to every post
  const postPattern = `(?:(?:常务|第一|执行|专职|驻会)?副|常务|第一|执行|专职|代理|代|[一二三四]级)?(?:${alternation(posts)})`;
  const modifiers = ['', '副', '常务副', '第一副', '执行副', '专职副', '驻会副', '常务', '第一', '执行', '专职', '代理', '代', '一级', '二级', '三级', '四级'];
  cached = {
    surnames: new Set(readList('surnames.txt')),
    compoundSurnames: new Set(readList('compound-surnames.txt')),
    posts,
    foreignPosts: new Set(readList('foreign-posts.txt')),
    labels,
    afterName,
    afterNameWords: new WordSet(afterName),
    notNames: new Set(readList('not-names.txt')),
    notGivenChars: new Set(readList('not-given-chars.txt')),
    roleVerbs,
    roleVerbWords: new WordSet(roleVerbs.keys()),
    speechVerbs,
    speechVerbWords: new WordSet(speechVerbs),
    eventKinds,
    eventKindEndRe: new RegExp(`(?:${alternation(eventKinds)})$`),
    eventVerbs: readList('event-verbs.txt'),
    eventGeneric: new Set(readList('event-generic.txt')),
    orgSuffixWords: new WordSet(orgSuffixes),
    orgSuffixEndRe: new RegExp(`(?:${alternation(orgSuffixes)})$`),
    orgFalseContinuations: new Set(readList('org-false-continuations.txt')),
    orgLeftStops,
    orgGenericHeadRe: new RegExp(`^(?:市|省|县|区)?(?:${alternation(readList('org-generic-heads.txt'))})+$`),
    orgFalseEndingRe: new RegExp(`(?:${alternation(readList('org-false-endings.txt'))})$`),
    orgLeftStopRe: new RegExp(`(?:${alternation(orgLeftStops)})$`),
    orgLeftStopLast: new Set(orgLeftStops.map((w) => w[w.length - 1]!)),
    verbWords: new WordSet([...roleVerbs.keys(), ...speechVerbs]),
    eventVerbWords: new WordSet(readList('event-verbs.txt')),
    ordinalEventRe: new RegExp(`^第[^，。；：、\\s“”]{1,20}?(?:${alternation(eventKinds)})`),
    anchors: new WordSet([...modifiers.flatMap((m) => posts.map((p) => m + p)), ...labels]),
    labelSet: new Set(labels),
    postEndRe: new RegExp(`${postPattern}$`),
  };
  return cached;
}
