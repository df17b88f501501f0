// Fictional articles for the viewer's tests, built as extraction results (the contract the
// stores ingest): a small city (云岭市) with officials meeting across several reports, and one
// name that contains markup to prove the viewer escapes article text.
import { createHash } from 'node:crypto';
import { ExtractionResult } from '../../schema/extraction.js';
import type { ExtractionResult as Result, Role } from '../../src/types.js';

export const SCRIPT_NAME = '<script>window.__xss=1</script>林';

interface FxAttendee { name: string; role: Role; title: string; org: string }
interface FxMeeting { name: string; kind: string; date: string; place: string; attendees: FxAttendee[] }

const P = {
  zhou: { name: '周海峰', title: '市委书记', org: '云岭市委' },
  han: { name: '韩明远', title: '市长', org: '云岭市人民政府' },
  qin: { name: '秦雪梅', title: '市委副书记', org: '云岭市委' },
  lu: { name: '卢东亮', title: '副市长', org: '云岭市人民政府' },
  he: { name: '何志勇', title: '市委常委、组织部部长', org: '云岭市委组织部' },
  tang: { name: '唐思远', title: '市政协主席', org: '云岭市政协' },
  fang: { name: '方立新', title: '校长', org: '云岭大学' },
  xss: { name: SCRIPT_NAME, title: '局长', org: '云岭市文化和旅游局' },
  yu: { name: '余晓红', title: '局长', org: '云岭市卫生健康委员会' },
  zheng: { name: '郑浩然', title: '市委秘书长', org: '云岭市委' },
  feng: { name: '冯建国', title: '青川县委书记', org: '青川县委' },
  xiao: { name: '萧丽芳', title: '青川县县长', org: '青川县人民政府' },
  song: { name: '宋文博', title: '董事长', org: '云岭能源集团' },
  luo: { name: '罗斌', title: '总经理', org: '云岭能源集团' },
  xu: { name: '许静', title: '院长', org: '云岭市第一人民医院' },
  lv: { name: '吕鹏', title: '局长', org: '云岭市教育局' },
  fu: { name: '傅涛', title: '主任', org: '云岭市发展和改革委员会' },
  zeng: { name: '曾敏', title: '副校长', org: '云岭大学' },
  peng: { name: '彭磊', title: '局长', org: '云岭市生态环境局' },
  shen: { name: '沈超', title: '南湖区区长', org: '南湖区人民政府' },
  liang: { name: '梁宇', title: '南湖区委书记', org: '南湖区委' },
  carl: { name: '卡尔·安德森', title: '团长', org: '瓦伦堡市代表团' },
} as const;
type Key = keyof typeof P;

const a = (k: Key, role: Role): FxAttendee => ({ ...P[k], role });

export const MEETINGS: FxMeeting[] = [
  { name: '市委常委会会议', kind: '会议', date: '2026-01-12', place: '市委', attendees: [a('zhou', '主持'), a('han', '出席'), a('qin', '出席'), a('he', '出席')] },
  { name: '全市经济工作会议', kind: '会议', date: '2026-02-03', place: '市会议中心', attendees: [a('zhou', '讲话'), a('han', '主持'), a('qin', '出席'), a('lu', '出席'), a('tang', '出席')] },
  { name: '云岭大学发展座谈会', kind: '座谈会', date: '2026-03-14', place: '云岭大学', attendees: [a('qin', '主持'), a('fang', '讲话'), a('lu', '出席')] },
  { name: '文旅融合发展论坛', kind: '论坛', date: '2026-04-20', place: '云岭国际会展中心', attendees: [a('lu', '致辞'), a('xss', '讲话'), a('fang', '出席')] },
  { name: '卫生健康工作调研', kind: '调研', date: '2026-05-08', place: '市第一人民医院', attendees: [a('han', '调研'), a('yu', '陪同'), a('lu', '陪同')] },
  { name: '市政协常委会议', kind: '会议', date: '2026-05-21', place: '市政协', attendees: [a('tang', '主持'), a('zhou', '讲话'), a('qin', '出席')] },
  { name: '南湖区党建工作座谈会', kind: '座谈会', date: '2025-10-15', place: '南湖区', attendees: [a('liang', '主持'), a('he', '讲话'), a('shen', '出席'), a('zheng', '出席')] },
  { name: '全市教育工作会议', kind: '会议', date: '2025-11-18', place: '市会议中心', attendees: [a('lu', '主持'), a('han', '讲话'), a('lv', '出席'), a('zeng', '出席'), a('fang', '出席')] },
  { name: '青川县乡村振兴调研', kind: '调研', date: '2025-12-09', place: '青川县', attendees: [a('zhou', '调研'), a('feng', '陪同'), a('xiao', '陪同'), a('zheng', '陪同')] },
  { name: '重点项目推进会', kind: '会议', date: '2026-02-26', place: '市政府', attendees: [a('han', '主持'), a('fu', '出席'), a('song', '出席'), a('luo', '出席'), a('shen', '出席'), a('liang', '出席')] },
  { name: '会见瓦伦堡市代表团', kind: '会见', date: '2026-03-30', place: '云岭宾馆', attendees: [a('zhou', '会见'), a('carl', '出席'), a('zheng', '在座'), a('fu', '在座')] },
  { name: '生态环境保护委员会会议', kind: '会议', date: '2026-04-09', place: '市政府', attendees: [a('han', '主持'), a('peng', '出席'), a('shen', '出席'), a('feng', '出席'), a('fu', '出席')] },
  { name: '能源产业发展论坛', kind: '论坛', date: '2026-06-12', place: '云岭国际会展中心', attendees: [a('lu', '致辞'), a('song', '讲话'), a('luo', '出席'), a('zeng', '出席'), a('fu', '出席')] },
  { name: '市医疗集团揭牌仪式', kind: '仪式', date: '2026-06-25', place: '市第一人民医院', attendees: [a('yu', '主持'), a('xu', '致辞'), a('qin', '出席'), a('shen', '出席')] },
];

