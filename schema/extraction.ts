// The extractor's output: one ExtractionResult per input document. This is the contract
// between extraction (src/extract), graph building (src/graph), ingest and the viewer.
// Offsets are UTF-16 code-unit offsets into `document.text` (the normalised text the
// extractor worked on), so `text.slice(start, end)` gives back the evidence.
import { z } from 'zod';

/** Participation roles, in the vocabulary of ../shared/eval/GUIDE.md plus a few finer ones. */
export const ROLES = [
  '主持', '讲话', '致辞', '出席', '参加', '列席', '会见', '在座', '调研', '陪同', '表演', '其他',
] as const;
export const Role = z.enum(ROLES);

/** Byline roles: who wrote or photographed an article (never attendees). */
export const BYLINE_ROLES = ['记者', '摄影', '通讯员', '作者', '编辑'] as const;
export const BylineRole = z.enum(BYLINE_ROLES);

/** Where a fact was read: document, article, character span and the sentence around it. */
export const Evidence = z.object({
  article: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.string(),
});

/** One post in a title chain, e.g. `市委常委、组织部部长` gives two Titles. */
export const Title = z.object({
  /** The title as written between separators: `组织部部长`. */
  text: z.string().min(1),
  /** With the organisation inherited along the chain: `市委组织部部长`. */
  full: z.string().min(1),
  /** The bare post: `部长`, `书记`, `副市长`. */
  post: z.string(),
  /** The organisation as written or inherited (`市委组织部`), or null for a bare post. */
  org: z.string().nullable(),
  /** The organisation resolved against the home locale (`太原市委组织部`), or null. */
  orgFull: z.string().nullable(),
  /** 原/前 = former, 代 = acting. */
  qualifier: z.enum(['former', 'acting']).nullable(),
});

export const PersonMention = z.object({
  /** Document-local key, stable within one result (`p0`, `p1`, …). */
  key: z.string(),
  name: z.string().min(1),
  titles: z.array(Title),
  /** Distinct organisations of the person's titles (resolved form where known). */
  orgs: z.array(z.string()),
  /** Group labels that introduced the person (`市领导`), not posts. */
  labels: z.array(z.string()),
  mentions: z.array(Evidence).min(1),
});

export const Byline = z.object({
  name: z.string().min(1),
  role: BylineRole,
  evidence: Evidence,
});

export const Organization = z.object({
  /** As written: `市民政局`. */
  name: z.string().min(1),
  /** Resolved against the home locale: `大同市民政局` (equals name when nothing to resolve). */
  fullName: z.string().min(1),
  /** The organisation it belongs to, as a fullName (`太原市委组织部` → `太原市委`), or null. */
  parent: z.string().nullable(),
  mentions: z.array(Evidence).min(1),
});

export const Participant = z.object({
  /** PersonMention.key of the participant. */
  person: z.string(),
  name: z.string().min(1),
  /** The main role (first of `roles`). */
  role: Role,
  /** Every role the text gives, e.g. 主持会议并讲话 → [主持, 讲话]. */
  roles: z.array(Role).min(1),
  /** Protocol order: position in which the text lists this person for the event (0-based). */
  order: z.number().int().nonnegative(),
  evidence: Evidence,
});

export const Event = z.object({
  /** Document-local key (`e0`, …). */
  key: z.string(),
  name: z.string().min(1),
  /** 会议, 座谈会, 研讨会, 论坛, 仪式, 发布会, 演练, 调研, 宣讲, 会见, 活动, … */
  kind: z.string(),
  /** `YYYY-MM-DD` when the year is known, `MM-DD` when not, null when unknown (近日). */
  date: z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/).nullable(),
  /** Last day of a range (`10月18日至19日`), same format, or null. */
  endDate: z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/).nullable(),
  place: z.string().nullable(),
  evidence: Evidence,
  participants: z.array(Participant),
});

export const Article = z.object({
  index: z.number().int().nonnegative(),
  headline: z.string().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['article', 'caption', 'notice']),
});

export const DocumentInfo = z.object({
  /** sha256 of the normalised text, hex: the document's identity for idempotent ingest. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Input file (or `file:line` for JSONL), or null for stdin/strings. */
  file: z.string().nullable(),
  title: z.string().nullable(),
  /** Publication date `YYYY-MM-DD`, or null. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  /** Home jurisdiction, e.g. { province: '山西省', city: '大同市' }, used to resolve 市委 → 大同市委. */
  locale: z.object({ province: z.string().nullable(), city: z.string().nullable(), county: z.string().nullable() }),
  /** The normalised text all offsets point into. */
  text: z.string(),
});

export const ExtractionResult = z.object({
  document: DocumentInfo,
  articles: z.array(Article),
  persons: z.array(PersonMention),
  bylines: z.array(Byline),
  organizations: z.array(Organization),
  events: z.array(Event),
});

/** What the extractor is given: text plus whatever metadata the source carries. */
export const DocumentInput = z.object({
  text: z.string(),
  file: z.string().nullish(),
  title: z.string().nullish(),
  /** Publication date `YYYY-MM-DD` if known from outside the text. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
  /** Home locale hint such as `大同市` or `山西省大同市`. */
  locale: z.string().nullish(),
});
