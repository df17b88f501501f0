import { describe, expect, it } from 'vitest';
import { names, run } from './helpers.js';

const bylines = (text: string) => run(text).bylines.map((b) => `${b.name}:${b.role}`);

describe('bylines are credits, not people', () => {
  it('reads a reporter in brackets after the lead', () => {
    const r = run('本报讯（记者 方晓冬）3月2日，全市安全生产会议召开。');
    expect(r.bylines.map((b) => b.name)).toEqual(['方晓冬']);
    expect(names(r)).toEqual([]);
  });

  it('reads a credit line with a box mark', () => {
    expect(bylines('□ 本报记者 聂云\n\n正文第一段，内容很长，讲述了全市工作情况。')).toEqual(['聂云:记者']);
  });

  it('reads photographers with and without a space before 摄', () => {
    expect(bylines('图为会议现场。\n本报记者 罗田摄')).toEqual(['罗田:摄影']);
    expect(bylines('3月2日，志愿者在社区服务。 温可心 摄')).toEqual(['温可心:摄影']);
    expect(bylines('开幕式现场。新华社记者 费扬摄')).toEqual(['费扬:摄影']);
  });

  it('reads a closing author in brackets and a reporter with a correspondent', () => {
    expect(bylines('会议要求各地抓好落实，确保取得实效。（秦岚）')).toEqual(['秦岚:记者']);
    expect(bylines('工程预计月底前全部完工，居民十分满意。 记者 包晴 通讯员 车小满')).toEqual(['包晴:记者', '车小满:通讯员']);
  });

  it('reads a group credit', () => {
    expect(bylines('持续开展培训，扩大覆盖范围。（本组稿件由 祁远 采写）')).toEqual(['祁远:记者']);
  });

  it('does not take a bracketed place or organisation for a byline', () => {
    expect(bylines('工程在晋源东区（古城大街）举行，进展顺利，效果良好。')).toEqual([]);
  });
});
