import { describe, expect, it } from 'vitest';
import { segmentArticles, isHeadingLine } from '../../src/extract/segment.js';
import { normalizeText } from '../../src/extract/normalize.js';
import { run, roster } from './helpers.js';

describe('pages into articles', () => {
  it('tells headlines from prose', () => {
    expect(isHeadingLine('全市安全生产工作会议召开')).toBe(true);
    expect(isHeadingLine('# 全市安全生产工作会议召开')).toBe(true);
    expect(isHeadingLine('本报讯 3月2日，全市安全生产工作会议召开。')).toBe(false);
    expect(isHeadingLine('□ 本报记者 聂云')).toBe(false);
    expect(isHeadingLine('冯立新强调，要抓好')).toBe(false);
  });

  it('opens an article at each lead and at each headline after prose', () => {
    const text = normalizeText('第一条新闻标题召开\n\n本报讯 3月2日，第一件事情发生了，内容如下。\n\n本报讯 3月3日，第二件事情发生了，内容如下。\n\n第三条标题\n\n正文三，内容较长的一段话。');
    expect(segmentArticles(text).map((a) => [a.headings.length, a.body.length])).toEqual([[1, 1], [0, 1], [1, 1]]);
  });

  it('gives a headline printed after its body to the article before it', () => {
    const page = [
      '本报讯 3月2日，市委书记冯立新主持召开全市河长制工作会议。市领导金一鸣、侯建参加。',
      '# 全市河长制工作会议召开',
      '冯立新主持并讲话',
      '## 另一篇文章的标题',
      '本报讯 3月2日，北岭大学第二届校友论坛召开。校长包玉致辞。',
    ].join('\n\n');
    const r = run(page);
    expect(r.articles.length).toBe(2);
    expect(r.events.length).toBe(2);
    expect(roster(r, '河长制')).toEqual(['冯立新:主持+讲话', '金一鸣:参加', '侯建:参加']);
    expect(roster(r, '校友论坛')).toEqual(['包玉:致辞']);
  });

  it('reads a short closing line with a full stop and a credit as body, not a headline', () => {
    expect(isHeadingLine('市领导吴琳杰、余毅卓出席。（武秀礼）')).toBe(false);
    expect(isHeadingLine('全市乡村振兴工作会议召开')).toBe(true);
  });
});
