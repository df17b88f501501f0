import { describe, expect, it } from 'vitest';
import { run, event, roster } from './helpers.js';
import { eventsFromHeadings, eventsFromSentence, isWholeHeadline, sentenceCues } from '../../src/extract/events.js';

describe('events and participation', () => {
  it('reads an event from a headline and its lead as one event with the lead’s date', () => {
    const r = run('# 全市安全生产工作会议召开\n\n冯立新主持并讲话\n\n本报讯（记者 方晓冬）3月2日，全市安全生产工作会议召开。市委书记冯立新主持会议并讲话。市领导金一鸣、侯建出席。');
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['全市安全生产工作会议', '03-02']]);
    expect(roster(r, '安全生产')).toEqual(['冯立新:主持+讲话', '金一鸣:出席', '侯建:出席']);
  });

  it('reads 主持召开 and …在…举行 in leads', () => {
    const a = run('本报讯 5月6日，市长陶然主持召开市政府常务会议，研究部署防汛工作。');
    expect(event(a, '常务会议')?.participants.map((p) => p.role)).toEqual(['主持']);
    const b = run('本报讯 5月6日下午，第三届北岭航空论坛在北岭国际会展中心举行。副省长蒋青出席并致辞。');
    expect(event(b, '航空论坛')).toMatchObject({ name: '第三届北岭航空论坛', date: '05-06', place: '北岭国际会展中心' });
    expect(roster(b, '航空论坛')).toEqual(['蒋青:出席+致辞']);
  });

  it('keeps a site visit and a meeting in one article apart', () => {
    const r = run('本报讯 6月3日，市委书记冯立新深入青溪县调研。县委书记苗壮陪同。\n\n在随后召开的青溪县发展座谈会上，冯立新听取汇报并讲话。');
    expect(r.events.map((e) => e.kind).sort()).toEqual(['座谈会', '调研']);
    expect(roster(r, '调研')).toEqual(['冯立新:调研', '苗壮:陪同']);
    expect(roster(r, '座谈会')).toEqual(['冯立新:讲话']);
  });

  it('reads a meeting with foreign guests and who sat in', () => {
    const r = run('本报讯 4月8日，市长韩立在北岭宾馆会见萨瓦尼亚共和国驻华大使阿米尔·哈桑一行。副市长陶然参加会见。');
    expect(event(r, '会见')?.kind).toBe('会见');
    expect(roster(r, '会见')).toEqual(['韩立:会见', '阿米尔·哈桑:会见', '陶然:参加']);
  });

  it('uses 当日 and 昨天 relative to what came before and to the publication date', () => {
    const a = run('4月1日拍摄的比赛现场。当日，第九届全民健身运动会开幕式在体育中心举行。');
    expect(event(a, '开幕式')?.date).toBe('04-01');
    const b = run('本报讯 昨天，全市招商引资推进会召开。', { date: '2024-05-10' });
    expect(event(b, '推进会')?.date).toBe('2024-05-09');
  });

  it('does not take bare kinds or column headings for events', () => {
    const r = run('## 聚焦文博会\n\n各部门要定期召开会议，研究解决问题，扎实开展活动。');
    expect(r.events).toEqual([]);
  });

  it('names a meeting announced as 某机构召开会议 after the body that met', () => {
    const r = run('# 市委常委会召开会议\n\n本报讯 3月9日，市委常委会召开会议。市委书记冯立新主持会议。');
    expect(r.events.map((e) => e.name)).toEqual(['市委常委会会议']);
  });

  it('reads an ordinal event named in passing', () => {
    const r = run('近日，由省商务厅指导的第五届北岭企业论坛发布了年度报告。');
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['第五届北岭企业论坛', null]]);
  });

  it('does not make a person a participant of a meeting for an inspection mentioned in passing', () => {
    const r = run('本报讯 3月2日，全市文旅推介会召开。副市长陶然出席并致辞。总书记多次到北岭考察调研，冯立新强调要牢记嘱托。');
    expect(roster(r, '推介会')).toEqual(['陶然:出席+致辞', '冯立新:讲话']);
  });

  it('does not read the masthead into the first headline', () => {
    const r = run('青川日报\n\n2026年1月2日 第1版\n\n市政府召开常务会议\n\n□ 本报记者 冉小雨\n\n1月1日，市委副书记、市长柏文涛主持召开市政府常务会议，研究有关工作。\n');
    expect(r.events.map((e) => e.name)).toEqual(['市政府常务会议']);
  });
});

describe('sentenceCues', () => {
  it('finds where a page holds an event verb, a clause ending 上/中/期间/现场, or a 第', () => {
    const page = '会议在市政府召开。在全市工作会议上，他讲话。期间，大家发言。第二届论坛开幕。今天天气很好。';
    const cues = sentenceCues(page);
    expect(cues.verbs).toEqual([page.indexOf('召开'), page.indexOf('开幕')]);
    expect(cues.passing).toEqual([page.indexOf('上，'), page.indexOf('期间')]);
    expect(cues.ordinals).toEqual([page.indexOf('第')]);
  });

  it('reads a clause ending at the very start of a page, and no 上 or 中 inside a word', () => {
    expect(sentenceCues('上，会上；').passing).toEqual([0, 3]);
    expect(sentenceCues('中间，期限。').passing).toEqual([]);
  });

  it('leaves eventsFromSentence finding what it finds without cues', () => {
    const s = '在第二届北岭航空论坛上，第三届北岭科技大会在会展中心隆重举行，市长出席。';
    const cues = sentenceCues(s);
    expect(eventsFromSentence(s, 0, { verbs: cues.verbs.length > 0, passing: cues.passing.length > 0, ordinal: cues.ordinals.length > 0 })).toEqual(eventsFromSentence(s, 0));
    expect(eventsFromSentence(s, 0).length).toBeGreaterThan(0);
  });
});

describe('isWholeHeadline', () => {
  it('tells a headline that ends in its verb from half of one', () => {
    expect(isWholeHeadline('全市河湖长制工作会议召开')).toBe(true);
    expect(isWholeHeadline('第三届北岭航空论坛隆重开幕')).toBe(true);
    expect(isWholeHeadline('市政府召开常务会议')).toBe(true);
    expect(isWholeHeadline('全市安全生产')).toBe(false);
    expect(isWholeHeadline('宁致远会见萨瓦尼亚共和国驻华大使')).toBe(false);
  });
});

describe('eventsFromHeadings', () => {
  const lines = (...texts: string[]) => {
    let at = 0;
    return texts.map((text) => ({ text, start: at, end: (at += text.length + 2) - 2 }));
  };

  it('joins a name split over two lines', () => {
    expect(eventsFromHeadings(lines('全市安全生产', '工作会议召开')).map((h) => h.name)).toEqual(['全市安全生产工作会议']);
  });

  it('reads two whole headlines printed back to back as two events', () => {
    expect(eventsFromHeadings(lines('全市河湖长制工作会议召开', '岚江经开区招商推介会举行')).map((h) => h.name)).toEqual(['全市河湖长制工作会议', '岚江经开区招商推介会']);
    expect(eventsFromHeadings(lines('宁致远会见萨瓦尼亚共和国驻华大使', '市政府召开常务会议')).map((h) => h.kind)).toEqual(['会议']);
  });
});
