// The generator's vocabulary, read from the data files in ./data (one entry per line, # comments).
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';

export interface PostSpec {
  group: 'leader' | 'county' | 'dept' | 'univ' | 'hosp' | 'company' | 'expert';
  count: number;
  /** Posts of the chain: printed title template and organisation alternatives (templates). */
  chain: { title: string; orgs: string[] }[];
}

export interface WordLists {
  surnames: string[];
  givenChars: string[];
  placeFirst: string[];
  placeSecond: string[];
  provinces: string[];
  topics: string[];
  industries: string[];
  foreign: { country: string; given: string }[];
  foreignFamily: string[];
  posts: PostSpec[];
  filler: string[];
}

const GROUPS = new Set(['leader', 'county', 'dept', 'univ', 'hosp', 'company', 'expert']);

function lines(name: string): string[] {
  const file = fromRoot('src', 'bench', 'data', name);
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function parsePost(line: string, at: string): PostSpec {
  const [group, count, chain] = line.split('|');
  if (!group || !GROUPS.has(group) || !count || !chain) throw new Error(`${at}: expected group|count|chain, got "${line}"`);
  return {
    group: group as PostSpec['group'],
    count: Number(count),
    chain: chain.split(';').map((p) => {
      const [title, orgs] = p.split('=');
      return { title: title ?? '', orgs: orgs ? orgs.split('/') : [] };
    }),
  };
}

let cached: WordLists | undefined;

export function loadWordLists(): WordLists {
  if (cached) return cached;
  cached = {
    surnames: lines('surnames.txt'),
    givenChars: lines('given-chars.txt'),
    placeFirst: lines('place-first.txt'),
    placeSecond: lines('place-second.txt'),
    provinces: lines('provinces.txt'),
    topics: lines('topics.txt'),
    industries: lines('industries.txt'),
    foreign: lines('foreign.txt').map((l) => {
      const [country, given] = l.split('|');
      return { country: country ?? '', given: given ?? '' };
    }),
    foreignFamily: lines('foreign-family.txt'),
    posts: lines('posts.txt').map((l, i) => parsePost(l, `posts.txt entry ${i + 1}`)),
    filler: lines('filler.txt'),
  };
  return cached;
}
