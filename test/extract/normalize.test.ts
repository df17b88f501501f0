import { describe, expect, it } from 'vitest';
import { normalizeText, looksTraditional } from '../../src/extract/normalize.js';
import { names, run, person } from './helpers.js';

describe('text as it comes', () => {
  it('turns ASCII punctuation next to Chinese into the paper’s full-width forms', () => {
    expect(normalizeText('市领导金一鸣,侯建出席;会议(第一次)召开:')).toBe('市领导金一鸣，侯建出席；会议（第一次）召开：');
  });

  it('joins a sentence broken across lines by PDF extraction, but not a headline', () => {
    const t = normalizeText('会议传达了市长例会暨前三季度全省经济运行分析会议精神，客观总\n\n结了前三季度全市经济运行情况和下一步工作安排部署。\n\n短标题\n\n正文。');
    expect(t).toBe('会议传达了市长例会暨前三季度全省经济运行分析会议精神，客观总结了前三季度全市经济运行情况和下一步工作安排部署。\n\n短标题\n\n正文。');
  });

  it('reads half-width punctuation the same as full-width', () => {
    const r = run('市委常委、组织部部长钱蓓,副市长陶然(女)出席.');
    expect(names(r)).toEqual(['钱蓓', '陶然']);
  });

  it('converts traditional characters', () => {
    const text = '市委常委、組織部部長錢蓓出席會議並講話。黨委書記們參加。';
    expect(looksTraditional(text)).toBe(true);
    const r = run(text);
    expect(person(r, '钱蓓')?.titles.map((t) => t.full)).toEqual(['市委常委', '市委组织部部长']);
  });

  it('drops stray spaces inside prose but keeps the space between two credited names', () => {
    const t = normalizeText('部分常委作了大会 发言，与会人员围绕县域经济发展进行了深入交流讨论。（方若愚 叶知秋）');
    expect(t).toBe('部分常委作了大会发言，与会人员围绕县域经济发展进行了深入交流讨论。（方若愚 叶知秋）');
    expect(run(t).bylines.map((b) => b.name)).toEqual(['方若愚', '叶知秋']);
  });
});