const VERB: Partial<Record<Role, string>> = { 主持: '主持会议', 讲话: '在会上讲话', 会见: '会见了代表团一行' };

/** A sha256 hex of the text: the document's identity. */
function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function monthDay(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/** One article per meeting, each in its own document (file), like a city daily's front page items. */
export function fixtureResults(meetings: FxMeeting[] = MEETINGS): Result[] {
  return meetings.map((m, i) => {
    const headline = `${m.name}召开`;
    const lead = `本报讯 ${monthDay(m.date)}，${m.name}在${m.place}召开。`;
    const sentences = m.attendees.map((x) => `${x.title}${x.name}${VERB[x.role] ?? x.role}。`);
    const text = `${headline}\n${lead}${sentences.join('')}（记者 白云开）`;
    const persons = m.attendees.map((x, k) => {
      const start = text.indexOf(`${x.title}${x.name}`) + x.title.length;
      const sentence = sentences[k]!;
      const titles = x.title.split('、').map((t) => ({
        text: t, full: t.startsWith('组织部') ? `市委${t}` : t, post: t.replace(/^(市委|市政协|市)/, ''), org: x.org, orgFull: x.org, qualifier: null,
      }));
      return {
        key: `p${k}`, name: x.name, titles, orgs: [x.org], labels: [],
        mentions: [{ article: 0, start, end: start + x.name.length, sentence }],
      };
    });
    const orgs = [...new Set(m.attendees.map((x) => x.org))].map((org) => ({
      name: org, fullName: org, parent: org.startsWith('云岭市委') && org !== '云岭市委' ? '云岭市委' : null,
      mentions: [{ article: 0, start: 0, end: 1, sentence: headline }],
    }));
    const result = {
      document: {
        hash: hash(text), file: `samples/test/${m.date}-yunling-daily-${i + 1}.txt`, title: headline, date: m.date,
        source: '云岭日报', url: null, locale: { province: '北川省', city: '云岭市', county: null }, text,
      },
      articles: [{ index: 0, headline, start: 0, end: text.length, kind: 'article' as const }],
      persons,
      bylines: [{ name: '白云开', role: '记者' as const, evidence: { article: 0, start: text.indexOf('白云开'), end: text.indexOf('白云开') + 3, sentence: '（记者 白云开）' } }],
      organizations: orgs,
      events: [{
        key: 'e0', name: m.name, kind: m.kind, date: m.date, endDate: null, place: m.place,
        evidence: { article: 0, start: text.indexOf(lead), end: text.indexOf(lead) + lead.length, sentence: lead },
        participants: m.attendees.map((x, k) => ({
          person: `p${k}`, name: x.name, role: x.role, roles: [x.role], order: k,
          evidence: persons[k]!.mentions[0]!,
        })),
      }],
    };
    return ExtractionResult.parse(result);
  });
}

/** The number of meetings two fixture people shared (the expected edge weight). */
export function sharedMeetings(nameA: string, nameB: string, meetings: FxMeeting[] = MEETINGS): number {
  return meetings.filter((m) => m.attendees.some((x) => x.name === nameA) && m.attendees.some((x) => x.name === nameB)).length;
}
