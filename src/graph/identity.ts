// Who is who across documents. The same name in the same jurisdiction is one person; a title
// in a provincial or national organisation widens the jurisdiction, so a provincial leader
// reported by two city papers is one node. The reason is kept (`idBasis`) for users to check.
import { createHash } from 'node:crypto';
import type { DocumentInfo, PersonMention } from '../types.js';

export const stableId = (prefix: string, ...parts: (string | null | undefined)[]): string =>
  prefix + createHash('sha1').update(parts.map((p) => p ?? '').join('\u0001')).digest('hex').slice(0, 20);

const NATIONAL = /^(?:中共中央|党中央|中央|国务院|全国|国家|中国|中华全国|解放军|中国人民解放军)/;

function provinceOf(org: string, doc: DocumentInfo): string | null {
  const m = /^([\u4e00-\u9fff]{2,8}?(?:省|自治区))/.exec(org);
  if (m) return m[1]!;
  if (/^省/.test(org)) return doc.locale.province;
  return null;
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
  const home = doc.locale.city ?? doc.locale.province ?? doc.source ?? '未知';
  const jurisdiction = national ? '全国' : (provincial ?? home);
  const why = national
    ? `national post (${national})`
    : provincial
      ? `provincial post (${orgs.find((o) => provinceOf(o, doc))})`
      : doc.locale.city
        ? `home city of the source`
        : 'source of the document';
  return { id: stableId('p', jurisdiction, p.name), jurisdiction, idBasis: `same name ${p.name} in ${jurisdiction}: ${why}` };
}

export function meetingJurisdiction(doc: DocumentInfo): string {
  return doc.locale.city ?? doc.locale.province ?? doc.source ?? '未知';
}
