import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../ingest/decode.js';
import { ARTICLE_A, ARTICLE_B, ARTICLE_TRAD } from './fixtures.js';

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    for (const bom of [false, true]) {
      const bytes = iconv.encode(ARTICLE_A, 'utf8', { addBOM: bom });
      const r = decodeBytes(bytes);
      expect(r).toEqual({ ok: true, text: ARTICLE_A, encoding: 'UTF-8' });
    }
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    const le = iconv.encode(ARTICLE_B, 'utf16le', { addBOM: true });
    const be = iconv.encode(ARTICLE_B, 'utf16be', { addBOM: true });
    expect(decodeBytes(le)).toEqual({ ok: true, text: ARTICLE_B, encoding: 'UTF-16LE' });
    expect(decodeBytes(be)).toEqual({ ok: true, text: ARTICLE_B, encoding: 'UTF-16BE' });
  });

  it('detects GBK and GB18030', () => {
    for (const enc of ['gbk', 'gb18030']) {
      const r = decodeBytes(iconv.encode(ARTICLE_A + ARTICLE_B, enc));
      expect(r).toEqual({ ok: true, text: ARTICLE_A + ARTICLE_B, encoding: 'GB18030' });
    }
  });

  it('detects GBK in very short texts (captions, headlines) where statistics are thin', () => {
    for (const t of ['马文静出席', '周海波讲话', '市委书记欧阳明远主持会议。']) {
      expect(decodeBytes(iconv.encode(t, 'gbk'))).toEqual({ ok: true, text: t, encoding: 'GB18030' });
    }
    for (const t of ['許文傑', '雲嶺市長司馬文華出席']) {
      expect(decodeBytes(iconv.encode(t, 'big5'))).toEqual({ ok: true, text: t, encoding: 'Big5' });
    }
  });

  it('detects Big5 (traditional text)', () => {
    const bytes = iconv.encode(ARTICLE_TRAD, 'big5');
    expect(iconv.decode(bytes, 'big5')).toBe(ARTICLE_TRAD); // the fixture is Big5-encodable
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: ARTICLE_TRAD, encoding: 'Big5' });
  });

  it('reports a broken UTF-8 byte with its offset instead of producing U+FFFD', () => {
    const bytes = Buffer.from(ARTICLE_A, 'utf8');
    const at = Buffer.from(ARTICLE_A.slice(0, 40), 'utf8').length; // start of the 41st character
    bytes[at + 1] = 0x41; // break the continuation byte of a 3-byte character
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(`undecodable bytes: invalid UTF-8 at byte offset ${at}`);
  });

  it('reports undecodable bytes in a GB18030 file', () => {
    const good = iconv.encode(ARTICLE_B, 'gb18030');
    // 0xFF is never valid in GB18030, Big5 or UTF-8
    const bytes = Buffer.concat([good.subarray(0, 30), Buffer.from([0xff, 0xff]), good.subarray(30)]);
    const r = decodeBytes(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(/^undecodable bytes/);
      expect(r.reason).toContain('at byte offset 30');
    }
  });

  it('rejects UTF-16 with an odd byte count', () => {
    const bytes = Buffer.concat([iconv.encode('云岭市', 'utf16le', { addBOM: true }), Buffer.from([0x41])]);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ ok: false, reason: 'undecodable bytes: UTF-16LE text with an odd number of bytes (last byte at offset 8)' });
  });

  it('rejects binary content', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeBytes(png)).toEqual({ ok: false, reason: 'binary file: looks like a PNG image, not text' });
    const nul = Buffer.from('abc\u0000def');
    expect(decodeBytes(nul)).toEqual({ ok: false, reason: 'binary file: NUL byte at offset 3 (UTF-16 text needs a byte-order mark)' });
  });
});
