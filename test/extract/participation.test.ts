import { describe, expect, it } from 'vitest';
import { nextVerb, rolesOfVerb } from '../../src/extract/participation.js';
import { extract } from '../../src/extract/index.js';

describe('nextVerb', () => {
  it('finds the first role or speech verb at or after a point, -1 when none', () => {
    const s = '市领导甲乙丙、丁戊己出席并讲话，庚辛壬表示';
    expect(nextVerb(s, 0)).toBe(s.indexOf('出席'));
    expect(nextVerb(s, s.indexOf('丁'))).toBe(s.indexOf('出席'));
    expect(nextVerb(s, s.indexOf('庚'))).toBe(s.indexOf('表示'));
    expect(nextVerb('今天天气很好', 0)).toBe(-1);
  });
});

describe('rolesOfVerb', () => {
  it('gives a role verb its role, a second verb joined by 并 its own, and a speech verb 讲话', () => {
    const s = '甲主持会议并讲话，乙表示';
    expect(rolesOfVerb(s, s.indexOf('主持'))).toEqual(['主持', '讲话']);
    expect(rolesOfVerb(s, s.indexOf('表示'))).toEqual(['讲话']);
  });

  it('returns a new list each time (callers add roles to it)', () => {
    const s = '甲出席';
    expect(rolesOfVerb(s, 1)).not.toBe(rolesOfVerb(s, 1));
  });
});

describe('roles in a sentence', () => {
  it('gives every name listed before a verb that verb, and a name after it the next one', () => {
    const r = extract({ text: '全市工作会议召开\n\n5月6日，全市工作会议召开。市长钱文博、副市长孙立新、周雅琴出席，市委书记赵明远主持并讲话。\n' });
    const [e] = r.events;
    expect(e?.participants.map((p) => [p.name, p.roles])).toEqual([
      ['钱文博', ['出席']],
      ['孙立新', ['出席']],
      ['周雅琴', ['出席']],
      ['赵明远', ['主持', '讲话']],
    ]);
  });
});
