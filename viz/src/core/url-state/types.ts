import type { ViewKind } from '../graph/types.js';
import type { ColorBy, SizeBy } from '../graph/utils.js';
import type { Filters } from '../filters/types.js';

export type Selection =
  | { type: 'person'; id: string }
  | { type: 'meeting'; id: string }
  | { type: 'edge'; a: string; b: string };

/** Everything a shared link restores. */
export interface ViewState extends Filters {
  view: ViewKind;
  /** Ego view: the person at the centre and how many hops around them. */
  center: string | null;
  hops: number;
  sizeBy: SizeBy;
  colorBy: ColorBy;
  selected: Selection | null;
}
