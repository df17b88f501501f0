// The property graph: node and relationship rows as both stores write them. Ids are stable
// hashes of normalised keys, so writing the same facts twice changes nothing.
import { z } from 'zod';

export const PersonRow = z.object({
  id: z.string(),
  name: z.string(),
  /** Where the name is taken to be one person: 大同市, 山西省, 全国. */
  jurisdiction: z.string(),
  /** Why mentions were joined into this node, for users to check. */
  idBasis: z.string(),
});
export const OrganizationRow = z.object({ id: z.string(), name: z.string(), fullName: z.string() });
export const MeetingRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  jurisdiction: z.string(),
});
export const ArticleRow = z.object({
  id: z.string(),
  hash: z.string(),
  headline: z.string().nullable(),
  date: z.string().nullable(),
  newspaper: z.string().nullable(),
  file: z.string().nullable(),
  url: z.string().nullable(),
  locale: z.string().nullable(),
});
export const JournalistRow = z.object({ id: z.string(), name: z.string(), newspaper: z.string().nullable() });
/** A sentence facts were read from (the evidence of attendances and mentions), stored once. */
export const SentenceRow = z.object({ id: z.string(), articleId: z.string(), text: z.string() });

const rel = <T extends z.ZodRawShape>(shape: T) => z.object({ key: z.string(), from: z.string(), to: z.string(), ...shape });
export const AttendedRow = rel({
  role: z.string(),
  roles: z.array(z.string()),
  order: z.number().int(),
  /** The Sentence that says so (its id; the sentence names the article). */
  sentenceId: z.string(),
  /** Where the person's name is in the article's text (as the extractor read it). */
  evidenceStart: z.number().int(),
  evidenceEnd: z.number().int(),
});
export const HoldsRow = rel({
  title: z.string(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  articleIds: z.array(z.string()),
});
export const PartOfRow = rel({});
export const ReportedInRow = rel({});
export const MentionedInRow = rel({ count: z.number().int(), sentenceId: z.string() });
export const WroteRow = rel({ role: z.string() });

export const GraphBatch = z.object({
  Person: z.array(PersonRow),
  Organization: z.array(OrganizationRow),
  Meeting: z.array(MeetingRow),
  Article: z.array(ArticleRow),
  Journalist: z.array(JournalistRow),
  Sentence: z.array(SentenceRow),
  ATTENDED: z.array(AttendedRow),
  HOLDS: z.array(HoldsRow),
  PART_OF: z.array(PartOfRow),
  REPORTED_IN: z.array(ReportedInRow),
  MENTIONED_IN: z.array(MentionedInRow),
  WROTE: z.array(WroteRow),
});
export type GraphBatch = z.infer<typeof GraphBatch>;

export const NODE_TABLES = ['Person', 'Organization', 'Meeting', 'Article', 'Journalist', 'Sentence'] as const;
export const REL_TABLES = {
  ATTENDED: ['Person', 'Meeting'],
  HOLDS: ['Person', 'Organization'],
  PART_OF: ['Organization', 'Organization'],
  REPORTED_IN: ['Meeting', 'Article'],
  MENTIONED_IN: ['Person', 'Article'],
  WROTE: ['Journalist', 'Article'],
} as const;
export type NodeTable = (typeof NODE_TABLES)[number];
export type RelTable = keyof typeof REL_TABLES;
