// Hand-built extraction results for the store tests (fictional cities and officials), valid
// against schema/extraction.ts. Each document's text is composed from its event sentences, so
// every evidence span really points at its sentence.
import { createHash } from 'node:crypto';
import { ExtractionResult } from '../../schema/extraction.js';
import type { ExtractionResult as Result, Role } from '../../src/types.js';

export interface FxPerson { name: string; title: string; org: string; post?: string }
export interface FxAttend extends FxPerson { role: Role }
export interface FxEvent { name: string; kind: string; date: string | null; place: string | null; attendees: FxAttend[] }
export interface FxDoc {
  city: string;
  province?: string;
  date: string;
  file: string | null;
  headline: string;
  events: FxEvent[];
  /** Extra text so two documents with the same facts can still differ in content hash. */
  extra?: string;
  byline?: string;
  /** Organisation fullName → parent fullName. */
  parents?: Record<string, string>;
}

export function buildResult(d: FxDoc): Result {
  let text = `${d.headline}\n`;
  const persons = new Map<string, Result['persons'][number]>();
  const orgs = new Map<string, Result['organizations'][number]>();
  const events: Result['events'] = [];
  const bylines: Result['bylines'] = [];
  if (d.byline) {
    const line = `本报记者 ${d.byline}\n`;
    const start = text.length + 5;
    text += line;
    bylines.push({ name: d.byline, role: '记者', evidence: { article: 0, start, end: start + d.byline.length, sentence: line.trim() } });
  }
  for (const [ei, e] of d.events.entries()) {
    const sentStart = text.length;
    const names = e.attendees.map((a) => `${a.title}${a.name}`).join('、');
    const sentence = `${e.date ?? '近日'}，${e.name}在${e.place ?? '本市'}召开，${names}出席。`;
    text += sentence + '\n';
    const participants: Result['events'][number]['participants'] = [];
    for (const [order, a] of e.attendees.entries()) {
      const at = sentStart + sentence.indexOf(`${a.title}${a.name}`) + a.title.length;
      const ev = { article: 0, start: at, end: at + a.name.length, sentence };
      let p = persons.get(a.name);
      if (!p) {
        p = {
          key: `p${persons.size}`, name: a.name,
          titles: [{ text: a.title, full: a.title, post: a.post ?? a.title.slice(-2), org: a.org, orgFull: a.org, qualifier: null }],
          orgs: [a.org], labels: [], mentions: [ev],
        };
        persons.set(a.name, p);
      } else p.mentions.push(ev);
      const orgStart = sentStart; // the organisation is implied by the title in the sentence
      if (!orgs.has(a.org)) {
        orgs.set(a.org, { name: a.org, fullName: a.org, parent: d.parents?.[a.org] ?? null, mentions: [{ article: 0, start: orgStart, end: orgStart + 1, sentence }] });
      }
      participants.push({ person: p.key, name: a.name, role: a.role, roles: [a.role], order, evidence: ev });
    }
    events.push({
      key: `e${ei}`, name: e.name, kind: e.kind, date: e.date, endDate: null, place: e.place,
      evidence: { article: 0, start: sentStart, end: sentStart + sentence.length, sentence }, participants,
    });
  }
  for (const [child, parent] of Object.entries(d.parents ?? {})) {
    if (!orgs.has(parent)) orgs.set(parent, { name: parent, fullName: parent, parent: null, mentions: [{ article: 0, start: 0, end: 1, sentence: d.headline }] });
    if (!orgs.has(child)) orgs.set(child, { name: child, fullName: child, parent, mentions: [{ article: 0, start: 0, end: 1, sentence: d.headline }] });
  }
  if (d.extra) text += d.extra + '\n';
  const hash = createHash('sha256').update(text).digest('hex');
  return ExtractionResult.parse({
    document: {
      hash, file: d.file, title: d.headline, date: d.date, source: `${d.city.replace(/市$/, '')}日报`, url: null,
      locale: { province: d.province ?? '云川省', city: d.city, county: null }, text,
    },
    articles: [{ index: 0, headline: d.headline, start: 0, end: text.length, kind: 'article' }],
    persons: [...persons.values()], bylines, organizations: [...orgs.values()], events,
  });
}

/** A name built to break any query pasted together from text. */
export const NASTY_NAME = `O'Brien"}{`;

const zhou = (title = '市委书记'): FxPerson => ({ name: '周海峰', title, org: '云岭市委' });
const han: FxPerson = { name: '韩明远', title: '市长', org: '云岭市人民政府' };
const qin: FxPerson = { name: '秦雪梅', title: '市委副书记', org: '云岭市委' };
const he: FxPerson = { name: '何志勇', title: '组织部部长', org: '云岭市委组织部', post: '部长' };
const nasty: FxPerson = { name: NASTY_NAME, title: '局长', org: '云岭市文化和旅游局' };
const at = (p: FxPerson, role: Role): FxAttend => ({ ...p, role });

/** Three documents of one city (云岭市) and one of another (青川市) sharing a name. */
export function storeFixtureDocs(): FxDoc[] {
  return [
    {
      city: '云岭市', date: '2024-03-05', file: 'fx/yunling-0305.txt', headline: '市委常委会召开会议', byline: '林小溪',
      parents: { '云岭市委组织部': '云岭市委' },
      events: [
        { name: '市委常委会会议', kind: '会议', date: '2024-03-05', place: '市委会议室', attendees: [at(zhou(), '主持'), at(han, '出席'), at(qin, '出席'), at(he, '出席')] },
      ],
    },
    {
      city: '云岭市', date: '2024-04-10', file: 'fx/yunling-0410.txt', headline: '全市文旅发展大会召开',
      events: [
        { name: '全市文旅发展大会', kind: '会议', date: '2024-04-10', place: '云岭宾馆', attendees: [at(zhou(), '讲话'), at(han, '主持'), at(nasty, '出席')] },
        { name: '文旅项目推进座谈会', kind: '座谈会', date: '2024-04-11', place: null, attendees: [at(han, '主持'), at(nasty, '参加')] },
      ],
    },
    {
      // 周海峰 seen again in 云岭市 with the same title months later: one person, a longer title history
      city: '云岭市', date: '2024-09-20', file: 'fx/yunling-0920.txt', headline: '市领导调研秋粮收购',
      events: [
        { name: '秋粮收购调研', kind: '调研', date: '2024-09-20', place: '东坪镇', attendees: [at(zhou(), '调研'), at(qin, '陪同')] },
      ],
    },
    {
      // a different 周海峰 in another city: must stay a separate person
      city: '青川市', date: '2024-05-01', file: 'fx/qingchuan-0501.txt', headline: '青川市召开安全生产会议',
      events: [
        { name: '全市安全生产工作会议', kind: '会议', date: '2024-05-01', place: '青川会堂', attendees: [at({ name: '周海峰', title: '副市长', org: '青川市人民政府' }, '讲话'), at({ name: '冯建国', title: '市长', org: '青川市人民政府' }, '主持')] },
      ],
    },
  ];
}

export const storeFixtures = (): Result[] => storeFixtureDocs().map(buildResult);
