// Extraction results → graph rows (nodes and relationships), deduplicated within the batch.
import type { ExtractionResult } from '../types.js';
import type { GraphBatch } from '../../schema/graph.js';
import { normEventName } from '../extract/similarity.js';
import { articleId as articleIdOf, personIdentity, meetingJurisdiction, sentenceId, stableId } from './identity.js';

export type { GraphBatch };

export function emptyBatch(): GraphBatch {
  return { Person: [], Organization: [], Meeting: [], Article: [], Journalist: [], Sentence: [], ATTENDED: [], HOLDS: [], PART_OF: [], REPORTED_IN: [], MENTIONED_IN: [], WROTE: [] };
}

const earlier = (a: string | null, b: string | null): string | null => (!a ? b : !b ? a : a < b ? a : b);
const later = (a: string | null, b: string | null): string | null => (!a ? b : !b ? a : a > b ? a : b);

/** The rows for a batch of documents; rows sharing an id or key appear once, a title seen again widens its history. */
export function buildGraph(results: ExtractionResult[]): GraphBatch {
  const maps = Object.fromEntries(Object.keys(emptyBatch()).map((k) => [k, new Map<string, unknown>()])) as { [K in keyof GraphBatch]: Map<string, GraphBatch[K][number]> };
  const put = <K extends keyof GraphBatch>(table: K, key: string, row: GraphBatch[K][number]): void => {
    if (!maps[table].has(key)) maps[table].set(key, row);
  };
  for (const r of results) {
    const doc = r.document;
    const articleId = articleIdOf(doc.hash);
    const date = doc.date;
    put('Article', articleId, {
      id: articleId,
      hash: doc.hash,
      headline: r.articles.find((a) => a.headline)?.headline ?? doc.title,
      date,
      newspaper: doc.source,
      file: doc.file,
      url: doc.url,
      locale: doc.locale.city ?? doc.locale.province,
    });
    /** The id of the sentence a fact was read from, stored once per article and text. */
    const sentence = (text: string): string => {
      const id = sentenceId(articleId, text);
      put('Sentence', id, { id, articleId, text });
      return id;
    };
    const orgId = (fullName: string): string => stableId('o', fullName);
    for (const o of r.organizations) {
      put('Organization', orgId(o.fullName), { id: orgId(o.fullName), name: o.name, fullName: o.fullName });
      if (o.parent) {
        const key = `${orgId(o.fullName)}>${orgId(o.parent)}`;
        put('PART_OF', key, { key, from: orgId(o.fullName), to: orgId(o.parent) });
      }
    }
    const personIds = new Map<string, string>();
    for (const p of r.persons) {
      const who = personIdentity(p, doc);
      personIds.set(p.key, who.id);
      put('Person', who.id, { id: who.id, name: p.name, jurisdiction: who.jurisdiction, idBasis: who.idBasis });
      const mkey = `${who.id}>${articleId}`;
      if (!maps.MENTIONED_IN.has(mkey)) put('MENTIONED_IN', mkey, { key: mkey, from: who.id, to: articleId, count: p.mentions.length, sentenceId: sentence(p.mentions[0]!.sentence) });
      for (const t of p.titles) {
        const org = t.orgFull ?? t.org;
        if (!org) continue;
        const oid = orgId(org);
        put('Organization', oid, { id: oid, name: t.org ?? org, fullName: org });
        const key = `${who.id}>${oid}>${t.full}`;
        const prev = maps.HOLDS.get(key);
        if (prev) {
          prev.firstSeen = earlier(prev.firstSeen, date);
          prev.lastSeen = later(prev.lastSeen, date);
          if (!prev.articleIds.includes(articleId)) prev.articleIds.push(articleId);
        } else put('HOLDS', key, { key, from: who.id, to: oid, title: t.full, firstSeen: date, lastSeen: date, articleIds: [articleId] });
      }
    }
    const where = meetingJurisdiction(doc);
    for (const e of r.events) {
      const mid = stableId('m', where, normEventName(e.name), e.date);
      put('Meeting', mid, { id: mid, name: e.name, kind: e.kind, date: e.date, place: e.place, jurisdiction: where });
      const rkey = `${mid}>${articleId}`;
      put('REPORTED_IN', rkey, { key: rkey, from: mid, to: articleId });
      for (const x of e.participants) {
        const pid = personIds.get(x.person);
        if (!pid) continue;
        const key = `${pid}>${mid}`;
        if (maps.ATTENDED.has(key)) continue;
        put('ATTENDED', key, {
          key, from: pid, to: mid, role: x.role, roles: x.roles, order: x.order,
          sentenceId: sentence(x.evidence.sentence), evidenceStart: x.evidence.start, evidenceEnd: x.evidence.end,
        });
      }
    }
    for (const b of r.bylines) {
      const jid = stableId('j', doc.source, b.name);
      put('Journalist', jid, { id: jid, name: b.name, newspaper: doc.source });
      const key = `${jid}>${articleId}>${b.role}`;
      put('WROTE', key, { key, from: jid, to: articleId, role: b.role });
    }
  }
  const out = emptyBatch();
  for (const k of Object.keys(out) as (keyof GraphBatch)[]) (out[k] as unknown[]) = [...maps[k].values()];
  return out;
}

/** The rows of several batches in one (rows are not merged: the store's stage does that). */
export function concatBatches(batches: GraphBatch[]): GraphBatch {
  if (batches.length === 1) return batches[0]!;
  const out = emptyBatch();
  for (const b of batches) for (const k of Object.keys(out) as (keyof GraphBatch)[]) for (const r of b[k]) (out[k] as unknown[]).push(r);
  return out;
}
