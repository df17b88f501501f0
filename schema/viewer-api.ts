// The viewer's JSON API (`kg serve`): request and response schemas shared by the server
// (src/serve) and the page (viz/), so both sides validate against one definition.
import { z } from 'zod';

/** `YYYY-MM-DD`, `MM-DD` (year unknown) or null (近日). */
const LooseDate = z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/).nullable();
const Id = z.string().min(1).max(200);

export const PersonSummary = z.object({
  id: Id,
  name: z.string(),
  /** The organisation of the person's most often seen title, for colouring; null when none. */
  org: z.string().nullable(),
  /** Every organisation the person held a title in. */
  orgs: z.array(z.string()),
  /** The most often seen title (`市委书记`), or null. */
  title: z.string().nullable(),
});

export const MeetingSummary = z.object({
  id: Id,
  name: z.string(),
  kind: z.string(),
  date: LooseDate,
  place: z.string().nullable(),
});

/**
 * GET /api/graph: everything the projection needs, compact. An attendance is
 * `[personIndex, meetingIndex, roleIndex, order]` into `people`, `meetings`, `roles`.
 */
export const GraphPayload = z.object({
  people: z.array(PersonSummary),
  meetings: z.array(MeetingSummary),
  roles: z.array(z.string()),
  attendances: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int()])),
  /** Identifies this data set (layout cache key). */
  hash: z.string(),
});

/** Where a sentence was read. */
export const Source = z.object({
  articleId: z.string().nullable(),
  headline: z.string().nullable(),
  file: z.string().nullable(),
  date: z.string().nullable(),
  newspaper: z.string().nullable(),
});

export const EvidenceItem = z.object({
  sentence: z.string(),
  source: Source,
});

export const PersonDetail = z.object({
  person: PersonSummary.extend({ idBasis: z.string().nullable() }),
  titles: z.array(z.object({
    title: z.string(),
    org: z.string().nullable(),
    orgId: z.string().nullable(),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
  })),
  meetings: z.array(MeetingSummary.extend({
    role: z.string(),
    roles: z.array(z.string()),
    order: z.number().int(),
    evidence: EvidenceItem.nullable(),
  })),
  coAttendees: z.array(z.object({ id: Id, name: z.string(), shared: z.number().int().positive() })),
  evidence: z.array(EvidenceItem),
});

export const MeetingDetail = z.object({
  meeting: MeetingSummary,
  attendees: z.array(z.object({
    id: Id,
    name: z.string(),
    role: z.string(),
    roles: z.array(z.string()),
    order: z.number().int(),
    title: z.string().nullable(),
    evidence: EvidenceItem.nullable(),
  })),
  sources: z.array(Source),
});

export const EdgeDetail = z.object({
  a: PersonSummary,
  b: PersonSummary,
  meetings: z.array(MeetingSummary.extend({
    roleA: z.string(),
    roleB: z.string(),
    evidenceA: EvidenceItem.nullable(),
    evidenceB: EvidenceItem.nullable(),
  })),
});

export const SearchHit = z.object({
  type: z.enum(['person', 'meeting', 'organization']),
  id: Id,
  label: z.string(),
  detail: z.string().nullable(),
  /** How the query matched: a substring of the name, full pinyin, or pinyin initials. */
  match: z.enum(['name', 'pinyin', 'initials']),
});
export const SearchResponse = z.object({ query: z.string(), hits: z.array(SearchHit) });

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(100, 'q is at most 100 characters'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const EdgeQuery = z.object({ a: Id, b: Id });
export const IdParam = Id;

/** POST /api/cypher body. Parameters are passed to the store as parameters, never pasted. */
export const CypherRequest = z.object({
  query: z.string().trim().min(1, 'query must not be empty').max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
  limit: z.number().int().min(1).max(10_000).default(1000),
});

/** Any GraphValue (see src/store/types.ts), recursively. */
export const GraphValueSchema: z.ZodType<unknown> = z.lazy(() => z.union([
  z.null(), z.boolean(), z.number(), z.string(),
  z.array(GraphValueSchema),
  z.record(z.string(), GraphValueSchema),
]));

export const CypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), GraphValueSchema)),
  truncated: z.boolean(),
  ms: z.number(),
});

export const ApiError = z.object({ error: z.string() });

export type PersonSummary = z.infer<typeof PersonSummary>;
export type MeetingSummary = z.infer<typeof MeetingSummary>;
export type GraphPayload = z.infer<typeof GraphPayload>;
export type Source = z.infer<typeof Source>;
export type EvidenceItem = z.infer<typeof EvidenceItem>;
export type PersonDetail = z.infer<typeof PersonDetail>;
export type MeetingDetail = z.infer<typeof MeetingDetail>;
export type EdgeDetail = z.infer<typeof EdgeDetail>;
export type SearchHit = z.infer<typeof SearchHit>;
export type SearchResponse = z.infer<typeof SearchResponse>;
export type CypherRequest = z.infer<typeof CypherRequest>;
export type CypherResponse = z.infer<typeof CypherResponse>;
