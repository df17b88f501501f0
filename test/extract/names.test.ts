import { describe, expect, it } from 'vitest';
import { names, run, person } from './helpers.js';
import { looksLikeName, readNameAt } from '../../src/extract/names.js';

describe('person names', () => {
  it('reads a name after a title and stops at the role verb', () => {
    expect(names(run('副市长郑海鸥致辞。'))).toEqual(['郑海鸥']);
    expect(names(run('区委书记周立主持会议。'))).toEqual(['周立']);
  });

  it('reads every name of a list after a group label, joined by 、 和 及', () => {
    const r = run('市领导金一鸣、侯建、孟繁星和庞晓及司徒永出席。');
    expect(names(r)).toEqual(['金一鸣', '侯建', '孟繁星', '庞晓', '司徒永']);
    expect(person(r, '侯建')?.labels).toEqual(['市领导']);
  });

  it('knows compound surnames and one-character given names', () => {
    expect(readNameAt('欧阳晓峰出席', 0)).toBe(4);
    expect(readNameAt('上官云主持', 0)).toBe(3);
    expect(readNameAt('江涛表示', 0)).toBe(2);
  });

  it('reads transliterated names joined with · and drops a trailing 一行', () => {
    const r = run('市长韩立会见萨瓦尼亚共和国驻华大使阿米尔·哈桑一行。');
    expect(names(r)).toContain('阿米尔·哈桑');
  });

  it('does not take words after a title for a name', () => {
    expect(names(run('市委书记强调，要抓好落实。'))).toEqual([]);
    expect(looksLikeName('强调')).toBe(false);
  });

  it('ignores names inside doctrines, book titles and quoted roles', () => {
    const r = run('会议学习了《周立文集》。演员“木兰”贺小雨、“花旦”田甜表示很自豪。');
    expect(names(r)).toEqual(['贺小雨', '田甜']);
  });

  it('splits names run together in a subhead using the names the article establishes', () => {
    const r = run('# 全省文旅发展论坛召开\n\n金一鸣侯建等出席\n\n本报讯 3月2日，全省文旅发展论坛召开。省文旅厅厅长金一鸣，省作协主席侯建出席。');
    expect(names(r).sort()).toEqual(['侯建', '金一鸣']);
    expect(r.persons.find((p) => p.name === '侯建')!.mentions.length).toBe(2);
  });
});
