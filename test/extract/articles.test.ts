// Whole articles written for this project (fictional people and places), one per pattern of
// official news the seeds do not show: provincial, county, university, company, forum, guests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { ExtractionResult } from '../../schema/extraction.js';
import { person, roster } from './helpers.js';

const load = (name: string) => {
  const r = extract({ text: readFileSync(new URL(`./articles/${name}`, import.meta.url), 'utf8'), file: name });
  ExtractionResult.parse(r); // every result honours the schema
  return r;
};

describe('whole articles', () => {
  it('a provincial meeting: dateline lead, subhead roles, provincial titles', () => {
    const r = load('provincial-meeting.txt');
    expect(r.bylines.map((b) => b.name)).toEqual(['邱慕云']);
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['全省优化营商环境工作推进会', '03-21']]);
    expect(roster(r, '营商环境')).toEqual(['郝建林:出席+讲话', '苏婉:主持', '雷鸣:参加', '闵浩:参加', '卓文:参加', '司马青云:参加']);
    expect(person(r, '郝建林')?.titles.map((t) => [t.full, t.org])).toEqual([['省委副书记', '省委'], ['省长', '省政府']]);
    expect(person(r, '司马青云')?.orgs).toEqual(['长河市委']);
  });

  it('a county page with two articles and a correspondent', () => {
    const r = load('county-page.txt');
    expect(r.articles.length).toBe(2);
    expect(r.bylines.map((b) => `${b.name}:${b.role}`)).toEqual(['符晓:通讯员', '栾清:记者']);
    expect(roster(r, '调度会')).toEqual(['戚明:主持+讲话', '蔺小禾:参加', '柏松:参加']);
    expect(roster(r, '誓师大会')).toEqual(['晏秋:致辞', '牟冬:主持']);
    expect(person(r, '柏松')?.titles.map((t) => t.org)).toEqual(['县委', '县政府']);
  });

  it('two headlines printed back to back: each names its own event, the body below reads the second', () => {
    const r = load('sibling-headlines.txt');
    expect(r.events.map((e) => e.name)).toEqual(['全市河湖长制工作会议', '岚江经开区招商推介会']);
    expect(roster(r, '河湖长制')).toEqual(['钟远航:出席+讲话', '覃思源:主持']);
    expect(roster(r, '招商推介会')).toEqual(['宁致远:致辞', '霍青山:主持']);
  });

  it('a headline printed after its body, then the next article\'s: the meeting below reads its own', () => {
    const r = load('headline-after-body.txt');
    expect(r.events.map((e) => e.name)).toEqual(['宁致远会见萨瓦尼亚共和国驻华大使卢卡斯·维兰', '市政府常务会议']);
    expect(roster(r, '常务会议')).toEqual(['钟远航:主持', '覃思源:出席', '霍青山:出席']);
    expect(roster(r, '会见')).toEqual(['宁致远:会见+讲话', '卢卡斯·维兰:会见+讲话', '黎秀:参加']);
  });

  it('a company forum: enterprise titles inherited along the chain', () => {
    const r = load('company-forum.txt');
    expect(person(r, '詹一帆')?.titles.map((t) => t.full)).toEqual(['北岭数智集团有限公司董事长', '北岭数智集团有限公司党委书记']);
    expect(roster(r, '数字经济论坛')).toEqual(['詹一帆:出席', '岑可:出席', '鲍宏远:出席']);
    expect(r.organizations.map((o) => o.fullName)).toEqual(expect.arrayContaining(['北岭数智集团有限公司', '北岭大学', '中国信息协会', '北岭市工业和信息化局']));
  });

  it('a meeting with foreign guests: host, guest and who sat in', () => {
    const r = load('foreign-guests.txt');
    const e = r.events.find((x) => x.kind === '会见')!;
    expect(e.date).toBe('06-09');
    expect(e.participants.map((p) => [p.name, p.role])).toEqual([['易海峰', '会见'], ['艾琳娜·沃斯', '会见'], ['宫雪', '参加'], ['臧乐', '参加']]);
    expect(person(r, '艾琳娜·沃斯')?.titles[0]?.post).toBe('市长');
  });

  it('a meeting chaired "by" someone (会议由…主持), with no province named in the text', () => {
    const r = load('chaired-by.txt');
    // no province inferred from `会议由省委…` (议由省 is no place), so 省委 stays as written
    expect(r.document.locale.province).toBeNull();
    expect(person(r, '韩卫东')?.titles.map((t) => [t.full, t.org])).toEqual([['省委副书记', '省委'], ['省长', '省政府']]);
    expect(person(r, '沈立平')?.orgs).toEqual(['省委', '省人大常委会']);
    expect(roster(r, '生态环境')).toEqual(['韩卫东:主持', '沈立平:出席+讲话', '欧阳振华:讲话', '钱文斌:讲话', '方志刚:出席', '梁晓梅:出席', '钟楚雄:出席', '卢敏:出席', '潘国平:出席']);
    // 各市州党委 is every prefecture's committee, not one institution
    expect(r.organizations.map((o) => o.name)).not.toContain('市州党委');
    expect(r.bylines.map((b) => `${b.name}:${b.role}`)).toEqual(['罗晓岚:记者', '邱明:通讯员']);
  });

  it('a county meeting and a city leader\'s visit: bare 县委 read as that county\'s', () => {
    const r = load('county-meeting-and-visit.txt');
    expect(person(r, '贺兰芳')?.orgs).toEqual(['石泉县委', '石泉县政府']);
    expect(person(r, '严卫国')?.titles[0]?.orgFull).toBe('石泉县人大常委会');
    // the city's organs stay as written: no city is named
    expect(person(r, '聂晓雯')?.orgs).toEqual(['市委', '市委宣传部']);
    expect(roster(r, '乡村振兴')).toEqual(['杜承志:出席+讲话', '贺兰芳:出席', '严卫国:出席', '祁冬梅:出席', '葛一鸣:主持']);
    expect(r.events.find((e) => e.kind === '调研')?.participants[0]).toMatchObject({ name: '聂晓雯', role: '调研' });
  });

  it('a national wire story: 新华社…电 dateline, the day after the name, state titles, a led inspection', () => {
    const r = load('national-dateline.txt');
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['第三届中外企业家对话会', '06-03'], ['车志强带队到经开区督导', '06-02']]);
    expect(roster(r, '对话会')).toEqual(['顾承安:出席+致辞+讲话', '甘雨霖:主持', '傅明远:出席', '乔慧:出席']);
    expect(person(r, '顾承安')?.orgs).toEqual(['中共中央政治局', '国务院']);
    expect(person(r, '傅明远')?.titles[0]?.full).toBe('商务部部长');
    expect(roster(r, '督导')).toEqual(['车志强:调研']);
  });

  it('a CPPCC chairs\' meeting: no city read from 还有市政协, no 部分 in an organisation', () => {
    const r = load('cppcc-chairs-meeting.txt');
    expect(r.document.locale.city).toBeNull();
    expect(r.organizations.map((o) => o.fullName).sort()).toEqual(['市政协', '市政协党组']);
    expect(roster(r, '主席会议')).toEqual(['郑怀远:主持+讲话', '万晓东:出席', '柯美华:出席', '翟一凡:出席', '许临川:出席']);
    expect(person(r, '万晓东')?.titles.map((t) => t.full)).toEqual(['市政协副主席', '市政协党组书记']);
  });

  it('a government web page: editors\' lines are bylines, not people in the news', () => {
    const r = load('web-page-editors.txt');
    expect(r.bylines.map((b) => `${b.name}:${b.role}`)).toEqual(['莫小平:编辑', '杭建军:编辑']);
    expect(r.persons.map((p) => p.name)).toEqual(['施惠民', '单于飞']);
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['河阳市2026年防汛工作会议', '2026-05-05']]);
    expect(person(r, '施惠民')?.orgs).toEqual(['河阳市委', '河阳市政府']);
  });

  it('names separated by spaces, and a list introduced by 参加…的有', () => {
    const r = load('groundbreaking-space-lists.txt');
    expect(roster(r, '开工仪式')).toEqual(['庄逸群:讲话', '樊启明:致辞', '邬大鹏:参加', '柴珊:参加', '麦子轩:参加', '蓝天佑:参加', '牛建业:参加', '靳卓然:讲话']);
    expect(person(r, '邬大鹏')?.labels).toEqual(['市领导']);
    expect(person(r, '靳卓然')?.titles[0]?.full).toBe('市发展改革委主任');
  });

  it('a photo caption above an inspection report: 图为 is no part of a title, credits are bylines', () => {
    const r = load('caption-and-inspection.txt');
    expect(person(r, '贝晓光')?.titles.map((t) => t.full)).toEqual(['市委书记']);
    expect(r.bylines.map((b) => `${b.name}:${b.role}`).sort()).toEqual(['耿直:摄影', '雷文静:记者']);
    expect(roster(r, '调研')).toEqual(['贝晓光:调研+讲话', '欧若曦:参加', '毕胜利:参加']);
    expect(r.events[0]?.date).toBe('04-02');
  });

  it('leaders listed after 的市领导有： and before 等市领导', () => {
    const r = load('leaders-listed-around-labels.txt');
    expect(roster(r, '筹备工作会议')).toEqual(['严明亮:出席', '胡晓丹:出席', '毛振宇:出席', '卫思远:讲话', '宁静怡:讲话', '包国庆:讲话', '石磊:讲话']);
    expect(person(r, '包国庆')?.labels).toEqual(['市领导']);
  });

  it('an autonomous region: 自治区 and 州 titles, a Uyghur name before 出席', () => {
    const r = load('autonomous-region.txt');
    expect(r.persons.map((p) => p.name)).toEqual(['巴特尔', '阿依古丽·买买提', '龙光明', '吴晓燕']);
    expect(person(r, '阿依古丽·买买提')?.orgs).toEqual(['自治区党委', '自治区']);
    expect(person(r, '龙光明')?.orgs).toEqual(['黔东州州委']);
    expect(roster(r, '常委会')).toEqual(['巴特尔:主持', '阿依古丽·买买提:出席', '龙光明:列席', '吴晓燕:列席']);
  });

  it('keeps provenance: every offset points at the evidence in the normalised text', () => {
    const r = load('provincial-meeting.txt');
    for (const p of r.persons) for (const m of p.mentions) expect(r.document.text.slice(m.start, m.end)).toBe(p.name);
    for (const e of r.events) for (const x of e.participants) {
      expect(r.document.text.slice(x.evidence.start, x.evidence.end)).toBe(x.name);
      expect(x.evidence.sentence).toContain(x.name);
    }
  });
});
