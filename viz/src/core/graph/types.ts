import type { UndirectedGraph } from 'graphology';

/** co-attendance: people only; bipartite: people and meetings; ego: a person's neighbourhood. */
export type ViewKind = 'coattendance' | 'bipartite' | 'ego';
export type NodeKind = 'person' | 'meeting';

export interface VizNodeAttributes {
  kind: NodeKind;
  label: string;
  /** Meetings attended in the filtered period (people), or attendees (meetings). */
  meetings: number;
  /** Sum of the weights of the node's edges. */
  wdegree: number;
  org: string | null;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Meeting kind / date, for meetings in the bipartite view. */
  meetingKind?: string;
  date?: string | null;
}

export interface VizEdgeAttributes {
  /** Shared meetings (co-attendance) or 1 (attendance). */
  weight: number;
  size: number;
  color: string;
  /** Role in the meeting (bipartite view only). */
  role?: string;
}

export interface VizGraphAttributes {
  /** The minimum of shared meetings actually applied (raised above the filter's on huge graphs). */
  minShared?: number;
}

export type VizGraph = UndirectedGraph<VizNodeAttributes, VizEdgeAttributes, VizGraphAttributes>;
