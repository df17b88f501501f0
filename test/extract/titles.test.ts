import { describe, expect, it } from 'vitest';
import { run, person, titlesOf } from './helpers.js';

describe('title chains', () => {
  it('splits a chain on 、 and keeps each title as written', () => {
    const r = run('省委常委、市委书记冯立新出席。');
    expect(person(r, '冯立新')?.titles.map((t) => t.text)).toEqual(['省委常委', '市委书记']);
    expect(person(r, '冯立新')?.titles.map((t) => t.org)).toEqual(['省委', '市委']);
  });

  it('reads a department without jurisdiction inside the previous organisation', () => {
    const r = run('市委常委、组织部部长钱蓓出席。');
    expect(titlesOf(r, '钱蓓')).toEqual(['市委常委', '市委组织部部长']);
    expect(person(r, '钱蓓')?.titles[1]?.org).toBe('市委组织部');
  });

  it('completes a unit named by the first character of its post (宣传部长)', () => {
    const r = run('市委常委、宣传部长严宽参加。');
    expect(person(r, '严宽')?.titles[1]?.org).toBe('市委宣传部');
    expect(person(r, '严宽')?.titles[1]?.text).toBe('宣传部长');
  });

  it('inherits the organisation along a chain that continues after another person', () => {
    const r = run('北岭大学党委书记葛平、副校长包玉参加。');
    expect(titlesOf(r, '包玉')).toEqual(['北岭大学副校长']);
    expect(person(r, '包玉')?.orgs).toEqual(['北岭大学']);
  });

  it('marks former (原) and acting (代) posts', () => {
    const r = run('中国作家协会原副主席蒋青，代市长陶然出席。');
    expect(person(r, '蒋青')?.titles[0]).toMatchObject({ qualifier: 'former', org: '中国作家协会', post: '副主席', full: '中国作家协会副主席' });
    expect(person(r, '陶然')?.titles[0]?.qualifier).toBe('acting');
  });

  it('keeps ranks such as 二级调研员 in the post', () => {
    const r = run('市卫健委二级调研员米洋说，规划有三个创新。');
    expect(person(r, '米洋')?.titles[0]).toMatchObject({ post: '二级调研员', org: '市卫健委' });
  });

  it('gives every person of a list the post that introduces it', () => {
    const r = run('副市长陆明、林清、杜平出席。');
    for (const n of ['陆明', '林清', '杜平']) expect(titlesOf(r, n)).toEqual(['副市长']);
  });

  it('resolves local organisation names against the home locale', () => {
    const r = run('市委常委、组织部部长钱蓓出席。', { locale: '北岭市' });
    expect(person(r, '钱蓓')?.orgs).toEqual(['北岭市委', '北岭市委组织部']);
  });

  it('reads a bare post after a comma as the institution named just before, but not a government post', () => {
    const r = run('北岭大学党委书记葛平主持，校长包玉致辞，副市长陶然出席。');
    expect(person(r, '包玉')?.orgs).toEqual(['北岭大学']);
    expect(person(r, '陶然')?.orgs).toEqual([]);
  });
});
