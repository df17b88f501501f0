// Types shared across the viewer: the API payloads (validated by the schemas in schema/) and
// the attributes the viewer puts on graphology nodes and edges.
export type {
  GraphPayload, PersonSummary, MeetingSummary, PersonDetail, MeetingDetail, EdgeDetail,
  SearchHit, SearchResponse, CypherResponse, EvidenceItem, Source,
} from '../../schema/viewer-api.js';
export type { ViewKind, NodeKind, VizNodeAttributes, VizEdgeAttributes, VizGraph } from './core/graph/types.js';
export type { Filters } from './core/filters/types.js';
export type { ViewState } from './core/url-state/types.js';
