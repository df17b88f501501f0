// Every type the project shares, exported from one place. Types are inferred from the zod
// schemas in schema/, so a type and its runtime check never drift apart.
import type { z } from 'zod';
import type * as X from '../schema/extraction.js';
import type * as C from '../schema/config.js';

export type Role = z.infer<typeof X.Role>;
export type BylineRole = z.infer<typeof X.BylineRole>;
export type Evidence = z.infer<typeof X.Evidence>;
export type Title = z.infer<typeof X.Title>;
export type PersonMention = z.infer<typeof X.PersonMention>;
export type Byline = z.infer<typeof X.Byline>;
export type Organization = z.infer<typeof X.Organization>;
export type Participant = z.infer<typeof X.Participant>;
export type Event = z.infer<typeof X.Event>;
export type Article = z.infer<typeof X.Article>;
export type DocumentInfo = z.infer<typeof X.DocumentInfo>;
export type ExtractionResult = z.infer<typeof X.ExtractionResult>;
export type DocumentInput = z.infer<typeof X.DocumentInput>;

export type StoreConfig = z.infer<typeof C.StoreConfig>;

export type {
  GraphStore, GraphValue, GraphNode, GraphRelationship, QueryResult, WriteStats, WriteOptions, QueryOptions,
} from './store/types.js';
