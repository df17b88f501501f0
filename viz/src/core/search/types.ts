export type SearchKind = 'person' | 'meeting' | 'organization';
export type MatchKind = 'name' | 'pinyin' | 'initials';

export interface SearchEntry {
  type: SearchKind;
  id: string;
  label: string;
  detail: string | null;
}

export interface IndexedEntry extends SearchEntry {
  /** Lower-cased label. */
  key: string;
  /** Full pinyin without tones or spaces (`ludongliang`). */
  pinyin: string;
  /** Pinyin initials (`ldl`). */
  initials: string;
}

export interface SearchResult extends SearchEntry {
  match: MatchKind;
}
