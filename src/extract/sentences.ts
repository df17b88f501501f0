// Splits an article's lines into sentences with their offsets in the document text.
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** True for a headline or subhead line. */
  heading: boolean;
}

const END = /[。！？；]/;

/** Sentences of one line starting at `offset`; a closing quote or bracket stays with its sentence. */
export function splitSentences(line: string, offset: number, heading: boolean): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (!END.test(line[i]!)) continue;
    let end = i + 1;
    while (end < line.length && /[”’」』）]/.test(line[end]!)) end++;
    out.push({ start: offset + start, end: offset + end, text: line.slice(start, end), heading });
    start = end;
    i = end - 1;
  }
  if (start < line.length) out.push({ start: offset + start, end: offset + line.length, text: line.slice(start), heading });
  return out.filter((s) => s.text.trim().length > 0);
}
