// Who is who across documents. The same name in the same jurisdiction is one person; a title
// in a provincial or national organisation widens the jurisdiction, so a provincial leader
// reported by two city papers is one node, and a title in a named city's organisation puts the
// person in that city, so 云岭市市长 reported by a 青川 paper is the one 云岭 reports. The reason
// is kept (`idBasis`) for users to check.
import { createHash } from 'node:crypto';
import type { DocumentInfo, PersonMention } from '../types.js';

export const stableId = (prefix: string, ...parts: (string | null | undefined)[]): string =>
  prefix + createHash('sha1').update(parts.map((p) => p ?? '').join('\u0001')).digest('hex').slice(0, 20);

/**
 * An article's id: its content hash (sha256, hex) as 12 base64url characters (72 bits).
 * Twelve characters at most because relationship rows name articles and sentences (title
 * histories list their articles), and Kuzu keeps strings that short inline: with 64-character
 * ids there, every write needed more memory the more the store held (docs/ingest.md).
 */
export const articleId = (hash: string): string => Buffer.from(hash, 'hex').toString('base64url').slice(0, 12);

/** A sentence's id: 12 base64url characters (72 bits) of a hash of its article and text. */
export const sentenceId = (articleId: string, text: string): string =>
  createHash('sha1').update(`${articleId}\u0001${text}`).digest('base64url').slice(0, 12);

const NATIONAL = /^(?:中共中央|党中央|中央|国务院|全国|国家|中国|中华全国|解放军|中国人民解放军)/;

function provinceOf(org: string, doc: DocumentInfo): string | null {
  const m = /^([\u4e00-\u9fff]{2,8}?(?:省|自治区))/.exec(org);
  if (m) return m[1]!;
  if (/^省/.test(org)) return doc.locale.province;
  return null;
}

/** The city an organisation's full name starts with (`云岭市人民政府` → 云岭市), if any. */
function cityOf(org: string): string | null {
  const m = /^([\u4e00-\u9fff]{2,6}?市)/.exec(org);
  // `市委…`, `市政府…` name no city; neither do `城市…` words
  return m && m[1]!.length > 2 && !/^(?:城|都|超)市$/.test(m[1]!) ? m[1]! : null;
}

export interface Identity {
  id: string;
  jurisdiction: string;
  idBasis: string;
}

export function personIdentity(p: PersonMention, doc: DocumentInfo): Identity {
  const orgs = p.titles.map((t) => t.orgFull ?? t.org ?? '').filter(Boolean);
  const national = orgs.find((o) => NATIONAL.test(o));
  const provincial = national ? null : orgs.map((o) => provinceOf(o, doc)).find(Boolean);
  const cityOrg = national || provincial ? undefined : orgs.find((o) => cityOf(o));
  const home = doc.locale.city ?? doc.locale.province ?? doc.source ?? '未知';
  const jurisdiction = national ? '全国' : (provincial ?? (cityOrg ? cityOf(cityOrg)! : home));
  const why = national
    ? `national post (${national})`
    : provincial
      ? `provincial post (${orgs.find((o) => provinceOf(o, doc))})`
      : cityOrg
        ? `post in the city (${cityOrg})`
        : doc.locale.city
          ? `home city of the source`
          : 'source of the document';
  return { id: stableId('p', jurisdiction, p.name), jurisdiction, idBasis: `same name ${p.name} in ${jurisdiction}: ${why}` };
}

export function meetingJurisdiction(doc: DocumentInfo): string {
  return doc.locale.city ?? doc.locale.province ?? doc.source ?? '未知';
}
