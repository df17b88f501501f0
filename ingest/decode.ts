// Bytes → text for one file. Tries strict UTF-8 first (most common, and a clean strict decode is
// strong evidence), honours BOMs, then lets chardet rank the Chinese legacy encodings and keeps
// the first that decodes without replacement characters. Undecodable input is an error with a
// byte offset, never text with U+FFFD in it (which would become garbage names downstream).
import iconv from 'iconv-lite';
import { analyse } from 'chardet';

export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: string };

const LEGACY: Encoding[] = ['GB18030', 'Big5'];
// chardet's names for encodings that iconv-lite's GB18030/Big5 decoders cover
const CHARDET_ALIASES: Record<string, Encoding> = { GB18030: 'GB18030', GBK: 'GB18030', GB2312: 'GB18030', Big5: 'Big5' };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return checked(buf.subarray(3), 'UTF-8', 3);
  if (buf[0] === 0xff && buf[1] === 0xfe) return checked(buf.subarray(2), 'UTF-16LE', 2);
  if (buf[0] === 0xfe && buf[1] === 0xff) return checked(buf.subarray(2), 'UTF-16BE', 2);
  const binary = binaryReason(buf);
  if (binary) return { ok: false, reason: binary };
  try {
    return { ok: true, text: strictUtf8.decode(buf), encoding: 'UTF-8' };
  } catch {
    // not strictly UTF-8: broken UTF-8 or a legacy encoding
  }
  // GB18030 accepts almost any byte pair, so UTF-8 with a few bad bytes would "decode" as GB18030
  // into mojibake. Text that is overwhelmingly valid UTF-8 is reported as broken UTF-8 instead.
  const broken = mostlyUtf8(buf);
  if (broken !== null) return { ok: false, reason: `undecodable bytes: invalid UTF-8 at byte offset ${broken}` };
  const ranked = rankLegacy(buf);
  let first: DecodeResult | undefined;
  for (const enc of ranked) {
    const r = checked(buf, enc, 0);
    if (r.ok) return r;
    first ??= r;
  }
  // Report where UTF-8 breaks too: for a mostly-UTF-8 file with one bad byte that is the useful offset.
  const utf8Offset = firstBadUtf8(buf);
  const legacy = first && !first.ok ? first.reason : '';
  return { ok: false, reason: `undecodable bytes: not valid UTF-8 (first bad byte at offset ${utf8Offset}); ${legacy}` };
}

/**
 * Legacy encodings, most plausible first. Most byte strings decode cleanly as both GB18030 and
 * Big5, and chardet's statistics are unreliable on short texts (a five-character GBK caption
 * comes out as Big5), so the order is decided by where the double-byte characters fall: common
 * simplified text in GBK stays inside the GB2312 block (lead 0xB0–0xF7, trail 0xA1–0xFE), common
 * traditional text in Big5 inside Big5 level 1 (lead 0xA4–0xC6). chardet breaks ties.
 */
function rankLegacy(buf: Buffer): Encoding[] {
  const head = buf.subarray(0, 64 * 1024); // plenty to rank, and cheap on whole pages
  const chardetOrder: Encoding[] = [];
  for (const m of analyse(head)) {
    const enc = CHARDET_ALIASES[m.name];
    if (enc && !chardetOrder.includes(enc)) chardetOrder.push(enc);
  }
  for (const enc of LEGACY) if (!chardetOrder.includes(enc)) chardetOrder.push(enc);
  const score = blockScores(head);
  return chardetOrder
    .map((enc, i) => ({ enc, i, s: enc === 'GB18030' ? score.gb2312 : score.big5Level1 }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.enc);
}

/** Fractions of double-byte characters inside the GB2312 block and inside Big5 level 1. */
function blockScores(buf: Buffer): { gb2312: number; big5Level1: number } {
  let pairs = 0;
  let gb = 0;
  let big5 = 0;
  for (let i = 0; i < buf.length - 1; i++) {
    const lead = buf[i]!;
    if (lead < 0x81) continue;
    const trail = buf[i + 1]!;
    pairs++;
    if (lead >= 0xb0 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb++;
    if (lead >= 0xa4 && lead <= 0xc6 && ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) big5++;
    i++;
  }
  return pairs ? { gb2312: gb / pairs, big5Level1: big5 / pairs } : { gb2312: 0, big5Level1: 0 };
}

function checked(buf: Buffer, enc: Encoding, skipped: number): DecodeResult {
  if ((enc === 'UTF-16LE' || enc === 'UTF-16BE') && buf.length % 2 === 1) {
    return { ok: false, reason: `undecodable bytes: ${enc} text with an odd number of bytes (last byte at offset ${skipped + buf.length - 1})` };
  }
  let text: string;
  if (enc === 'UTF-8') {
    try {
      text = strictUtf8.decode(buf);
    } catch {
      return { ok: false, reason: `undecodable bytes: invalid UTF-8 at byte offset ${skipped + firstBadUtf8(buf)}` };
    }
  } else {
    text = iconv.decode(buf, enc, { stripBOM: false });
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    // Valid characters round-trip, so the re-encoded prefix length is the byte offset of the bad one.
    const offset = skipped + iconv.encode(text.slice(0, bad), enc).length;
    return { ok: false, reason: `undecodable bytes as ${enc} at byte offset ${offset}` };
  }
  return { ok: true, text, encoding: enc };
}

function firstBadUtf8(buf: Buffer): number {
  // Everything before the first replacement character decoded cleanly and re-encodes to the same
  // bytes, so its UTF-8 length is the offset of the first broken sequence.
  const loose = new TextDecoder('utf-8').decode(buf);
  const bad = loose.indexOf('\uFFFD');
  return bad < 0 ? buf.length : Buffer.byteLength(loose.slice(0, bad), 'utf8');
}

/** The first bad offset when the bytes are mostly valid UTF-8 with a few broken sequences, else null. */
function mostlyUtf8(buf: Buffer): number | null {
  const loose = new TextDecoder('utf-8').decode(buf);
  let bad = 0;
  let good = 0;
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) good++;
  }
  return bad > 0 && good >= 4 * bad ? firstBadUtf8(buf) : null;
}

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or DOCX/XLSX)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
];

/** A reason when the bytes are plainly not text (text files never hold NUL), else null. */
export function binaryReason(buf: Buffer): string | null {
  for (const [sig, what] of MAGIC) {
    if (sig.every((b, i) => buf[i] === b)) return `binary file: looks like ${what}, not text`;
  }
  const head = buf.subarray(0, 64 * 1024);
  const nul = head.indexOf(0);
  if (nul >= 0) return `binary file: NUL byte at offset ${nul} (UTF-16 text needs a byte-order mark)`;
  return null;
}
