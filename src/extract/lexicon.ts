// Loads the lexicons (plain-text data files in ./lexicons) once and compiles them into the
// lookups the rules use: Sets, word sets (tries) for scanning and for words ending a string,
// longest-first alternation RegExps for patterns, and tab-separated maps.
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
  compoundSurnames: string[];
  /** The same, tested on a range of the text without slicing it. */
  compoundSurnameWords: WordSet;
  /** The anchors that are a foreign post once a modifier (副, 一级 …) is stripped. */
  foreignAnchorWords: WordSet;
  afterNameWords: WordSet;
  notNames: Set<string>;
  /** notNames as a word set: tested on a range of the text without slicing it. */
  notNameWords: WordSet;
  notGivenChars: Set<string>;
  roleVerbs: Map<string, string>;
  roleVerbWords: WordSet;
  speechVerbWords: WordSet;
  /** The same, as endings (`WordSet.endings`): `…调研时强调` ends in one. */
  speechVerbEnds: WordSet;
  eventKindSet: Set<string>;
  /**
   * Word lists tested at the end of a string (what `(?:…)$` alternations tested), as sets of
   * endings (`WordSet.endings`): event kinds, organisation suffixes, false organisation
   * endings, and the stop words an organisation name does not extend left past.
   */
  eventKindEnds: WordSet;
  orgSuffixEnds: WordSet;
  orgFalseEnds: WordSet;
  orgLeftStopEnds: WordSet;
  eventGeneric: Set<string>;
  orgSuffixWords: WordSet;
  /** Words a suffix does not end an organisation in (部署 after 部 …), tested on a range of the text. */
  orgFalseContinuationWords: WordSet;
  orgGenericHeadRe: RegExp;
  /** Last characters of the stop words (a table by char code): most positions need no further test. */
  orgLeftStopLastTable: Uint8Array;
  /** Titles (with their modifiers: 常务副, 一级 …) and labels: the anchors of person recognition. */
  anchors: WordSet;
  /** The labels (市领导, 出席会议的 …), tested on a range of the text without slicing it. */
  labelWords: WordSet;
  /** Role and speech verbs (`longestAt` tells whether one starts at a point). */
  verbWords: WordSet;
  eventVerbWords: WordSet;
  /** The event verbs as a global RegExp, for one pass over a whole page (reset lastIndex). */
  eventVerbRe: RegExp;
  ordinalEventRe: RegExp;
  /** The posts with their modifiers (常务副市长, 二级调研员 …), as endings (`WordSet.endings`). */
  postEnds: WordSet;
  /** Words a title chain read leftwards from a name stops after (会见, 陪同, 在 …). */
  chainCutWords: WordSet;
  /** Verbs of a meeting with guests (会见 …) and of an official's visit (调研 …): events led by a person. */
  meetingVerbs: string[];
  visitVerbs: string[];
}

/** A table with 1 for each char code. */
function codeTable(codes: number[]): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of codes) t[c] = 1;
  return t;
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
  const notNames = readList('not-names.txt');
  const orgFalseEndings = readList('org-false-endings.txt');
  const orgFalseContinuations = readList('org-false-continuations.txt');
  // 常务副市长, 第一副书记, 二级调研员: modifiers the grammar adds to every post
  const modifiers = ['', '副', '常务副', '第一副', '执行副', '专职副', '驻会副', '常务', '第一', '执行', '专职', '代理', '代', '一级', '二级', '三级', '四级'];
  const anchorWords = [...modifiers.flatMap((m) => posts.map((p) => m + p)), ...labels];
  const compoundSurnames = readList('compound-surnames.txt');
  const foreignPosts = new Set(readList('foreign-posts.txt'));
  const foreignAnchors = anchorWords.filter((w) => foreignPosts.has(w.replace(/^(?:常务|第一|执行|专职|驻会)?副|^[一二三四]级/, '')));
  cached = {
    surnames: new Set(readList('surnames.txt')),
    compoundSurnames,
    compoundSurnameWords: new WordSet(compoundSurnames),
    afterNameWords: new WordSet(afterName),
    chainCutWords: new WordSet(readList('chain-cuts.txt')),
    notNames: new Set(notNames),
    notNameWords: new WordSet(notNames),
    notGivenChars: new Set(readList('not-given-chars.txt')),
    roleVerbs,
    roleVerbWords: new WordSet(roleVerbs.keys()),
    speechVerbWords: new WordSet(speechVerbs),
    speechVerbEnds: WordSet.endings(speechVerbs),
    eventKindSet: new Set(eventKinds),
    eventKindEnds: WordSet.endings(eventKinds),
    orgSuffixEnds: WordSet.endings(orgSuffixes),
    orgFalseEnds: WordSet.endings(orgFalseEndings),
    orgLeftStopEnds: WordSet.endings(orgLeftStops),
    eventGeneric: new Set(readList('event-generic.txt')),
    orgSuffixWords: new WordSet(orgSuffixes),
    orgFalseContinuationWords: new WordSet(orgFalseContinuations),
    orgGenericHeadRe: new RegExp(`^(?:市|省|县|区)?(?:${alternation(readList('org-generic-heads.txt'))})+$`),
    orgLeftStopLastTable: codeTable(orgLeftStops.map((w) => w.charCodeAt(w.length - 1))),
    verbWords: new WordSet([...roleVerbs.keys(), ...speechVerbs]),
    eventVerbWords: new WordSet(readList('event-verbs.txt')),
    eventVerbRe: new RegExp(alternation(readList('event-verbs.txt')), 'g'),
    ordinalEventRe: new RegExp(`^第[^，。；：、\\s“”]{1,20}?(?:${alternation(eventKinds)})`),
    anchors: new WordSet(anchorWords),
    foreignAnchorWords: new WordSet(foreignAnchors),
    labelWords: new WordSet(labels),
    meetingVerbs: readList('meeting-verbs.txt'),
    visitVerbs: readList('visit-verbs.txt'),
    postEnds: WordSet.endings(modifiers.flatMap((m) => posts.map((p) => m + p))),
  };
  return cached;
}
