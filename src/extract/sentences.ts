// Splits an article's lines into sentences with their offsets in the document text.
import { WHITE_SPACE } from './char-table.js';
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** True for a headline or subhead line. */
  heading: boolean;
  /** Index of the article the line belongs to. */
  article: number;
}

// char-code tests: this runs over every character of every document
const isEnd = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b; // 。！？；
const isCloser = (c: number): boolean => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09; // ”’」』）
// what String.prototype.trim removes
const isBlank = (c: number): boolean => WHITE_SPACE[c] === 1;

function hasText(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(line.charCodeAt(i))) return true;
  return false;
}

/** Sentences of one line starting at `offset`; a closing quote or bracket stays with its sentence. */
export function splitSentences(line: string, offset: number, heading: boolean, article = 0, out: Sentence[] = []): Sentence[] {
  let start = 0;
  const n = line.length;
  for (let i = 0; i < n; i++) {
    if (!isEnd(line.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < n && isCloser(line.charCodeAt(end))) end++;
    if (hasText(line, start, end)) out.push({ start: offset + start, end: offset + end, text: line.slice(start, end), heading, article });
    start = end;
    i = end - 1;
  }
  if (start < n && hasText(line, start, n)) out.push({ start: offset + start, end: offset + n, text: line.slice(start), heading, article });
  return out;
}
