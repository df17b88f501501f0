// WordSet finds what a longest-first alternation RegExp finds, without the RegExp.
import { describe, expect, it } from 'vitest';
import { WordSet } from '../../src/extract/word-set.js';
import { alternation } from '../../src/extract/lexicon.js';

/** Every match of a global longest-first alternation, as [index, word]. */
function regexMatches(words: string[], text: string): [number, string][] {
  const re = new RegExp(alternation(words), 'g');
  return [...text.matchAll(re)].map((m) => [m.index, m[0]]);
}

function setMatches(set: WordSet, text: string): [number, string][] {
  const out: [number, string][] = [];
  for (let at = set.find(text); at >= 0; ) {
    const len = set.longestAt(text, at);
    out.push([at, text.slice(at, at + len)]);
    at = set.find(text, at + len);
  }
  return out;
}

describe('WordSet', () => {
  const words = ['书记', '副书记', '市委书记', '市长', '副市长', '长', '委员会', '委'];
  const set = new WordSet(words);

  it('gives the longest word at a position, 0 when none starts there', () => {
    expect(set.longestAt('市委书记王明', 0)).toBe(4);
    expect(set.longestAt('市委书记王明', 1)).toBe(1); // 委
    expect(set.longestAt('市委书记王明', 4)).toBe(0);
  });

  it('does not read past `to`', () => {
    expect(set.longestAt('市委书记', 0, 3)).toBe(0);
    expect(set.longestAt('副市长', 0, 2)).toBe(0);
    expect(set.longestAt('副市长', 0)).toBe(3);
    expect(set.longestAt('委员会', 0, 2)).toBe(1);
  });

  it('finds the leftmost word from a position, or -1', () => {
    expect(set.find('他是副市长')).toBe(2);
    expect(set.find('他是副市长', 3)).toBe(3); // 市长
    expect(set.find('没有职务')).toBe(-1);
  });

  it('matches a global alternation RegExp on random text from the same characters', () => {
    const alphabet = [...new Set(words.join('') + '王明，')];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += alphabet[next() % alphabet.length];
      expect(setMatches(set, text)).toEqual(regexMatches(words, text));
    }
  });

  it('handles characters outside the Basic Multilingual Plane as two code units', () => {
    const s = new WordSet(['𠀀书记']);
    expect(s.find('的𠀀书记')).toBe(1);
    expect(s.longestAt('的𠀀书记', 1)).toBe(4);
  });

  it('gives the length of the word find() found', () => {
    expect(set.find('他是副市长')).toBe(2);
    expect(set.foundLength).toBe(3);
  });

  it('tells whether a range of the text is exactly a word, as a Set of the words would', () => {
    const all = new Set(words);
    const text = '市委书记副市长委员会长';
    for (let i = 0; i < text.length; i++) for (let j = i; j <= text.length + 2; j++) expect(set.hasRange(text, i, j)).toBe(all.has(text.slice(i, j)));
  });
});

describe('WordSet.endings', () => {
  const words = ['会议', '大会', '常委会', '会', '论坛', '坛', '全体会议'];
  const set = WordSet.endings(words);
  const endRe = new RegExp(`(?:${alternation(words)})$`);

  it('gives the longest word ending a string, as a longest-first `(?:…)$` RegExp matches it', () => {
    const alphabet = [...new Set(words.join('') + '市，')];
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let i = 0, len = next() % 9; i < len; i++) text += alphabet[next() % alphabet.length];
      expect(set.longestEnding(text)).toBe(endRe.exec(text)?.[0].length ?? 0);
    }
  });

  it('reads only the range it is given', () => {
    expect(set.longestEnding('常委会议', 3)).toBe(3); // 常委会
    expect(set.longestEnding('常委会议', 3, 1)).toBe(1); // 常委会 would need 常: only 会
    expect(set.longestEnding('全体会议', 4, 2)).toBe(2); // 会议, not 全体会议
    expect(set.longestEnding('会议', 0)).toBe(0);
  });
});
