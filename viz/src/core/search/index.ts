// Search over names for the autocomplete: any substring of the Chinese name, full pinyin
// (`ludongliang`) or pinyin initials (`ldl`), ranked so exact and prefix matches come first.
import { pinyin } from 'pinyin-pro';
import type { IndexedEntry, MatchKind, SearchEntry, SearchKind, SearchResult } from './types.js';

export type { SearchEntry, SearchResult, SearchKind, MatchKind, IndexedEntry } from './types.js';

/** Pinyin of a label as syllables without tones; non-Han characters pass through lower-cased. */
function syllables(label: string): string[] {
  return pinyin(label, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0);
}

export function indexEntry(e: SearchEntry): IndexedEntry {
  const syl = syllables(e.label);
  return { ...e, key: e.label.toLowerCase(), pinyin: syl.join(''), initials: syl.map((s) => s[0]).join('') };
}

export class SearchIndex {
  private readonly entries: IndexedEntry[];
  constructor(entries: SearchEntry[]) {
    this.entries = entries.map(indexEntry);
  }

  get size(): number {
    return this.entries.length;
  }

  search(query: string, limit = 20): SearchResult[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const latin = q.replace(/[\s'’-]/g, '');
    const isLatin = /^[a-z0-9]+$/.test(latin);
    const scored: { e: IndexedEntry; score: number; match: MatchKind }[] = [];
    for (const e of this.entries) {
      let best: { score: number; match: MatchKind } | null = null;
      const nameAt = e.key.indexOf(q);
      if (nameAt >= 0) best = { score: rank(nameAt, e.key.length === q.length), match: 'name' };
      if (isLatin && !best) {
        const ini = e.initials.indexOf(latin);
        const full = e.pinyin.indexOf(latin);
        if (full >= 0) best = { score: rank(full, e.pinyin.length === latin.length) + 1, match: 'pinyin' };
        else if (ini >= 0) best = { score: rank(ini, e.initials.length === latin.length) + 2, match: 'initials' };
      }
      if (best) scored.push({ e, ...best });
    }
    scored.sort((a, b) => a.score - b.score || typeOrder(a.e.type) - typeOrder(b.e.type) || a.e.label.length - b.e.label.length || a.e.label.localeCompare(b.e.label, 'zh'));
    return scored.slice(0, limit).map(({ e, match }) => ({ type: e.type, id: e.id, label: e.label, detail: e.detail, match }));
  }
}

/** Exact match 0, prefix 3, inside 6 (pinyin and initials add 1 and 2). */
function rank(position: number, exact: boolean): number {
  return exact ? 0 : position === 0 ? 3 : 6;
}

function typeOrder(t: SearchKind): number {
  return t === 'person' ? 0 : t === 'organization' ? 1 : 2;
}
